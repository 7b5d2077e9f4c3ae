package org.vigie.bench.reprints;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.bench.BenchFiles;
import org.vigie.core.model.Article;
import org.vigie.core.model.Section;
import org.vigie.corpus.reprints.Change;
import org.vigie.corpus.reprints.ReprintDiff;
import org.vigie.corpus.reprints.ReprintFamilies;

/**
 * Figures a copy changed ({@code figure_changed} in a reprint diff): recall and false alarms on
 * synthetic copies of real OrangeSum articles, then what it reports between the real members of the
 * reprint families of OrangeSum itself (mostly AFP dispatches and their updates), a sample to judge.
 *
 * <p>Synthetic copies of each article with a figure in its body: one figure given another value
 * (times 10, or plus one to nine: "5 morts" -> "50 morts" / "8 morts"), to be found; the same figure
 * written another way ("3.500" -> "3 500", "12,5" -> "12.5"), one typo in a word, a sentence with a
 * figure dropped: none of which changes a figure.
 *
 * <p>Usage: {@code FigureChangeEval [--data orangesum.jsonl.gz] [--n 2000] [--real 20000] [--show 12] [--seed 7]}
 */
public final class FigureChangeEval {

    /** A body figure the synthetic edits work on: digits, maybe grouped by a dot or a space. */
    private static final Pattern FIGURE = Pattern.compile("(?<![\\p{L}\\p{N}.,])(\\d{1,3}(?:[. ]\\d{3})+|\\d+)(?:,(\\d+))?(?![\\p{L}\\p{N}]|[.,]\\d)");
    private static final Pattern WORD = Pattern.compile("\\p{L}{6,}");

    private FigureChangeEval() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of("../shared/corpora/orangesum/orangesum_parsed.jsonl.gz");
        int n = 2000, real = 20_000, show = 12;
        long seed = 7;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--n" -> n = Integer.parseInt(args[++i]);
                case "--real" -> real = Integer.parseInt(args[++i]);
                case "--show" -> show = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (expected --data FILE, --n N, --real N, --show N, --seed N)");
            }
        }
        List<Article> articles = BenchFiles.orangesumRead(data, Math.max(n, real));
        synthetic(articles.subList(0, Math.min(n, articles.size())), new Random(seed));
        if (real > 0) real(articles.subList(0, Math.min(real, articles.size())), show, new Random(seed));
    }

    private static void synthetic(List<Article> articles, Random rnd) {
        int[] tried = new int[4];
        int[] flagged = new int[4];
        String[] what = {"figure given another value", "figure written another way", "one typo in a word",
                "sentence with a figure dropped"};
        long t0 = System.nanoTime();
        int diffs = 0;
        for (Article a : articles) {
            List<String> paras = paragraphs(a);
            List<int[]> figures = new ArrayList<>(); // {paragraph, start, end}
            for (int p = 0; p < paras.size(); p++) {
                Matcher m = FIGURE.matcher(paras.get(p));
                while (m.find()) figures.add(new int[] {p, m.start(), m.end()});
            }
            if (figures.isEmpty()) continue;
            int[] f = figures.get(rnd.nextInt(figures.size()));
            String para = paras.get(f[0]);
            String digits = para.substring(f[1], f[2]);
            for (int kind = 0; kind < 4; kind++) {
                String edited = switch (kind) {
                    case 0 -> splice(para, f, otherValue(digits, rnd));
                    case 1 -> splice(para, f, otherWriting(digits));
                    case 2 -> typo(para, rnd);
                    default -> dropSentence(para, f);
                };
                if (edited == null || edited.equals(para)) continue;
                List<String> copy = new ArrayList<>(paras);
                copy.set(f[0], edited);
                Article c = Article.compose(a.title(), a.standfirst(), copy);
                tried[kind]++;
                diffs++;
                if (ReprintDiff.diff(a, c).stream().anyMatch(x -> x.kind() == Change.Kind.FIGURE_CHANGED)) flagged[kind]++;
            }
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        System.out.printf(Locale.ROOT, "synthetic copies of %d OrangeSum articles (%d diffs, %.2f ms per diff):%n", articles.size(), diffs, ms / Math.max(1, diffs));
        for (int k = 0; k < 4; k++) {
            System.out.printf(Locale.ROOT, "  %-32s %5d copies, figure_changed on %5d = %5.1f %%  (%s)%n", what[k], tried[k], flagged[k],
                    100.0 * flagged[k] / Math.max(1, tried[k]), k == 0 ? "recall" : "false alarms");
        }
    }

    private static void real(List<Article> articles, int show, Random rnd) {
        long t0 = System.nanoTime();
        ReprintFamilies fam = ReprintFamilies.rebuild(articles, org.vigie.corpus.reprints.ReprintConfig.DEFAULT,
                org.vigie.corpus.reprints.SourceRanking.defaults());
        Map<String, Article> byId = new HashMap<>();
        for (Article a : articles) byId.putIfAbsent(a.id(), a);
        int members = 0, withFigures = 0;
        List<String> examples = new ArrayList<>();
        for (Article a : byId.values()) {
            String family = fam.familyId(a.id()).orElse(null);
            if (family == null || fam.members(family).size() < 2) continue;
            String source = fam.sourceOf(family).orElse(null);
            if (source == null || source.equals(a.id())) continue;
            members++;
            for (Change c : ReprintDiff.diff(byId.get(source), a)) {
                if (c.kind() != Change.Kind.FIGURE_CHANGED) continue;
                withFigures++;
                examples.add(String.format(Locale.ROOT, "  %s <- %s: %s -> %s | %s", a.id(), source, c.removed(),
                        c.spans().stream().map(s -> s.text()).toList(), context(a, c)));
                break;
            }
        }
        System.out.printf(Locale.ROOT, "real reprint families of the first %d OrangeSum articles (%.1f s): %d members compared with their source,"
                + " %d with figure_changed (%.1f %%)%n", articles.size(), (System.nanoTime() - t0) / 1e9, members, withFigures,
                100.0 * withFigures / Math.max(1, members));
        java.util.Collections.shuffle(examples, rnd);
        examples.stream().limit(show).forEach(System.out::println);
    }

    private static String context(Article a, Change c) {
        int s = c.spans().get(0).start();
        int from = Math.max(0, s - 60), to = Math.min(a.text().length(), c.spans().get(0).end() + 40);
        return a.text().substring(from, to).replace('\n', ' ');
    }

    private static List<String> paragraphs(Article a) {
        List<String> out = new ArrayList<>();
        for (Section s : a.paragraphs()) out.add(a.text().substring(s.start(), s.end()));
        return out;
    }

    private static String splice(String p, int[] f, String replacement) {
        return p.substring(0, f[1]) + replacement + p.substring(f[2]);
    }

    /** Ten times the value, or one to nine more, written the same way. */
    static String otherValue(String digits, Random rnd) {
        String sep = digits.contains(".") ? "." : digits.contains(" ") ? " " : "";
        String decimals = digits.contains(",") ? digits.substring(digits.indexOf(',')) : "";
        String whole = (decimals.isEmpty() ? digits : digits.substring(0, digits.indexOf(','))).replaceAll("[. ]", "");
        long v = Long.parseLong(whole.length() > 15 ? whole.substring(0, 15) : whole);
        long w = rnd.nextBoolean() ? v * 10 : v + 1 + rnd.nextInt(9);
        return group(Long.toString(w), sep) + decimals;
    }

    /** The same value with its thousands grouped otherwise ("3.500" -> "3 500", "3500" -> "3.500"), or "12,5" -> "12.5". */
    static String otherWriting(String digits) {
        if (digits.contains(",")) return digits.replace(',', '.').contains(".") && digits.indexOf('.') < digits.indexOf(',') ? null : digits.replace(',', '.');
        String plain = digits.replaceAll("[. ]", "");
        if (plain.length() < 4) return null;
        return digits.contains(".") ? group(plain, " ") : group(plain, ".");
    }

    private static String group(String plain, String sep) {
        if (sep.isEmpty() || plain.length() <= 3) return plain;
        StringBuilder b = new StringBuilder(plain);
        for (int i = plain.length() - 3; i > 0; i -= 3) b.insert(i, sep);
        return b.toString();
    }

    private static String typo(String p, Random rnd) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(p);
        while (m.find()) words.add(new int[] {m.start(), m.end()});
        if (words.isEmpty()) return null;
        int[] w = words.get(rnd.nextInt(words.size()));
        int i = w[0] + 1 + rnd.nextInt(w[1] - w[0] - 2);
        return p.substring(0, i) + p.charAt(i + 1) + p.charAt(i) + p.substring(i + 2);
    }

    /** The paragraph without the sentence holding the figure, when the paragraph has another sentence. */
    private static String dropSentence(String p, int[] f) {
        int start = Math.max(p.lastIndexOf(". ", f[1]) + 2, 0);
        if (p.lastIndexOf(". ", f[1]) < 0) start = 0;
        int end = p.indexOf(". ", f[2]);
        end = end < 0 ? p.length() : end + 2;
        if (start == 0 && end >= p.length()) return null;
        return (p.substring(0, start) + p.substring(end)).strip();
    }
}
