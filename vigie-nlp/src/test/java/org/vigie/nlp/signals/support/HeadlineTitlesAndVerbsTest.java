package org.vigie.nlp.signals.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigie.nlp.signals.StageTestSupport.article;
import static org.vigie.nlp.signals.StageTestSupport.evidence;
import static org.vigie.nlp.signals.StageTestSupport.signals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Signal;

/**
 * A headline's person the body calls by the title of an office held that day (or held before,
 * after "ancien"), a government portfolio, a title's number written as a rank, and a verb opening
 * a headline that the tagger took for a name; each with a control the stage must still flag.
 */
class HeadlineTitlesAndVerbsTest {

    private final HeadlineSupportStage stage = new HeadlineSupportStage();

    private List<String> flagged(Article a, String kind) {
        List<Signal> s = signals(stage, a, kind);
        return s.isEmpty() ? List.of() : evidence(s.get(0));
    }

    /** {@code a} with one entity of {@code type} whose mention is the first {@code name} of the text, dated {@code date} (or undated). */
    private static Article with(Article a, String name, EntityType type, String date) {
        int at = a.text().indexOf(name);
        Article b = a.withEntities(List.of(new Entity(name, type, null, List.of(a.span(at, at + name.length())))));
        return date == null ? b : b.withMetadata(Metadata.EMPTY.withDate(date, "meta"));
    }

    @Test
    void aBareTitleOfAnOfficeHeldThatDaySupportsTheHolder() {
        Article a = article("La leçon de politesse de Macron à un passant", null,
                "Alors qu'un passant refusait de lui serrer la main, le président lui a expliqué que saluer était de la politesse.");
        assertEquals(List.of(), flagged(with(a, "Macron", EntityType.PER, "2017-09-02"), HeadlineSupportStage.HEADLINE));
        // in 2011 he held no office: the title is someone else's
        assertEquals(List.of("Macron"), flagged(with(a, "Macron", EntityType.PER, "2011-09-02"), HeadlineSupportStage.HEADLINE));
        // the title of another office: "la présidente de la chambre"
        Article chamber = article("La leçon de politesse de Macron à un passant", null,
                "Alors qu'un passant refusait de lui serrer la main, la présidente de la chambre lui a expliqué que saluer était de la politesse.");
        assertEquals(List.of("Macron"), flagged(with(chamber, "Macron", EntityType.PER, "2017-09-02"), HeadlineSupportStage.HEADLINE));
        // undated, the table is not read
        assertEquals(List.of("Macron"), flagged(with(a, "Macron", EntityType.PER, null), HeadlineSupportStage.HEADLINE));
    }

    @Test
    void aTitleQualifiedForAnotherCountryOrPersonIsSomeoneElses() {
        String title = "La popularité de Netanyahu en baisse";
        String date = "2020-05-20";
        assertEquals(List.of(), flagged(with(article(title, null, "La cote du Premier ministre israélien a perdu trois points en un mois, selon un sondage."),
                "Netanyahu", EntityType.PER, date), HeadlineSupportStage.HEADLINE));
        assertEquals(List.of("Netanyahu"), flagged(with(article(title, null, "La cote du Premier ministre britannique a perdu trois points en un mois, selon un sondage."),
                "Netanyahu", EntityType.PER, date), HeadlineSupportStage.HEADLINE));
        // a name after the title, or another holder of such an office named in the story, takes the title
        assertEquals(List.of("Netanyahu"), flagged(with(article(title, null, "La cote du Premier ministre Edouard Philippe a gagné deux points en un mois, selon un sondage."),
                "Netanyahu", EntityType.PER, date), HeadlineSupportStage.HEADLINE));
        assertEquals(List.of("Netanyahu"), flagged(with(article(title, null, "Edouard Philippe gagne deux points : la cote du Premier ministre progresse, selon un sondage."),
                "Netanyahu", EntityType.PER, date), HeadlineSupportStage.HEADLINE));
    }

    @Test
    void aFormerTitleSupportsAFormerHolderOnly() {
        Article a = article("Quand François Hollande éteignait les lumières à l'Élysée", null,
                "L'ancien président de la République a raconté sur France Inter qu'il éteignait lui-même les lumières des bureaux.");
        assertEquals(List.of(), flagged(with(a, "François Hollande", EntityType.PER, "2018-11-26"), HeadlineSupportStage.HEADLINE));
        // in 2014 he was president: "l'ancien président" is another man
        assertEquals(List.of("François Hollande"), flagged(with(a, "François Hollande", EntityType.PER, "2014-11-26"), HeadlineSupportStage.HEADLINE));
    }

    @Test
    void aPortfolioIsNoName() {
        String body = "Gérald Darmanin estime qu'il faut arrêter de crier avant d'avoir mal quand on met en place une réforme.";
        assertEquals(List.of(), flagged(article("Darmanin défend l'impôt à la source",
                "Le ministre des Comptes publics défend la réforme.", body),
                HeadlineSupportStage.STANDFIRST));
        // the same word in an institution's name is a claim
        assertEquals(List.of("Cour", "Comptes"), flagged(article("Darmanin défend l'impôt à la source",
                "Un rapport de la Cour des Comptes défend la réforme.", body),
                HeadlineSupportStage.STANDFIRST));
    }

    @Test
    void aTitlesNumberIsTheBodysRank() {
        String body = "La saga va revenir sur grand écran pour un cinquième opus, mais sans Frédéric Diefenthal, qui a refusé la proposition.";
        assertEquals(List.of(), flagged(article("Taxi 5 : Frédéric Diefenthal explique son refus", null, body), HeadlineSupportStage.HEADLINE));
        assertEquals(List.of("5"), flagged(article("Taxi 5 : Frédéric Diefenthal explique son refus", null, body.replace("cinquième", "sixième")),
                HeadlineSupportStage.HEADLINE));
        // a count is no title's number: "5 tonnes" needs the figure
        assertEquals(List.of("5"), flagged(article("Frédéric Diefenthal refuse un cachet de 5 millions", null, body), HeadlineSupportStage.HEADLINE));
    }

    @Test
    void aRomanNumeralIsTheBodysFigureOrRank() {
        String body = "Aston Martin a annoncé la fin de la deuxième phase de travaux de son futur site de production.";
        Article a = article("Aston Martin achève la Phase II de son usine galloise", null, body);
        assertEquals(List.of(), flagged(with(a, "Phase II", EntityType.MISC, null), HeadlineSupportStage.HEADLINE));
        Article b = article("Aston Martin achève la Phase II de son usine galloise", null, body.replace("deuxième", "troisième"));
        assertEquals(List.of("Phase II"), flagged(with(b, "Phase II", EntityType.MISC, null), HeadlineSupportStage.HEADLINE));
    }

    @Test
    void aVerbOpeningTheHeadlineIsNoName() {
        String body = "Le Père Noël se trouvait à 17h30 au-dessus de la Russie, a annoncé l'astronaute depuis la station spatiale.";
        Article suivez = article("Suivez en direct la tournée du Père Noël depuis la station", null, body);
        assertEquals(List.of(), flagged(with(suivez, "Suivez", EntityType.MISC, null), HeadlineSupportStage.HEADLINE));
        // a word the dictionary reads as a noun or a name too stays a name: "Borne", "Valls"
        Article borne = article("Borne en direct pour la tournée du Père Noël depuis la station", null, body);
        assertEquals(List.of("Borne"), flagged(with(borne, "Borne", EntityType.PER, null), HeadlineSupportStage.HEADLINE));
        Article valls = article("Valls en direct pour la tournée du Père Noël depuis la station", null, body);
        assertEquals(List.of("Valls"), flagged(with(valls, "Valls", EntityType.PER, null), HeadlineSupportStage.HEADLINE));
        // a word before a colon is a label, the place of a name ("Testez : ..." may be a rubric)
        Article label = article("Suivez : la tournée du Père Noël depuis la station", null, body);
        assertEquals(List.of("Suivez"), flagged(with(label, "Suivez", EntityType.MISC, null), HeadlineSupportStage.HEADLINE));
        // a clause may open after a rubric's colon too
        Article mid = article("La tournée du Père Noël : Suivez depuis la station", null, body);
        assertEquals(List.of(), flagged(with(mid, "Suivez", EntityType.MISC, null), HeadlineSupportStage.HEADLINE));
    }
}
