package org.vigie.bench.ner;

import org.vigie.bench.gold.GoldFiles;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.Span;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.nlp.entities.Names;
import org.vigie.nlp.registry.EntityPipelines;

/**
 * Entity harness on the hand gold files (../shared/gold/**.gold.json):
 * <ul>
 *   <li><b>canonical entities</b>: an entity is right when its type and canonical name (case and
 *       accents folded) are a gold entity's; also scored on the name alone;</li>
 *   <li><b>alias resolution</b>: every occurrence in the text of a gold entity's mention strings
 *       ("M. Poutine", "le président russe", "Tyson"; any case) should overlap a mention of the
 *       predicted entity that stands for that gold entity (same canonical name). Recall = resolved
 *       occurrences / occurrences; precision = predicted mentions over some gold occurrence whose
 *       entity is the right one / predicted mentions over some gold occurrence (mentions over no
 *       gold string are not judged: the gold lists are not exhaustive).</li>
 * </ul>
 * Each article goes through the entity pipeline of its language (the gold's
 * {@code structure.language}; French when it gives none), as {@code vigie analyze} runs it.
 *
 * <p>args: [gold dir, default ../shared/gold] [shared root the gold's "sample" paths are relative to,
 * default the gold dir's parent]; {@code --french}: every article through the French pipeline, as
 * before English had its own (to measure what that did to English text); {@code --types
 * PER,LOC,ORG}: score only predicted entities of these types (a gold of those types does not list
 * MISC); {@code -v}: the differences. The English, German and Spanish gold is in vigie-nlp's test
 * resources ({@code vigie-nlp/src/test/resources/org/vigie/nlp/entities/english}, {@code german},
 * {@code spanish}: MIT and Apache-2.0 texts, see each folder's SOURCES.txt).
 */
public final class EntityEval {

    public static void main(String[] args) throws Exception {
        List<String> flags = new ArrayList<>(List.of(args));
        boolean verbose = flags.remove("-v");
        boolean frenchOnly = flags.remove("--french");
        Set<String> types = null;
        int t = flags.indexOf("--types");
        if (t >= 0) {
            if (t + 1 >= flags.size()) throw new IllegalArgumentException("--types needs a list such as PER,LOC,ORG");
            types = Set.of(flags.get(t + 1).split(","));
            flags.remove(t + 1);
            flags.remove(t);
        }
        args = flags.toArray(String[]::new);
        Path goldDir = Path.of(args.length > 0 ? args[0] : "../shared/gold");
        Path root = args.length > 1 ? Path.of(args[1]) : goldDir.toAbsolutePath().getParent();
        Pipeline pipeline = frenchOnly ? EntityPipelines.french() : EntityPipelines.byLanguage(null);
        System.out.println(frenchOnly ? "every article through the French pipeline" : "each article through its language's pipeline");
        Prf typed = new Prf();
        Prf named = new Prf();
        AliasScore alias = new AliasScore();
        List<GoldFiles.Gold> golds = GoldFiles.readAll(goldDir, GoldFiles.Texts.under(root));
        for (GoldFiles.Gold g : golds) {
            String language = g.json().path("structure").path("language").asText(null);
            Article a = pipeline.process(language == null ? g.article() : g.article().withLanguage(language, null));
            if (types != null) {
                Set<String> keep = types;
                a = a.withEntities(a.entities().stream().filter(e -> keep.contains(e.type().name())).toList());
            }
            Prf ft = new Prf();
            AliasScore fa = new AliasScore();
            canonical(g.json(), a, ft, named);
            aliases(g.json(), a, fa, verbose);
            typed.add(ft.tp, ft.predicted, ft.gold);
            alias.add(fa.tp, fa.predicted, fa.gold);
            alias.recallTp += fa.recallTp;
            System.out.printf(Locale.ROOT, "%-28s entities %s%n%-28s aliases  %s%n",
                    goldDir.relativize(g.file()), ft, "", fa);
            if (verbose) differences(g.json(), a);
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "%d gold files, micro-averaged%n", golds.size());
        System.out.println("canonical entities (type + name): " + typed);
        System.out.println("canonical entities (name only)  : " + named);
        System.out.println("alias resolution (occurrences)  : " + alias);
    }

    /** With -v: gold entities missed and entities the gold does not have. */
    private static void differences(JsonNode gold, Article a) {
        Set<String> goldTyped = new HashSet<>();
        for (JsonNode e : gold.path("entities")) goldTyped.add(e.path("type").asText() + ":" + e.path("canonical").asText());
        Set<String> pred = new HashSet<>();
        for (Entity e : a.entities()) pred.add(e.type() + ":" + e.canonical());
        for (String g : goldTyped) {
            if (pred.stream().noneMatch(p -> Names.fold(p).equals(Names.fold(g)))) System.out.println("    missed " + g);
        }
        for (Entity e : a.entities()) {
            String p = e.type() + ":" + e.canonical();
            if (goldTyped.stream().noneMatch(g -> Names.fold(g).equals(Names.fold(p)))) {
                System.out.println("    extra  " + p + " " + e.mentions().stream().map(Span::text).toList());
            }
        }
    }

    private static void canonical(JsonNode gold, Article a, Prf typed, Prf named) {
        Set<String> goldTyped = new HashSet<>();
        Set<String> goldNamed = new HashSet<>();
        for (JsonNode e : gold.path("entities")) {
            goldTyped.add(e.path("type").asText() + "|" + Names.fold(e.path("canonical").asText()));
            goldNamed.add(Names.fold(e.path("canonical").asText()));
        }
        Set<String> predTyped = new HashSet<>();
        Set<String> predNamed = new HashSet<>();
        for (Entity e : a.entities()) {
            predTyped.add(e.type() + "|" + Names.fold(e.canonical()));
            predNamed.add(Names.fold(e.canonical()));
        }
        typed.add(intersect(goldTyped, predTyped), predTyped.size(), goldTyped.size());
        named.add(intersect(goldNamed, predNamed), predNamed.size(), goldNamed.size());
    }

    private static void aliases(JsonNode gold, Article a, AliasScore prf, boolean verbose) {
        String lower = a.text().toLowerCase(Locale.ROOT);
        // gold occurrences: [start, end, gold entity index]
        List<int[]> occ = new ArrayList<>();
        List<String> goldNames = new ArrayList<>();
        for (JsonNode e : gold.path("entities")) {
            int gi = goldNames.size();
            goldNames.add(Names.fold(e.path("canonical").asText()));
            Set<String> strings = new HashSet<>();
            e.path("mentions").forEach(m -> strings.add(m.asText().toLowerCase(Locale.ROOT)));
            e.path("aliases_expected").forEach(m -> strings.add(m.asText().toLowerCase(Locale.ROOT)));
            for (String s : strings) {
                for (int i = lower.indexOf(s); i >= 0 && !s.isEmpty(); i = lower.indexOf(s, i + 1)) {
                    if (wordBoundary(lower, i, i + s.length())) occ.add(new int[] {i, i + s.length(), gi});
                }
            }
        }
        // "France" inside "Santé publique France" or "Île-de-France" is part of another gold name
        List<int[]> inside = new ArrayList<>();
        for (int[] o : occ) {
            for (int[] x : occ) {
                if (x[2] != o[2] && x[0] <= o[0] && o[1] <= x[1] && x[1] - x[0] > o[1] - o[0]) {
                    inside.add(o);
                    break;
                }
            }
        }
        occ.removeAll(inside);
        int resolved = 0;
        for (int[] o : occ) {
            Entity p = predictedFor(a, goldNames.get(o[2]));
            if (p != null && p.mentions().stream().anyMatch(m -> m.start() < o[1] && o[0] < m.end())) {
                resolved++;
            } else if (verbose) {
                System.out.println("    unresolved '" + a.text().substring(o[0], o[1]) + "' -> " + goldNames.get(o[2]));
            }
        }
        int judged = 0;
        int right = 0;
        for (Entity p : a.entities()) {
            int gi = goldNames.indexOf(Names.fold(p.canonical()));
            for (Span m : p.mentions()) {
                boolean over = false;
                boolean ok = false;
                for (int[] o : occ) {
                    if (m.start() < o[1] && o[0] < m.end()) {
                        over = true;
                        ok |= o[2] == gi;
                    }
                }
                if (over) {
                    judged++;
                    if (ok) right++;
                }
            }
        }
        prf.add(right, judged, 0);
        prf.recallTp += resolved;
        prf.gold += occ.size();
    }

    /** Precision and recall counted on different items: judged mentions vs gold occurrences. */
    static final class AliasScore extends Prf {
        int recallTp;

        @Override
        double r() {
            return gold == 0 ? 0 : (double) recallTp / gold;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (right mentions %d/%d judged; resolved %d/%d gold occurrences)",
                    p(), r(), f1(), tp, predicted, recallTp, gold);
        }
    }

    private static Entity predictedFor(Article a, String foldedCanonical) {
        for (Entity e : a.entities()) {
            if (Names.fold(e.canonical()).equals(foldedCanonical)) return e;
        }
        return null;
    }

    private static boolean wordBoundary(String s, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(s.charAt(start - 1)))
                && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)));
    }

    private static int intersect(Set<String> a, Set<String> b) {
        int n = 0;
        for (String s : a) {
            if (b.contains(s)) n++;
        }
        return n;
    }
}
