package org.vigie.core;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.*;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.core.pipeline.Stage;

class ArticleTest {

    @Test
    void composeJoinsPartsWithBlankLinesAndParagraphsWithNewlines() {
        Article a = Article.compose("Titre", "Chapô", List.of("Un.", "  ", "Deux."));
        assertEquals("Titre\n\nChapô\n\nUn.\nDeux.", a.text());
        assertEquals("Un.\nDeux.", a.body());
        assertTrue(a.text().endsWith(a.body()));
        assertEquals(4, a.sections().size());
        Section p2 = a.sections().get(3);
        assertEquals("Deux.", a.text().substring(p2.start(), p2.end()));
        assertEquals(a.text().length() - a.body().length(), a.bodyStart());
    }

    @Test
    void composeWithoutStandfirstHasNoStandfirstSection() {
        Article a = Article.compose("T", null, List.of("Corps."));
        assertEquals("T\n\nCorps.", a.text());
        assertNull(a.standfirst());
        assertEquals(List.of(Section.Kind.TITLE, Section.Kind.PARAGRAPH),
                a.sections().stream().map(Section::kind).toList());
    }

    @Test
    void idIsAHashOfTheTextOnly() {
        Article a = Article.compose("T", null, List.of("Corps."));
        Article b = Article.compose("T", null, List.of("Corps.")).withSourceId("x");
        Article c = Article.compose("T", null, List.of("Corps!"));
        assertEquals(a.id(), b.id());
        assertNotEquals(a.id(), c.id());
        assertEquals(16, a.id().length());
    }

    @Test
    void spansAreUtf16OffsetsAndCheckTheirText() {
        Article a = Article.compose("😀 Poutine", null, List.of("x"));
        Span s = a.span(3, 10);
        assertEquals("Poutine", s.text());
        assertTrue(s.matches(a.text()));
        assertThrows(IllegalArgumentException.class, () -> new Span(0, 3, "ab"));
        assertThrows(IllegalArgumentException.class, () -> a.span(0, 999));
    }

    @Test
    void jsonRoundTripKeepsTheContract() throws Exception {
        Article a = Article.compose("Poutine à Alep", "Chapô", List.of("Poutine a parlé."));
        int p = a.text().lastIndexOf("Poutine");
        a = a.withSourceId("Ece6acd5c1e4d6f50db947ed7ee6960c")
                .withLanguage("fr", 0.99)
                .withEntities(List.of(new Entity("Vladimir Poutine", EntityType.PER, null,
                        List.of(a.span(0, 7), a.span(p, p + 7)))))
                .withQuotes(List.of(new Quote(Quote.Kind.DIRECT, a.span(p, p + 7),
                        new Speaker("Vladimir Poutine", null), null, a.span(p + 8, p + 9))))
                .withTimes(List.of(new TimeExpression(a.span(0, 7), "2016-10-10", "DATE", "dct")))
                .withSignals(List.of(new Signal("loaded-label", 0.5, List.of(a.span(0, 7)), "why")));
        String json = ArticleJson.toJson(a);
        var tree = ArticleJson.mapper().readTree(json);
        assertEquals("Ece6acd5c1e4d6f50db947ed7ee6960c", tree.get("source_id").asText());
        assertEquals("PER", tree.at("/entities/0/type").asText());
        assertEquals(7, tree.at("/entities/0/mentions/0/end").asInt());
        assertEquals("Poutine", tree.at("/entities/0/mentions/1/text").asText());
        assertEquals("direct", tree.at("/quotes/0/kind").asText());
        assertEquals("dct", tree.at("/times/0/resolved_from").asText());
        assertEquals("paragraph", tree.at("/sections/2/kind").asText());
        assertFalse(tree.has("sentences"), "token layer is internal");
        assertEquals(a.withSentences(List.of()), ArticleJson.fromJson(json));
    }

    @Test
    void otherPublicationsRoundTripAndAreAbsentForAOnePageArticle() throws Exception {
        Article one = Article.compose("Alep", null, List.of("Poutine a parlé."))
                .withMetadata(new Metadata("https://fr.sputniknews.com/alep.html", null, "Sputnik", List.of(),
                        "2016-10-09", "meta", null, null));
        String oneJson = ArticleJson.toJson(one);
        assertFalse(ArticleJson.mapper().readTree(oneJson).has("also_published_at"),
                "an article known from one page keeps the JSON it had before the field existed");

        Article many = one.withAlsoPublishedAt(List.of(new Publication("https://blog.example.org/alep?a=1&b=2",
                "https://blog.example.org/alep", "blog.example.org", List.of("Jean Dupont"), "2016-10-10", "json-ld")));
        String json = ArticleJson.toJson(many);
        var tree = ArticleJson.mapper().readTree(json);
        assertEquals("https://blog.example.org/alep?a=1&b=2", tree.at("/also_published_at/0/url").asText());
        assertEquals("https://blog.example.org/alep", tree.at("/also_published_at/0/canonical_url").asText());
        assertEquals("json-ld", tree.at("/also_published_at/0/date_source").asText());
        assertEquals("Jean Dupont", tree.at("/also_published_at/0/authors/0").asText());
        assertEquals(many, ArticleJson.fromJson(json));

        // A record stored before the field existed: no also_published_at at all.
        Article old = ArticleJson.fromJson(oneJson);
        assertEquals(List.of(), old.alsoPublishedAt());
        assertEquals(one, old);
        assertEquals(oneJson, ArticleJson.toJson(old));
    }

    @Test
    void skippedLayersRoundTripAfterTheLayersAndAreAbsentWhenNoneWasSkipped() throws Exception {
        Article full = Article.compose("Merkel in Berlin", null, List.of("Angela Merkel sprach am Montag."))
                .withLanguage("de", 0.98);
        String fullJson = ArticleJson.toJson(full);
        assertFalse(ArticleJson.mapper().readTree(fullJson).has("skipped"),
                "an article every stage read keeps the JSON it had before the field existed");
        Article old = ArticleJson.fromJson(fullJson);
        assertEquals(List.of(), old.skipped());
        assertEquals(fullJson, ArticleJson.toJson(old));

        Article de = full.withSkipped(Skipped.noResources("entities", "entity model", "de"))
                .withSkipped(Skipped.noResources("signals:loaded-label", "loaded-label lexicon", "de"))
                .withSkipped(Skipped.noResources("entities", "entity model", "de"));
        assertEquals(List.of("signals:loaded-label", "entities"), de.skipped().stream().map(Skipped::layer).toList(),
                "one entry per layer: a stage run twice says it once");
        String json = ArticleJson.toJson(de);
        var tree = ArticleJson.mapper().readTree(json);
        assertEquals("no entity model for German (de)", tree.at("/skipped/1/reason").asText());
        assertEquals("signals:loaded-label", tree.at("/skipped/0/layer").asText());
        assertTrue(json.indexOf("\"signals\"") < json.indexOf("\"skipped\""), "skipped follows the layers it qualifies");
        assertTrue(tree.get("entities").isArray() && tree.get("entities").isEmpty());
        assertEquals(de, ArticleJson.fromJson(json));
        // later copies keep it
        assertEquals(de.skipped(), ArticleJson.fromJson(json).withSignals(List.of()).withCorpusLinks("a", "b", null).skipped());
    }

    @Test
    void placesAndCountriesRoundTripAndAreAbsentWhenNothingWasResolved() throws Exception {
        Article plain = Article.compose("Alep", null, List.of("Les Syriens fuient Alep."));
        Span alep = plain.span(plain.text().lastIndexOf("Alep"), plain.text().lastIndexOf("Alep") + 4);
        Article unresolved = plain.withEntities(List.of(new Entity("Alep", EntityType.LOC, "aleppo", List.of(alep))));
        String oldJson = ArticleJson.toJson(unresolved);
        var oldTree = ArticleJson.mapper().readTree(oldJson);
        assertFalse(oldTree.has("countries"), "an article naming no country keeps the JSON it had before the field existed");
        assertFalse(oldTree.at("/entities/0").has("place"), "an unresolved place has no place object");
        assertEquals(unresolved, ArticleJson.fromJson(oldJson));

        Place aleppo = new Place("SY", Place.Kind.CITY, "Aleppo", 170063L, 36.20124, 37.16117);
        Article resolved = plain.withEntities(List.of(unresolved.entities().get(0).withPlace(aleppo)))
                .withCountries(List.of(new CountryMentions("SY", 2)));
        String json = ArticleJson.toJson(resolved);
        var tree = ArticleJson.mapper().readTree(json);
        assertEquals("SY", tree.at("/entities/0/place/country").asText());
        assertEquals("city", tree.at("/entities/0/place/kind").asText());
        assertEquals(170063, tree.at("/entities/0/place/geonames_id").asLong());
        assertEquals(36.20124, tree.at("/entities/0/place/lat").asDouble(), 1e-9);
        assertEquals(37.16117, tree.at("/entities/0/place/lon").asDouble(), 1e-9);
        assertEquals("SY", tree.at("/countries/0/country").asText());
        assertEquals(2, tree.at("/countries/0/mentions").asInt());
        assertTrue(json.indexOf("\"place\"") < json.indexOf("\"mentions\""), "the place precedes the mentions it sums up");
        assertTrue(json.indexOf("\"countries\"") < json.indexOf("\"quotes\""), "countries follow the entities");
        assertEquals(resolved, ArticleJson.fromJson(json));
        // a country has no coordinates and no GeoNames id
        var country = ArticleJson.mapper().readTree(ArticleJson.mapper().writeValueAsString(
                new Place("SY", Place.Kind.COUNTRY, null, null, null, null)));
        assertEquals(List.of("country", "kind"), iterable(country.fieldNames()));
        assertThrows(IllegalArgumentException.class, () -> new Place("Syria", Place.Kind.COUNTRY, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new CountryMentions("SY", 0));
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void aLanguageIsNamedInEnglishWithItsCode() {
        assertEquals("German (de)", Skipped.languageName("de"));
        assertEquals("Portuguese (pt-BR)", Skipped.languageName("pt-BR"));
        assertEquals("xx", Skipped.languageName("xx"));
        assertEquals("an undetected language", Skipped.languageName(null));
        assertThrows(NullPointerException.class, () -> new Skipped(null, "why"));
    }

    @Test
    void emptyLayersAreStillPresentInJson() throws Exception {
        var tree = ArticleJson.mapper().readTree(ArticleJson.toJson(Article.compose("T", null, List.of("b"))));
        for (String f : List.of("entities", "quotes", "times", "signals")) {
            assertTrue(tree.get(f).isArray() && tree.get(f).isEmpty(), f);
        }
        assertEquals(0, tree.get("comment_count").asInt());
    }

    @Test
    void pipelineRefusesAStageThatRewritesTheText() {
        Stage evil = new Stage() {
            public String name() { return "evil"; }
            public Article process(Article a) { return Article.compose("autre", null, List.of("x")); }
        };
        Article a = Article.compose("T", null, List.of("b"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Pipeline.of(evil).process(a));
        assertTrue(e.getMessage().contains("evil"));
    }
}
