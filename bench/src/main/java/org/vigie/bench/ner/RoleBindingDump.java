package org.vigie.bench.ner;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.vigie.bench.BenchFiles;
import org.vigie.core.model.Article;
import org.vigie.core.model.Sentence;
import org.vigie.core.model.Span;
import org.vigie.nlp.corenlp.CoreNlpTokens;
import org.vigie.ingest.html.HtmlReader;
import org.vigie.ingest.language.LanguageStage;
import org.vigie.ingest.source.Ingestion;
import org.vigie.ingest.source.ReaderRegistry;
import org.vigie.nlp.entities.EntityLexicon;
import org.vigie.nlp.entities.EntityStage;
import org.vigie.nlp.entities.RoleBinding;
import org.vigie.nlp.registry.AliasTable;
import org.vigie.nlp.registry.OfficeTable;

/**
 * Every role description the entity layer joins to a person ("le président russe" -> Vladimir
 * Poutine), on OrangeSum wire articles, with its sentence and how it was bound (next to the name,
 * a repeat of a bound office, the dated table of office holders), to judge precision by hand.
 * {@code --sample K --seed S} prints a seeded random sample of K bindings, numbered, instead of all.
 * {@code --out F} also writes the bindings (TSV), and {@code --before F} lists the bindings a
 * change removed, re-attributed or added against such a file (same --skip/--n), with a sample.
 * {@code --pages DIR} reads a folder of news pages instead (HTML, as {@code vigie analyze} does;
 * the scrapinghub extraction benchmark's {@code ../shared/extraction/scrapinghub/html}) and dumps
 * the bindings of its English articles, read with the English word lists; the dated table reads
 * each page's own date.
 *
 * <pre>
 * args: [--data orangesum.jsonl.gz | --pages DIR] [--skip 0] [--n 1000] [--sample K] [--seed 1]
 *       [--out bindings.tsv] [--before bindings.tsv] [--changes 40]
 * </pre>
 */
public final class RoleBindingDump {

    /** One binding of article {@code article}, keyed by its span, with the line printed to judge it. */
    record Row(int article, int start, int end, String role, String entity, String office, String via, String context) {
        String key() {
            return article + ":" + start + "-" + end;
        }

        String tsv() {
            return String.join("\t", String.valueOf(article), String.valueOf(start), String.valueOf(end), role, entity,
                    office, via, context);
        }

        String show() {
            return String.format(Locale.ROOT, "#%d %-11s [%s] -> %s (%s)%n      %s", article, via, role, entity, office, context);
        }
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> o = BenchFiles.options(args, "RoleBindingDump [--data F | --pages DIR] [--skip N] [--n N] "
                + "[--sample K] [--seed S] [--out F] [--before F] [--changes N]");
        int skip = Integer.parseInt(o.getOrDefault("skip", "0"));
        int n = Integer.parseInt(o.getOrDefault("n", "1000"));
        List<Article> articles;
        CoreNlpTokens tokens;
        EntityStage entities;
        if (o.containsKey("pages")) {
            articles = englishPages(Path.of(o.get("pages")), skip, n);
            tokens = CoreNlpTokens.english();
            entities = new EntityStage(EntityLexicon.english(), AliasTable.bundled(), OfficeTable.bundled(), null);
        } else {
            articles = BenchFiles.orangesumRead(BenchFiles.orangesum(o.get("data")), skip, n);
            tokens = CoreNlpTokens.french();
            entities = new EntityStage(AliasTable.bundled(), OfficeTable.bundled());
        }
        List<Row> rows = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < articles.size(); i++) {
            Article a = tokens.process(articles.get(i));
            for (RoleBinding b : entities.roleBindings(a)) rows.add(row(skip + i, a, b));
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        Map<RoleBinding.Via, Integer> byVia = new EnumMap<>(RoleBinding.Via.class);
        for (Row r : rows) byVia.merge(RoleBinding.Via.valueOf(r.via()), 1, Integer::sum);
        System.out.printf(Locale.ROOT, "%d articles (from %d) in %.0f s: %d role bindings %s%n", articles.size(), skip,
                secs, rows.size(), byVia);
        if (o.containsKey("out")) {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(o.get("out")), StandardCharsets.UTF_8))) {
                for (Row r : rows) w.println(r.tsv());
            }
        }
        if (o.containsKey("before")) {
            changes(read(Path.of(o.get("before"))), rows, Integer.parseInt(o.getOrDefault("changes", "40")),
                    Long.parseLong(o.getOrDefault("seed", "1")));
            return;
        }
        List<Row> shown = rows;
        if (o.containsKey("sample")) {
            shown = new ArrayList<>(rows);
            Collections.shuffle(shown, new Random(Long.parseLong(o.getOrDefault("seed", "1"))));
            shown = shown.subList(0, Math.min(Integer.parseInt(o.get("sample")), shown.size()));
        }
        int k = 0;
        for (Row r : shown) System.out.println(++k + ". " + r.show());
    }

    /** The English articles of a folder of pages, in file order, [skip, skip + n). */
    private static List<Article> englishPages(Path pages, int skip, int n) throws IOException {
        if (!Files.isDirectory(pages)) throw new IllegalArgumentException("no such folder: " + pages.toAbsolutePath());
        List<Article> read = new ArrayList<>();
        new Ingestion(ReaderRegistry.withHtml(new HtmlReader())).read(List.of(pages), read::add,
                e -> System.out.println("skipped: " + e.getMessage()));
        LanguageStage language = new LanguageStage(false);
        List<Article> out = new ArrayList<>();
        for (Article a : read) {
            Article x = language.process(a);
            if ("en".equals(x.language())) out.add(x);
        }
        return out.subList(Math.min(skip, out.size()), Math.min(out.size(), skip + n));
    }

    /** Bindings removed, re-attributed and added since {@code before}: counts, then all or a seeded sample of each. */
    private static void changes(List<Row> before, List<Row> now, int sample, long seed) {
        Map<String, Row> then = new HashMap<>();
        for (Row r : before) then.put(r.key(), r);
        Map<String, Row> after = new HashMap<>();
        for (Row r : now) after.put(r.key(), r);
        List<String> removed = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (Row r : before) {
            Row x = after.get(r.key());
            if (x == null) removed.add(r.show());
            else if (!x.entity().equals(r.entity())) changed.add(r.show() + "\n      now -> " + x.entity() + " (" + x.via() + ")");
        }
        for (Row r : now) {
            if (!then.containsKey(r.key())) added.add(r.show());
        }
        System.out.printf(Locale.ROOT, "bindings before %d, after %d: removed %d, re-attributed %d, added %d%n",
                before.size(), now.size(), removed.size(), changed.size(), added.size());
        print("removed", removed, sample, seed);
        print("re-attributed", changed, sample, seed);
        print("added", added, sample, seed);
    }

    private static void print(String what, List<String> lines, int sample, long seed) {
        List<String> l = new ArrayList<>(lines);
        if (l.size() > sample) {
            Collections.shuffle(l, new Random(seed));
            l = l.subList(0, sample);
        }
        System.out.println();
        System.out.println(what + (lines.size() > sample ? " (seeded sample of " + sample + ")" : "") + ":");
        int k = 0;
        for (String s : l) System.out.println(++k + ". " + s);
    }

    private static List<Row> read(Path file) throws IOException {
        List<Row> out = new ArrayList<>();
        int line = 0;
        for (String s : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            line++;
            String[] f = s.split("\t", -1);
            if (f.length != 8) throw new IOException(file + ": line " + line + ": expected 8 TAB-separated fields, got " + f.length);
            try {
                out.add(new Row(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3], f[4], f[5], f[6], f[7]));
            } catch (NumberFormatException e) {
                throw new IOException(file + ": line " + line + ": expected article, start and end as integers", e);
            }
        }
        return out;
    }

    private static Row row(int article, Article a, RoleBinding b) {
        String context = sentence(a, b.role(), true);
        if (b.anchor() != null) context += "  <= bound in: " + sentence(a, b.anchor(), false);
        if (b.via() == RoleBinding.Via.TABLE || b.via() == RoleBinding.Via.TABLE_ALONE) context += "  (dated " + a.metadata().date() + ")";
        return new Row(article, b.role().start(), b.role().end(), b.role().text(), b.entity(), b.office(), b.via().name(),
                context);
    }

    /** The sentence around {@code span} on one line, the span in [[ ]], cut to 200 characters each side. */
    private static String sentence(Article a, Span span, boolean mark) {
        String text = a.text();
        int from = Math.max(0, span.start() - 200);
        int to = Math.min(text.length(), span.end() + 200);
        for (Sentence s : a.sentences()) {
            if (s.start() <= span.start() && span.start() < s.end()) {
                from = Math.max(from, s.start());
                to = Math.min(to, Math.max(s.end(), span.end()));
            }
        }
        String open = mark ? "[[" : "{{";
        String close = mark ? "]]" : "}}";
        String s = text.substring(from, span.start()) + open + span.text() + close + text.substring(span.end(), to);
        return s.replace('\n', ' ').replace('\t', ' ');
    }
}
