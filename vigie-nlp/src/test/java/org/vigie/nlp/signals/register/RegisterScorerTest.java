package org.vigie.nlp.signals.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigie.nlp.signals.StageTestSupport.article;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Span;

class RegisterScorerTest {

    private static List<String> cues(Article a, String feature) {
        return RegisterScorer.profile(a).cues(feature).stream().map(c -> a.text().substring(c.start(), c.end())).toList();
    }

    private static double value(Article a, String feature) {
        return RegisterScorer.profile(a).features().get(feature);
    }

    @Test
    void addressToTheReaderCountsOnlyInTheOutletsOwnVoice() {
        Article a = article("Impôts", null, "Vous ne le savez pas encore, mais votre voisin paie moins que vous. "
                + "« Vous plaisantez ? », a répondu le ministre.");
        assertEquals(List.of("Vous", "votre", "vous"), cues(a, "address"));
        assertTrue(value(a, "address") > 0);
    }

    @Test
    void firstPersonOfTheWriter() {
        Article a = article("Billet", null, "Je suis allé voir mon médecin, et nous avons parlé de la pluie.");
        assertEquals(List.of("Je", "mon", "nous"), cues(a, "first-person"));
    }

    @Test
    void populationShareIsAFabricatedPrecisionStatisticButAVoteShareIsNot() {
        Article a = article("Sondage", null, "Selon les auteurs, 87 % des Français aiment le fromage et 64% des parents "
                + "dorment mal. Le candidat a obtenu 52 % des voix au second tour.");
        assertEquals(List.of("87 % des Français", "64% des parents"), cues(a, "fabricated-statistic"));
    }

    @Test
    void anonymousSourcesAndGenericPeople() {
        Article a = article("Rumeur", null, "Selon une source proche du dossier, une étude menée par des chercheurs "
                + "le confirme. Un habitant du quartier, père de trois enfants, n'en revient pas.");
        assertEquals(List.of("Selon une source", "une étude", "des chercheurs"), cues(a, "anonymous-source"));
        assertEquals(List.of("Un habitant"), cues(a, "generic-person"));
    }

    @Test
    void witnessKnownByAFirstNameAndAnAgeOnly() {
        Article a = article("Témoignages", null, "Jérôme, 45 ans, n'en dort plus. Marie Dupont, 38 ans, "
                + "avocate à Lyon, est plus sereine. Sa fille Léa, 6 ans, dessine.");
        assertEquals(List.of("Jérôme, 45 ans"), cues(a, "first-name-witness"), "a child is named by first name for privacy");
    }

    @Test
    void datesNumbersAcronymsAndNamesAnchorAReport() {
        Article a = article("Grève", null, "SANTÉ - La SNCF a annoncé jeudi 6 juillet 2017 que 120 trains "
                + "seraient supprimés à Paris, a indiqué Élisabeth Borne à 14h30.");
        List<String> dates = cues(a, "date");
        assertTrue(dates.contains("jeudi") && dates.contains("6 juillet 2017") && dates.contains("14h30"), dates.toString());
        assertEquals(List.of("SNCF"), cues(a, "acronym"), "a section label is layout, not an acronym");
        assertTrue(cues(a, "number").contains("120"), cues(a, "number").toString());
        assertTrue(cues(a, "name").containsAll(List.of("Paris", "Élisabeth", "Borne")), cues(a, "name").toString());
        assertTrue(cues(a, "precise-source").contains("a indiqué"), cues(a, "precise-source").toString());
    }

    @Test
    void ironicAndSensationalMarkers() {
        Article a = article("Rentrée", null, "Sans surprise, le ministre a fièrement présenté une réforme "
                + "hallucinante, au grand dam des syndicats.");
        assertEquals(List.of("Sans surprise", "fièrement", "au grand dam"), cues(a, "irony"));
        assertEquals(List.of("hallucinante"), cues(a, "sensational"));
    }

    @Test
    void quoteShareSentenceLengthAndGenericHeadline() {
        Article a = article("Un homme rate son train", null,
                "« Je ne comprends pas », dit-il. Il attend. Le train suivant arrive une heure plus tard.");
        assertEquals(1.0, value(a, "title-generic-subject"));
        assertEquals(List.of("Un homme"), cues(a, "title-generic-subject"));
        double share = value(a, "quote-share");
        assertTrue(share > 0.1 && share < 0.4, "quote share " + share);
        Article named = article("Une Renault percute un arbre", null, "Le conducteur est indemne.");
        assertEquals(0.0, value(named, "title-generic-subject"), "a brand after 'Une' is a named subject");
        double len = value(a, "sentence-length");
        assertTrue(len > 2 && len < 10, "mean sentence length " + len);
    }

    @Test
    void vectorFollowsTheFeatureOrder() {
        Article a = article("Impôts", null, "Vous paierez. Vous paierez encore.");
        double[] v = RegisterScorer.profile(a).vector();
        assertEquals(RegisterScorer.FEATURES.size(), v.length);
        assertTrue(v[RegisterScorer.FEATURES.indexOf("address")] > 0);
        assertEquals(0.0, v[RegisterScorer.FEATURES.indexOf("date")]);
    }

    @Test
    void colloquialWordsCountOnlyInTheOutletsOwnVoice() {
        Article a = article("Réforme", null, "Le ministre se fout de nous, et ses potes du gouvernement aussi. "
                + "« C'est un bordel sans nom », a lancé un syndicaliste.");
        assertEquals(List.of("fout", "potes"), cues(a, "colloquial"));
    }

    @Test
    void hedgedReportingAndPeopleNamedByOffice() {
        Article a = article("Enquête", null, "Selon nos informations, le suspect aurait quitté la ville mardi. "
                + "Le ministre de l'Intérieur, Gérard Collomb, s'est rendu sur place avec la députée LR Annie Genevard. "
                + "Le ministre a ensuite parlé à la presse.");
        assertEquals(List.of("Selon nos informations", "aurait"), cues(a, "hedged-report"));
        List<String> titled = cues(a, "titled-name");
        assertEquals(2, titled.size(), titled.toString());
        assertTrue(titled.get(0).endsWith("Gérard Collomb") && titled.get(1).endsWith("Annie Genevard"), titled.toString());
    }

    @Test
    void quotationsAttributedToNamedPeopleOrToUnnamedCharacters() {
        Article a = article("Réforme", null,
                "« Nous ne reculerons pas sur le calendrier de la réforme », a déclaré Emmanuel Macron jeudi. "
                + "Le ministre l'a redit : « Il n'y aura aucune exception pour les régimes spéciaux. » "
                + "« Je n'ai jamais vu une chose pareille de toute ma vie », confie un habitant du quartier. "
                + "« C'est une honte pour tout le pays, vraiment », a-t-il ajouté. "
                + "Le texte est jugé « trop flou » par ses opposants.");
        assertEquals(List.of("« Nous ne reculerons pas sur le calendrier de la réforme »",
                "« Il n'y aura aucune exception pour les régimes spéciaux. »"), cues(a, "named-quote"));
        assertEquals(List.of("« Je n'ai jamais vu une chose pareille de toute ma vie »"), cues(a, "unnamed-quote"),
                "a pronoun alone identifies nobody new; a two-word scare quote is no speech");
        assertTrue(value(a, "named-quote") > value(a, "unnamed-quote"));
    }

    @Test
    void mockAnnouncementsInTheOutletsVoice() {
        Article a = article("Gouvernement", null, "C'est officiel : le gouvernement a décidé de rebaptiser le lundi. "
                + "« Nous avons décidé de ne rien changer », répond le syndicat.");
        assertEquals(List.of("C'est officiel", "a décidé de"), cues(a, "mock-announcement"));
    }

    @Test
    void headlinePairingAPublicActorWithATrivialThing() {
        Article parody = article("Après la glacière, Bielsa sort un barbecue en plein match", null, "Le match a eu lieu.");
        assertEquals(1.0, value(parody, "title-incongruity"));
        assertEquals(List.of("glacière", "barbecue"), cues(parody, "title-incongruity"));
        Article recipe = article("Cinq idées de barbecue pour l'été", null, "Le charbon de bois est prêt.");
        assertEquals(0.0, value(recipe, "title-incongruity"), "an everyday word without a named actor is lifestyle copy");
        Article plain = article("Le ministre de l'Économie Bruno Le Maire présente le budget", null, "Le budget est prêt.");
        assertEquals(0.0, value(plain, "title-incongruity"));
    }

    @Test
    void shareOfDatedSentences() {
        Article a = article("Grève", null, "La grève a commencé mardi. Elle continue. Un accord est attendu le 6 juillet. "
                + "Personne ne sait quand.");
        assertEquals(2.0 / 5, value(a, "dated-sentences"), 1e-9, "title + four sentences, two of them dated");
    }

    @Test
    void theNewsroomsLegworkInItsOwnVoice() {
        Article a = article("Enquête", null, "Contactée par Le Parisien, la mairie n'a pas donné suite. Le rapport, que "
                + "s'est procuré notre journal, a été consulté par trois experts. Le préfet a confirmé à l'AFP la date. "
                + "« Nous avons été contactés par personne », dit-il.");
        assertEquals(List.of("Contactée par", "n'a pas donné suite", "que s'est procuré", "consulté par", "a confirmé à"),
                cues(a, "reporting-act"), "words inside a quotation are the speaker's, not the newsroom's");
    }

    @Test
    void anOutletCountsOnlyWithItsCapitalsAndACreditWord() {
        Article a = article("Réforme", null, "Selon Le Monde, le texte sera amendé. Le ministre l'a dit au micro de "
                + "France Inter, puis Mediapart révèle une note. Le monde entier regarde ; Le Point de vue du maire "
                + "diffère. Le Figaro est un journal ancien.");
        assertEquals(List.of("Le Monde", "France Inter", "Mediapart"), cues(a, "media-citation"));
    }

    @Test
    void placeLocatedByItsDepartementInParentheses() {
        Article a = article("Accident", null, "Un car s'est renversé près de Tulle (Corrèze) et à Saint-Étienne (Loire). "
                + "Le bilan (provisoire) est de deux blessés ; le texte (Loire) n'est pas un lieu.");
        assertEquals(List.of("(Corrèze)", "(Loire)"), cues(a, "place-department"));
    }

    @Test
    void headlineCarryingAQuotation() {
        Article quoting = article("Retraites : « Nous ne reculerons pas », prévient le Premier ministre", null,
                "Le gouvernement maintient sa réforme.");
        assertEquals(1.0, value(quoting, "title-quote"));
        assertEquals(List.of("« Nous ne reculerons pas »"), cues(quoting, "title-quote"));
        Article scare = article("Le « pognon » des aides sociales", null, "Le débat continue.");
        assertEquals(0.0, value(scare, "title-quote"), "a one-word scare quote is not somebody's words");
    }

    @Test
    void incisesAfterAQuotationByTenseAndMood() {
        Article a = article("Conseil municipal", null, "« Le budget sera voté en mars », a-t-il déclaré. "
                + "« Personne ne nous a consultés », explique le maire. « C'est une honte », s'emporte l'élu. "
                + "« Je ne céderai rien », a fulminé la présidente. « Nous verrons bien », selon son adjoint.");
        assertEquals(List.of("a-t-il déclaré", "a fulminé"), cues(a, "past-attribution"));
        assertEquals(List.of("explique", "s'emporte"), cues(a, "present-attribution"));
        assertEquals(List.of("s'emporte", "a fulminé"), cues(a, "expressive-attribution"));
        assertEquals(0.5, value(a, "present-attribution"), 1e-9, "two of the four incises are in the present");
    }

    @Test
    void presentIncisesUseTheQuoteStagesReportingVerbs() {
        // "demande", "insistent" and "reconnaît" are cue verbs of quotes/cue-verbs.txt, not in the
        // register's own list: the two capabilities read incises with one verb list
        Article a = article("Conseil municipal", null, "« Qui paiera la facture ? », demande le maire. "
                + "« Nous ne lâcherons rien », insistent les riverains. « Le chantier a pris du retard », reconnaît l'adjoint. "
                + "« Le budget sera voté en mars », a-t-il déclaré.");
        assertEquals(List.of("demande", "insistent", "reconnaît"), cues(a, "present-attribution"));
        assertEquals(0.75, value(a, "present-attribution"), 1e-9, "three of the four incises are in the present");
    }

    @Test
    void theQuoteLayerDoesNotShiftTheFeaturesTheModelWasFittedOn() {
        Article a = article("Budget", null, "Le maire a annoncé que nous paierons moins d'impôts, vous et moi, dès janvier. "
                + "« Je tiendrai parole », a-t-il déclaré.");
        String text = a.text();
        int from = text.indexOf("nous paierons");
        int to = text.indexOf(", dès");
        Article withLayer = a.withQuotes(List.of(new Quote(Quote.Kind.INDIRECT, Span.of(text, from, to), null, null,
                Span.of(text, text.indexOf("a annoncé"), text.indexOf(" que")))));
        assertEquals(RegisterScorer.profile(a), RegisterScorer.profile(withLayer),
                "own voice is what lies outside quotation marks, as when the weights were fitted");
        assertEquals(List.of("nous", "moi"), cues(withLayer, "first-person"));
    }

    @Test
    void everyFeatureHasAPriorDirection() {
        for (String f : RegisterScorer.FEATURES) {
            int d = RegisterPriors.direction(f);
            assertTrue(d == 1 || d == -1, f);
        }
        assertEquals(-1, RegisterPriors.direction("date"));
        assertEquals(1, RegisterPriors.direction("colloquial"));
    }
}
