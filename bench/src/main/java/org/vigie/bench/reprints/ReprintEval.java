package org.vigie.bench.reprints;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.vigie.core.model.Article;
import org.vigie.corpus.reprints.Change;
import org.vigie.corpus.reprints.ReprintConfig;
import org.vigie.corpus.reprints.ReprintDiff;
import org.vigie.corpus.reprints.ReprintFamilies;
import org.vigie.corpus.reprints.ShingleSets;
import org.vigie.corpus.reprints.SourceRanking;
import org.vigie.corpus.reprints.WireReprint;
import org.vigie.corpus.reprints.WordTokens;

/**
 * Reprint-family evaluation on real French articles (OrangeSum): N originals, 1-3 republished
 * copies of each ({@link Republisher}), and for each original a real article on the same topic
 * (the one sharing the most rare capitalised words: names, places, organisations) as a
 * distractor. Everything is added in a random order. Reports pairwise family precision, recall,
 * F1, adjusted Rand index, source accuracy (dates known), change-kind accuracy and throughput.
 *
 * <p>Gold: an original and its copies form one family; OrangeSum's own exact duplicates
 * ({@code list_of_duplicates.txt}, groups whose article text is identical) are one family too.
 *
 * <pre>
 * bench/run-java.sh org.vigie.bench.reprints.ReprintEval [--data ../shared/corpora/orangesum/orangesum_parsed.jsonl.gz]
 *     [--duplicates ../shared/corpora/orangesum/list_of_duplicates.txt] [--originals 2000] [--seed 42]
 *     [--bands 42 --rows 3] [--jaccard 0.5 --containment 0.8]
 * </pre>
 */
public final class ReprintEval {

    public static void main(String[] args) throws Exception {
        Path data = Path.of("../shared/corpora/orangesum/orangesum_parsed.jsonl.gz");
        Path dups = null;
        int originals = 2000;
        long seed = 42;
        ReprintConfig config = ReprintConfig.DEFAULT;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--duplicates" -> dups = Path.of(args[++i]);
                case "--originals" -> originals = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--bands" -> config = config.withBanding(Integer.parseInt(args[++i]), config.rows());
                case "--rows" -> config = config.withBanding(config.bands(), Integer.parseInt(args[++i]));
                case "--jaccard" -> config = config.withThresholds(Double.parseDouble(args[++i]), config.minContainment());
                case "--containment" -> config = config.withThresholds(config.minJaccard(), Double.parseDouble(args[++i]));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (!Files.exists(data) && data.startsWith("..")) data = Path.of("..").resolve(data);
        if (dups == null) dups = data.resolveSibling("list_of_duplicates.txt");

        List<OrangeSumArticles.Doc> docs = OrangeSumArticles.load(data, Integer.MAX_VALUE);
        Map<String, Integer> byFile = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) byFile.put(docs.get(i).file(), i);
        int[] dupGroup = duplicateGroups(dups, docs, byFile);
        Random rnd = new Random(seed);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) order.add(i);
        Collections.shuffle(order, rnd);
        List<Integer> picked = order.subList(0, Math.min(originals, docs.size()));
        Set<Integer> pickedSet = new HashSet<>(picked);
        Map<Integer, Integer> distractor = distractors(docs, picked, pickedSet, dupGroup);

        // Corpus: items with gold family labels (the label of an original; duplicates share one).
        Republisher rep = new Republisher(rnd);
        List<Article> items = new ArrayList<>();
        List<Integer> gold = new ArrayList<>();
        List<Boolean> isReal = new ArrayList<>();
        Map<String, Set<Change.Kind>> expected = new HashMap<>();
        Map<String, Article> originalOf = new HashMap<>();
        Set<Integer> realAdded = new HashSet<>();
        int copies = 0;
        for (int o : picked) {
            Article orig = rep.original(withoutStandfirstSometimes(docs.get(o).article(), rnd),
                    rnd.nextBoolean() ? "afp.com" : "actu.orange.fr");
            items.add(orig);
            gold.add(dupGroup[o]);
            isReal.add(true);
            realAdded.add(o);
            int n = 1 + rnd.nextInt(3);
            for (int c = 0; c < n; c++) {
                Republisher.Copy copy = rep.copy(orig, docs.get(o).file() + "-copy" + c);
                items.add(copy.article());
                gold.add(dupGroup[o]);
                isReal.add(false);
                expected.put(copy.article().id(), copy.expected());
                originalOf.put(copy.article().id(), orig);
                copies++;
            }
        }
        int distractors = 0;
        for (int o : picked) {
            Integer d = distractor.get(o);
            if (d == null || !realAdded.add(d)) continue;
            items.add(rep.original(docs.get(d).article(), rep.site()));
            gold.add(dupGroup[d]);
            isReal.add(true);
            distractors++;
        }
        // Same-id items (identical texts) are one article for the store: keep the first.
        Map<String, Integer> firstOfId = new HashMap<>();
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) if (firstOfId.putIfAbsent(items.get(i).id(), i) == null) keep.add(i);
        System.out.printf(Locale.ROOT, "corpus: %d originals, %d copies, %d same-topic distractors, %d items (%d after merging identical texts)%n",
                picked.size(), copies, distractors, items.size(), keep.size());
        System.out.printf(Locale.ROOT, "config: k=%d, LSH %d bands x %d rows (S-curve threshold %.3f), accept J >= %.2f or containment >= %.2f (min %d shingles)%n",
                config.shingleSize(), config.bands(), config.rows(),
                org.vigie.corpus.reprints.LshIndex.threshold(config.bands(), config.rows()),
                config.minJaccard(), config.minContainment(), config.minShingles());

        Collections.shuffle(keep, rnd);
        ReprintFamilies fam = new ReprintFamilies(config, SourceRanking.defaults());
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime(), c0 = mx.getCurrentThreadCpuTime();
        for (int i : keep) fam.add(items.get(i));
        double secs = (System.nanoTime() - t0) / 1e9, cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
        long[] vc = fam.verificationCounts();
        System.out.printf(Locale.ROOT, "incremental add: %d articles in %.2f s wall, %.2f s CPU (%.0f articles/s per core), %d families; %d LSH candidate pairs verified, %d accepted%n",
                keep.size(), secs, cpu, keep.size() / cpu, fam.familyCount(), vc[0], vc[1]);

        Map<String, String> pred = fam.assignments();
        int[] predLabel = new int[keep.size()], goldLabel = new int[keep.size()];
        Map<String, Integer> predIds = new HashMap<>();
        for (int k = 0; k < keep.size(); k++) {
            int i = keep.get(k);
            predLabel[k] = predIds.computeIfAbsent(pred.get(items.get(i).id()), x -> predIds.size());
            goldLabel[k] = gold.get(i);
        }
        Scores s = Scores.of(goldLabel, predLabel);
        System.out.printf(Locale.ROOT, "%npairwise: precision %.4f recall %.4f F1 %.4f (gold pairs %d, predicted pairs %d, correct %d)%n",
                s.precision(), s.recall(), s.f1(), s.goldPairs(), s.predPairs(), s.truePairs());
        System.out.printf(Locale.ROOT, "adjusted Rand index: %.4f%n", s.ari());
        errors(items, keep, goldLabel, predLabel, isReal, fam.config());

        // Order independence: a second, differently shuffled run gives the same partition.
        Collections.shuffle(keep, new Random(seed + 1));
        ReprintFamilies again = new ReprintFamilies(config, SourceRanking.defaults());
        for (int i : keep) again.add(items.get(i));
        System.out.printf(Locale.ROOT, "same families in another insertion order: %s%n",
                partition(fam.assignments()).equals(partition(again.assignments())));

        sourceAccuracy(items, gold, isReal, fam);
        changeAccuracy(expected, originalOf, items);
        wireReprints(expected, originalOf, items, keep, isReal, fam);
    }

    /**
     * The wire-reprint signal ({@link WireReprint}) on the same corpus. Gold, from how each copy was
     * made, not from shingles: a copy is a wire reprint when its original was published by afp.com
     * (a listed agency; the other originals are actu.orange.fr) and at least 90 % of the copy's
     * standfirst and body words are words of the original's (as a multiset: typos and added junk
     * count against it). Prints precision and recall over the copies, firings on the real articles
     * (originals and distractors, which should not fire unless OrangeSum itself holds a copy), and
     * how often a changed standfirst or headline is among the evidence (and an unchanged headline,
     * which should never be).
     */
    private static void wireReprints(Map<String, Set<Change.Kind>> expected, Map<String, Article> originalOf, List<Article> items,
            List<Integer> keep, List<Boolean> isReal, ReprintFamilies fam) {
        int tp = 0, fp = 0, fn = 0, realFired = 0, standfirsts = 0, standfirstShown = 0, headlines = 0, headlineShown = 0,
                sameHeadline = 0, sameHeadlineShown = 0;
        List<String> misses = new ArrayList<>();
        for (int i : keep) {
            Article a = items.get(i);
            var signal = fam.withLinks(a).signals().stream().filter(x -> x.kind().equals(WireReprint.KIND)).findFirst();
            if (isReal.get(i)) {
                if (signal.isPresent() && realFired++ < 5) {
                    String source = fam.provenance(a.id()).sourceId();
                    Article s = items.stream().filter(x -> x.id().equals(source)).findFirst().orElseThrow();
                    misses.add(String.format(Locale.ROOT, "real article fired (%s, word share %.2f of the source): «%s» copies «%s» (%s)",
                            signal.get().explanation(), wordShare(a, s), a.title(), s.title(), s.metadata().site()));
                }
                continue;
            }
            Article orig = originalOf.get(a.id());
            boolean gold = "afp.com".equals(orig.metadata().site()) && wordShare(a, orig) >= 0.9;
            if (signal.isPresent() && gold) tp++;
            else if (signal.isPresent()) fp++;
            else if (gold) {
                fn++;
                if (misses.size() < 5) misses.add(String.format(Locale.ROOT, "word share %.2f, signal share %s, changes %s",
                        wordShare(a, orig), fam.provenance(a.id()) == null ? "- (source " + fam.familyId(a.id()).flatMap(fam::sourceOf)
                                .map(x -> x.equals(orig.id()) ? "the original" : "another member").orElse("none") + ")"
                                : String.format(Locale.ROOT, "%.2f", WireReprint.share(a, fam.provenance(a.id()))), expected.get(a.id())));
            }
            Set<Change.Kind> made = expected.get(a.id());
            if (signal.isPresent() && (made.contains(Change.Kind.STANDFIRST_ADDED) || made.contains(Change.Kind.STANDFIRST_CHANGED))) {
                standfirsts++;
                if (signal.get().evidence().stream().anyMatch(e -> e.text().equals(a.standfirst()))) standfirstShown++;
            }
            if (signal.isPresent()) {
                boolean shown = signal.get().evidence().stream().anyMatch(e -> e.start() < a.title().length());
                if (made.contains(Change.Kind.HEADLINE_CHANGED)) {
                    headlines++;
                    if (shown) headlineShown++;
                } else {
                    sameHeadline++;
                    if (shown) sameHeadlineShown++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%nwire-reprint signal over the copies: precision %.4f recall %.4f (tp %d, fp %d, fn %d);"
                        + " firings on real articles %d; a new standfirst among the evidence %d / %d;"
                        + " a changed headline among the evidence %d / %d, an unchanged one %d / %d%n",
                tp + fp == 0 ? 1.0 : (double) tp / (tp + fp), tp + fn == 0 ? 1.0 : (double) tp / (tp + fn), tp, fp, fn, realFired,
                standfirstShown, standfirsts, headlineShown, headlines, sameHeadlineShown, sameHeadline);
        for (String m : misses) System.out.println("  " + (m.startsWith("real") ? m : "missed: " + m));
    }

    /** Share of the copy's standfirst and body words that are the original's (multiset). */
    private static double wordShare(Article copy, Article original) {
        Map<String, Integer> left = new HashMap<>();
        for (String w : bodyWords(original)) left.merge(w, 1, Integer::sum);
        List<String> words = bodyWords(copy);
        int kept = 0;
        for (String w : words) {
            Integer n = left.get(w);
            if (n != null && n > 0) {
                kept++;
                left.put(w, n - 1);
            }
        }
        return words.isEmpty() ? 0 : (double) kept / words.size();
    }

    private static List<String> bodyWords(Article a) {
        int from = a.standfirst() != null ? a.text().indexOf(a.standfirst(), a.title().length()) : a.bodyStart();
        return WordTokens.of(a.text(), Math.max(0, from), a.text().length()).words();
    }

    /** Families as sets of article ids, independent of family ids. */
    private static Set<Set<String>> partition(Map<String, String> assignments) {
        Map<String, Set<String>> m = new HashMap<>();
        assignments.forEach((id, f) -> m.computeIfAbsent(f, x -> new HashSet<>()).add(id));
        return new HashSet<>(m.values());
    }

    /** Source accuracy over gold families with copies whose real members have dates. */
    private static void sourceAccuracy(List<Article> items, List<Integer> gold, List<Boolean> isReal, ReprintFamilies fam) {
        Map<Integer, List<Integer>> byGold = new HashMap<>();
        for (int i = 0; i < items.size(); i++) byGold.computeIfAbsent(gold.get(i), x -> new ArrayList<>()).add(i);
        int total = 0, right = 0, tieTotal = 0, tieRight = 0;
        for (List<Integer> members : byGold.values()) {
            if (members.size() < 2) continue;
            String earliest = null;
            for (int i : members) {
                if (!isReal.get(i)) continue;
                String d = items.get(i).metadata().date();
                if (d != null && (earliest == null || d.compareTo(earliest) < 0)) earliest = d;
            }
            if (earliest == null || members.stream().noneMatch(i -> !isReal.get(i))) continue;
            Set<String> correct = new HashSet<>();
            boolean tie = false;
            for (int i : members) {
                String d = items.get(i).metadata().date();
                if (isReal.get(i) && earliest.equals(d)) correct.add(items.get(i).id());
                if (!isReal.get(i) && d != null && earliest.substring(0, 10).equals(d.substring(0, 10))) tie = true;
            }
            String anyReal = correct.iterator().next();
            String predicted = fam.familyId(anyReal).flatMap(fam::sourceOf).orElse(null);
            boolean ok = correct.contains(predicted);
            total++;
            if (ok) right++;
            if (tie) {
                tieTotal++;
                if (ok) tieRight++;
            }
        }
        System.out.printf(Locale.ROOT, "%nsource accuracy (dates known): %d / %d = %.4f; of which copies dated the same day as the original: %d / %d = %.4f%n",
                right, total, (double) right / total, tieRight, tieTotal, tieTotal == 0 ? 1.0 : (double) tieRight / tieTotal);
    }

    /** Share of copies whose reported change kinds are exactly those applied. */
    private static void changeAccuracy(Map<String, Set<Change.Kind>> expected, Map<String, Article> originalOf, List<Article> items) {
        int total = 0, exact = 0;
        Map<Change.Kind, int[]> perKind = new HashMap<>(); // {expected, found, spurious}
        for (Article a : items) {
            Set<Change.Kind> exp = expected.get(a.id());
            if (exp == null) continue;
            Set<Change.Kind> got = EnumSet.noneOf(Change.Kind.class);
            for (Change c : ReprintDiff.diff(originalOf.get(a.id()), a)) got.add(c.kind());
            total++;
            if (got.equals(exp)) exact++;
            for (Change.Kind k : Change.Kind.values()) {
                int[] v = perKind.computeIfAbsent(k, x -> new int[3]);
                if (exp.contains(k)) v[0]++;
                if (exp.contains(k) && got.contains(k)) v[1]++;
                if (!exp.contains(k) && got.contains(k)) v[2]++;
            }
        }
        System.out.printf(Locale.ROOT, "change kinds reported exactly as applied: %d / %d = %.4f%n", exact, total, (double) exact / total);
        for (Change.Kind k : Change.Kind.values()) {
            int[] v = perKind.get(k);
            if (v == null) continue;
            System.out.printf(Locale.ROOT, "  %-18s applied %5d, found %5d, reported without being applied %4d%n",
                    k.json(), v[0], v[1], v[2]);
        }
    }

    /** Prints a few wrong pairs of each sort, with their exact similarities, for diagnosis. */
    private static void errors(List<Article> items, List<Integer> keep, int[] gold, int[] pred, List<Boolean> isReal,
                               ReprintConfig config) {
        org.vigie.corpus.reprints.Fingerprinter fp = new org.vigie.corpus.reprints.Fingerprinter(config);
        Map<Integer, List<Integer>> byGold = new HashMap<>(), byPred = new HashMap<>();
        for (int k = 0; k < keep.size(); k++) {
            byGold.computeIfAbsent(gold[k], x -> new ArrayList<>()).add(k);
            byPred.computeIfAbsent(pred[k], x -> new ArrayList<>()).add(k);
        }
        int shownFn = 0, shownFp = 0, fnReal = 0, fpReal = 0;
        for (List<Integer> g : byGold.values()) {
            for (int x = 0; x < g.size(); x++) for (int y = x + 1; y < g.size(); y++) {
                int a = g.get(x), b = g.get(y);
                if (pred[a] == pred[b]) continue;
                if (isReal.get(keep.get(a)) && isReal.get(keep.get(b))) fnReal++;
                if (shownFn++ < 5) show("missed", items.get(keep.get(a)), items.get(keep.get(b)), fp);
            }
        }
        for (List<Integer> p : byPred.values()) {
            for (int x = 0; x < p.size(); x++) for (int y = x + 1; y < p.size(); y++) {
                int a = p.get(x), b = p.get(y);
                if (gold[a] == gold[b]) continue;
                if (isReal.get(keep.get(a)) && isReal.get(keep.get(b))) fpReal++;
                if (shownFp++ < 5) show("wrongly joined", items.get(keep.get(a)), items.get(keep.get(b)), fp);
            }
        }
        System.out.printf(Locale.ROOT, "missed pairs %d (%d between two real articles), wrongly joined pairs %d (%d between two real articles)%n",
                shownFn, fnReal, shownFp, fpReal);
    }

    private static void show(String what, Article a, Article b, org.vigie.corpus.reprints.Fingerprinter fp) {
        int[] x = fp.shingles(a), y = fp.shingles(b);
        System.out.printf(Locale.ROOT, "  %s: %s | %s  J=%.3f C=%.3f sizes %d/%d%n    %.90s%n    %.90s%n", what, a.sourceId(), b.sourceId(),
                ShingleSets.jaccard(x, y), ShingleSets.containment(x, y), x.length, y.length, a.title(), b.title());
    }

    /** A third of originals are used without their standfirst, so copies can add one. */
    private static Article withoutStandfirstSometimes(Article a, Random rnd) {
        if (a.standfirst() == null || rnd.nextInt(3) != 0) return a;
        List<String> paras = new ArrayList<>();
        for (var s : a.paragraphs()) paras.add(a.text().substring(s.start(), s.end()));
        return Article.compose(a.title(), null, paras).withSourceId(a.sourceId()).withMetadata(a.metadata());
    }

    /** Gold group per document: its own index, or the first index of its identical-text duplicate group. */
    private static int[] duplicateGroups(Path file, List<OrangeSumArticles.Doc> docs, Map<String, Integer> byFile) throws IOException {
        int[] g = new int[docs.size()];
        for (int i = 0; i < g.length; i++) g[i] = i;
        if (!Files.exists(file)) {
            System.out.println("no duplicate list at " + file + ": gold ignores real duplicates");
            return g;
        }
        int groups = 0, joined = 0;
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) continue;
            List<Integer> ids = new ArrayList<>();
            for (String f : line.split(",")) {
                Integer i = byFile.get(f.strip());
                if (i != null) ids.add(i);
            }
            // The list groups identical articles, headings or titles; only identical texts are copies.
            for (int x = 0; x < ids.size(); x++) {
                for (int y = 0; y < x; y++) {
                    String bx = docs.get(ids.get(x)).article().body(), by = docs.get(ids.get(y)).article().body();
                    if (!bx.isEmpty() && bx.equals(by)) {
                        relabel(g, g[ids.get(x)], g[ids.get(y)]);
                        joined++;
                        break;
                    }
                }
            }
            groups++;
        }
        System.out.printf(Locale.ROOT, "duplicate list: %d groups, %d documents joined to an identical-body duplicate%n", groups, joined);
        return g;
    }

    private static void relabel(int[] g, int from, int to) {
        if (from == to) return;
        for (int i = 0; i < g.length; i++) if (g[i] == from) g[i] = to;
    }

    /** For each original, the non-picked real article sharing the most rare capitalised words. */
    private static Map<Integer, Integer> distractors(List<OrangeSumArticles.Doc> docs, List<Integer> picked, Set<Integer> pickedSet,
                                                     int[] dupGroup) {
        List<Set<String>> keys = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (OrangeSumArticles.Doc d : docs) {
            Set<String> k = capitalised(d.article().text());
            keys.add(k);
            for (String w : k) df.merge(w, 1, Integer::sum);
        }
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            for (String w : keys.get(i)) if (df.get(w) <= 300) index.computeIfAbsent(w, x -> new ArrayList<>()).add(i);
        }
        Map<Integer, Integer> out = new HashMap<>();
        org.vigie.corpus.reprints.Fingerprinter fp = new org.vigie.corpus.reprints.Fingerprinter(ReprintConfig.DEFAULT);
        int revisions = 0;
        for (int o : picked) {
            Map<Integer, Double> score = new HashMap<>();
            for (String w : keys.get(o)) {
                List<Integer> post = index.get(w);
                if (post == null) continue;
                double idf = Math.log((double) docs.size() / df.get(w));
                for (int j : post) {
                    if (j != o && !pickedSet.contains(j) && dupGroup[j] != dupGroup[o]) score.merge(j, idf, Double::sum);
                }
            }
            // Most shared rare names first; a candidate that shares half its text with the original
            // is a revision of the same dispatch, not a different article.
            List<Map.Entry<Integer, Double>> ranked = new ArrayList<>(score.entrySet());
            ranked.sort(Map.Entry.<Integer, Double>comparingByValue().reversed());
            int[] so = fp.shingles(docs.get(o).article());
            for (Map.Entry<Integer, Double> e : ranked) {
                if (ShingleSets.containment(so, fp.shingles(docs.get(e.getKey()).article())) < 0.5) {
                    out.put(o, e.getKey());
                    break;
                }
                revisions++;
            }
        }
        System.out.printf(Locale.ROOT, "distractors: %d same-topic candidates skipped as revisions of the original (containment >= 0.5)%n",
                revisions);
        return out;
    }

    private static Set<String> capitalised(String text) {
        Set<String> out = new HashSet<>();
        WordTokens w = WordTokens.of(text);
        for (int i = 0; i < w.size(); i++) {
            char c = text.charAt(w.start(i));
            if (Character.isUpperCase(c) && w.end(i) - w.start(i) >= 4) out.add(w.word(i));
        }
        return out;
    }
}
