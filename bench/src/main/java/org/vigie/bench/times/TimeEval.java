package org.vigie.bench.times;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigie.bench.gold.GoldFiles;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.TimeExpression;
import org.vigie.nlp.times.DctInference;
import org.vigie.nlp.times.TimeStage;

/**
 * Evaluates the time tagger: P/R/F1 of extent (exact and overlap) and of value on every gold file
 * (each with its document date; and, for gold items that give one, the value without a date),
 * then throughput on OrangeSum articles.
 *
 * <pre>
 * mvn -q -pl bench -am exec:java -Dexec.mainClass=org.vigie.bench.times.TimeEval \
 *     -Dexec.args="--gold ../shared/gold --corpus ../shared/corpora/orangesum/raw_html_sample/parsed --limit 5000"
 * </pre>
 * or, as exec:java with {@code -am} also runs on the parent pom, with a plain JVM:
 * <pre>
 * mvn -q -B -pl bench -am compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp bench/target/classes:$(cat bench/target/cp.txt) org.vigie.bench.times.TimeEval --limit 5000
 * </pre>
 * {@code --corpus DIR} is where the OrangeSum gold articles' parsed JSON lives (default: the gold
 * files' own "sample" paths under shared/); {@code --throughput FILE} the JSONL.gz timed for speed.
 * Defaults: the nearest ancestor folder's {@code shared/} (normally {@code ../shared} from the repo root).
 * {@code --verbose} prints every miss.
 * <p>{@code --english [DIR]} scores the English gold instead, and nothing else (default
 * {@code bench/src/main/resources/times-en}: scrapinghub news texts, MIT, annotated by hand; its
 * {@code dev/} and {@code test/} sets are scored apart, test being held out from rule tuning).
 * {@code --german [DIR]} and {@code --spanish [DIR]} do the same for {@code times-de} and
 * {@code times-es}: dev texts written for Vigie (CC0) the rules were tuned on, test texts from the
 * Scrapinghub benchmark (MIT) and Readability's test pages (Apache-2.0) annotated before the rules ran.
 */
public final class TimeEval {

    private TimeEval() {
    }

    public static void main(String[] args) throws IOException {
        Path gold = null;
        Path corpus = null;
        Path texts = null;
        int limit = 5000;
        boolean verbose = false;
        Path english = null;
        String language = "en";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gold" -> gold = Path.of(args[++i]);
                case "--corpus" -> {
                    // a folder of parsed OrangeSum JSON holds the gold articles' texts; a .jsonl.gz is the throughput corpus
                    Path p = Path.of(args[++i]);
                    if (Files.isDirectory(p)) texts = p;
                    else corpus = p;
                }
                case "--throughput" -> corpus = Path.of(args[++i]);
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--verbose", "-v" -> verbose = true;
                case "--english", "--german", "--spanish" -> {
                    language = args[i].equals("--english") ? "en" : args[i].equals("--german") ? "de" : "es";
                    english = i + 1 < args.length && !args[i + 1].startsWith("--")
                            ? Path.of(args[++i]) : Path.of("bench/src/main/resources/times-" + language);
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (expected --gold DIR, --corpus DIR-of-parsed-json | FILE.jsonl.gz, --throughput FILE.jsonl.gz, --limit N, --verbose, --english [DIR], --german [DIR], --spanish [DIR])");
            }
        }
        if (english != null) {
            if (!Files.isDirectory(english)) throw new IOException("gold folder not found (" + language + "): " + english.toAbsolutePath());
            List<Path> sets = Files.isDirectory(english.resolve("dev")) ? List.of(english.resolve("dev"), english.resolve("test"))
                    : List.of(english);
            // an English, German or Spanish gold file names its text relative to its own folder
            for (Path set : sets) evaluate(set, set, null, verbose, language);
            return;
        }
        Path shared = findShared();
        if (gold == null) gold = shared.resolve("gold");
        if (corpus == null) corpus = shared.resolve("corpora/orangesum/orangesum_parsed.jsonl.gz");
        if (!Files.isDirectory(gold)) throw new IOException("gold folder not found: " + gold.toAbsolutePath());
        evaluate(gold, gold.toAbsolutePath().getParent(), texts, verbose);
        if (Files.isRegularFile(corpus)) throughput(corpus, limit);
        else System.out.println("throughput: corpus not found at " + corpus.toAbsolutePath() + " (skipped)");
    }

    private static Path findShared() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path s = p.resolveSibling("shared");
            if (Files.isDirectory(s.resolve("gold"))) return s;
            if (Files.isDirectory(p.resolve("shared/gold"))) return p.resolve("shared");
        }
        return Path.of("../shared");
    }

    /** Counts for P/R/F1. */
    static final class Prf {
        int tp;
        int pred;
        int gold;

        void add(int tp, int pred, int gold) {
            this.tp += tp;
            this.pred += pred;
            this.gold += gold;
        }

        double p() {
            return pred == 0 ? 0 : (double) tp / pred;
        }

        double r() {
            return gold == 0 ? 0 : (double) tp / gold;
        }

        double f() {
            return p() + r() == 0 ? 0 : 2 * p() * r() / (p() + r());
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (tp=%d pred=%d gold=%d)", p(), r(), f(), tp, pred, gold);
        }
    }

    static void evaluate(Path goldDir, Path sharedRoot, Path texts, boolean verbose) throws IOException {
        evaluate(goldDir, sharedRoot, texts, verbose, "fr");
    }

    /** Scores every gold file of {@code goldDir}, its article read as written in {@code language}. */
    static void evaluate(Path goldDir, Path sharedRoot, Path texts, boolean verbose, String language) throws IOException {
        List<Path> files = GoldFiles.list(goldDir);
        Prf exact = new Prf();
        Prf overlap = new Prf();
        Prf value = new Prf();
        int noDctTotal = 0;
        int noDctRight = 0;
        System.out.println("== time expressions: " + files.size() + " gold files in " + goldDir);
        for (Path f : files) {
            GoldTimes g = GoldTimes.load(f, sharedRoot, texts);
            LocalDate dct = TimeStage.parseDct(g.dct());
            Article a = g.article().withLanguage(language, null).withMetadata(Metadata.EMPTY.withDate(g.dct(), "gold"));
            List<TimeExpression> pred = new TimeStage().tag(a);
            int ex = 0;
            int ov = 0;
            int val = 0;
            boolean[] used = new boolean[pred.size()];
            List<String> misses = new ArrayList<>();
            for (GoldTimes.Item it : g.items()) {
                int best = -1;
                for (int i = 0; i < pred.size(); i++) {
                    if (used[i] || !pred.get(i).text().overlaps(it.span())) continue;
                    if (best < 0 || pred.get(i).text().equals(it.span())) best = i;
                }
                if (best < 0) {
                    misses.add("MISSED '" + it.span().text() + "' = " + it.valueWithDct());
                    continue;
                }
                used[best] = true;
                TimeExpression p = pred.get(best);
                ov++;
                if (p.text().start() == it.span().start() && p.text().end() == it.span().end()) ex++;
                else misses.add("EXTENT '" + p.text().text() + "' (gold '" + it.span().text() + "')");
                if (p.value().equals(it.valueWithDct())) val++;
                else misses.add("VALUE '" + p.text().text() + "' = " + p.value() + " (gold '" + it.span().text() + "' = " + it.valueWithDct() + ")");
            }
            for (int i = 0; i < pred.size(); i++) {
                if (!used[i]) misses.add("EXTRA '" + pred.get(i).text().text() + "' = " + pred.get(i).value());
            }
            exact.add(ex, pred.size(), g.items().size());
            overlap.add(ov, pred.size(), g.items().size());
            value.add(val, pred.size(), g.items().size());
            // Without a document date: items whose gold gives value_without_dct
            List<TimeExpression> bare = new TimeStage().tag(g.article().withLanguage(language, null));
            for (GoldTimes.Item it : g.items()) {
                if (it.valueWithoutDct() == null) continue;
                noDctTotal++;
                if (bare.stream().anyMatch(p -> p.text().overlaps(it.span()) && p.value().equals(it.valueWithoutDct()))) noDctRight++;
            }
            System.out.printf(Locale.ROOT, "%-34s dct=%s gold=%2d pred=%2d overlap=%2d exact=%2d value=%2d%n",
                    g.name(), dct, g.items().size(), pred.size(), ov, ex, val);
            for (String p : g.problems()) System.out.println("    gold: " + p);
            if (verbose) for (String m : misses) System.out.println("    " + m);
        }
        System.out.println("extent exact   " + exact);
        System.out.println("extent overlap " + overlap);
        System.out.println("value          " + value);
        System.out.printf(Locale.ROOT, "value without dct (items with value_without_dct): %d/%d%n", noDctRight, noDctTotal);
    }

    static void throughput(Path corpus, int limit) throws IOException {
        List<Article> docs = new ArrayList<>();
        long chars = 0;
        // as the product reads a record (the date as metadata), in French
        for (Article a : org.vigie.bench.BenchFiles.orangesumRead(corpus, limit)) {
            docs.add(a.withLanguage("fr", null));
            chars += a.text().length();
        }
        TimeStage stage = new TimeStage();
        for (int i = 0; i < Math.min(500, docs.size()); i++) stage.process(docs.get(i)); // warm-up
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long found = 0;
        for (Article a : docs) found += stage.process(a).times().size();
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
        System.out.printf(Locale.ROOT, "== throughput on %d OrangeSum articles (%,d chars), 1 thread%n", docs.size(), chars);
        System.out.printf(Locale.ROOT, "tag: wall %.2f s = %.0f articles/s, %.2f M chars/s; cpu %.2f s = %.0f articles/s, %.2f M chars/s; %.1f expressions/article%n",
                secs, docs.size() / secs, chars / secs / 1e6, cpu, docs.size() / cpu, chars / cpu / 1e6, (double) found / docs.size());

        // Without the date: how often is a window inferred, does it hold the real date, and do
        // values resolved from it ("inferred") agree with the values resolved from the real date?
        TimeStage noDate = new TimeStage();
        int bounded = 0;
        int holds = 0;
        int lower = 0;
        int lowerHolds = 0;
        int inferred = 0;
        int agree = 0;
        for (Article a : docs) {
            LocalDate real = stage.dct(a);
            Article bare = a.withMetadata(Metadata.EMPTY);
            DctInference w = noDate.inferDct(bare);
            if (w.earliest() != null) {
                lower++;
                if (real != null && !real.isBefore(w.earliest())) lowerHolds++;
            }
            if (!w.bounded()) continue;
            bounded++;
            if (real != null && !real.isBefore(w.earliest()) && !real.isAfter(w.latest())) holds++;
            List<TimeExpression> withDate = stage.tag(a);
            List<TimeExpression> without = noDate.tag(bare);
            for (int i = 0; i < without.size(); i++) {
                if (!without.get(i).resolvedFrom().equals("inferred")) continue;
                inferred++;
                if (i < withDate.size() && withDate.get(i).value().equals(without.get(i).value())) agree++;
            }
        }
        System.out.printf(Locale.ROOT, "dct inference: a lower bound for %d/%d articles, real date on or after it for %d/%d%n",
                lower, docs.size(), lowerHolds, lower);
        System.out.printf(Locale.ROOT, "dct inference: bounded window for %d/%d articles, real date inside for %d/%d; "
                + "%d values resolved as 'inferred', %d agree with the real-date value (%.1f%%)%n",
                bounded, docs.size(), holds, bounded, inferred, agree, inferred == 0 ? 0 : 100.0 * agree / inferred);
    }
}
