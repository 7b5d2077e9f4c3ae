package org.vigie.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.vigie.corpus.Corpus;

/**
 * A scratch corpus and the server over it, for the API and page tests: {@link #open} the corpus,
 * fill it, {@link #serve} it on a free loopback port; {@link #close} stops the server, closes the
 * corpus and deletes its folder.
 */
final class TestServer implements AutoCloseable {

    /** One client for every test (it holds a connection pool and threads). */
    static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Path dir;
    private final Corpus corpus;
    private VigieServer server;
    private String base;

    private TestServer(Path dir, Corpus corpus) {
        this.dir = dir;
        this.corpus = corpus;
    }

    /** An empty corpus in a new temporary folder named after {@code prefix}. */
    static TestServer open(String prefix) throws IOException {
        Path dir = Files.createTempDirectory(prefix);
        return new TestServer(dir, Corpus.open(dir));
    }

    Corpus corpus() {
        return corpus;
    }

    /** Starts the server on 127.0.0.1 and a free port; returns its base address ("http://127.0.0.1:PORT"). */
    String serve(ServerConfig config) {
        server = VigieServer.create(config).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
        return base;
    }

    /** The address it serves at ("http://127.0.0.1:PORT"). */
    String base() {
        return base;
    }

    int port() {
        return server.port();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The JSON answer of GET {@code path}, after checking its status. */
    JsonNode json(String path, int status) throws Exception {
        HttpResponse<String> r = get(path);
        org.junit.jupiter.api.Assertions.assertEquals(status, r.statusCode(), r.body());
        return org.vigie.core.json.ArticleJson.mapper().readTree(r.body());
    }

    @Override
    public void close() throws IOException {
        try {
            if (server != null) server.close();
        } finally {
            corpus.close();
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }
}
