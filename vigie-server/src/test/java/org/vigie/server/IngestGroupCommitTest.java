package org.vigie.server;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.store.DiskQuota;
import org.vigie.ingest.language.LanguageStage;

/**
 * POST /api/ingest through group commit, on OrangeSum pages (language stage only: the store is
 * under test, not the NLP): concurrent posts are all acknowledged, readable at once and after a
 * restart; a full disk answers 507 with a JSON error and stores nothing, and a retry succeeds.
 */
class IngestGroupCommitTest {

    static final String TOKEN = "group-token";

    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newHttpClient();

    private static List<byte[]> pages(int n) throws Exception {
        List<byte[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(TestCorpus.repoFile("samples/orangesum/orangesum-sample.jsonl"))) {
            if (line.isBlank() || out.size() == n) continue;
            JsonNode r = ArticleJson.mapper().readTree(line);
            out.add((r.path("title").asText() + "\n\n" + r.path("heading").asText() + "\n" + r.path("article").asText() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    private VigieServer start(Corpus corpus) {
        ServerConfig config = new ServerConfig(corpus, () -> Pipeline.of(new LanguageStage()),
                mime -> mime.equals("text/plain") ? TestCorpus.DUMP : null, TOKEN, true, ServerConfig.DEFAULT_MAX_BODY);
        return VigieServer.create(config).start("127.0.0.1", 0);
    }

    private HttpResponse<String> ingest(VigieServer s, byte[] page) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/api/ingest"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(page)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(VigieServer s, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void concurrentPostsAreAllStoredAndAFullDiskAnswers507() throws Exception {
        Path data = tmp.resolve("data");
        DiskQuota quota = DiskQuota.bytes(Long.MAX_VALUE / 2);
        List<byte[]> pages = pages(13);
        Set<String> ids = new HashSet<>();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try (Corpus corpus = Corpus.open(data, quota)) {
            try (VigieServer server = start(corpus)) {
                List<Future<HttpResponse<String>>> posts = new ArrayList<>();
                for (byte[] p : pages.subList(0, 12)) posts.add(pool.submit(() -> ingest(server, p)));
                for (Future<HttpResponse<String>> f : posts) {
                    HttpResponse<String> r = f.get();
                    assertEquals(201, r.statusCode(), r.body());
                    JsonNode j = ArticleJson.mapper().readTree(r.body());
                    assertEquals(1, j.at("/report/added").asInt());
                    assertTrue(j.at("/group/requests").asInt() >= 1 && j.at("/group/batch").asLong() >= 1, r.body());
                    ids.add(j.get("id").asText());
                }
                assertEquals(12, ids.size());
                for (String id : ids) assertEquals(200, get(server, "/api/articles/" + id).statusCode(), id);

                quota.set(0);
                HttpResponse<String> full = ingest(server, pages.get(12));
                assertEquals(507, full.statusCode(), full.body());
                String message = ArticleJson.mapper().readTree(full.body()).at("/error/message").asText();
                assertTrue(message.contains("disk full") && message.contains("nothing of this batch was stored"), message);
                assertEquals(12, corpus.count());

                quota.set(Long.MAX_VALUE / 2);
                HttpResponse<String> retry = ingest(server, pages.get(12));
                assertEquals(201, retry.statusCode(), retry.body());
                ids.add(ArticleJson.mapper().readTree(retry.body()).get("id").asText());
            }
        } finally {
            pool.shutdownNow();
        }
        try (Corpus corpus = Corpus.open(data); VigieServer server = start(corpus)) {
            assertEquals(13, corpus.count());
            for (String id : ids) assertEquals(200, get(server, "/api/articles/" + id).statusCode(), id);
        }
        assertEquals(0, Corpus.check(data).exitCode(), Corpus.check(data).toString());
    }
}
