package org.vigie.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;

/**
 * Scores main-text and metadata extraction on public gold sets and prints the figures:
 * Scrapinghub's article-extraction-benchmark (shingle P/R/F1 as its evaluate.py defines them),
 * Trafilatura's French subset (snippets with/without, dates), Mozilla Readability's test pages
 * (token F1, title, byline) and OrangeSum raw pages against the dataset's silver parse.
 *
 * <p>From the repository root (paths default to {@code ../shared/...} relative to it):
 * <pre>
 * mvn -q -pl bench -am compile exec:java -Dexec.skip=true \
 *     -Dexec.mainClass=org.vigie.bench.extraction.ExtractionEval \
 *     -Dexec.args="[--data ../shared/extraction] [--orangesum ../shared/corpora/orangesum/raw_html_sample]
 *                  [--only scrapinghub,trafilatura,readability,orangesum] [--extractor vigie|readability4j] [-v]
 *                  [--titles titles.tsv]"
 * </pre>
 * ({@code exec.skip} skips the modules built along; bench's pom turns it back on for itself.)
 * {@code --extractor readability4j} runs the Readability4J baseline on the same pages;
 * {@code -v} lists every miss; {@code --titles} writes every page's title (set, page, title) to a
 * file, so that two versions' titles can be diffed. {@link ShowExtraction} prints what Vigie extracts from one page.
 */
public final class ExtractionEval {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Extractor extractor;
    private final boolean verbose;
    /** One "set id title" line per page, for diffing titles between two versions; may be null. */
    private final java.io.PrintWriter titles;

    ExtractionEval(Extractor extractor, boolean verbose, java.io.PrintWriter titles) {
        this.extractor = extractor;
        this.verbose = verbose;
        this.titles = titles;
    }

    private void recordTitle(String set, String id, String title) {
        if (titles != null) titles.println(set + "\t" + id + "\t" + (title == null ? "" : title));
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of("../shared/extraction");
        Path orange = Path.of("../shared/corpora/orangesum/raw_html_sample");
        String only = "scrapinghub,trafilatura,readability,orangesum";
        String which = "vigie";
        boolean verbose = false;
        Path titleFile = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--orangesum" -> orange = Path.of(args[++i]);
                case "--only" -> only = args[++i];
                case "--extractor" -> which = args[++i];
                case "--verbose", "-v" -> verbose = true;
                case "--titles" -> titleFile = Path.of(args[++i]);
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        Extractor ex = switch (which) {
            case "vigie" -> new VigieExtractor();
            case "readability4j" -> new Readability4jExtractor();
            default -> throw new IllegalArgumentException("unknown extractor " + which);
        };
        java.io.PrintWriter titles = titleFile == null ? null
                : new java.io.PrintWriter(Files.newBufferedWriter(titleFile, StandardCharsets.UTF_8));
        ExtractionEval eval = new ExtractionEval(ex, verbose, titles);
        System.out.println("extractor: " + ex.name());
        int missing = 0;
        for (String set : only.split(",")) {
            Path where = switch (set.strip()) {
                case "orangesum" -> orange;
                case "readability" -> data.resolve("readability/test/test-pages");
                default -> data.resolve(set.strip());
            };
            if (!Files.isDirectory(where)) {
                System.out.println(set.strip() + ": no data at " + where.toAbsolutePath().normalize()
                        + " (give --data or --orangesum)");
                missing++;
                continue;
            }
            long t0 = System.nanoTime();
            int pages = switch (set.strip()) {
                case "scrapinghub" -> eval.scrapinghub(data.resolve("scrapinghub"));
                case "trafilatura" -> eval.trafilatura(data.resolve("trafilatura"));
                case "readability" -> eval.readability(data.resolve("readability/test/test-pages"));
                case "orangesum" -> eval.orangesum(orange);
                default -> throw new IllegalArgumentException("unknown data set " + set);
            };
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "  (%d pages in %.1f s, %.1f pages/s)%n%n", pages, s, pages / s);
        }
        if (titles != null) titles.close();
        if (missing > 0) System.exit(1);
    }

    // --- Scrapinghub -------------------------------------------------------------------------

    int scrapinghub(Path dir) throws IOException {
        JsonNode truth = JSON.readTree(dir.resolve("ground-truth.json").toFile());
        List<Double> ps = new ArrayList<>(), rs = new ArrayList<>();
        int n = 0, failed = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            byte[] html = gunzip(dir.resolve("html").resolve(e.getKey() + ".html.gz"));
            String gold = e.getValue().path("articleBody").asText("");
            String url = e.getValue().path("url").asText(null);
            String pred = "";
            try {
                Extractor.Output out = extractor.extract(html, url);
                pred = out.text();
                recordTitle("scrapinghub", e.getKey(), out.title());
            } catch (Exception ex) {
                failed++;
                if (verbose) System.out.println("  FAIL " + e.getKey() + ": " + ex.getMessage());
            }
            double[] c = TextScores.shingleTpFpFn(gold, pred);
            Double p = TextScores.precision(c), r = TextScores.recall(c);
            if (p != null) ps.add(p);
            if (r != null) rs.add(r);
            if (verbose) {
                System.out.printf(Locale.ROOT, "  %s P=%.3f R=%.3f %s%n", e.getKey().substring(0, 10),
                        p == null ? 0 : p, r == null ? 0 : r, url);
            }
            n++;
        }
        double p = mean(ps), r = mean(rs);
        System.out.printf(Locale.ROOT, "scrapinghub (%d pages, %d failed): precision=%.3f recall=%.3f F1=%.3f%n",
                n, failed, p, r, 2 * p * r / (p + r));
        return n;
    }

    // --- Trafilatura -------------------------------------------------------------------------

    int trafilatura(Path dir) throws IOException {
        JsonNode gold = JSON.readTree(dir.resolve("evaldata_fr_subset.json").toFile());
        int with = 0, withFound = 0, without = 0, withoutKept = 0, dates = 0, datesOk = 0, n = 0;
        int titles = 0, titlesOk = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode g = e.getValue();
            byte[] html = Files.readAllBytes(dir.resolve("eval").resolve(g.path("file").asText()));
            Extractor.Output out;
            try {
                out = extractor.extract(html, e.getKey());
            } catch (Exception ex) {
                out = new Extractor.Output("", "", List.of(), null, 0);
            }
            recordTitle("trafilatura", g.path("file").asText(), out.title());
            String text = TextScores.squash(out.text()); // main text, as Trafilatura outputs it (no title)
            for (JsonNode w : g.path("with")) {
                with++;
                if (text.contains(TextScores.squash(w.asText()))) withFound++;
                else if (verbose) System.out.println("  MISSING [" + g.path("file").asText() + "] " + w.asText());
            }
            for (JsonNode w : g.path("without")) {
                without++;
                if (text.contains(TextScores.squash(w.asText()))) {
                    withoutKept++;
                    if (verbose) System.out.println("  KEPT    [" + g.path("file").asText() + "] " + w.asText());
                }
            }
            String gd = g.path("date").asText("");
            if (!gd.isEmpty()) {
                dates++;
                boolean ok = out.date() != null && out.date().startsWith(gd.substring(0, Math.min(10, gd.length())));
                if (ok) datesOk++;
                else if (verbose) System.out.println("  DATE    [" + g.path("file").asText() + "] gold " + gd + " got " + out.date());
            }
            String gt = g.path("title").asText("");
            if (!gt.isEmpty()) {
                titles++;
                if (TextScores.key(gt).equals(TextScores.key(out.title()))) titlesOk++;
                else if (verbose) System.out.println("  TITLE   [" + g.path("file").asText() + "] gold=" + gt + " | got=" + out.title());
            }
            n++;
        }
        System.out.printf(Locale.ROOT, "trafilatura-fr (%d pages): with found=%.3f (%d/%d) without kept=%.3f (%d/%d) "
                        + "date accuracy=%.3f (%d/%d) title exact=%.3f (%d/%d)%n", n,
                ratio(withFound, with), withFound, with, ratio(withoutKept, without), withoutKept, without,
                ratio(datesOk, dates), datesOk, dates, ratio(titlesOk, titles), titlesOk, titles);
        return n;
    }

    // --- Readability -------------------------------------------------------------------------

    int readability(Path dir) throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(dir)) {
            cases = s.filter(Files::isDirectory).sorted().toList();
        }
        List<Double> f1s = new ArrayList<>(), ps = new ArrayList<>(), rs = new ArrayList<>();
        int titles = 0, titlesOk = 0, bylines = 0, bylinesOk = 0, n = 0;
        for (Path c : cases) {
            Path src = c.resolve("source.html"), exp = c.resolve("expected.html");
            if (!Files.exists(src) || !Files.exists(exp)) continue;
            JsonNode meta = Files.exists(c.resolve("expected-metadata.json"))
                    ? JSON.readTree(c.resolve("expected-metadata.json").toFile()) : JSON.createObjectNode();
            if (!meta.path("readerable").asBoolean(true)) continue;
            String gold = Jsoup.parse(Files.readString(exp, StandardCharsets.UTF_8)).text();
            Extractor.Output out;
            try {
                out = extractor.extract(Files.readAllBytes(src), null);
            } catch (Exception ex) {
                out = new Extractor.Output("", "", List.of(), null, 0);
            }
            recordTitle("readability", c.getFileName().toString(), out.title());
            double[] prf = TextScores.tokenPrf(gold, out.text());
            ps.add(prf[0]);
            rs.add(prf[1]);
            f1s.add(prf[2]);
            if (verbose) System.out.printf(Locale.ROOT, "  %-40s P=%.3f R=%.3f F1=%.3f%n", c.getFileName(), prf[0], prf[1], prf[2]);
            String gt = meta.path("title").asText("");
            if (!gt.isEmpty()) {
                titles++;
                if (TextScores.key(gt).equals(TextScores.key(out.title()))) titlesOk++;
                else if (verbose) System.out.println("    title gold=" + gt + " | got=" + out.title());
            }
            String gb = meta.path("byline").asText("");
            if (!gb.isEmpty()) {
                bylines++;
                if (bylineMatches(gb, out.authors())) bylinesOk++;
                else if (verbose) System.out.println("    byline gold=" + gb + " | got=" + out.authors());
            }
            n++;
        }
        System.out.printf(Locale.ROOT, "readability (%d readerable pages): token P=%.3f R=%.3f F1=%.3f (mean per page) "
                        + "title exact=%.3f (%d/%d) byline=%.3f (%d/%d)%n", n, mean(ps), mean(rs), mean(f1s),
                ratio(titlesOk, titles), titlesOk, titles, ratio(bylinesOk, bylines), bylinesOk, bylines);
        return n;
    }

    /** Every name found occurs in the gold byline, and together they cover its name words. */
    static boolean bylineMatches(String gold, List<String> authors) {
        if (authors.isEmpty()) return false;
        String g = TextScores.key(gold.replaceAll("(?i)^\\s*(by|par)\\s+", ""));
        String joined = TextScores.key(String.join("", authors));
        if (g.equals(joined)) return true;
        for (String a : authors) {
            if (!g.contains(TextScores.key(a))) return false;
        }
        return joined.length() >= 0.6 * g.length();
    }

    // --- OrangeSum ---------------------------------------------------------------------------

    int orangesum(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir.resolve("parsed"))) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        Set<String> taglines = siteTaglines(files);
        int n = 0, titleOk = 0, titleRawOk = 0, dateOk = 0, dates = 0, multi = 0, failed = 0;
        List<Double> f1s = new ArrayList<>(), ps = new ArrayList<>(), rs = new ArrayList<>();
        for (Path pj : files) {
            String id = pj.getFileName().toString().replace(".json", "");
            Path raw = dir.resolve("raw").resolve(id + ".txt");
            if (!Files.exists(raw)) continue;
            JsonNode silver = JSON.readTree(pj.toFile());
            Extractor.Output out;
            try {
                out = extractor.extract(Files.readAllBytes(raw), null);
            } catch (Exception ex) {
                failed++;
                out = new Extractor.Output("", "", List.of(), null, 0);
                if (verbose) System.out.println("  FAIL " + id + ": " + ex.getMessage());
            }
            n++;
            recordTitle("orangesum", id, out.title());
            String st = silver.path("title").asText();
            if (TextScores.key(st).equals(TextScores.key(out.title()))) titleRawOk++;
            if (TextScores.key(withoutTagline(st, taglines)).equals(TextScores.key(out.title()))) titleOk++;
            else if (verbose) System.out.println("  TITLE " + id + " silver=" + st + " | got=" + out.title());
            String sd = silver.path("date").asText("");
            if (!sd.isEmpty()) {
                dates++;
                if (out.date() != null && out.date().startsWith(sd)) dateOk++;
                else if (verbose) System.out.println("  DATE " + id + " silver=" + sd + " got=" + out.date());
            }
            String gold = silver.path("heading").asText("") + " " + silver.path("article").asText("");
            double[] prf = TextScores.tokenPrf(gold, out.text());
            ps.add(prf[0]);
            rs.add(prf[1]);
            f1s.add(prf[2]);
            if (verbose && prf[2] < 0.9) System.out.printf(Locale.ROOT, "  BODY %s P=%.3f R=%.3f%n", id, prf[0], prf[1]);
            if (out.paragraphs() > 1) multi++;
        }
        System.out.printf(Locale.ROOT, "orangesum (%d pages, %d failed): title agreement=%.3f (%d/%d, silver without the %d "
                        + "recurring site tagline(s) %s; raw silver %.3f) date agreement=%.3f (%d/%d) "
                        + "body token P=%.3f R=%.3f F1=%.3f (heading+article vs standfirst+body, mean per page); "
                        + "pages with >1 paragraph=%d%n", n, failed, ratio(titleOk, n), titleOk, n,
                taglines.size(), taglines, ratio(titleRawOk, n), ratio(dateOk, dates),
                dateOk, dates, mean(ps), mean(rs), mean(f1s), multi);
        return n;
    }

    /**
     * The silver titles of some sites come from {@code <title>}, which appends the site's tagline
     * (" : actualité automobile, infos, scoop") to the headline that the page's {@code <h1>} and
     * {@code og:title} carry. A tagline is recognised by repetition, not by a list: the text after
     * the last " : ", " | " or " - " that ends the silver titles of at least {@value #TAGLINE_PAGES} pages.
     */
    static Set<String> siteTaglines(List<Path> silverFiles) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (Path p : silverFiles) {
            String suffix = taglineCandidate(JSON.readTree(p.toFile()).path("title").asText(""));
            if (suffix != null) counts.merge(suffix, 1, Integer::sum);
        }
        Set<String> out = new TreeSet<>();
        counts.forEach((suffix, c) -> { if (c >= TAGLINE_PAGES) out.add(suffix); });
        return out;
    }

    private static final int TAGLINE_PAGES = 3;
    private static final Pattern TAGLINE_SEPARATOR = Pattern.compile("\\s[:|\\-–—]\\s");

    private static String taglineCandidate(String title) {
        Matcher m = TAGLINE_SEPARATOR.matcher(title);
        int last = -1;
        while (m.find()) last = m.end();
        return last < 0 ? null : title.substring(last).strip();
    }

    static String withoutTagline(String title, Set<String> taglines) {
        String suffix = taglineCandidate(title);
        if (suffix == null || !taglines.contains(suffix)) return title;
        Matcher m = TAGLINE_SEPARATOR.matcher(title);
        int start = -1;
        while (m.find()) start = m.start();
        return title.substring(0, start).strip();
    }

    // --- helpers -----------------------------------------------------------------------------

    private static byte[] gunzip(Path p) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return in.readAllBytes();
        }
    }

    private static double mean(List<Double> xs) {
        return xs.isEmpty() ? 0 : xs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
