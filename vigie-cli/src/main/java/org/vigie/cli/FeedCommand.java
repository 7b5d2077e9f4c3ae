package org.vigie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.feed.AtomWriter;
import org.vigie.corpus.feed.Feed;
import org.vigie.corpus.feed.FeedLinks;
import org.vigie.corpus.feed.FeedRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "feed", mixinStandardHelpOptions = true,
        description = {"Write the Atom feed of a query (its newest matches), as GET /feeds/search.atom serves it.",
                "For a cron job to publish a static feed: --out FILE is replaced whole or not at all.",
                "Same query and filters as search; newest first by earliest publication, an undated match by when",
                "Vigie first stored it (undated matches stored before Vigie kept that instant are left out)."})
final class FeedCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Mixin
    QueryOptions query;

    @Option(names = "--limit", paramLabel = "N", description = "List the N newest matches, 1 to 200 (default: ${DEFAULT-VALUE}).")
    int limit = FeedRequest.DEFAULT_LIMIT;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write to FILE (complete or not at all) instead of standard output.")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The address of a Vigie server over this corpus (https://vigie.example.org): entries then link to"
                    + " its page of each article, entities and signals to its pages. Without it, entries link to the articles' own pages only.")
    String baseUrl;

    @Option(names = "--self-url", paramLabel = "URL", description = "Where the feed will be published: its rel=self link, which feed readers follow.")
    String selfUrl;

    @Override
    public Integer call() throws IOException {
        FeedRequest request;
        FeedLinks links;
        try {
            request = new FeedRequest(query.builder().build(), limit);
            links = new FeedLinks(baseUrl, selfUrl);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), 2);
        }
        Path target = out == null ? null : AtomicFile.checkTarget(out);
        PrintWriter err = spec.commandLine().getErr();
        data.existing();
        try (Corpus corpus = Corpus.openReadOnly(data.data)) {
            Feed feed = QueryOptions.answer(() -> corpus.feed(request));
            byte[] xml = AtomWriter.toBytes(feed, links);
            if (target != null) {
                AtomicFile.replace(target, o -> {
                    o.write(xml);
                    return null;
                });
            } else {
                toStdout(xml);
            }
            err.printf("vigie: %,d entr%s of %,d matching article%s%s%s%n", feed.entries().size(), feed.entries().size() == 1 ? "y" : "ies",
                    feed.matched(), feed.matched() == 1 ? "" : "s", feed.undated() > 0 ? " (" + feed.undated() + " undated left out: stored before Vigie kept when it stored an article)" : "",
                    target == null ? "" : " written to " + out);
            err.flush();
            if (feed.matched() == 0) SearchCommand.unknownSignals(corpus, query.signals, err);
            return 0;
        }
    }

    /** Standard output gets the UTF-8 bytes themselves (the process's writer would encode with the locale's charset). */
    private void toStdout(byte[] xml) throws IOException {
        PrintWriter w = spec.commandLine().getOut();
        if (w != Main.STDOUT) {
            w.write(new String(xml, StandardCharsets.UTF_8));
            w.flush();
            return;
        }
        w.flush();
        System.out.write(xml);
        System.out.flush();
    }
}
