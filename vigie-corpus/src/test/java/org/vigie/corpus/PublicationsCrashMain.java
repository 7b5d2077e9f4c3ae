package org.vigie.corpus;

import java.nio.file.Path;
import java.util.List;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;

/**
 * Child process of {@link PublicationsCrashTest}: stores {@code count} synthesised articles as
 * published at {@code https://SITE/i} on {@code date}, in batches of {@code batch}, printing
 * "batch ADDED COMMITS UPDATED" once each is committed, then "done". The test kills it at a random moment.
 */
public final class PublicationsCrashMain {

    static List<Article> at(int count, String site, String date) {
        List<Article> synth = Samples.synthesize(count);
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> synth.get(i).withMetadata(
                new Metadata("https://" + site + "/" + i, null, site, List.of(), date, "test", null, null))).toList();
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        List<Article> articles = at(Integer.parseInt(args[1]), args[3], args[4]);
        try (Corpus corpus = Corpus.open(data)) {
            corpus.ingest(articles.iterator(), Integer.parseInt(args[2]), r -> {
                System.out.println("batch " + r.added() + " " + r.commits() + " " + r.updated());
                System.out.flush();
            });
        }
        System.out.println("done");
        System.out.flush();
    }
}
