package org.vigie.bench.places;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.vigie.bench.BenchFiles;
import org.vigie.core.model.Article;
import org.vigie.core.model.CountryMentions;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Place;
import org.vigie.core.model.Span;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.nlp.places.Gazetteer;
import org.vigie.nlp.places.PlaceStage;
import org.vigie.nlp.registry.EntityPipelines;

/**
 * Places on real French news (OrangeSum): how many LOC mentions the place stage resolves
 * (coverage), by kind, the countries articles are about, the names left unresolved most often,
 * a seeded random sample of resolutions to judge by hand (no gold exists), and the stage's CPU
 * per article (the entity pipeline before it is not counted).
 * <pre>
 *   bench/run org.vigie.bench.places.PlaceEval [--data F] [--skip 0] [--n 1000] [--sample 100] [--seed 1]
 * </pre>
 */
public final class PlaceEval {

    private static final String USAGE = "PlaceEval [--data F] [--skip N] [--n N] [--sample K] [--seed S] [--unresolved K]";

    public static void main(String[] args) throws Exception {
        Map<String, String> o = BenchFiles.options(args, USAGE);
        Path data = BenchFiles.orangesum(o.get("data"));
        int skip = Integer.parseInt(o.getOrDefault("skip", "0"));
        int n = Integer.parseInt(o.getOrDefault("n", "1000"));
        int sample = Integer.parseInt(o.getOrDefault("sample", "100"));
        long seed = Long.parseLong(o.getOrDefault("seed", "1"));
        int unresolvedShown = Integer.parseInt(o.getOrDefault("unresolved", "40"));

        List<Article> articles = BenchFiles.orangesumRead(data, skip, n);
        Pipeline entities = EntityPipelines.french();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long t0 = cpu.getCurrentThreadCpuTime();
        Gazetteer gazetteer = Gazetteer.bundled();
        long loadNs = cpu.getCurrentThreadCpuTime() - t0;
        PlaceStage places = new PlaceStage(gazetteer, "fr");

        List<Article> read = new ArrayList<>();
        for (Article a : articles) read.add(entities.process(a.withLanguage("fr", 1.0)));
        // warm the stage up, then time it alone on the same articles
        for (Article a : read) places.process(a);
        long s0 = cpu.getCurrentThreadCpuTime();
        List<Article> out = new ArrayList<>();
        for (Article a : read) out.add(places.process(a));
        long stageNs = cpu.getCurrentThreadCpuTime() - s0;

        long locEntities = 0, locMentions = 0, resolvedEntities = 0, resolvedMentions = 0, withCountries = 0;
        Map<Place.Kind, Long> byKind = new HashMap<>();
        Map<String, Integer> articlesByCountry = new HashMap<>();
        Map<String, Integer> unresolved = new HashMap<>();
        List<String[]> resolutions = new ArrayList<>();
        for (Article a : out) {
            for (Entity e : a.entities()) {
                if (e.type() != EntityType.LOC) continue;
                locEntities++;
                locMentions += e.mentions().size();
                if (e.place() == null) {
                    unresolved.merge(e.canonical(), e.mentions().size(), Integer::sum);
                    continue;
                }
                resolvedEntities++;
                resolvedMentions += e.mentions().size();
                byKind.merge(e.place().kind(), (long) e.mentions().size(), Long::sum);
                resolutions.add(new String[]{e.canonical(), describe(e.place()), context(a, e.mentions().get(0)),
                        a.countries().stream().limit(4).map(c -> c.country() + ":" + c.mentions()).toList().toString()});
            }
            if (!a.countries().isEmpty()) withCountries++;
            for (CountryMentions c : a.countries()) articlesByCountry.merge(c.country(), 1, Integer::sum);
        }
        System.out.printf(Locale.ROOT, "%d OrangeSum articles (skip %d), %,d LOC entities, %,d LOC mentions%n", out.size(), skip, locEntities, locMentions);
        System.out.printf(Locale.ROOT, "coverage: %.1f %% of LOC mentions resolved (%,d), %.1f %% of LOC entities (%,d)%n",
                100.0 * resolvedMentions / Math.max(1, locMentions), resolvedMentions, 100.0 * resolvedEntities / Math.max(1, locEntities), resolvedEntities);
        System.out.println("resolved mentions by kind: " + byKind);
        System.out.printf(Locale.ROOT, "articles with at least one country: %d of %d (%.1f %%)%n", withCountries, out.size(), 100.0 * withCountries / Math.max(1, out.size()));
        System.out.println("\ntop countries (articles about them):");
        articlesByCountry.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(20).forEach(en ->
                System.out.printf(Locale.ROOT, "  %s %-22s %5d%n", en.getKey(), new Locale("", en.getKey()).getDisplayCountry(Locale.ENGLISH), en.getValue()));
        System.out.println("\nmost mentioned unresolved LOC names:");
        unresolved.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(unresolvedShown).forEach(en ->
                System.out.printf(Locale.ROOT, "  %5d  %s%n", en.getValue(), en.getKey()));
        System.out.printf(Locale.ROOT, "%ncost: gazetteer load %.0f ms CPU (once per JVM); place stage %.3f ms CPU per article (%d articles)%n",
                loadNs / 1e6, stageNs / 1e6 / Math.max(1, out.size()), out.size());
        Collections.shuffle(resolutions, new Random(seed));
        System.out.printf("%nsample of %d resolutions (seed %d) to judge by hand: name -> place | context | article countries%n",
                Math.min(sample, resolutions.size()), seed);
        for (int i = 0; i < Math.min(sample, resolutions.size()); i++) {
            String[] r = resolutions.get(i);
            System.out.printf(Locale.ROOT, "%3d. %s -> %s | %s | %s%n", i + 1, r[0], r[1], r[2], r[3]);
        }
    }

    static String describe(Place p) {
        StringBuilder b = new StringBuilder(p.kind().name().toLowerCase(Locale.ROOT));
        if (p.name() != null) b.append(' ').append(p.name());
        b.append(' ').append(p.country() == null ? "-" : p.country());
        if (p.geonamesId() != null) b.append(" #").append(p.geonamesId());
        return b.toString();
    }

    static String context(Article a, Span s) {
        int from = Math.max(0, s.start() - 60), to = Math.min(a.text().length(), s.end() + 60);
        return (a.text().substring(from, s.start()) + "[" + s.text() + "]" + a.text().substring(s.end(), to)).replace('\n', ' ');
    }

    private PlaceEval() {
    }
}
