package org.vigie.nlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Speaker;

/**
 * German and Spanish quotations on sentences written for Vigie in the style of news reports. The
 * entity layer is stood in for by a list of names (what the CoreNLP stage finds in them; the
 * pipeline test of {@code GermanSpanishEntitiesTest} reads with the real one).
 */
class GermanSpanishQuotesTest {

    /** A lookup that names [start, end) when one of {@code names} ("Angela Merkel=angela-merkel") occurs in it. */
    private static QuoteStage stage(String... names) {
        return new QuoteStage(a -> new SpeakerLookup() {
            @Override
            public Optional<Speaker> speakerAt(int s, int e) {
                String phrase = a.text().substring(s, e);
                for (String n : names) {
                    String[] f = n.split("=");
                    if (phrase.contains(f[0])) return Optional.of(new Speaker(f[2], f[1]));
                }
                return Optional.empty();
            }

            @Override
            public Optional<Speaker> personBefore(int offset) {
                int best = -1;
                Speaker who = null;
                for (String n : names) {
                    String[] f = n.split("=");
                    int at = a.text().lastIndexOf(f[0], offset - f[0].length());
                    if (at > best) {
                        best = at;
                        who = new Speaker(f[2], f[1]);
                    }
                }
                return Optional.ofNullable(who);
            }
        });
    }

    private static final QuoteStage DE = stage("Merkel=angela-merkel=Angela Merkel", "Scholz=olaf-scholz=Olaf Scholz",
            "Seehofer=horst-seehofer=Horst Seehofer", "von der Leyen=ursula-von-der-leyen=Ursula von der Leyen",
            "Wirtschaftsministeriums=bmwi=Bundesministerium für Wirtschaft");
    private static final QuoteStage ES = stage("Sánchez=pedro-sanchez=Pedro Sánchez", "Calviño=nadia-calvino=Nadia Calviño",
            "Iglesias=pablo-iglesias=Pablo Iglesias", "Banco de España=banco-de-espana=Banco de España");

    private static List<Quote> quotes(QuoteStage stage, String language, String... paragraphs) {
        Article a = Article.compose("Titel", null, List.of(paragraphs)).withLanguage(language, 1.0);
        List<Quote> out = stage.process(a).quotes();
        assertTrue(stage.process(a).skipped().isEmpty(), "quotes are read, not skipped");
        for (Quote q : out) {
            assertTrue(q.text().matches(a.text()), "quote span repeats its words: " + q.text());
            if (q.speakerMention() != null) assertTrue(q.speakerMention().matches(a.text()), "mention: " + q.speakerMention());
            if (q.cue() != null) assertTrue(q.cue().matches(a.text()), "cue: " + q.cue());
        }
        return out;
    }

    private static Quote quote(List<Quote> quotes, Quote.Kind kind, String text) {
        List<Quote> found = quotes.stream().filter(q -> q.kind() == kind && q.text().text().equals(text)).toList();
        assertEquals(1, found.size(), () -> "one " + kind + " quote '" + text + "' in " + quotes);
        return found.get(0);
    }

    private static String speaker(Quote q) {
        return q.speaker() == null ? null : q.speaker().entityId() != null ? q.speaker().entityId() : q.speaker().canonical();
    }

    @Test
    void germanDirectQuotesWithTheVerbBeforeOrAfterItsSubject() {
        List<Quote> qs = quotes(DE, "de",
                "„Wir schaffen das“, sagte Merkel am Montag in Berlin.",
                "Scholz erklärte: „Die Rente ist sicher, und sie bleibt es.“",
                "»Das ist ein guter Tag für Europa«, betonte Seehofer.",
                "„Wir werden nicht nachgeben“, so Scholz.");
        assertEquals("angela-merkel", speaker(quote(qs, Quote.Kind.DIRECT, "Wir schaffen das")));
        assertEquals("sagte", quote(qs, Quote.Kind.DIRECT, "Wir schaffen das").cue().text());
        assertEquals("olaf-scholz", speaker(quote(qs, Quote.Kind.DIRECT, "Die Rente ist sicher, und sie bleibt es.")));
        assertEquals("horst-seehofer", speaker(quote(qs, Quote.Kind.DIRECT, "Das ist ein guter Tag für Europa")));
        assertEquals("olaf-scholz", speaker(quote(qs, Quote.Kind.DIRECT, "Wir werden nicht nachgeben")));
    }

    @Test
    void swissGuillemetsPairOutwardAndGermanOnesInward() {
        List<Quote> swiss = quotes(DE, "de", "«Wir schaffen das», sagte Merkel. «Die Lage ist ernst», betonte Scholz.");
        assertEquals(List.of("Wir schaffen das", "Die Lage ist ernst"), swiss.stream().map(q -> q.text().text()).toList());
        assertEquals("olaf-scholz", speaker(quote(swiss, Quote.Kind.DIRECT, "Die Lage ist ernst")));
        List<Quote> german = quotes(DE, "de", "»Wir schaffen das«, sagte Merkel. »Die Lage ist ernst«, betonte Scholz.");
        assertEquals(List.of("Wir schaffen das", "Die Lage ist ernst"), german.stream().map(q -> q.text().text()).toList());
    }

    @Test
    void germanPronounsRolesAndContinuedQuotes() {
        List<Quote> qs = quotes(DE, "de",
                "Merkel traf am Montag die Ministerpräsidenten. „Die Lage ist ernst“, sagte sie danach.",
                "„Wir prüfen alle Hinweise“, sagte ein Sprecher der Polizei. „Der Täter ist flüchtig.“");
        assertEquals("angela-merkel", speaker(quote(qs, Quote.Kind.DIRECT, "Die Lage ist ernst")));
        assertEquals("ein Sprecher der Polizei", speaker(quote(qs, Quote.Kind.DIRECT, "Wir prüfen alle Hinweise")));
        assertEquals("ein Sprecher der Polizei", speaker(quote(qs, Quote.Kind.DIRECT, "Der Täter ist flüchtig.")));
    }

    @Test
    void theHeadOfADescriptionSpeaksNotItsComplement() {
        List<Quote> de = quotes(DE, "de",
                "„Wir arbeiten an einem Stufenplan“, sagte ein Sprecher des Wirtschaftsministeriums.",
                "„Europa muss handeln“, sagte Ursula von der Leyen.");
        assertEquals("ein Sprecher des Wirtschaftsministeriums", speaker(quote(de, Quote.Kind.DIRECT, "Wir arbeiten an einem Stufenplan")));
        assertEquals("ursula-von-der-leyen", speaker(quote(de, Quote.Kind.DIRECT, "Europa muss handeln")));
        List<Quote> es = quotes(ES, "es", "—No hay margen para más gasto —advirtió el gobernador del Banco de España—.");
        assertEquals("el gobernador del Banco de España", speaker(quote(es, Quote.Kind.DIRECT, "No hay margen para más gasto")));
    }

    @Test
    void germanIndirectSpeechWithDassAndKonjunktiv() {
        List<Quote> qs = quotes(DE, "de",
                "Merkel sagte am Dienstag, dass die Regierung die Hilfen verlängern werde.",
                "Scholz sagte, er habe keine Kenntnis von den Zahlungen gehabt.",
                "Die Lage an den Grenzen sei unter Kontrolle, erklärte Seehofer.",
                "Laut Polizei wurde der Mann noch am Abend festgenommen.");
        assertEquals("angela-merkel", speaker(quote(qs, Quote.Kind.INDIRECT, "die Regierung die Hilfen verlängern werde")));
        assertEquals("olaf-scholz", speaker(quote(qs, Quote.Kind.INDIRECT, "er habe keine Kenntnis von den Zahlungen gehabt")));
        assertEquals("horst-seehofer", speaker(quote(qs, Quote.Kind.INDIRECT, "Die Lage an den Grenzen sei unter Kontrolle")));
        assertEquals("Polizei", speaker(quote(qs, Quote.Kind.INDIRECT, "wurde der Mann noch am Abend festgenommen")));
    }

    @Test
    void germanScareQuotesAndNamesAreNoSpeech() {
        List<Quote> qs = quotes(DE, "de",
                "Die sogenannte „Bazooka“ des Finanzministers soll die Wirtschaft stützen.",
                "Die Sendung „Hart aber fair“ lief am Montag.",
                "Der Kapitän sagte kein Wort, als das Schiff anlegte.");
        assertEquals(List.of(), qs);
    }

    @Test
    void spanishDirectQuotesDialogueAndSources() {
        List<Quote> qs = quotes(ES, "es",
                "«Vamos a ganar estas elecciones», dijo Sánchez en un mitin en Valencia.",
                "Calviño afirmó: «La economía crece por encima de la media europea».",
                "\"No habrá subida de impuestos\", aseguró la ministra de Hacienda.",
                "—No vamos a negociar con nadie —dijo Iglesias—. La decisión está tomada.",
                "«La reforma llega tarde», según el portavoz del sindicato.");
        assertEquals("pedro-sanchez", speaker(quote(qs, Quote.Kind.DIRECT, "Vamos a ganar estas elecciones")));
        assertEquals("dijo", quote(qs, Quote.Kind.DIRECT, "Vamos a ganar estas elecciones").cue().text());
        assertEquals("nadia-calvino", speaker(quote(qs, Quote.Kind.DIRECT, "La economía crece por encima de la media europea")));
        assertEquals("la ministra de Hacienda", speaker(quote(qs, Quote.Kind.DIRECT, "No habrá subida de impuestos")));
        assertEquals("pablo-iglesias", speaker(quote(qs, Quote.Kind.DIRECT, "No vamos a negociar con nadie")));
        assertEquals("pablo-iglesias", speaker(quote(qs, Quote.Kind.DIRECT, "La decisión está tomada.")));
        assertEquals("el portavoz del sindicato", speaker(quote(qs, Quote.Kind.DIRECT, "La reforma llega tarde")));
    }

    @Test
    void spanishIndirectSpeechAndPronouns() {
        List<Quote> qs = quotes(ES, "es",
                "Sánchez dijo que el Gobierno aprobará el plan el viernes.",
                "Según la policía, el detenido llevaba dos semanas vigilando el local.",
                "La situación es grave, afirmó Calviño.",
                "Iglesias visitó la fábrica. Él aseguró que no habrá despidos.");
        assertEquals("pedro-sanchez", speaker(quote(qs, Quote.Kind.INDIRECT, "el Gobierno aprobará el plan el viernes")));
        assertEquals("la policía", speaker(quote(qs, Quote.Kind.INDIRECT, "el detenido llevaba dos semanas vigilando el local")));
        assertEquals("nadia-calvino", speaker(quote(qs, Quote.Kind.INDIRECT, "La situación es grave")));
        assertEquals("pablo-iglesias", speaker(quote(qs, Quote.Kind.INDIRECT, "no habrá despidos")));
    }

    @Test
    void spanishScareQuotesAreNoSpeech() {
        List<Quote> qs = quotes(ES, "es",
                "La llamada «ley mordaza» sigue en vigor.",
                "El programa \"Sálvame\" se emite por la tarde.");
        assertEquals(List.of(), qs);
    }

    @Test
    void germanAndSpanishHaveTheSameListsAndEveryListLoads() throws java.io.IOException {
        java.nio.file.Path root = java.nio.file.Path.of("src/main/resources/org/vigie/nlp/quotes");
        for (String language : List.of("de", "es")) {
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(root.resolve(language))) {
                assertEquals(new java.util.TreeSet<>(CueWords.FILES),
                        new java.util.TreeSet<>(files.map(f -> f.getFileName().toString()).toList()), language);
            }
            CueWords w = CueWords.of(language);
            assertTrue(w.verbs.size() > 50 && !w.according.isEmpty() && !w.pronouns.isEmpty() && !w.clauseWords.isEmpty(), language);
        }
        assertTrue(CueWords.of("de").accordingAfter.contains("zufolge"));
        assertTrue(CueWords.of("de").reportedForms.contains("habe") && CueWords.of("es").reportedForms.isEmpty());
    }

    @Test
    void undetectedLanguagesStillReadAsFrenchAndOthersSkipped() {
        assertTrue(QuoteRules.forLanguage("de") == QuoteRules.GERMAN && QuoteRules.forLanguage("es-AR") == QuoteRules.SPANISH);
        assertNull(QuoteRules.forLanguage("pt"));
        assertTrue(QuoteRules.forLanguage(null) == QuoteRules.FRENCH);
        List<Quote> none = new ArrayList<>(quotes(DE, "de", "Kein Zitat hier."));
        assertEquals(List.of(), none);
    }
}
