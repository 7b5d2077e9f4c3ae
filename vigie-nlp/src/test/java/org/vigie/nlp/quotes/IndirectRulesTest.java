package org.vigie.nlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Quote;

/**
 * Indirect speech without « que »: objects that carry the message, gerunds, infinitives, adverbs
 * inside compound tenses, pronoun and relative speakers, and the scope of postposed cues. Each rule
 * on sentences written for the test, with a sentence it must leave alone.
 */
class IndirectRulesTest {

    private final QuoteStage stage = new QuoteStage();

    private List<Quote> indirect(String... paragraphs) {
        Article a = Article.compose("Titre", null, List.of(paragraphs));
        Article out = stage.process(a);
        for (Quote q : out.quotes()) {
            assertTrue(q.text().matches(out.text()), "text span matches the text");
            if (q.cue() != null) assertTrue(q.cue().matches(out.text()), "cue span matches the text");
            if (q.speakerMention() != null) assertTrue(q.speakerMention().matches(out.text()), "mention span matches");
        }
        return out.quotes().stream().filter(q -> q.kind() == Quote.Kind.INDIRECT).toList();
    }

    private static void assertQuote(Quote q, String text, String speaker, String cue) {
        assertEquals(text, q.text().text());
        assertEquals(speaker, q.speaker().canonical());
        assertEquals(cue, q.cue().text());
    }

    @Test
    void objectOfAnAnnouncementIsWhatWasSaid() {
        List<Quote> qs = indirect("Renault annonce la fermeture de son usine de Flins.");
        assertEquals(1, qs.size());
        assertQuote(qs.get(0), "la fermeture de son usine de Flins", "Renault", "annonce");
    }

    @Test
    void accuseSomeoneOfSomething() {
        List<Quote> qs = indirect("Washington accuse Pékin de pirater la recherche sur les vaccins.");
        assertEquals(1, qs.size());
        assertQuote(qs.get(0), "Pékin de pirater la recherche sur les vaccins", "Washington", "accuse");
    }

    @Test
    void objectsThatSayNothingAreLeftAlone() {
        // not a speaker, an idiom (« accuser le coup »), and an object too short to carry a message
        assertEquals(List.of(), indirect("La situation appelle à la plus grande prudence sur les routes."));
        assertEquals(List.of(), indirect("Le joueur Antoine Dupont a accusé le coup après la défaite."));
        assertEquals(List.of(), indirect("Le ministre Gabriel Attal a confirmé l'information."));
        // « ce » opens the object, it is no time word here; a date is no object
        assertEquals(1, indirect("Le maire Jean Dupont a annoncé ce projet de tramway pour la ville.").size());
        assertEquals(List.of(), indirect("Le maire Jean Dupont a annoncé le 12 mars."));
    }

    @Test
    void gerundTakesTheAntecedentOfQui() {
        List<Quote> qs = indirect("Le ministre a reçu son homologue Josep Borrell qui, à Bruxelles, s'est exprimé "
                + "en évoquant une nouvelle aide à l'Ukraine.");
        assertEquals(1, qs.size());
        assertQuote(qs.get(0), "une nouvelle aide à l'Ukraine", "Josep Borrell", "en évoquant");
    }

    @Test
    void gerundTakesTheSubjectOfItsSentence() {
        List<Quote> qs = indirect("La ministre Agnès Pannier-Runacher a visité l'usine en annonçant un plan de soutien à la filière.");
        assertEquals(1, qs.size());
        assertQuote(qs.get(0), "un plan de soutien à la filière", "Agnès Pannier-Runacher", "en annonçant");
    }

    @Test
    void aParticipleAfterACommaHasNoSubjectAfterIt() {
        List<Quote> qs = indirect("Le maire Jean Dupont a repris la proposition, accusant le camp adverse de l'avoir copiée.");
        assertEquals(1, qs.size());
        assertQuote(qs.get(0), "le camp adverse de l'avoir copiée", "Jean Dupont", "accusant");
    }

    @Test
    void adverbsInsideTheCompoundTenseAndExamplesInTheSubject() {
        List<Quote> qs = indirect("Les pharmacies comme celle de la gare ou celle du centre ont également signalé "
                + "avoir vendu tous leurs masques.");
        assertEquals(1, qs.size());
        assertQuote(qs.get(0), "avoir vendu tous leurs masques", "Les pharmacies", "ont également signalé");
    }

    @Test
    void pronounTakesThePersonOfThePreviousSentence() {
        List<Quote> qs = indirect("Le maire de Nice, Christian Estrosi, est visé par une plainte.",
                "Il a d'ailleurs toujours nié les faits qui lui sont reprochés.");
        assertEquals(1, qs.size());
        assertQuote(qs.get(0), "les faits qui lui sont reprochés", "Christian Estrosi", "a d'ailleurs toujours nié");
        assertEquals("Il", qs.get(0).speakerMention().text());
    }

    @Test
    void pronounKeepsTheLastSpeakerWhenThePreviousSentenceNamesTwoPeople() {
        List<Quote> qs = indirect("Anne Hidalgo a assuré que la ville était prête.",
                "Elle a rencontré Rachida Dati et Valérie Pécresse lundi.",
                "Elle a annoncé un plan de rénovation des écoles.");
        assertEquals(2, qs.size());
        assertQuote(qs.get(1), "un plan de rénovation des écoles", "Anne Hidalgo", "a annoncé");
    }

    @Test
    void pronounPrefersAPersonTheTextNamedToANewspaperThatSpoke() {
        List<Quote> qs = indirect("Le Figaro a révélé que le projet de loi était abandonné.",
                "La ministre Élisabeth Borne était à Lyon lundi avec les élus de la région.",
                "Rien n'est décidé pour le moment, a-t-elle assuré.");
        assertEquals(2, qs.size());
        assertQuote(qs.get(1), "Rien n'est décidé pour le moment", "Élisabeth Borne", "a-t-elle assuré");
    }

    @Test
    void roleInAppositionIsNoInvertedSubject() {
        List<Quote> qs = indirect("Kevin Hassett, conseiller économique de Donald Trump, a résumé ce week-end que la situation était grave.");
        assertEquals(1, qs.size());
        assertQuote(qs.get(0), "la situation était grave", "Kevin Hassett", "a résumé");
    }

    @Test
    void infinitiveAfterASpeechVerb() {
        List<Quote> qs = indirect("La suspecte Marie Martin assure n'avoir rien vu ce soir-là.");
        assertEquals(1, qs.size());
        assertQuote(qs.get(0), "n'avoir rien vu ce soir-là", "Marie Martin", "assure");
        List<Quote> promise = indirect("Le gouvernement a promis de ne pas augmenter les impôts, laissant entendre un geste.");
        assertEquals(1, promise.size());
        assertQuote(promise.get(0), "ne pas augmenter les impôts", "Le gouvernement", "a promis");
        // « continuer de » is aspect, not speech
        assertEquals(List.of(), indirect("Le chômage continue de progresser dans toute la région."));
    }

    @Test
    void intentionNounLeadsToTheInfinitive() {
        List<Quote> qs = indirect("Le festival attend le groupe Indochine.",
                "Le groupe avait fait part de sa volonté de jouer en clôture du festival.");
        assertEquals(1, qs.size());
        // « le groupe » is tied to its name by « le groupe Indochine »
        assertQuote(qs.get(0), "jouer en clôture du festival", "Indochine", "avait fait part de");
        assertEquals("Le groupe", qs.get(0).speakerMention().text());
    }

    @Test
    void collectiveDescriptionTakesTheNameOfThePreviousSentence() {
        List<Quote> qs = indirect("Le festival attend avec impatience la venue des Arctic Monkeys cet été.",
                "Le groupe de rock a fait part de sa volonté de jouer deux soirs à Paris.");
        assertEquals(1, qs.size());
        assertQuote(qs.get(0), "jouer deux soirs à Paris", "Arctic Monkeys", "a fait part de");
        assertEquals("Le groupe de rock", qs.get(0).speakerMention().text());
        // the only name before is a person's (a role precedes it): « le groupe » stays unresolved
        List<Quote> person = indirect("Le patron de Renault, Luca de Meo, a présenté ses voeux.",
                "Le groupe a annoncé la suppression de 300 emplois dans la région.");
        assertEquals(1, person.size());
        assertQuote(person.get(0), "la suppression de 300 emplois dans la région", "Le groupe", "a annoncé");
    }

    @Test
    void objectEndsWhereAnotherPredicateStarts() {
        List<Quote> qs = indirect("La porte-parole Léa Martin a confirmé la suspension de la joueuse mais n'a pas souhaité commenter.");
        assertEquals(1, qs.size());
        assertEquals("la suspension de la joueuse", qs.get(0).text().text());
        List<Quote> cited = indirect("L'éditeur Plon a annoncé la sortie en mars de l'autobiographie du chanteur, rapporte Gala.");
        assertEquals("la sortie en mars de l'autobiographie du chanteur", cited.get(0).text().text());
        List<Quote> si = indirect("Si Renault a confirmé son projet de voiture électrique à bas prix, Stellantis a renoncé au sien.");
        assertEquals("son projet de voiture électrique à bas prix", si.get(0).text().text());
        // a heading in capitals is no sentence: « DÉMENT » is not the verb of what follows
        assertEquals(List.of(), indirect("MATIGNON DÉMENT Le Premier ministre a refusé de confirmer l'information lundi."));
        List<Quote> relative = indirect("Les cas auxquels l'agence régionale de santé assure porter une attention particulière, sont nombreux.");
        assertEquals("porter une attention particulière", relative.get(0).text().text());
        List<Quote> contrast = indirect("Le député Jean Martin a dénoncé une majorité mesquine et sourde, tandis que la ministre se taisait.");
        assertEquals("une majorité mesquine et sourde", contrast.get(0).text().text());
        List<Quote> sub = indirect("En Italie, où le gouvernement a annoncé un plan de relance de 20 milliards, les villes suivent.");
        assertEquals(1, sub.size());
        assertEquals("un plan de relance de 20 milliards", sub.get(0).text().text());
    }

    @Test
    void postposedSourceCoversTheConditionalConjunctAndNotTheTimeFrame() {
        List<Quote> qs = indirect("Le prix du gaz a augmenté de 5 % en 2021 et pourrait encore grimper de 10 %, selon Le Figaro.");
        assertEquals(1, qs.size());
        assertQuote(qs.get(0), "pourrait encore grimper de 10 %", "Le Figaro", "selon");
        List<Quote> frame = indirect("En 2019, le nombre de cas a atteint 1200, selon l'agence Santé publique France.");
        assertEquals(1, frame.size());
        assertEquals("le nombre de cas a atteint 1200", frame.get(0).text().text());
        // both conjuncts are the study's: no fact told in the past comes first
        List<Quote> both = indirect("Des milliers de personnes risquent d'être touchées et nécessiteraient des soins, estime une étude.");
        assertEquals(1, both.size());
        assertEquals("Des milliers de personnes risquent d'être touchées et nécessiteraient des soins", both.get(0).text().text());
    }
}
