package org.vigie.bench.quotes;

import org.vigie.bench.gold.GoldFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.vigie.core.model.Article;
import org.vigie.core.model.Quote;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.core.pipeline.Stage;
import org.vigie.nlp.quotes.QuoteStage;

/**
 * Scores {@link QuoteStage} against the hand gold (P/R/F1 of quote extent and of extent with the
 * right speaker, direct and indirect apart), then prints its throughput on OrangeSum and its
 * recall of direct speech in novels (AADS, no speakers) for reference.
 *
 * <pre>
 * java ... org.vigie.bench.quotes.QuoteEval [--gold DIR] [--samples DIR] [--corpus DIR]
 *     [--entities none|gold|CLASS] [--throughput FILE.jsonl.gz] [--n 3000] [--aads FILE] [--verbose]
 *     [--dump FILE.tsv] [--new-since FILE.tsv [--sample 40] [--seed 1]]  [--english [DIR]] [--german [DIR]] [--spanish [DIR]]
 * </pre>
 * {@code --english} scores the English gold instead, and nothing else (default
 * {@code bench/src/main/resources/quotes-en}: scrapinghub news texts, MIT, annotated by hand; its
 * {@code dev/} set, which the rules were tuned on, and its held-out {@code test/} set apart).
 * {@code --german [DIR]} and {@code --spanish [DIR]} do the same for {@code quotes-de} and
 * {@code quotes-es} (dev texts written for Vigie, test held out: a written German report and
 * Readability's Spanish pages), with the product's entity layer unless {@code --entities} says otherwise.
 * {@code --dump} writes every quote found on the throughput articles (article, kind, offsets,
 * speaker, cue, text) so a later rule set can be compared with it: {@code --new-since} counts the
 * indirect quotes the current rules add over such a dump and prints a random sample of them, with
 * their sentence, to judge their precision by hand.
 * Run from the repository root (data paths default to the nearest {@code shared/} above it):
 * <pre>
 * mvn -q -B -pl bench -am compile
 * java -cp "bench/target/classes:vigie-nlp/target/classes:vigie-core/target/classes:$(find ~/.m2/repository/com/fasterxml/jackson/core -name 'jackson-*-2.18.2.jar' | paste -sd:)" \
 *     org.vigie.bench.quotes.QuoteEval [options]
 * </pre>
 * {@code --entities} puts an entity stage before the quote stage, as the product runs it: "none"
 * (the quote stage's own fallback), "gold" (an oracle layer from the gold files' entities) or the
 * class name of a {@link Stage} with a no-argument constructor.
 */
public final class QuoteEval {

    private final Function<GoldFile, Stage> entityStage;
    private final QuoteStage quotes = new QuoteStage();
    private final boolean verbose;

    /** {@code entityStage} gives the stage run before the quotes for a gold file, or null for none. */
    public QuoteEval(Function<GoldFile, Stage> entityStage, boolean verbose) {
        this.entityStage = entityStage;
        this.verbose = verbose;
    }

    public static void main(String[] args) throws Exception {
        Path shared = sharedDir();
        Path gold = shared.resolve("gold");
        Path samples = shared.resolve("samples");
        Path corpus = shared.resolve("corpora/orangesum/raw_html_sample/parsed");
        Path throughput = shared.resolve("corpora/orangesum/orangesum_parsed.jsonl.gz");
        Path aads = shared.resolve("quotes/aads-french-direct-speech/aggregated_corpus.json");
        String entities = "none";
        int n = 3000;
        boolean verbose = false;
        Path dump = null;
        Path newSince = null;
        int sample = 40;
        long seed = 1;
        Path english = null;
        String language = "en";
        boolean entitiesGiven = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--gold" -> gold = Path.of(value(args, ++i, a));
                case "--samples" -> samples = Path.of(value(args, ++i, a));
                case "--corpus" -> corpus = Path.of(value(args, ++i, a));
                case "--entities" -> {
                    entities = value(args, ++i, a);
                    entitiesGiven = true;
                }
                case "--throughput" -> throughput = Path.of(value(args, ++i, a));
                case "--n" -> n = Integer.parseInt(value(args, ++i, a));
                case "--aads" -> aads = Path.of(value(args, ++i, a));
                case "--verbose", "-v" -> verbose = true;
                case "--dump" -> dump = Path.of(value(args, ++i, a));
                case "--new-since" -> newSince = Path.of(value(args, ++i, a));
                case "--sample" -> sample = Integer.parseInt(value(args, ++i, a));
                case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
                case "--english", "--german", "--spanish" -> {
                    language = a.equals("--english") ? "en" : a.equals("--german") ? "de" : "es";
                    english = i + 1 < args.length && !args[i + 1].startsWith("--")
                            ? Path.of(args[++i]) : Path.of("bench/src/main/resources/quotes-" + language);
                }
                default -> throw new IllegalArgumentException("unknown option " + a
                        + " (expected --gold, --samples, --corpus, --entities, --throughput, --n, --aads, --verbose (-v),"
                        + " --dump, --new-since, --sample, --seed, --english, --german, --spanish)");
            }
        }
        // German and Spanish rules take named speakers from the entity layer: scored with the product's by default
        if (!entitiesGiven && !language.equals("en")) entities = LanguageEntityLayer.class.getName();
        QuoteEval eval = new QuoteEval(entityStages(entities), verbose);
        if (english != null) {
            // dev/ tuned the rules, test/ was annotated after them: scored apart
            List<Path> sets = Files.isDirectory(english.resolve("dev")) ? List.of(english.resolve("dev"), english.resolve("test"))
                    : List.of(english);
            List<Article> texts = new ArrayList<>();
            for (Path set : sets) {
                System.out.println("Quote stage evaluation, " + (language.equals("en") ? "English" : language.equals("de") ? "German" : "Spanish")
                        + " gold " + set + " (entity layer: " + entities + ")");
                List<GoldFile> golds = GoldFiles.list(set).stream().map(QuoteEval::readPlain).toList();
                eval.score(golds, set);
                golds.forEach(g -> texts.add(g.article()));
            }
            if (language.equals("en")) eval.englishThroughput(texts, 300);
            return;
        }
        System.out.println("Quote stage evaluation (entity layer: " + entities + ")");
        eval.score(gold, samples, corpus);
        if (Files.exists(throughput)) {
            List<Article> read = eval.throughput(throughput, n);
            if (dump != null) dump(eval, read, dump);
            if (newSince != null) newSince(eval, read, newSince, sample, seed);
        }
        else System.out.println("throughput: skipped, no " + throughput);
        if (Files.exists(aads)) eval.aads(aads);
        else System.out.println("AADS: skipped, no " + aads);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
        return args[i];
    }

    /** ../shared from the working directory, or the nearest "shared" folder above it. */
    private static Path sharedDir() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("shared/gold"))) return d.resolve("shared");
        }
        return dir.resolve("../shared").normalize();
    }

    private static Function<GoldFile, Stage> entityStages(String spec) throws ReflectiveOperationException {
        return switch (spec) {
            case "none" -> null;
            case "gold" -> g -> new GoldEntityStage(g.entities());
            default -> {
                Stage s = (Stage) Class.forName(spec).getDeclaredConstructor().newInstance();
                yield g -> s;
            }
        };
    }

    /** The stage as the product runs it: entities (when plugged in) then quotes. */
    Article run(GoldFile g) {
        Stage stage = entityStage == null ? quotes : Pipeline.of(entityStage.apply(g), quotes);
        return stage.process(g.article());
    }

    // ---- gold scoring

    void score(Path goldDir, Path samples, Path corpus) throws IOException {
        List<GoldFile> golds = new ArrayList<>();
        for (Path f : GoldFiles.list(goldDir)) golds.add(GoldFile.read(f, samples, corpus));
        score(golds, goldDir);
    }

    private static GoldFile readPlain(Path f) {
        try {
            return GoldFile.readPlain(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    void score(List<GoldFile> files, Path goldDir) {
        Scores direct = new Scores();
        Scores indirect = new Scores();
        for (GoldFile g : files) {
            Article a = run(g);
            if (verbose) System.out.println("== " + goldDir.relativize(g.path()));
            match(g, a, Quote.Kind.DIRECT, direct);
            match(g, a, Quote.Kind.INDIRECT, indirect);
        }
        System.out.printf(Locale.ROOT, "%d gold files, %d direct and %d indirect gold quotes%n",
                files.size(), direct.gold, indirect.gold);
        direct.print("direct");
        indirect.print("indirect");
    }

    static final class Scores {
        int gold;
        int predicted;
        int extent;
        int strict;
        int speaker;
        int strictSpeaker;

        void print(String kind) {
            line(kind + " extent (overlap)", extent);
            line(kind + " extent (exact)", strict);
            line(kind + " extent+speaker", speaker);
            line(kind + " exact+speaker", strictSpeaker);
        }

        private void line(String what, int tp) {
            double p = predicted == 0 ? 0 : (double) tp / predicted;
            double r = gold == 0 ? 0 : (double) tp / gold;
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            System.out.printf(Locale.ROOT, "  %-28s P=%.3f R=%.3f F1=%.3f  (%d/%d predicted, %d gold)%n",
                    what, p, r, f, tp, predicted, gold);
        }
    }

    /** Located gold quote: [start, end) in the article; end = start of "starts" + its length for indirect. */
    private record Located(GoldFile.GoldQuote q, int start, int end) {
    }

    private void match(GoldFile g, Article a, Quote.Kind kind, Scores s) {
        String text = a.text();
        String k = kind.json();
        List<List<Located>> golds = new ArrayList<>();
        for (GoldFile.GoldQuote q : g.quotes()) {
            if (!q.kind().equals(k)) continue;
            List<Located> occ = new ArrayList<>();
            for (int i = text.indexOf(q.starts()); i >= 0; i = text.indexOf(q.starts(), i + 1)) {
                int end = i + q.starts().length();
                if (kind == Quote.Kind.DIRECT && q.ends() != null) {
                    int e = text.indexOf(q.ends(), Math.max(i, end - q.ends().length()));
                    if (e < 0) continue;
                    end = e + q.ends().length();
                }
                occ.add(new Located(q, i, end));
            }
            if (occ.isEmpty()) System.out.println("  warning: " + g.path().getFileName() + ": gold quote not found in text: " + q.starts());
            golds.add(occ);
        }
        List<Quote> preds = a.quotes().stream().filter(q -> q.kind() == kind).toList();
        s.gold += golds.size();
        s.predicted += preds.size();
        boolean[] used = new boolean[preds.size()];
        for (List<Located> occ : golds) {
            int best = -1;
            int bestScore = 0;
            Located bestOcc = null;
            for (int i = 0; i < preds.size(); i++) {
                if (used[i]) continue;
                for (Located o : occ) {
                    int sc = score(preds.get(i), o, kind, text);
                    if (sc > bestScore) {
                        bestScore = sc;
                        best = i;
                        bestOcc = o;
                    }
                }
            }
            if (best < 0) {
                if (verbose && !occ.isEmpty()) System.out.println("  FN " + k + ": " + occ.get(0).q().starts() + " [" + occ.get(0).q().speaker() + "]");
                continue;
            }
            used[best] = true;
            Quote p = preds.get(best);
            boolean exact = bestScore >= 2;
            boolean who = sameSpeaker(p.speaker() == null ? null : p.speaker().canonical(), bestOcc.q().speaker());
            s.extent++;
            if (exact) s.strict++;
            if (who) s.speaker++;
            if (who && exact) s.strictSpeaker++;
            if (verbose && (!who || !exact)) {
                System.out.println("  ~ " + k + (exact ? "" : " (extent differs)") + (who ? "" : " (speaker differs)")
                        + ": " + clip(p.text().text()) + " -> " + (p.speaker() == null ? "?" : p.speaker().canonical())
                        + " | gold " + bestOcc.q().speaker());
            }
        }
        if (verbose) {
            for (int i = 0; i < preds.size(); i++) {
                if (!used[i]) {
                    Quote p = preds.get(i);
                    System.out.println("  FP " + k + ": " + clip(p.text().text()) + " -> "
                            + (p.speaker() == null ? "?" : p.speaker().canonical()));
                }
            }
        }
    }

    private static String clip(String s) {
        return s.length() <= 90 ? s : s.substring(0, 60) + " … " + s.substring(s.length() - 25);
    }

    /** 0: no match; 1: overlapping (direct) or containing the gold's first words (indirect); 2: exact. */
    private static int score(Quote p, Located g, Quote.Kind kind, String text) {
        int ps = p.text().start();
        int pe = p.text().end();
        if (kind == Quote.Kind.DIRECT) {
            if (ps >= g.end() || g.start() >= pe) return 0;
            return trim(p.text().text()).equals(trim(text.substring(g.start(), g.end()))) ? 2 : 1;
        }
        if (!(ps <= g.start() && g.end() <= pe)) return 0;
        return trim(p.text().text()).startsWith(trim(g.q().starts())) ? 2 : 1;
    }

    private static String trim(String s) {
        return s.replaceAll("^[\\s\\p{Punct}«»“”…]+|[\\s\\p{Punct}«»“”…]+$", "");
    }

    /** Same person: equal once normalised, or one name ends the other ("Rani", "Swaroop Rani"), or one phrase holds the other. */
    static boolean sameSpeaker(String predicted, String gold) {
        if (predicted == null || gold == null) return false;
        String p = norm(predicted);
        String g = norm(gold);
        if (p.isEmpty() || g.isEmpty()) return false;
        return p.equals(g) || p.endsWith(" " + g) || g.endsWith(" " + p) || p.contains(g) || g.contains(p);
    }

    private static String norm(String s) {
        String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('’', '\'');
        n = n.replaceAll("^(le |la |les |l'|un |une |des |d'|the |an )", "").replaceAll("^(m\\. |mme |me |dr )", "");
        return n.strip();
    }

    // ---- throughput

    List<Article> throughput(Path jsonlGz, int n) throws IOException {
        List<Article> articles = org.vigie.bench.BenchFiles.orangesumRead(jsonlGz, n);
        long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
        for (int i = 0; i < Math.min(300, articles.size()); i++) quotes.process(articles.get(i)); // warm-up
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        int direct = 0;
        int indirect = 0;
        int speakers = 0;
        for (Article a : articles) {
            for (Quote q : quotes.process(a).quotes()) {
                if (q.kind() == Quote.Kind.DIRECT) direct++;
                else indirect++;
                if (q.speaker() != null) speakers++;
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
        System.out.printf(Locale.ROOT, "throughput: %d OrangeSum articles (%.1f MB of text), 1 thread: %.2f s wall = %.0f articles/s;"
                        + " %.2f s CPU = %.0f articles/CPU-s, %.1f MB/CPU-s%n",
                articles.size(), chars / 1e6, secs, articles.size() / secs, cpu, articles.size() / cpu, chars / 1e6 / cpu);
        System.out.printf(Locale.ROOT, "  found %d direct + %d indirect quotes (%.1f per article), %.0f%% with a speaker%n",
                direct, indirect, (direct + indirect) / (double) articles.size(), 100.0 * speakers / Math.max(1, direct + indirect));
        return articles;
    }

    /** The English rules' speed: the gold texts read {@code rounds} times, one thread, after a warm-up. */
    void englishThroughput(List<Article> texts, int rounds) {
        for (int r = 0; r < 30; r++) for (Article a : texts) quotes.find(a);
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long chars = 0;
        for (int r = 0; r < rounds; r++) {
            for (Article a : texts) {
                quotes.find(a);
                chars += a.text().length();
            }
        }
        double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
        System.out.printf(Locale.ROOT, "English throughput: %d texts x %d rounds, 1 thread: %.2f s CPU = %.0f articles/CPU-s, %.1f MB/CPU-s%n",
                texts.size(), rounds, cpu, texts.size() * (double) rounds / cpu, chars / 1e6 / cpu);
    }

    // ---- comparing rule sets on OrangeSum

    /** One line per quote: article index, kind, start, end, speaker, cue, text (tabs and newlines flattened). */
    private static String row(int article, Quote q) {
        return article + "\t" + q.kind().json() + "\t" + q.text().start() + "\t" + q.text().end() + "\t"
                + flat(q.speaker() == null ? "" : q.speaker().canonical()) + "\t" + flat(q.cue() == null ? "" : q.cue().text())
                + "\t" + flat(q.text().text());
    }

    /** The quote with up to 160 characters before it and 60 after, within its paragraph. */
    private static String context(Article a, Quote q) {
        String t = a.text();
        int s = Math.max(0, Math.max(t.lastIndexOf('\n', q.text().start() - 1) + 1, q.text().start() - 160));
        int e = Math.min(t.length(), q.text().end() + 60);
        int nl = t.indexOf('\n', q.text().end());
        if (nl >= 0 && nl < e) e = nl;
        return flat(t.substring(s, e));
    }

    private static String flat(String s) {
        return s.replaceAll("[\\t\\n\\r]+", " ");
    }

    private static void dump(QuoteEval eval, List<Article> articles, Path file) throws IOException {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            // an eighth field, the quote's sentence context, to judge speakers by hand (--new-since reads the first seven)
            for (Quote q : eval.quotes.find(articles.get(i))) rows.add(row(i, q) + "\t" + context(articles.get(i), q));
        }
        Files.write(file, rows, StandardCharsets.UTF_8);
        System.out.println("dump: " + rows.size() + " quotes written to " + file);
    }

    /** Counts the indirect quotes absent from an earlier dump (same article and offsets) and prints a sample. */
    private static void newSince(QuoteEval eval, List<Article> articles, Path file, int sample, long seed) throws IOException {
        java.util.Set<String> before = new java.util.HashSet<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            String[] f = line.split("\t", -1);
            if (f.length < 7) throw new IOException(file + ": line " + lineNo + ": expected 7 tab-separated fields, got " + f.length);
            before.add(f[0] + ":" + f[1] + ":" + f[2] + ":" + f[3]);
        }
        List<String> added = new ArrayList<>();
        List<String> addedDirect = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        int changedSpeaker = 0;
        java.util.Map<String, String> speakers = new java.util.HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            speakers.put(f[0] + ":" + f[1] + ":" + f[2] + ":" + f[3], f[4]);
        }
        java.util.Set<String> now = new java.util.HashSet<>();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            for (Quote q : eval.quotes.find(a)) {
                String key = i + ":" + q.kind().json() + ":" + q.text().start() + ":" + q.text().end();
                now.add(key);
                String context = "\n      in: " + context(a, q);
                if (before.contains(key)) {
                    String sp = q.speaker() == null ? "" : q.speaker().canonical();
                    if (!sp.equals(speakers.get(key))) {
                        changedSpeaker++;
                        changed.add(row(i, q) + "\n      was: " + speakers.get(key) + context);
                    }
                    continue;
                }
                (q.kind() == Quote.Kind.INDIRECT ? added : addedDirect).add(row(i, q) + context);
            }
        }
        List<String> lost = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (!now.contains(f[0] + ":" + f[1] + ":" + f[2] + ":" + f[3])) lost.add(line);
        }
        System.out.printf(Locale.ROOT, "new since %s: %d indirect and %d direct quotes added, %d quotes of the dump lost"
                + " (or moved), %d kept with another speaker%n", file, added.size(), addedDirect.size(), lost.size(), changedSpeaker);
        print("new indirect", added, sample, seed);
        print("new direct", addedDirect, sample / 4, seed);
        print("speaker changed", changed, sample / 4, seed);
        print("lost", lost, sample / 4, seed);
    }

    private static void print(String what, List<String> rows, int n, long seed) {
        List<String> shuffled = new ArrayList<>(rows);
        java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
        for (int k = 0; k < Math.min(n, shuffled.size()); k++) System.out.println("  " + what + " [" + (k + 1) + "] " + shuffled.get(k));
    }

    // ---- AADS direct speech in novels

    void aads(Path corpusJson) throws IOException {
        JsonNode root = new ObjectMapper().readTree(corpusJson.toFile());
        int gold = 0;
        int overlap = 0;
        int exact = 0;
        int predicted = 0;
        int predictedHit = 0;
        int marked = 0;
        int markedHit = 0;
        for (JsonNode doc : root) {
            String raw = doc.path("text").asText();
            Article a = Article.compose("", null, List.of(raw));
            int shift = a.text().indexOf(raw.strip()) - (raw.length() - raw.stripLeading().length());
            JsonNode labels = doc.path("labels");
            if (labels.isTextual()) labels = new ObjectMapper().readTree(labels.asText());
            List<int[]> spans = new ArrayList<>();
            for (JsonNode l : labels) {
                int s = raw.offsetByCodePoints(0, l.get(0).asInt()) + shift;
                int e = raw.offsetByCodePoints(0, l.get(1).asInt()) + shift;
                spans.add(new int[] {s, e});
            }
            List<Quote> direct = quotes.find(a).stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
            predicted += direct.size();
            for (Quote q : direct) {
                for (int[] g : spans) {
                    if (q.text().start() < g[1] && g[0] < q.text().end()) {
                        predictedHit++;
                        break;
                    }
                }
            }
            for (int[] g : spans) {
                gold++;
                // novels mark most speech with dashes or nothing; the stage reads quote marks only
                String before = a.text().substring(Math.max(0, g[0] - 3), Math.min(a.text().length(), g[0] + 1));
                boolean isMarked = before.indexOf('«') >= 0 || before.indexOf('“') >= 0 || before.indexOf('"') >= 0;
                if (isMarked) marked++;
                for (Quote q : direct) {
                    if (q.text().start() < g[1] && g[0] < q.text().end()) {
                        if (isMarked) markedHit++;
                        overlap++;
                        if (trim(q.text().text()).equals(trim(a.text().substring(g[0], g[1])))) exact++;
                        break;
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "AADS French novels (direct speech, no speakers): %d gold spans; recall %.3f overlap, "
                        + "%.3f exact; %d predicted, %.3f of them overlap a gold span%n", gold,
                (double) overlap / gold, (double) exact / gold, predicted, (double) predictedHit / Math.max(1, predicted));
        System.out.printf(Locale.ROOT, "  of the %d spans opened by a quote mark, %.3f found (overlap)%n", marked,
                (double) markedHit / Math.max(1, marked));
    }
}
