package org.vigie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Span;
import org.vigie.core.model.Speaker;
import org.vigie.corpus.Corpus;

/**
 * vigie quotes and vigie quote on a real OrangeSum article (CC BY-SA 4.0, samples/orangesum) quoting
 * Gérard Collomb and two copies: one changes a word, one gives the words to Emmanuel Macron.
 */
class QuotesCommandTest {

    @TempDir
    Path tmp;

    static final String QUOTE =
            "S'il doit y avoir rappel des règles, il ne doit jamais y avoir de manière stigmatisante de traiter des humains";

    static Article article(String title, String body, String quote, String site, String date, Speaker speaker) {
        Article a = Article.compose(title, null, List.of(body)).withLanguage("fr", null)
                .withMetadata(new Metadata("https://" + site + "/a", null, site, List.of(), date, "meta", null, null));
        int s = a.text().indexOf(quote);
        return a.withQuotes(List.of(new Quote(Quote.Kind.DIRECT, Span.of(a.text(), s, s + quote.length()), speaker, null, null)));
    }

    @Test
    void listsTheTrailAndShowsTheChangedWord() throws Exception {
        JsonNode n = ArticleJson.mapper().readTree(Files.readAllLines(Repo.file("samples/orangesum/orangesum-sample.jsonl")).get(0));
        String body = n.get("article").asText();
        String altered = QUOTE.replace("stigmatisante", "humiliante");
        Article source = article(n.get("title").asText(), body, QUOTE, "actu.orange.fr", "2018-05-31", new Speaker("Gérard Collomb", "gerard-collomb"));
        Article copy = article("Collomb et les migrants", body.replace(QUOTE, altered), altered, "copie.example", "2018-06-01", new Speaker("Collomb", null));
        Article moved = article("Macron et les migrants", body, QUOTE, "autre.example", "2018-06-02", new Speaker("Emmanuel Macron", "emmanuel-macron"));
        Path data = tmp.resolve("corpus");
        try (Corpus c = Corpus.open(data)) {
            c.ingest(List.of(source, copy, moved));
        }
        CorpusCommandsTest.Run list = CorpusCommandsTest.vigie("quotes", "--data", data.toString());
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().startsWith("1 trail in 3 selected articles"), list.out());
        assertTrue(list.out().contains("3 sites, 3 articles, 1 altered, 1 reattributed"), list.out());
        assertTrue(list.out().contains("said by Gérard Collomb, Emmanuel Macron"), list.out());

        String ref = copy.id() + "-" + copy.quotes().get(0).text().start();
        CorpusCommandsTest.Run one = CorpusCommandsTest.vigie("quote", "--data", data.toString(), ref);
        assertEquals(0, one.code(), one.err());
        assertTrue(one.out().contains("de manière [humiliante] de traiter"), one.out());
        assertTrue(one.out().contains("REATTRIBUTED (earlier: Gérard Collomb [gerard-collomb])"), one.out());

        CorpusCommandsTest.Run json = CorpusCommandsTest.vigie("quotes", "--data", data.toString(), "--flagged", "--json");
        assertEquals(1, ArticleJson.mapper().readTree(json.out()).get("total").asInt());
        assertEquals(1, CorpusCommandsTest.vigie("quotes", "--data", data.toString(), "--site", "nowhere.example").code(), "nothing listed");
        CorpusCommandsTest.Run bad = CorpusCommandsTest.vigie("quote", "--data", data.toString(), "not-a-ref");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("ARTICLE_ID-START"), bad.err());
        assertEquals(1, CorpusCommandsTest.vigie("quote", "--data", data.toString(), "0123456789abcdef-1").code());
    }
}
