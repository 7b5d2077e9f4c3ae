package org.vigie.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.vigie.core.read.ArticleReader;
import org.vigie.corpus.Corpus;
import org.vigie.ingest.dump.DumpReader;
import org.vigie.ingest.html.HtmlReader;
import org.vigie.server.ServerConfig;
import org.vigie.server.VigieServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the corpus: JSON API under /api/ (OpenAPI at /openapi.json) and the web UI.",
                "Listens on loopback unless --host says otherwise."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Mixin
    ServerOptions server;

    @Mixin
    EngineOptions engineOptions;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (server.closedReads && server.token == null) {
            throw new UserException("--closed-reads needs a token (--token or $VIGIE_TOKEN)", 2);
        }
        try (Corpus corpus = Corpus.open(data.data)) {
            DataOptions.reportMigration(corpus, spec.commandLine().getErr());
            serve(corpus, server, engineOptions);
        }
        return 0;
    }

    /** Starts the server over {@code corpus} and blocks until the JVM is asked to stop. */
    static void serve(Corpus corpus, ServerOptions server, EngineOptions engineOptions) throws InterruptedException {
        Engine engine = new Engine(engineOptions);
        ArticleReader html = new HtmlReader();
        ArticleReader dump = new DumpReader();
        if (server.publicUrl != null && !org.vigie.corpus.feed.FeedLinks.isHttp(server.publicUrl)) {
            throw new UserException("--public-url must be an absolute http or https URL: " + server.publicUrl, 2);
        }
        ServerConfig config = new ServerConfig(corpus, engine::pipeline,
                mime -> switch (mime) {
                    case "text/html", "application/xhtml+xml" -> html;
                    case "text/plain" -> dump;
                    default -> null;
                },
                server.token, !server.closedReads, server.maxBody, server.publicUrl,
                RatingsOption.adapt(org.vigie.nlp.signals.source.SourceRatings.bundled()));
        VigieServer s;
        try {
            s = VigieServer.create(config).start(server.host, server.port);
        } catch (RuntimeException e) {
            throw new UserException("cannot listen on " + server.host + ":" + server.port + ": " + rootMessage(e));
        }
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            s.close();
            stop.countDown();
        }));
        System.err.println("vigie: serving " + corpus.dataDir() + " on http://" + server.host + ":" + s.port() + "/"
                + (server.token == null ? " (ingest disabled: no token)" : ""));
        stop.await();
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null) e = e.getCause();
        return e.getMessage();
    }
}
