package org.vigie.corpus;

import java.nio.file.Path;
import java.util.List;
import org.vigie.core.model.Article;

/**
 * Child process of {@link CrashTest}: ingests {@code count} synthesised articles into
 * {@code dataDir} in batches of {@code batch}, printing one line per batch ("batch ADDED COMMITS")
 * as soon as it is committed, then "done". The test kills it at a random moment.
 */
public final class CrashIngestMain {

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int batch = Integer.parseInt(args[2]);
        List<Article> articles = Samples.synthesize(count);
        try (Corpus corpus = Corpus.open(data)) {
            corpus.ingest(articles.iterator(), batch, r -> {
                System.out.println("batch " + r.added() + " " + r.commits());
                System.out.flush();
            });
        }
        System.out.println("done");
        System.out.flush();
    }
}
