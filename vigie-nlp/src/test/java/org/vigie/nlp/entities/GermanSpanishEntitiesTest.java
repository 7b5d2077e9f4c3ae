package org.vigie.nlp.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Sentence;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Skipped;
import org.vigie.core.model.Span;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.nlp.NlpPipelines;
import org.vigie.nlp.corenlp.CoreNlpTokens;
import org.vigie.nlp.registry.EntityPipelines;
import org.vigie.nlp.quotes.QuoteStage;
import org.vigie.nlp.signals.SignalStages;

/**
 * German and Spanish articles through the language-routed entity pipeline: CoreNLP's German and
 * Spanish CRFs and the word lists of entities/de and entities/es, on real texts (German: two
 * Scrapinghub benchmark pages, MIT, and a Readability test page, Apache-2.0; Spanish: two
 * Readability test pages; resources german/ and spanish/, SOURCES.txt and LICENSE files) and on
 * sentences written for these tests.
 */
class GermanSpanishEntitiesTest {

    private static final Pipeline PIPELINE = EntityPipelines.byLanguage(null);

    /** Written for this test: a title, an honorific and the bare surname of one person. */
    private static final String MERKEL = "Bundeskanzlerin Angela Merkel hat am 3. Oktober 2018 in Berlin den französischen "
            + "Präsidenten Emmanuel Macron empfangen. Frau Merkel sagte, Deutschland und Frankreich seien sich einig. "
            + "Merkel und Macron sprachen auch mit Herrn Scholz.";

    /** Written for this test: Spanish forms of address, which the CRF alone reads as an organisation. */
    private static final String MADURO = "El presidente de Venezuela, Nicolás Maduro, recibió el lunes en Caracas a la "
            + "Sra. García, embajadora de España. Maduro dijo que la reunión con la señora García fue buena.";

    private static Article fixture(String path, String language) {
        try (InputStream in = GermanSpanishEntitiesTest.class.getResourceAsStream(path + ".txt")) {
            assertNotNull(in, "missing fixture " + path + ".txt");
            String[] parts = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n\n");
            List<String> paragraphs = Arrays.stream(parts, 1, parts.length).map(String::strip).toList();
            return Article.compose(parts[0].strip(), null, paragraphs).withLanguage(language, 1.0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Entity entity(Article a, String canonical, EntityType type) {
        Entity e = EntityStageTest.entity(a, canonical);
        assertEquals(type, e.type(), canonical);
        return e;
    }

    private static List<String> mentions(Entity e) {
        return e.mentions().stream().map(Span::text).toList();
    }

    private static void noEntityNamed(Article a, String canonical) {
        assertTrue(a.entities().stream().noneMatch(e -> e.canonical().equals(canonical)),
                "no entity '" + canonical + "': " + a.entities().stream().map(Entity::canonical).toList());
    }

    @Test
    void aGermanPersonIsOneEntityUnderHerTitleHonorificAndSurname() {
        Article a = PIPELINE.process(Article.compose("Merkel empfängt Macron", null, List.of(MERKEL)).withLanguage("de", 1.0));
        Entity merkel = entity(a, "Angela Merkel", EntityType.PER);
        List<String> m = mentions(merkel);
        assertTrue(m.contains("Angela Merkel"), m.toString());
        // headline, "Frau Merkel" (the honorific is no part of the mention), "Merkel und Macron"
        assertEquals(3, m.stream().filter("Merkel"::equals).count(), m.toString());
        assertTrue(m.stream().noneMatch(s -> s.startsWith("Frau") || s.contains("Bundeskanzlerin Angela")), m.toString());
        assertEquals(3, mentions(entity(a, "Emmanuel Macron", EntityType.PER)).size());
        entity(a, "Scholz", EntityType.PER); // after "Herrn", the dative of "Herr"
        for (String place : List.of("Berlin", "Deutschland", "Frankreich")) entity(a, place, EntityType.LOC);
        noEntityNamed(a, "Frau Merkel");
        noEntityNamed(a, "Bundeskanzlerin Angela Merkel");
    }

    @Test
    void germanTokensKeepAnOrdinalsDotAndSplitHyphenatedCompoundsAsTheCrfWasTrained() {
        String text = "Am 3. Oktober traf die Nordrhein-Westfalen-Delegation in Berlin ein. Sie blieb zwei Tage.";
        List<Sentence> sentences = CoreNlpTokens.german().sentences(text, List.of());
        assertEquals(2, sentences.size(), "'3.' before a month is an ordinal, no sentence end");
        List<String> words = sentences.get(0).tokens().stream().map(t -> t.word()).toList();
        assertTrue(words.contains("3."), words.toString());
        assertTrue(words.containsAll(List.of("Nordrhein", "-", "Westfalen")), words.toString());
        for (Sentence s : sentences) {
            for (var t : s.tokens()) assertEquals(text.substring(t.start(), t.end()), t.word(), "offsets into the text");
        }
    }

    @Test
    void aGermanHospitalAndItsAcronymAreOneOrganisation() {
        Article a = PIPELINE.process(fixture("german/patientenakte", "de"));
        List<String> m = mentions(entity(a, "Universitätsklinikum Heidelberg", EntityType.ORG));
        assertTrue(m.contains("UKHD") && m.contains("Universitätsklinikum Heidelberg"), m.toString());
        entity(a, "Universitätsklinikum Hamburg-Eppendorf", EntityType.ORG);
        entity(a, "IBM", EntityType.ORG);
        entity(a, "Frankfurt am Main", EntityType.LOC);
        assertEquals(4, mentions(entity(a, "Deutschland", EntityType.LOC)).size());
    }

    @Test
    void germanPagesOfOtherKindsGetTheirOrganisationsAndPlaces() {
        Article heise = PIPELINE.process(fixture("german/heise-1password", "de"));
        entity(heise, "AgileBits", EntityType.ORG);
        entity(heise, "Google", EntityType.ORG);
        Article dmexco = PIPELINE.process(fixture("german/dmexco-2018", "de"));
        assertEquals(2, mentions(entity(dmexco, "Köln", EntityType.LOC)).size());
        for (String place : List.of("Norwegen", "Nordamerika", "Europa", "Asien")) entity(dmexco, place, EntityType.LOC);
        // a brand in camel case opens the name the tagger found, rather than being trimmed as a lower-case word
        List<String> ez = mentions(entity(dmexco, "eZ Systems", EntityType.ORG));
        assertTrue(ez.contains("eZ Systems"), ez.toString());
        noEntityNamed(dmexco, "Systems");
    }

    @Test
    void wordsGluedWhereABreakWasLostAreNoCamelCaseBrand() {
        // an OrangeSum body (samples/orangesum, CC BY-SA 4.0) whose paragraph break was lost mid-text
        Article a = PIPELINE.process(Article.compose("Le Bataclan dévoile sa programmation", null, List.of(
                "D'autres concerts bientôt annoncésYoussou Ndour sera à l'affiche juste après, le 18 novembre."))
                .withLanguage("fr", 1.0));
        assertTrue(a.entities().stream().noneMatch(e -> e.canonical().startsWith("annoncés")),
                a.entities().stream().map(Entity::canonical).toList().toString());
    }

    @Test
    void aSpanishPersonIsOneEntityUnderHisFullNameAndSurname() {
        Article a = PIPELINE.process(fixture("spanish/cuestion-mapuche", "es"));
        List<String> m = mentions(entity(a, "Abdullah Ocalan", EntityType.PER));
        assertTrue(m.contains("Abdullah Ocalan"), m.toString());
        assertTrue(m.stream().filter("Ocalan"::equals).count() >= 4, m.toString());
        noEntityNamed(a, "Ocalan");
        for (String person : List.of("Massimo D'Alema", "Samuel Huntington", "Carlos Nino", "Andrés Malamud", "Martín Schapiro")) {
            entity(a, person, EntityType.PER);
        }
        List<String> cam = mentions(entity(a, "Coordinadora Arauco-Malleco", EntityType.ORG));
        assertTrue(cam.contains("CAM"), cam.toString());
        for (String place : List.of("Turquía", "Kenia", "Neuquén", "Río Negro", "La Matanza", "Nueva Zelanda")) {
            entity(a, place, EntityType.LOC);
        }
    }

    @Test
    void spanishCountriesArePlacesWithTheirArticleWhateverTheTaggerSays() {
        Article a = PIPELINE.process(fixture("spanish/twitter-lite", "es"));
        // "El Salvador": a capitalised article mid-sentence belongs to the name (es/role-context.txt)
        entity(a, "El Salvador", EntityType.LOC);
        noEntityNamed(a, "Salvador");
        // the CRF calls these two organisations; the JDK's Spanish country names say places
        for (String place : List.of("Costa Rica", "Ecuador", "México", "Venezuela", "Perú", "América Latina")) {
            entity(a, place, EntityType.LOC);
        }
    }

    @Test
    void aSpanishFormOfAddressMakesAPersonOfWhatTheCrfCallsAnOrganisation() {
        Article a = PIPELINE.process(Article.compose("Maduro recibe a la Sra. García", null, List.of(MADURO))
                .withLanguage("es", 1.0));
        List<String> garcia = mentions(entity(a, "García", EntityType.PER));
        assertTrue(garcia.stream().filter("García"::equals).count() >= 2, garcia.toString());
        assertTrue(garcia.stream().noneMatch(s -> s.startsWith("Sra") || s.startsWith("señora")), garcia.toString());
        List<String> maduro = mentions(entity(a, "Nicolás Maduro", EntityType.PER));
        assertEquals(3, maduro.size(), maduro.toString());
        for (String place : List.of("Venezuela", "Caracas", "España")) entity(a, place, EntityType.LOC);
    }

    @Test
    void germanAndSpanishSpeakersAreTheEntitiesTheLayerFound() {
        QuoteStage quotes = new QuoteStage();
        Article de = quotes.process(PIPELINE.process(Article.compose("Merkel", null, List.of(MERKEL,
                "„Wir stehen an der Seite Frankreichs“, sagte Merkel.")).withLanguage("de", 1.0)));
        Quote direct = de.quotes().stream().filter(q -> q.kind() == Quote.Kind.DIRECT).findFirst().orElseThrow();
        assertEquals("Wir stehen an der Seite Frankreichs", direct.text().text());
        assertEquals(entity(de, "Angela Merkel", EntityType.PER).entityId(), direct.speaker().entityId());
        // "Frau Merkel sagte, Deutschland und Frankreich seien sich einig": the Konjunktiv reports her words
        Quote reported = de.quotes().stream().filter(q -> q.kind() == Quote.Kind.INDIRECT).findFirst().orElseThrow();
        assertEquals("Deutschland und Frankreich seien sich einig", reported.text().text());
        assertEquals("Angela Merkel", reported.speaker().canonical());

        Article es = quotes.process(PIPELINE.process(Article.compose("Maduro", null, List.of(MADURO,
                "«La reunión fue un éxito», afirmó Maduro.")).withLanguage("es", 1.0)));
        List<String> said = es.quotes().stream().map(q -> q.kind() + ":" + q.text().text() + "=" + q.speaker().canonical()).toList();
        assertEquals(List.of("INDIRECT:la reunión con la señora García fue buena=Nicolás Maduro",
                "DIRECT:La reunión fue un éxito=Nicolás Maduro"), said);
    }

    @Test
    void germanAndSpanishArticlesSkipNeitherEntitiesNorQuotesNorTimes() {
        Pipeline standard = NlpPipelines.standard(LocalDate.of(2019, 11, 20),
                SignalStages.Options.defaults().withoutSpellChecker().withoutSourceContext());
        for (Article in : List.of(fixture("german/dmexco-2018", "de"), fixture("spanish/twitter-lite", "es"))) {
            Article out = standard.process(in);
            List<String> layers = out.skipped().stream().map(Skipped::layer).toList();
            assertFalse(out.entities().isEmpty(), in.language());
            assertFalse(layers.contains("entities"), layers.toString());
            assertFalse(layers.contains("times"), layers.toString());
            assertFalse(out.times().isEmpty(), "'dieses Jahr', 'hoy': " + out.times());
            assertFalse(layers.contains("quotes"), layers.toString());
        }
    }
}
