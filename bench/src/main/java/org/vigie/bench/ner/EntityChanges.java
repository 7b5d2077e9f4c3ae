package org.vigie.bench.ner;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.vigie.bench.BenchFiles;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.Span;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.nlp.entities.Names;
import org.vigie.nlp.registry.EntityPipelines;

/**
 * What a change to the entity rules does beyond the gold: the canonical entities of OrangeSum
 * articles are dumped before the change ({@code --out}), and compared after it ({@code --before}):
 * how many entities are removed, retyped, merged into another, renamed or added, with a seeded
 * random sample of the changes in context to judge by hand. Articles are read as the product reads
 * a JSONL record; spans are compared with the body's line breaks left out, so a reader change that
 * splits a body into paragraphs does not show as moved entities.
 *
 * <pre>
 * args: [--data orangesum.jsonl.gz] [--skip 2000] [--limit 300] (--out dump.tsv | --before dump.tsv)
 *       [--sample 40] [--seed 7] [--texts texts.tsv]
 * </pre>
 * {@code --texts} also writes each article's text in the dump's coordinates (article index, TAB,
 * the text with the body's line breaks left out and other line breaks as spaces), so that a
 * script can show any dumped entity in context to judge it.
 */
public final class EntityChanges {

    /** One canonical entity of article {@code article}: its mention spans as start-end pairs. */
    record Row(int article, String type, String canonical, List<int[]> spans, String mentions) {
        String key() {
            return Names.fold(canonical);
        }

        boolean overlaps(Row o) {
            for (int[] a : spans) {
                for (int[] b : o.spans) {
                    if (a[0] < b[1] && b[0] < a[1]) return true;
                }
            }
            return false;
        }
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> o = BenchFiles.options(args, "EntityChanges [--data F] [--skip N] [--limit N] "
                + "(--out dump.tsv | --before dump.tsv) [--sample N] [--seed N] [--texts texts.tsv]");
        Path data = BenchFiles.orangesum(o.get("data"));
        int skip = Integer.parseInt(o.getOrDefault("skip", "2000"));
        int limit = Integer.parseInt(o.getOrDefault("limit", "300"));
        // read as the product reads a JSONL record, so that a change of the reader shows here too
        List<Article> articles = BenchFiles.orangesumRead(data, skip, limit);
        Pipeline pipeline = EntityPipelines.french();
        List<Row> now = new ArrayList<>();
        List<Article> done = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Article a = pipeline.process(articles.get(i));
            done.add(a);
            for (Entity e : a.entities()) {
                Coords c = new Coords(a);
                List<int[]> spans = e.mentions().stream().map(s -> new int[] {c.plain(s.start()), c.plain(s.end())}).toList();
                now.add(new Row(i, e.type().name(), e.canonical(), spans,
                        String.join(" | ", e.mentions().stream().map(Span::text).distinct().toList())));
            }
        }
        if (o.containsKey("texts")) {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(o.get("texts")), StandardCharsets.UTF_8))) {
                for (int i = 0; i < done.size(); i++) w.println(i + "\t" + Coords.plainText(done.get(i)));
            }
        }
        if (o.containsKey("out")) {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(o.get("out")), StandardCharsets.UTF_8))) {
                for (Row r : now) {
                    StringBuilder sp = new StringBuilder();
                    for (int[] s : r.spans()) sp.append(sp.length() == 0 ? "" : ",").append(s[0]).append('-').append(s[1]);
                    w.println(r.article() + "\t" + r.type() + "\t" + r.canonical() + "\t" + sp + "\t" + r.mentions());
                }
            }
            System.out.printf(Locale.ROOT, "%d articles, %d canonical entities written to %s%n", done.size(), now.size(), o.get("out"));
            return;
        }
        List<Row> before = read(Path.of(o.get("before")));
        compare(done, before, now, Integer.parseInt(o.getOrDefault("sample", "40")),
                Long.parseLong(o.getOrDefault("seed", "7")));
    }

    private static List<Row> read(Path file) throws IOException {
        List<Row> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            String[] f = line.split("\t", -1);
            if (f.length != 5) throw new IOException(file + ": line " + n + ": expected 5 TAB-separated fields");
            List<int[]> spans = new ArrayList<>();
            for (String s : f[3].split(",")) {
                String[] se = s.split("-");
                spans.add(new int[] {Integer.parseInt(se[0]), Integer.parseInt(se[1])});
            }
            out.add(new Row(Integer.parseInt(f[0]), f[1], f[2], spans, f[4]));
        }
        return out;
    }

    private static void compare(List<Article> articles, List<Row> before, List<Row> after, int sample, long seed) {
        Map<Integer, List<Row>> b = byArticle(before);
        Map<Integer, List<Row>> a = byArticle(after);
        Map<String, List<String>> changes = new LinkedHashMap<>();
        for (String kind : List.of("removed", "retyped", "merged", "renamed", "split", "added")) changes.put(kind, new ArrayList<>());
        for (int i = 0; i < articles.size(); i++) {
            Article text = articles.get(i);
            List<Row> bs = b.getOrDefault(i, List.of());
            List<Row> as = a.getOrDefault(i, List.of());
            for (Row x : bs) {
                Row same = find(as, x.key());
                if (same != null) {
                    if (!same.type().equals(x.type())) {
                        changes.get("retyped").add(describe(i, text, x, x.type() + " -> " + same.type() + " " + same.canonical()));
                    }
                    continue;
                }
                List<Row> over = as.stream().filter(x::overlaps).toList();
                if (over.isEmpty()) {
                    changes.get("removed").add(describe(i, text, x, "removed"));
                } else if (over.size() > 1) {
                    changes.get("split").add(describe(i, text, x, "split into " + over.stream()
                            .map(r -> r.type() + ":" + r.canonical()).toList()));
                } else {
                    Row into = over.get(0);
                    boolean existed = find(bs, into.key()) != null;
                    changes.get(existed ? "merged" : "renamed").add(describe(i, text, x,
                            (existed ? "merged into " : "renamed ") + into.type() + ":" + into.canonical()));
                }
            }
            for (Row y : as) {
                if (find(bs, y.key()) != null) continue;
                if (bs.stream().anyMatch(y::overlaps)) continue; // counted as renamed/split above
                changes.get("added").add(describe(i, text, y, "added"));
            }
        }
        System.out.printf(Locale.ROOT, "%d articles; canonical entities before %d, after %d%n", articles.size(),
                before.size(), after.size());
        List<String> all = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : changes.entrySet()) {
            System.out.printf(Locale.ROOT, "  %-8s %d%n", e.getKey(), e.getValue().size());
            all.addAll(e.getValue());
        }
        java.util.Collections.shuffle(all, new Random(seed));
        System.out.println();
        System.out.println("random sample of " + Math.min(sample, all.size()) + " changes:");
        for (String s : all.subList(0, Math.min(sample, all.size()))) System.out.println(s);
        if (System.getProperty("all") != null) {
            System.out.println();
            System.out.println("all changes:");
            changes.values().forEach(l -> l.forEach(System.out::println));
        }
    }

    private static String describe(int i, Article a, Row r, String what) {
        String text = a.text();
        Coords c = new Coords(a);
        int[] s = {c.text(r.spans().get(0)[0]), c.text(r.spans().get(0)[1])};
        String ctx = text.substring(Math.max(0, s[0] - 60), s[0]) + "[[" + text.substring(s[0], s[1]) + "]]"
                + text.substring(s[1], Math.min(text.length(), s[1] + 60));
        return String.format(Locale.ROOT, "#%d %s:%s (%s) %s%n      ...%s...", i, r.type(), r.canonical(),
                r.mentions(), what, ctx.replace('\n', ' '));
    }

    /**
     * Offsets with the body's line breaks left out, so that spans compare across a change that
     * splits a one-line body into paragraphs (each break is one inserted character).
     */
    private record Coords(int[] breaksBefore, int bodyStart) {
        Coords(Article a) {
            this(count(a), a.bodyStart());
        }

        private static int[] count(Article a) {
            int[] n = new int[a.text().length() + 1];
            int from = a.bodyStart();
            for (int i = 0; i < a.text().length(); i++) {
                n[i + 1] = n[i] + (i >= from && a.text().charAt(i) == '\n' ? 1 : 0);
            }
            return n;
        }

        /** The text in these coordinates, one line: body breaks left out, other breaks as spaces. */
        static String plainText(Article a) {
            StringBuilder sb = new StringBuilder();
            String text = a.text();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' && i >= a.bodyStart()) continue;
                sb.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
            }
            return sb.toString();
        }

        int plain(int offset) {
            return offset - breaksBefore[offset];
        }

        int text(int plain) {
            for (int o = plain; o < breaksBefore.length; o++) {
                if (plain(o) == plain) return o;
            }
            return breaksBefore.length - 1;
        }
    }

    private static Row find(List<Row> rows, String key) {
        for (Row r : rows) {
            if (r.key().equals(key)) return r;
        }
        return null;
    }

    private static Map<Integer, List<Row>> byArticle(List<Row> rows) {
        Map<Integer, List<Row>> m = new HashMap<>();
        for (Row r : rows) m.computeIfAbsent(r.article(), k -> new ArrayList<>()).add(r);
        return m;
    }
}
