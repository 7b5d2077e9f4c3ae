package org.vigie.nlp.signals.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigie.nlp.signals.StageTestSupport.article;
import static org.vigie.nlp.signals.StageTestSupport.evidence;
import static org.vigie.nlp.signals.StageTestSupport.signals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Signal;
import org.vigie.core.model.Span;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.nlp.signals.Samples;
import org.vigie.nlp.signals.SignalStages;

class HeadlineContradictionStageTest {

    private final HeadlineContradictionStage stage = new HeadlineContradictionStage();

    private List<Signal> fired(Article a) {
        return signals(stage, a, HeadlineContradictionStage.KIND);
    }

    private List<List<String>> evidences(Article a) {
        return fired(a).stream().map(s -> evidence(s)).toList();
    }

    // ---- figures ----

    @Test
    void headlineCountTheBodyContradictsIsFlaggedWithBothSpans() {
        Article a = article("Incendie à Lyon : 12 morts dans un immeuble", null,
                "Un violent incendie a ravagé un immeuble du 8e arrondissement de Lyon dans la nuit de samedi à dimanche.",
                "Selon les pompiers, l'incendie de l'immeuble a fait 8 morts. Trois autres habitants ont été blessés.");
        List<Signal> s = fired(a);
        assertEquals(1, s.size());
        assertEquals(List.of("12 morts", "8 morts"), evidence(s.get(0)));
        Span head = s.get(0).evidence().get(0);
        Span body = s.get(0).evidence().get(1);
        assertTrue(head.matches(a.text()) && body.matches(a.text()));
        assertTrue(head.end() <= a.title().length() && body.start() >= a.bodyStart());
        assertEquals("Le titre annonce «\u00a012 morts\u00a0», le texte parle de «\u00a08 morts\u00a0».", s.get(0).explanation());
        assertTrue(s.get(0).score() >= 0.6 && s.get(0).score() <= 0.95, "score " + s.get(0).score());
    }

    @Test
    void digitGroupsAreOneNumberAndSeparatorsDoNotMatter() {
        String body = "Les cortèges contre la réforme des retraites ont rassemblé %s à Nantes jeudi, selon la préfecture.";
        Article contradicted = article("Réforme des retraites : 3 000 manifestants à Nantes", null,
                String.format(body, "1.800 manifestants"));
        assertEquals(List.of(List.of("3 000 manifestants", "1.800 manifestants")), evidences(contradicted));
        for (String same : List.of("3.000 manifestants", "3000 manifestants", "trois mille manifestants")) {
            Article restated = article("Réforme des retraites : 3 000 manifestants à Nantes", null, String.format(body, same));
            assertEquals(List.of(), fired(restated), same);
        }
    }

    @Test
    void roundedAndHedgedHeadlineFiguresAllowTheirTolerance() {
        String body = "Les cortèges contre la réforme des retraites ont rassemblé %s manifestants à Nantes jeudi, selon la préfecture.";
        // "3 000" is a round figure: 5 % either way
        assertEquals(List.of(), fired(article("Retraites : 3 000 manifestants à Nantes", null, String.format(body, "2 950"))));
        assertEquals(1, fired(article("Retraites : 3 000 manifestants à Nantes", null, String.format(body, "2 600"))).size());
        // "près de" is ±10 %, "plus de" a lower bound
        assertEquals(List.of(), fired(article("Retraites : près de 3 000 manifestants à Nantes", null, String.format(body, "2 750"))));
        assertEquals(List.of(), fired(article("Retraites : plus de 2 000 manifestants à Nantes", null, String.format(body, "2 600"))));
        assertEquals(List.of(List.of("plus de 2 000 manifestants", "1 600 manifestants")),
                evidences(article("Retraites : plus de 2 000 manifestants à Nantes", null, String.format(body, "1 600"))));
    }

    @Test
    void aBodyRangeClearsAHeadlineFigureOnlyWhenItCountsTheSameThing() {
        String body = "L'État a débloqué 10 millions d'euros en 2020 pour soutenir le pastoralisme et la cohabitation avec l'ours, "
                + "a annoncé jeudi la préfecture. Plus de %s y font paître leurs troupeaux.";
        String title = "Pastoralisme et ours : 15 millions d'euros en 2020 pour soutenir la cohabitation";
        // "plus de 500 bergers" may be any number of bergers, not of euros
        assertEquals(List.of(List.of("15 millions d'euros", "10 millions d'euros")),
                evidences(article(title, null, String.format(body, "500 bergers"))));
        // "plus de 500 euros" could be the headline's 15 millions of them
        assertEquals(List.of(), fired(article(title, null, String.format(body, "500 euros"))));
    }

    @Test
    void aFigureOfAPartIsNoContradiction() {
        String title = "Foot : Sky Allemagne bat ses records d'audience avec 6 millions de téléspectateurs";
        // the body's figure counts the pay channels alone, the headline's all of them
        Article part = article(title, null, "Au coup d'envoi, Sky a réuni 3,68 millions de téléspectateurs sur ses seules "
                + "chaînes payantes, un record pour la chaîne allemande.");
        assertEquals(List.of(), fired(part));
        // without "seules", the same figures contradict the headline
        Article whole = article(title, null, "Au coup d'envoi, Sky a réuni 3,68 millions de téléspectateurs sur ses "
                + "chaînes, un record pour la chaîne allemande.");
        assertEquals(List.of(List.of("6 millions de téléspectateurs", "3,68 millions de téléspectateurs")), evidences(whole));
    }

    @Test
    void approximateMillionsAgainstAnExactFigure() {
        String body = "945.000 euros pour un studio de 30 m² à Paris : l'annonce a été publiée par une agence immobilière.";
        assertEquals(List.of(), fired(article("Paris : un studio mis en vente près d'un million d'euros", null, body)));
        assertEquals(List.of(List.of("1,2 million d'euros", "945.000 euros")),
                evidences(article("Paris : un studio mis en vente 1,2 million d'euros", null, body)));
    }

    @Test
    void multipliersAndDecimalCommas() {
        String body = "L'État va débloquer %s pour la rénovation des hôpitaux publics, a annoncé le ministre de la Santé.";
        String title = "Santé : 2,5 milliards d'euros pour la rénovation des hôpitaux";
        assertEquals(List.of(), fired(article(title, null, String.format(body, "2 500 millions d'euros"))));
        assertEquals(List.of(List.of("2,5 milliards d'euros", "1,8 milliard d'euros")),
                evidences(article(title, null, String.format(body, "1,8 milliard d'euros"))));
    }

    @Test
    void percentagesWithSignOrWords() {
        Article a = article("Emploi : hausse de 5 % des inscriptions à Pôle emploi", null,
                "Le nombre d'inscriptions à Pôle emploi a progressé de 3,2 pour cent au premier trimestre, selon la Dares.");
        assertEquals(List.of(List.of("5 %", "3,2 pour cent")), evidences(a));
        Article rounded = article("Emploi : hausse de 5 % des inscriptions à Pôle emploi", null,
                "Le nombre d'inscriptions à Pôle emploi a progressé de 4,6 % au premier trimestre, selon la Dares.");
        assertEquals(List.of(), fired(rounded), "4,6 % rounds to 5 %");
    }

    @Test
    void subCountsNeverContradictATotal() {
        String title = "Accident de bus en Isère : 4 blessés";
        Article part = article(title, null,
                "L'accident du bus scolaire en Isère a fait 25 victimes, dont 3 blessés graves, selon la préfecture.");
        assertEquals(List.of(), fired(part));
        Article whole = article(title, null, "L'accident du bus scolaire en Isère a fait 3 blessés, selon la préfecture.");
        assertEquals(List.of(List.of("4 blessés", "3 blessés")), evidences(whole));
        // a qualifier the headline lacks narrows the group: "3 blessés graves" may be 3 of the 4
        Article narrower = article(title, null, "L'accident du bus scolaire en Isère a fait 3 blessés graves, selon la préfecture.");
        assertEquals(List.of(), fired(narrower));
        Article others = article(title, null,
                "L'accident du bus scolaire en Isère a fait un blessé grave et 3 autres blessés légers, selon la préfecture.");
        assertEquals(List.of(), fired(others));
    }

    @Test
    void bodyCountsThatAreOnlyPartOfTheStoryAreNoContradiction() {
        String title = "Cinéma : huit femmes accusent le réalisateur Marc D. de harcèlement";
        // the same sentence goes on counting
        assertEquals(List.of(), fired(article(title, null,
                "Sept femmes accusent le réalisateur Marc D. de harcèlement sexuel et une huitième d'agression, selon le magazine.")));
        // a demonstrative points back at a group named before
        assertEquals(List.of(), fired(article(title, null,
                "Le magazine a recueilli des témoignages. Pour ces sept femmes, le réalisateur Marc D. a commis un harcèlement répété.")));
        // a forecast, not a count
        assertEquals(List.of(), fired(article(title, null,
                "Sept femmes pourraient porter plainte contre le réalisateur Marc D. pour harcèlement, selon le magazine.")));
        // the control: the same body stating seven, flatly
        assertEquals(List.of(List.of("huit femmes", "Sept femmes")), evidences(article(title, null,
                "Sept femmes accusent le réalisateur Marc D. de harcèlement sexuel, selon le magazine.")));
    }

    @Test
    void ratiosAndFiguresOutsideTheLeadAreNotCompared() {
        // "quatre Français sur dix" is a share, not a count of four people
        assertEquals(List.of(), fired(article("Sondage : quatre Français sur dix favorables au télétravail", null,
                "Six Français sur dix jugent le télétravail favorable à leur vie familiale, selon le sondage.")));
        assertEquals(1, fired(article("Sondage : quatre Français favorables au télétravail", null,
                "Six Français jugent le télétravail favorable à leur vie familiale, selon le sondage.")).size());
        Article late = article("Incendie à Lyon : 12 morts", null,
                "Un incendie a ravagé un immeuble de Lyon dans la nuit.", "Les secours sont arrivés vers minuit.",
                "Le quartier était sous le choc.", "En 2005, l'incendie d'un immeuble de Lyon avait fait 8 morts.");
        assertEquals(List.of(), fired(late));
    }

    @Test
    void agesDatesDurationsAndYearsAreNotCounts() {
        Article a = article("Metz : un homme de 35 ans tué le 12 mars, 20 ans de prison requis", null,
                "La victime, âgée de 32 ans, a été tuée le 14 mars 2019 à Metz. Le parquet a requis 18 ans de prison contre l'accusé.");
        assertEquals(List.of(), fired(a));
        Article year = article("Inondations de 2018 : 300 sinistrés indemnisés dans l'Aude", null,
                "Dans l'Aude, 300 sinistrés des inondations de 2016 ont été indemnisés par l'État.");
        assertEquals(List.of(), fired(year));
    }

    @Test
    void aRateIsAnotherThingThanItsUnit() {
        String body = "La voiture électrique Genovation GXE offre une autonomie d'environ 280 km avec sa batterie, selon le constructeur.";
        assertEquals(List.of(), fired(article("Record : 339 km/h pour la voiture électrique Genovation GXE", null, body)));
        assertEquals(List.of(List.of("339 km", "environ 280 km")),
                evidences(article("Record : 339 km d'autonomie pour la voiture électrique Genovation GXE", null, body)));
    }

    @Test
    void headlineFigureFoundAnywhereInTheBodyIsNoContradiction() {
        // the body gives the first toll and the current one: the headline's figure is there
        Article a = article("Séisme au Pérou : 18 morts", null,
                "Un premier bilan du séisme au Pérou faisait état de 12 morts. Le bilan a été porté à dix-huit morts dans la soirée.");
        assertEquals(List.of(), fired(a));
        // or as the sum of two body figures of the same thing
        Article sum = article("Séisme au Pérou : 18 morts", null,
                "Le séisme au Pérou a fait 12 morts à Lima et 6 morts dans la région d'Ica, selon les secours.");
        assertEquals(List.of(), fired(sum));
    }

    @Test
    void quotedHeadlineFiguresAreSomeoneElsesWords() {
        Article a = article("Le maire dénonce « 300 voitures brûlées » à Strasbourg", null,
                "Selon la préfecture, 210 voitures ont été brûlées à Strasbourg pendant la nuit de la Saint-Sylvestre.");
        assertEquals(List.of(), fired(a));
    }

    @Test
    void englishFiguresAndExplanation() {
        Article a = article("Dhaka factory fire kills 12 workers", null,
                "The fire killed 8 workers at the garment factory in Dhaka, police said on Monday.").withLanguage("en", 1.0);
        List<Signal> s = fired(a);
        assertEquals(List.of(List.of("12 workers", "8 workers")), s.stream().map(x -> evidence(x)).toList());
        assertEquals("The headline says \u201c12 workers\u201d; the body says \u201c8 workers\u201d.", s.get(0).explanation());
        Article ratio = article("Eight out of ten Britons back the lockdown, poll finds", null,
                "Six Britons out of ten back the lockdown, according to a YouGov poll published on Monday.").withLanguage("en", 1.0);
        assertEquals(List.of(), fired(ratio));
        Article thousands = article("Dhaka: 3,000 workers protest", null,
                "About 3,000 garment workers protested in Dhaka on Monday, police said.").withLanguage("en", 1.0);
        assertEquals(List.of(), fired(thousands));
    }

    // ---- directions ----

    @Test
    void headlineRiseTheBodyCallsAFall() {
        Article a = article("Le chômage augmente au premier trimestre", null,
                "Selon l'Insee, le chômage a baissé de 0,3 point au premier trimestre, à 7,8 % de la population active.");
        List<Signal> s = fired(a);
        assertEquals(1, s.size());
        assertEquals(List.of("chômage augmente", "chômage a baissé"), evidence(s.get(0)));
        assertEquals("Le titre annonce «\u00a0chômage augmente\u00a0», le texte dit le contraire : «\u00a0chômage a baissé\u00a0».",
                s.get(0).explanation());
        Article noun = article("Immobilier : les loyers en baisse à Bordeaux", null,
                "À Bordeaux, la hausse des loyers s'est poursuivie en 2023, selon l'observatoire Clameur.");
        assertEquals(List.of(List.of("loyers en baisse", "hausse des loyers")), evidences(noun));
    }

    @Test
    void headlineTopicBeforeAColonAndTheMovementThatBelongsToAnotherQuantity() {
        String body = "Le chômage a augmenté de 0,2 point au troisième trimestre, selon l'Insee.";
        assertEquals(List.of(List.of("Chômage : nouvelle baisse", "chômage a augmenté")),
                evidences(article("Chômage : nouvelle baisse au troisième trimestre", null, body)));
        // "la hausse des prix" is about prices, not about the topic before the colon
        assertEquals(List.of(), fired(article("Chômage : la hausse des prix inquiète les demandeurs d'emploi", null,
                "Le chômage a baissé de 0,3 point au troisième trimestre, selon l'Insee.")));
    }

    @Test
    void bodyStatingTheHeadlineDirectionSomewhereIsNoContradiction() {
        Article a = article("Le chômage augmente au premier trimestre", null,
                "Le chômage a baissé de 0,3 point chez les plus de 50 ans au premier trimestre.",
                "Mais sur l'ensemble de la population active, le chômage augmente de 0,2 point, selon l'Insee.");
        assertEquals(List.of(), fired(a));
    }

    @Test
    void differentQuantitiesDeniedOrWishedMovementsAreNoContradiction() {
        // prix de l'essence against prix du gazole: two quantities
        assertEquals(List.of(), fired(article("Les prix de l'essence flambent", null,
                "Les prix du gazole ont baissé de deux centimes cette semaine, selon le ministère.")));
        // a denial is not a statement of the opposite
        assertEquals(List.of(), fired(article("Le chômage augmente en mars", null,
                "Contrairement aux craintes, le chômage n'a pas baissé en mars, selon Pôle emploi.")));
        // a wish is not a fact
        assertEquals(List.of(), fired(article("Les syndicats réclament une hausse des salaires", null,
                "Les salaires ont baissé de 1 % en termes réels l'an dernier, rappellent les syndicats.")));
        // two clauses about two quantities
        assertEquals(List.of(), fired(article("L'inflation augmente en zone euro", null,
                "L'inflation a atteint 3 % en zone euro, mais le chômage baisse encore, selon Eurostat.")));
    }

    @Test
    void englishDirection() {
        Article a = article("Unemployment rises in March", null,
                "Unemployment fell to 4.1% in March, official figures showed on Friday.").withLanguage("en", 1.0);
        List<Signal> s = fired(a);
        assertEquals(List.of(List.of("Unemployment rises", "Unemployment fell")), s.stream().map(x -> evidence(x)).toList());
        assertTrue(s.get(0).explanation().startsWith("The headline says"), s.get(0).explanation());
    }

    // ---- negations ----

    @Test
    void headlineDenialTheBodyAffirms() {
        Article a = article("Le Sénat n'adopte pas la réforme des retraites", null,
                "Le Sénat a adopté mardi la réforme des retraites par 180 voix contre 120, au terme de deux semaines de débats.");
        List<Signal> s = fired(a);
        assertEquals(List.of(List.of("Sénat n'adopte pas", "Sénat a adopté")), s.stream().map(x -> evidence(x)).toList());
        assertEquals("Le titre affirme «\u00a0Sénat n'adopte pas\u00a0», le texte affirme le contraire : «\u00a0Sénat a adopté\u00a0».",
                s.get(0).explanation());
        Article compound = article("Macron ne s'est pas rendu à Alger", null,
                "Emmanuel Macron s'est rendu mercredi à Alger pour une visite de deux jours consacrée à la mémoire.");
        assertEquals(List.of(List.of("Macron ne s'est pas rendu", "Macron s'est rendu")), evidences(compound));
    }

    @Test
    void denialsTheBodyAlsoMakesOrHedgesAreNoContradiction() {
        // the body says no as well, about the same verb
        assertEquals(List.of(), fired(article("Le Sénat n'adopte pas la réforme des retraites", null,
                "Le Sénat a adopté un amendement mardi. Mais le Sénat n'a pas adopté la réforme des retraites, faute de majorité.")));
        // a question is not an affirmation
        assertEquals(List.of(), fired(article("Le Sénat n'adopte pas la réforme des retraites", null,
                "Le Sénat a-t-il adopté la réforme des retraites ? Les sénateurs se prononcent mardi.")));
        // "ne veut pas auditionner" denies a will, "inutile d'auditionner" affirms nothing
        assertEquals(List.of(), fired(article("Affaire Benalla : les députés LREM ne veulent plus auditionner les proches de Macron", null,
                "Les députés LREM jugent inutile d'auditionner d'autres membres du cabinet du président de la République.")));
        // English headlines are not read for negations
        assertEquals(List.of(), fired(article("Senate does not pass the bill", null,
                "The Senate passed the bill on Tuesday by 60 votes to 40.").withLanguage("en", 1.0)));
    }

    @Test
    void severalContradictionsScoreHigher() {
        Article one = article("Incendie à Lyon : 12 morts", null,
                "Selon les pompiers, l'incendie de Lyon a fait 8 morts dans la nuit.");
        Article two = article("Incendie à Lyon : 12 morts et 30 blessés", null,
                "Selon les pompiers, l'incendie de Lyon a fait 8 morts dans la nuit. L'incendie de Lyon a fait aussi 17 blessés.");
        double single = fired(one).get(0).score();
        List<Signal> both = fired(two);
        assertEquals(2, both.size(), both.toString());
        assertTrue(both.stream().allMatch(s -> s.score() > single), both + " vs " + single);
    }

    @Test
    void runsAmongTheSignalStages() {
        Article a = article("Incendie à Lyon : 12 morts dans un immeuble", null,
                "Selon les pompiers, l'incendie de l'immeuble de Lyon a fait 8 morts dans la nuit de samedi à dimanche.");
        var stages = SignalStages.all(SignalStages.Options.defaults().withoutSpellChecker().withoutSourceContext());
        assertTrue(stages.stream().anyMatch(st -> st instanceof HeadlineContradictionStage));
        Article out = Pipeline.of(stages).process(a);
        assertEquals(List.of(List.of("12 morts", "8 morts")), out.signals().stream()
                .filter(x -> x.kind().equals(HeadlineContradictionStage.KIND)).map(x -> evidence(x)).toList());
    }

    // ---- real text ----

    @Test
    void repositorySamplesGetNoContradiction() throws Exception {
        assertEquals(List.of(), fired(Samples.aleppo()));
        ObjectMapper json = new ObjectMapper();
        int n = 0;
        for (String line : Files.readAllLines(Path.of("../samples/orangesum/orangesum-sample.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode r = json.readTree(line);
            Article a = Samples.orangesum(r.get("id").asText());
            assertEquals(List.of(), fired(a), r.get("id").asText());
            n++;
        }
        assertEquals(40, n);
    }
}
