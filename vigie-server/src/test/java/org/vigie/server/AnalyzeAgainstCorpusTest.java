package org.vigie.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.read.RawDocument;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.corpus.Corpus;

/** POST /api/analyze compares the page with the corpus's reprint families, without storing it. */
class AnalyzeAgainstCorpusTest {

    @TempDir
    Path tmp;

    @Test
    void aPageCopyingAStoredStateMediaDispatchIsToldSoAndNotStored() throws Exception {
        byte[] sample = Files.readAllBytes(TestCorpus.repoFile("samples/aleppo-putin-erdogan.txt"));
        Article page = TestCorpus.DUMP.read(RawDocument.of(sample, "aleppo-putin-erdogan.txt")).get(0);
        List<String> paragraphs = new ArrayList<>();
        for (var p : page.paragraphs()) paragraphs.add(page.text().substring(p.start(), p.end()));
        Metadata m = new Metadata("https://fr.sputniknews.com/international/alep.html", null, null, List.of(), "2016-10-09",
                "meta", null, null);
        Article dispatch = Article.compose("Alep : Moscou et Ankara soutiennent le plan de l'Onu", null, paragraphs)
                .withLanguage("fr", null).withMetadata(m);
        try (Corpus corpus = Corpus.open(tmp.resolve("data"))) {
            corpus.ingest(List.of(dispatch));
            try (VigieServer server = VigieServer.create(TestCorpus.config(corpus, "t", true, 64 * 1024)).start("127.0.0.1", 0)) {
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + server.port() + "/api/analyze?date=2016-10-10"))
                        .header("Content-Type", "text/plain; charset=utf-8").POST(HttpRequest.BodyPublishers.ofByteArray(sample)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), r.body());
                JsonNode signal = null;
                for (JsonNode s : ArticleJson.mapper().readTree(r.body()).get("signals")) {
                    if (s.get("kind").asText().equals("wire-reprint")) signal = s;
                }
                assertTrue(signal != null, "the page copies the stored Sputnik dispatch: " + r.body());
                assertTrue(signal.get("explanation").asText().contains("Sputnik (2016-10-09) sous un autre titre"), signal.toString());
                assertTrue(signal.get("evidence").toString().contains("Turquie , un membre de l'OTAN"), "its own standfirst: " + signal);
                assertEquals(1, corpus.count(), "analysed, not stored");
            }
        }
    }
}
