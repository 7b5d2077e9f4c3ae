package org.vigie.corpus;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.vigie.core.model.Article;

/**
 * Child process of {@link GroupCommitCrashTest}: {@code threads} threads ingest the
 * {@code count} synthesised articles through one {@link GroupCommit}, one article per request
 * (thread t takes articles t, t + threads, ...), and print "ack ID" as soon as a request returns.
 * The reprint state is saved every 50 articles, so a kill usually finds it behind the index.
 */
public final class GroupCommitCrashMain {

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        List<Article> articles = Samples.synthesize(count);
        try (Corpus corpus = Corpus.open(data)) {
            CorpusReprints reprints = CorpusReprints.open(corpus);
            GroupCommit gc = new GroupCommit(corpus, reprints, new GroupCommit.Options(500, 50, Duration.ofDays(1)));
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                Thread w = new Thread(() -> {
                    try {
                        for (int i = first; i < count; i += threads) {
                            gc.ingest(List.of(articles.get(i)));
                            synchronized (System.out) {
                                System.out.println("ack " + articles.get(i).id());
                                System.out.flush();
                            }
                        }
                    } catch (Exception e) {
                        e.printStackTrace();
                        System.exit(2);
                    }
                });
                workers.add(w);
                w.start();
            }
            for (Thread w : workers) w.join();
            gc.close();
        }
        System.out.println("done");
        System.out.flush();
    }
}
