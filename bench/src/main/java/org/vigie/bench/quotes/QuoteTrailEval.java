package org.vigie.bench.quotes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.vigie.bench.BenchFiles;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Signal;
import org.vigie.core.model.Span;
import org.vigie.core.model.Speaker;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.quotes.QuoteAppearance;
import org.vigie.corpus.quotes.QuoteRequest;
import org.vigie.corpus.quotes.QuoteSignals;
import org.vigie.corpus.quotes.QuoteTrail;
import org.vigie.corpus.quotes.QuoteTrailList;
import org.vigie.corpus.quotes.SameSpeaker;
import org.vigie.corpus.reprints.WordTokens;
import org.vigie.corpus.search.SearchRequest;
import org.vigie.nlp.quotes.QuoteStage;
import org.vigie.nlp.registry.EntityPipelines;

/**
 * Quotation trails and their two signals ({@code quote-altered}, {@code quote-reattributed}) on
 * real OrangeSum articles, analysed by the product's French entity and quotation stages, stored in a
 * scratch corpus: first the false-alarm rate on the real corpus itself (how many real quotations
 * get flagged, with a seeded sample to judge by hand), then synthetic copies of real quotations as
 * re-publishers make them, each a new article on another site a day or three later, holding the
 * quotation only: one word changed, two words changed, the speaker replaced by another named
 * person of the corpus (recall), and the quotation untouched under the speaker's surname only, or
 * shortened (a sentence or the end cut, an inner cut marked "(...)") (false alarms). Then the time
 * to build the trails of the corpus, cold, and with {@code --scale K} over K articles (the analysed
 * ones cloned under other sites and dates).
 */
public final class QuoteTrailEval {

    static final String USAGE = "QuoteTrailEval [--data F] [--n 800] [--copies 100] [--seed 7] [--sample 10] [--scale 0 [--index DIR]]";

    enum Kind { ALTER_ONE, ALTER_TWO, REATTRIBUTE, SURNAME_ONLY, SHORTENED }

    record Copy(Kind kind, Article article, String detail) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = BenchFiles.options(args, USAGE);
        Path data = BenchFiles.orangesum(o.get("data"));
        int n = Integer.parseInt(o.getOrDefault("n", "800"));
        int copies = Integer.parseInt(o.getOrDefault("copies", "100"));
        long seed = Long.parseLong(o.getOrDefault("seed", "7"));
        int sample = Integer.parseInt(o.getOrDefault("sample", "10"));
        int scale = Integer.parseInt(o.getOrDefault("scale", "0"));

        long t0 = System.nanoTime();
        Pipeline nlp = EntityPipelines.french().then(new QuoteStage());
        List<Article> real = new ArrayList<>();
        for (Article a : BenchFiles.orangesumRead(data, n)) {
            Metadata m = a.metadata();
            real.add(nlp.process(a.withLanguage("fr", null).withMetadata(new Metadata("https://actu.orange.fr/" + a.id(), null,
                    "actu.orange.fr", List.of(), m.date(), m.dateSource(), null, null))));
        }
        double analysed = (System.nanoTime() - t0) / 1e9;
        long direct = real.stream().flatMap(a -> a.quotes().stream()).filter(q -> q.kind() == Quote.Kind.DIRECT).count();
        System.out.printf(Locale.ROOT, "%d OrangeSum articles analysed (entities, quotations) in %.0f s: %d direct quotations%n",
                real.size(), analysed, direct);

        Path dir = Files.createTempDirectory("quote-trail-eval");
        try (Corpus corpus = Corpus.open(dir.resolve("data"))) {
            corpus.ingest(real);
            realCorpus(corpus, real, sample, seed);
            synthetic(corpus, real, copies, seed);
            if (scale > 0) scaled(o.containsKey("index") ? Path.of(o.get("index")) : dir.resolve("scaled"), real, scale);
            System.out.printf(Locale.ROOT, "%n(total %.0f s)%n", (System.nanoTime() - t0) / 1e9);
        } finally {
            BenchFiles.deleteTree(dir);
        }
    }

    /** The trails of the real corpus and what gets flagged in it. */
    static void realCorpus(Corpus corpus, List<Article> real, int sample, long seed) throws Exception {
        long t0 = System.nanoTime();
        QuoteTrailList l = corpus.quotes(new QuoteRequest(SearchRequest.builder("").build(), QuoteRequest.MAX_TOP, false));
        double took = (System.nanoTime() - t0) / 1e9;
        int appearances = 0;
        List<String> flagged = new ArrayList<>();
        Map<String, Integer> bySimilarity = new TreeMap<>();
        int altered = 0;
        int reattributed = 0;
        for (QuoteTrail t : l.trails()) {
            appearances += t.articles();
            for (QuoteAppearance a : t.appearances()) {
                if (a == t.first()) continue;
                bySimilarity.merge(String.format(Locale.ROOT, "%.1f", Math.floor(a.similarity() * 10) / 10), 1, Integer::sum);
                if (a.altered()) altered++;
                if (a.reattributed()) reattributed++;
                if (a.altered() || a.reattributed()) {
                    flagged.add(String.format(Locale.ROOT, "  %s%s%n    earliest (%s, %s): \u00ab %s \u00bb%n    this (%s): \u00ab %s \u00bb%n    changed: %s",
                            a.altered() ? "ALTERED " : "", a.reattributed() ? "REATTRIBUTED" : "", name(t.first().speaker()), t.first().date(),
                            cut(t.first().quote().text()), name(a.speaker()), cut(a.quote().text()),
                            a.changed().stream().map(Span::text).toList()));
                }
            }
        }
        long quotations = l.quotes();
        int articlesFlagged = 0;
        for (Article a : real) {
            if (corpus.compareQuotes(a).signals().stream().anyMatch(s -> s.kind().startsWith("quote-"))) articlesFlagged++;
        }
        System.out.printf(Locale.ROOT, "%nReal corpus: %d trails over %d appearances (%d direct quotations of 6+ words compared), built in %.2f s cold%n",
                l.total(), appearances, quotations, took);
        System.out.printf(Locale.ROOT, "  flagged: %d altered, %d reattributed appearances (%.2f %% of compared quotations); %d of %d articles (%.2f %%) get a quote-* signal%n",
                altered, reattributed, 100.0 * (altered + reattributed) / Math.max(1, quotations), articlesFlagged, real.size(),
                100.0 * articlesFlagged / Math.max(1, real.size()));
        System.out.println("  later appearances by similarity with the earliest: " + bySimilarity);
        Collections.shuffle(flagged, new Random(seed));
        System.out.printf(Locale.ROOT, "  a sample of %d flagged appearances (seed %d), to judge by hand:%n", Math.min(sample, flagged.size()), seed);
        for (String f : flagged.subList(0, Math.min(sample, flagged.size()))) System.out.println(f);
    }

    /** Synthetic copies of real quotations: recall of the two signals, false alarms on untouched and shortened copies. */
    static void synthetic(Corpus corpus, List<Article> real, int perKind, long seed) throws Exception {
        Random r = new Random(seed);
        List<Speaker> named = new ArrayList<>();
        for (Article a : real) {
            for (Quote q : a.quotes()) {
                if (q.speaker() != null && q.speaker().entityId() != null && named.stream().noneMatch(s -> s.entityId().equals(q.speaker().entityId()))) {
                    named.add(q.speaker());
                }
            }
        }
        // Candidates: a direct quotation of 10+ words in the body, attributed to a named speaker, in no trail, one per article.
        List<Article> sources = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        for (Article a : real) {
            for (Quote q : a.quotes()) {
                if (q.kind() != Quote.Kind.DIRECT || q.text().start() < a.bodyStart() || WordTokens.of(q.text().text()).size() < 10
                        || !SameSpeaker.named(q.speaker())) continue;
                // a quotation no other real article carries: the signals then measure the injected change alone
                if (corpus.quoteTrail(a.id() + "-" + q.text().start()).isPresent()) continue;
                sources.add(a);
                quotes.add(q);
                break;
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) order.add(i);
        Collections.shuffle(order, r);
        List<Copy> made = new ArrayList<>();
        int k = 0;
        for (Kind kind : Kind.values()) {
            int done = 0;
            while (done < perKind && k < order.size()) {
                int i = order.get(k++);
                Copy c = copy(kind, sources.get(i), quotes.get(i), named, r, made.size());
                if (c == null) continue;
                made.add(c);
                done++;
            }
        }
        corpus.ingest(made.stream().map(Copy::article).toList());
        Map<Kind, int[]> counts = new EnumMap<>(Kind.class); // {copies, altered fired, reattributed fired, altered evidence right}
        List<String> misses = new ArrayList<>();
        for (Copy c : made) {
            Article checked = corpus.compareQuotes(c.article());
            boolean alt = checked.signals().stream().anyMatch(s -> s.kind().equals(QuoteSignals.ALTERED));
            boolean re = checked.signals().stream().anyMatch(s -> s.kind().equals(QuoteSignals.REATTRIBUTED));
            int[] x = counts.computeIfAbsent(c.kind(), kk -> new int[4]);
            x[0]++;
            if (alt) x[1]++;
            if (re) x[2]++;
            if (alt && checked.signals().stream().filter(s -> s.kind().equals(QuoteSignals.ALTERED))
                    .flatMap(s -> s.evidence().stream()).anyMatch(e -> c.detail().contains(e.text()) || e.text().contains(c.detail()))) x[3]++;
            boolean expected = switch (c.kind()) {
                case ALTER_ONE, ALTER_TWO -> alt && !re;
                case REATTRIBUTE -> re && !alt;
                default -> !alt && !re;
            };
            if (!expected && misses.size() < 12) {
                misses.add("  " + c.kind() + " [" + c.detail() + "] " + cut(c.article().quotes().get(0).text().text()) + " -> "
                        + checked.signals().stream().filter(s -> s.kind().startsWith("quote-")).map(Signal::explanation).toList());
            }
        }
        System.out.printf(Locale.ROOT, "%nSynthetic copies of %d real quotations (10+ words, named speaker, in no real trail), one new article each:%n", made.size());
        for (Map.Entry<Kind, int[]> e : counts.entrySet()) {
            int[] x = e.getValue();
            System.out.printf(Locale.ROOT, "  %-13s %4d copies: quote-altered %5.1f %%, quote-reattributed %5.1f %%%s%n", e.getKey(), x[0],
                    100.0 * x[1] / x[0], 100.0 * x[2] / x[0],
                    e.getKey() == Kind.ALTER_ONE || e.getKey() == Kind.ALTER_TWO
                            ? String.format(Locale.ROOT, " (evidence names the changed word: %d of %d)", x[3], x[1]) : "");
        }
        int[] one = counts.getOrDefault(Kind.ALTER_ONE, new int[4]);
        int[] two = counts.getOrDefault(Kind.ALTER_TWO, new int[4]);
        int[] re = counts.getOrDefault(Kind.REATTRIBUTE, new int[4]);
        int[] sur = counts.getOrDefault(Kind.SURNAME_ONLY, new int[4]);
        int[] sh = counts.getOrDefault(Kind.SHORTENED, new int[4]);
        System.out.printf(Locale.ROOT, "  recall: altered %.3f (one word %.3f, two words %.3f), reattributed %.3f; false alarms on untouched and shortened copies %.3f%n",
                (double) (one[1] + two[1]) / Math.max(1, one[0] + two[0]), (double) one[1] / Math.max(1, one[0]), (double) two[1] / Math.max(1, two[0]),
                (double) re[2] / Math.max(1, re[0]),
                (double) (sur[1] + sur[2] + sh[1] + sh[2]) / Math.max(1, sur[0] + sh[0]));
        if (!misses.isEmpty()) {
            System.out.println("  misses and false alarms:");
            misses.forEach(System.out::println);
        }
    }

    /** A copy of {@code a}'s quotation {@code q} of the given kind, or null when it cannot be made. */
    static Copy copy(Kind kind, Article a, Quote q, List<Speaker> named, Random r, int index) {
        String words = q.text().text();
        WordTokens w = WordTokens.of(words);
        String copyWords = words;
        Speaker speaker = q.speaker();
        String detail = "";
        switch (kind) {
            case ALTER_ONE, ALTER_TWO -> {
                int changes = kind == Kind.ALTER_ONE ? 1 : 2;
                List<Integer> long4 = new ArrayList<>();
                for (int i = 1; i < w.size() - 1; i++) if (w.word(i).length() >= 4) long4.add(i);
                if (long4.size() < changes) return null;
                Collections.shuffle(long4, r);
                List<Integer> picked = new ArrayList<>(long4.subList(0, changes));
                picked.sort(Collections.reverseOrder());
                StringBuilder b = new StringBuilder(words);
                List<String> put = new ArrayList<>();
                for (int i : picked) {
                    String replacement = REPLACEMENTS.get(r.nextInt(REPLACEMENTS.size()));
                    if (WordTokens.normalize(replacement).equals(w.word(i))) replacement = "autrement";
                    b.replace(w.start(i), w.end(i), replacement);
                    put.add(replacement);
                }
                copyWords = b.toString();
                detail = String.join(" ", put);
            }
            case REATTRIBUTE -> {
                List<Speaker> others = named.stream().filter(s -> SameSpeaker.different(s, q.speaker())).toList();
                if (others.isEmpty()) return null;
                speaker = others.get(r.nextInt(others.size()));
                detail = speaker.canonical();
            }
            case SURNAME_ONLY -> {
                List<String> parts = List.of(q.speaker().canonical().strip().split("\\s+"));
                speaker = new Speaker(parts.get(parts.size() - 1), null);
                detail = speaker.canonical();
            }
            case SHORTENED -> {
                int sentence = words.indexOf(". ");
                if (sentence > 0 && sentence < words.length() - 40 && r.nextBoolean()) {
                    copyWords = words.substring(sentence + 2); // the first sentence cut
                    detail = "first sentence cut";
                } else if (w.size() >= 12 && r.nextBoolean()) {
                    copyWords = words.substring(0, w.end(3)) + " (...) " + words.substring(w.start(7)); // an inner cut, marked
                    detail = "inner cut (...)";
                } else {
                    copyWords = words.substring(0, w.end(w.size() * 2 / 3)); // the end cut
                    detail = "end cut";
                }
            }
        }
        String body = a.body().replace(words, copyWords);
        if (!body.contains(copyWords)) return null;
        LocalDate day = a.metadata().date() == null ? LocalDate.of(2020, 1, 1) : LocalDate.parse(a.metadata().date().substring(0, 10));
        String site = "copy-" + (index % 7) + ".example";
        Article c = Article.compose("Reprise : " + a.title(), a.standfirst(), List.of(body.split("\n")))
                .withLanguage("fr", null)
                .withMetadata(new Metadata("https://" + site + "/" + index, null, site, List.of(), day.plusDays(1 + index % 3).toString(),
                        "meta", null, null));
        int s = c.text().indexOf(copyWords, c.bodyStart());
        if (s < 0) return null;
        return new Copy(kind, c.withQuotes(List.of(new Quote(Quote.Kind.DIRECT, Span.of(c.text(), s, s + copyWords.length()), speaker, null, null))),
                detail);
    }

    static final List<String> REPLACEMENTS = List.of("jamais", "toujours", "absolument", "inacceptable", "formidable", "terroristes",
            "catastrophique", "mensonge", "victoire", "honte", "illégal", "dangereux");

    /** Trails over {@code k} articles: the analysed ones cloned under other sites and dates. */
    static void scaled(Path index, List<Article> real, int k) throws Exception {
        try (Corpus corpus = Corpus.open(index)) {
            List<Article> batch = new ArrayList<>();
            for (int i = (int) Math.min(corpus.count(), k); i < k; i++) { // a kept --index is filled once
                Article a = real.get(i % real.size());
                int round = i / real.size();
                Article c = round == 0 ? a : clone(a, round);
                batch.add(c);
                if (batch.size() == 2_000) {
                    corpus.ingest(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) corpus.ingest(batch);
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            QuoteTrailList l = corpus.quotes(new QuoteRequest(SearchRequest.builder("").build(), 20, false));
            double cold = (System.nanoTime() - t0) / 1e9;
            double coldCpu = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
            t0 = System.nanoTime();
            QuoteTrailList again = corpus.quotes(new QuoteRequest(SearchRequest.builder("Macron").build(), 20, false));
            double warm = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "%nScale: trails over %d articles (%d quotations compared): %d trails in %.2f s cold (read + build; %.2f s of CPU; load average %.1f), a filtered list on the same commit %.2f s (%d trails)%n",
                    corpus.count(), l.quotes(), l.total(), cold, coldCpu,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), warm, again.total());
        }
    }

    /** {@code a} as another site published it: its text with a marker line (a new id), its entities kept. */
    static Article clone(Article a, int round) {
        List<String> paragraphs = new ArrayList<>(List.of(a.body().split("\n")));
        paragraphs.add("Repris par le site " + round + ".");
        Article c = Article.compose(a.title(), a.standfirst(), paragraphs);
        if (!c.text().startsWith(a.text())) return a;
        LocalDate day = a.metadata().date() == null ? LocalDate.of(2020, 1, 1) : LocalDate.parse(a.metadata().date().substring(0, 10));
        String site = "site-" + round + ".example";
        // Its quotations: as many as the original has, over other sentences of its body at each
        // round, so that a text recurs in a few clones only and most quotations are distinct texts
        // (62 copies of each real quotation would leave about 2,000 texts to compare).
        List<Quote> quotes = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[^.!?\n]{40,400}[.!?]").matcher(c.text());
        List<int[]> sentences = new ArrayList<>();
        while (m.find()) if (m.start() >= c.bodyStart()) sentences.add(new int[]{m.start(), m.end()});
        for (int q = 0; q < a.quotes().size() && !sentences.isEmpty(); q++) {
            int[] sn = sentences.get((q * 7 + round) % sentences.size());
            quotes.add(new Quote(Quote.Kind.DIRECT, Span.of(c.text(), sn[0], sn[1]), a.quotes().get(q).speaker(), null, null));
        }
        return c.withLanguage("fr", null).withQuotes(quotes).withEntities(a.entities())
                .withMetadata(new Metadata("https://" + site + "/" + a.id(), null, site, List.of(), day.plusDays(round % 5).toString(), "meta", null, null));
    }

    static String name(Speaker s) {
        return s == null ? "unattributed" : s.canonical() != null ? s.canonical() : s.entityId();
    }

    static String cut(String s) {
        return s.length() <= 160 ? s : s.substring(0, 159) + "\u2026";
    }

}
