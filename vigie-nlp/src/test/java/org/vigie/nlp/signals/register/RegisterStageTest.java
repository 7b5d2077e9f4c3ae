package org.vigie.nlp.signals.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigie.nlp.signals.StageTestSupport.article;
import static org.vigie.nlp.signals.StageTestSupport.evidence;
import static org.vigie.nlp.signals.StageTestSupport.signals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Signal;
import org.vigie.nlp.signals.Messages;
import org.vigie.nlp.signals.Samples;

class RegisterStageTest {

    /** A parody written for this test (not taken from any corpus). */
    static final String PARODY = "Vous pensiez avoir tout vu ? Selon une étude, 87 % des Français avouent parler à leur "
            + "plante verte. Un habitant de Tours, Jérôme, 45 ans, assure que votre ficus vous écoute. « Il me comprend "
            + "mieux que ma femme », confie-t-il fièrement. Des chercheurs recommandent désormais de lui lire le journal "
            + "chaque matin, à voix haute, pour éviter qu'il ne se sente seul. Vous n'avez pas de plante ? Sans surprise, "
            + "les fleuristes se frottent déjà les mains, au grand dam des vendeurs de cactus, jugés trop froids par la "
            + "plupart des sondés.";

    /** Address to the reader weighs up; dates weigh down, and their absence up (mean 1 in log space). */
    private static final RegisterModel TOY = new RegisterModel(-2, 0.8, List.of(
            new RegisterModel.Term("address", 1.5, 0, 1),
            new RegisterModel.Term("fabricated-statistic", 0.5, 0, 1),
            new RegisterModel.Term("date", -1, 1, 1)));

    @Test
    void parodyIsFlaggedWithTheWordsBehindTheScore() {
        Article a = article("Les Français parlent à leurs plantes", null, PARODY);
        Signal s = signals(new RegisterStage(TOY), a, RegisterStage.KIND).get(0);
        assertTrue(s.score() >= 0.5 && s.score() <= 1, "score " + s.score());
        List<String> words = evidence(s);
        assertTrue(words.containsAll(List.of("Vous", "votre", "vous", "87 % des Français")), words.toString());
        s.evidence().forEach(e -> assertTrue(e.matches(a.text()), "evidence off the text: " + e));
        assertTrue(s.explanation().contains("s'adresse au lecteur"), s.explanation());
        assertTrue(s.explanation().contains("peu de dates précises"), "absence explained in words: " + s.explanation());
    }

    @Test
    void englishArticlesAreNotReadWithTheFrenchModel() {
        Article a = article("Les Français parlent à leurs plantes", null, PARODY);
        assertEquals(1, signals(new RegisterStage(TOY), a, RegisterStage.KIND).size());
        // the features count French words (months, incise verbs, cues): on English text they would
        // read as an absence of dates and sources, so the model is not applied at all
        assertEquals(List.of(), signals(new RegisterStage(TOY), a.withLanguage("en", 1.0), RegisterStage.KIND));
        assertTrue(Messages.format(RegisterStage.KIND, "en", "reasons", "x", "words", "y")
                .startsWith("The text reads like satire"), "English template kept for an English model");
    }

    @Test
    void belowThresholdOrTooShortGivesNoSignal() {
        Article report = article("Grève à la SNCF", null, "La SNCF a annoncé jeudi 6 juillet 2017 que 120 trains "
                + "seraient supprimés vendredi 7 juillet et samedi 8 juillet en Île-de-France, a indiqué la direction "
                + "dans un communiqué publié à 14h30. Le trafic reprendra lundi 10 juillet selon le calendrier "
                + "transmis aux syndicats, qui avaient déposé un préavis le 28 juin pour protester contre la "
                + "fermeture de 14 guichets en 2018, dont 6 à Paris et 3 à Lyon, selon les chiffres de la "
                + "direction régionale publiés mercredi soir sur son site et repris par les élus locaux.");
        assertEquals(List.of(), new RegisterStage(TOY).process(report).signals());
        Article shortOne = article("Impôts", null, "Vous paierez. Vous paierez encore, et votre voisin aussi.");
        assertEquals(List.of(), new RegisterStage(TOY).process(shortOne).signals());
    }

    @Test
    void bundledModelLeavesNeutralWireCopyAlone() {
        RegisterStage stage = new RegisterStage();
        for (String id : List.of("orangesum-10885", "orangesum-11554")) {
            assertEquals(List.of(), stage.process(Samples.orangesum(id)).signals(), id);
        }
        assertEquals(List.of(), stage.process(Samples.aleppo()).signals());
    }

    @Test
    void newFeaturesAreExplainedInBothLanguages() {
        RegisterModel colloquial = new RegisterModel(-1, 0.6, List.of(new RegisterModel.Term("colloquial", 2, 0, 1)));
        String text = "Le ministre se fout de nous, et ses potes du gouvernement aussi, pendant que les mecs du "
                + "quartier rament pour payer leur bagnole et que le pognon file ailleurs. Un bordel pareil, on n'avait "
                + "jamais vu ça, et personne ne semble s'en émouvoir dans les couloirs du pouvoir, où l'on préfère "
                + "parler d'autre chose en attendant les prochaines élections, qui viendront bien assez tôt pour tout "
                + "le monde, paraît-il, au grand soulagement de ceux qui n'ont rien à dire.";
        Signal fr = signals(new RegisterStage(colloquial), article("Le pognon", null, text), RegisterStage.KIND).get(0);
        assertTrue(fr.explanation().contains("mots familiers"), fr.explanation());
        assertTrue(evidence(fr).containsAll(List.of("fout", "potes", "pognon")), evidence(fr).toString());
        assertTrue(Messages.format("register.more.colloquial", "en", "rate", "3").contains("familiar or coarse words"));
    }
}
