package org.vigie.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.Span;

/**
 * Issue 2's acceptance on the sample page: the whole CLI path (reader + standard pipeline)
 * against the hand-made gold in fixtures/gold.
 */
class SampleGoldTest {

    static JsonNode gold;
    static Article article;
    static JsonNode json;

    @BeforeAll
    static void analyse() throws Exception {
        gold = ArticleJson.mapper().readTree(Repo.file("fixtures/gold/aleppo-putin-erdogan.gold.json").toFile());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"analyze", "--date", "2016-10-10",
                Repo.file("samples/aleppo-putin-erdogan.txt").toString()}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        json = ArticleJson.mapper().readTree(out.toString());
        article = ArticleJson.fromJson(out.toString());
    }

    @Test
    void structureIsAsInTheGold() {
        JsonNode s = gold.get("structure");
        assertEquals(s.get("title").asText(), article.title());
        assertEquals(s.get("source_id").asText(), article.sourceId());
        assertEquals(s.get("standfirst").asText(), article.standfirst());
        assertTrue(article.body().startsWith(s.get("body_first_words").asText()), article.body());
        assertTrue(article.body().endsWith(s.get("body_last_words").asText()));
        assertEquals(s.get("body_paragraphs").asInt(), article.body().split("\n").length);
        assertEquals(s.get("body_paragraphs").asInt(), article.paragraphs().size());
        assertEquals(s.get("comment_count").asInt(), article.commentCount());
        List<String> removed = new ArrayList<>();
        s.get("boilerplate_removed").forEach(n -> removed.add(n.asText()));
        assertTrue(article.boilerplate().containsAll(removed), article.boilerplate().toString());
        for (String junk : removed) assertFalse(article.text().contains(junk), junk);
        assertEquals(s.get("language").asText(), article.language());
        assertEquals(article.title() + "\n\n" + article.standfirst() + "\n\n" + article.body(), article.text());
    }

    @Test
    void everyGoldEntityIsFoundWithItsTypeAndMentions() {
        for (JsonNode g : gold.get("entities")) {
            String canonical = g.get("canonical").asText();
            Optional<Entity> e = article.entities().stream().filter(x -> x.canonical().equals(canonical)).findFirst();
            assertTrue(e.isPresent(), "missing entity " + canonical + " in " + names());
            assertEquals(g.get("type").asText(), e.get().type().name(), canonical);
            assertTrue(e.get().mentions().size() >= g.get("min_mentions").asInt(),
                    canonical + " has " + e.get().mentions().size() + " mentions, gold wants " + g.get("min_mentions"));
            for (Span m : e.get().mentions()) assertTrue(m.matches(article.text()), "span does not match text: " + m);
        }
    }

    @Test
    void noJunkEntities() {
        for (JsonNode n : gold.get("not_entities")) {
            String junk = n.asText();
            for (Entity e : article.entities()) {
                assertNotEquals(junk, e.canonical());
                assertTrue(e.mentions().stream().noneMatch(m -> m.text().equals(junk)), junk + " reported in " + e);
            }
        }
    }

    @Test
    void aliasesResolveToTheirPerson() {
        Entity putin = entity("Vladimir Poutine");
        for (JsonNode alias : gold.get("entities").get(0).get("aliases_expected")) {
            // The alias resolves when some occurrence of it in the text is covered by a mention of
            // the person (mentions may leave out the honorific or the determiner).
            String a = alias.asText();
            boolean resolved = false;
            for (int at = article.text().indexOf(a); at >= 0 && !resolved; at = article.text().indexOf(a, at + 1)) {
                int s = at, e = at + a.length();
                resolved = putin.mentions().stream().anyMatch(m -> m.start() < e && s < m.end());
            }
            assertTrue(resolved, "alias " + a + " not resolved in " + putin.mentions());
        }
        assertNotNull(entity("Recep Tayyip Erdogan"));
        assertNotNull(putin.entityId(), "entity ids are assigned");
    }

    @Test
    void everyGoldQuoteIsFoundWithItsSpeakerAndCue() {
        for (JsonNode g : gold.get("quotes")) {
            String starts = g.get("starts").asText();
            var q = article.quotes().stream().filter(x -> x.text().text().startsWith(starts)
                    || x.text().text().contains(starts)).findFirst();
            assertTrue(q.isPresent(), "missing quote " + starts);
            assertEquals(g.get("kind").asText(), q.get().kind().json(), starts);
            assertEquals(g.get("speaker").asText(), q.get().speaker().canonical(), starts);
            assertEquals(g.get("cue").asText(), q.get().cue().text(), starts);
            if (g.has("ends")) assertTrue(q.get().text().text().contains(g.get("ends").asText()), starts);
            assertTrue(q.get().text().matches(article.text()));
        }
    }

    @Test
    void everyGoldTimeIsResolvedAgainstTheGivenDate() {
        // the test runs analyze with --date 2016-10-10, the gold's dct
        assertEquals("2016-10-10", gold.get("dct").asText());
        for (JsonNode g : gold.get("times")) {
            String words = g.get("text").asText();
            long found = article.times().stream()
                    .filter(t -> t.text().text().contains(words) && t.value().equals(g.get("value_with_dct").asText()))
                    .count();
            int occurrences = g.has("occurrences") ? g.get("occurrences").asInt() : 1;
            assertEquals(occurrences, found, words + " → " + g.get("value_with_dct") + " in " + article.times());
        }
    }

    @Test
    void everyGoldSignalIsRaisedWithItsEvidenceWords() {
        for (JsonNode g : gold.get("signals")) {
            String kind = g.get("kind").asText();
            String evidence = g.get("evidence").asText();
            var signal = article.signals().stream().filter(x -> x.kind().equals(kind)).findFirst();
            assertTrue(signal.isPresent(), "missing signal " + kind + " in " + article.signals());
            assertTrue(signal.get().evidence().stream().anyMatch(e -> e.text().contains(evidence)),
                    kind + " evidence " + signal.get().evidence());
            assertFalse(signal.get().explanation().isBlank());
            assertTrue(signal.get().score() > 0 && signal.get().score() <= 1);
        }
    }

    @Test
    void jsonHasTheContractFields() {
        for (String f : List.of("id", "source_id", "title", "standfirst", "body", "text", "language",
                "comment_count", "boilerplate", "entities", "quotes", "times", "signals")) {
            assertTrue(json.has(f), "JSON contract field " + f);
        }
    }

    private Entity entity(String canonical) {
        return article.entities().stream().filter(e -> e.canonical().equals(canonical)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + canonical + " in " + names()));
    }

    private List<String> names() {
        return article.entities().stream().map(Entity::canonical).toList();
    }
}
