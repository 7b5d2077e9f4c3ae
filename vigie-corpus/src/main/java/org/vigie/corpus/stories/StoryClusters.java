package org.vigie.corpus.stories;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;

/**
 * Story clusters: articles about the same event in different words. Each article becomes a unit
 * TF-IDF vector of word stems ({@link TermVectors}); it joins the story of its nearest earlier
 * article (cosine, plus a bonus per shared entity) dated within a window of its own day, when that
 * score reaches the threshold, or starts a story. Stories therefore group articles per day and
 * link days as an event develops. Nearest-article rather than story-centroid similarity: on a
 * dense month a centroid drifts to the topic (every Covid-19 article joins one story).
 *
 * <p>Nearest-article linking alone is single-link clustering, which chains: A near B and B near C
 * made A, B, C one story though A and C share nothing (on 2020-05-20 of OrangeSum, Israeli
 * settlers, Khamenei and Khashoggi's children; Brazil's death toll, Trump on Beijing and chloroquine).
 * So a story must also be supported: the article joins only if linked (cosine at least
 * {@link StoryConfig#linkFloor()}) to a share ({@link StoryConfig#minShare()}) of the story's
 * members within the window of its own day; otherwise the next candidate story is tried, else it
 * starts one. Only recent members vote, so an event can still move on over days, and the test
 * is against members, not a centroid, so a drifted story is not joined on a topic word. The
 * entity bonus counts only above the same floor: shared names confirm a link, never make one.
 * Incremental: one pass, neighbours found through an inverted index of terms; the gate reuses
 * the cosines the postings gave (cost: the recent members of the candidate stories).
 *
 * <p>Limits, by design of a single pass: IDF is the corpus's as of each article's arrival (early
 * articles are weighed with few documents), and the assignment can depend on arrival order,
 * unlike reprint families. Reprints of one text would form a story by themselves: callers should
 * add one member per reprint family (e.g. the source). Articles of different languages never
 * share a story: their stems are not comparable (only names and cognates would match, and names
 * confirm a link, never make one). Thread-safe (serialised).
 */
public final class StoryClusters {

    /** Outcome of {@link #add}. */
    public record Assignment(String articleId, String storyId, boolean newStory, double score) {
    }

    private static final class StoryState {
        final String id;
        final Map<String, Double> centroid = new HashMap<>(); // sum of member unit vectors
        final Set<String> entities = new HashSet<>();
        final TreeMap<String, List<String>> days = new TreeMap<>();
        // Indices into StoryClusters.members by epoch day (null key: undated), for the gate's vote.
        final TreeMap<Long, List<Integer>> membersByDay = new TreeMap<>();
        final List<Integer> undated = new ArrayList<>();
        long firstDay = Long.MAX_VALUE;
        long lastDay = Long.MIN_VALUE;
        int size;

        StoryState(String id) {
            this.id = id;
        }
    }

    private static final String UNDATED = "undated";

    /**
     * The statistics and index of one language's articles: each language has its own document
     * frequencies (French "le" and English "the" are not counted together) and its own postings,
     * so articles are only compared with articles of their language.
     */
    private static final class Vocabulary {
        final Map<String, Integer> df = new HashMap<>();
        final Map<String, List<Integer>> postings = new HashMap<>();
        int docs;
    }

    private final StoryConfig config;
    private final TermAnalyses analyses;
    private final Map<String, Vocabulary> vocabularies = new HashMap<>();
    private final List<StoryState> stories = new ArrayList<>();
    private final Map<String, StoryState> byId = new HashMap<>();
    private final Map<String, StoryState> storyOfArticle = new HashMap<>();
    private final List<Member> members = new ArrayList<>();

    /** An added article: its unit vector, entities, day and story. */
    private record Member(Map<String, Double> vector, Set<String> entities, Long day, StoryState story) {
    }

    /** Clusters with {@code analyses} making each language's terms. */
    public StoryClusters(StoryConfig config, TermAnalyses analyses) {
        this.config = config;
        this.analyses = analyses;
    }

    public StoryClusters(StoryConfig config) {
        this(config, TermAnalyses.DEFAULT);
    }

    public StoryClusters() {
        this(StoryConfig.DEFAULT);
    }

    /** Adds an article (idempotent by id) and returns its story. */
    public synchronized Assignment add(Article a) {
        StoryState known = storyOfArticle.get(a.id());
        if (known != null) return new Assignment(a.id(), known.id, false, 0);
        Vocabulary voc = vocabularies.computeIfAbsent(TermAnalyses.key(a.language()), k -> new Vocabulary());
        Map<String, Integer> tf = TermVectors.counts(a, analyses.of(a.language()));
        voc.docs++;
        for (String t : tf.keySet()) voc.df.merge(t, 1, Integer::sum);
        Map<String, Double> vec = vector(tf, voc, config.topTerms());
        Set<String> ents = entities(a);
        Long day = day(a.metadata().date());

        // Nearest earlier article of the same language within the window, by accumulating dot products
        // over the postings of this article's terms (vectors are unit length: the sum is the cosine).
        Map<Integer, Double> dot = new HashMap<>();
        for (Map.Entry<String, Double> e : vec.entrySet()) {
            for (int j : voc.postings.getOrDefault(e.getKey(), List.of())) {
                Member mj = members.get(j);
                if (!near(mj.day, day)) continue;
                dot.merge(j, e.getValue() * mj.vector.get(e.getKey()), Double::sum);
            }
        }
        // Candidate stories, by their nearest member's score (ties: the earlier member).
        Map<StoryState, double[]> candidates = new HashMap<>(); // story -> {score, member index}
        for (Map.Entry<Integer, Double> e : dot.entrySet()) {
            Member mj = members.get(e.getKey());
            double score = score(e.getValue(), ents, mj.entities);
            if (score < config.minScore()) continue;
            double[] c = candidates.get(mj.story);
            if (c == null || score > c[0] || (score == c[0] && e.getKey() < c[1])) {
                candidates.put(mj.story, new double[]{score, e.getKey()});
            }
        }
        List<Map.Entry<StoryState, double[]>> ranked = new ArrayList<>(candidates.entrySet());
        ranked.sort(Comparator.comparingDouble((Map.Entry<StoryState, double[]> e) -> -e.getValue()[0])
                .thenComparingDouble(e -> e.getValue()[1]));
        StoryState best = null;
        double bestScore = 0;
        for (Map.Entry<StoryState, double[]> e : ranked) {
            if (supported(e.getKey(), dot, day)) {
                best = e.getKey();
                bestScore = e.getValue()[0];
                break;
            }
        }
        boolean isNew = best == null;
        StoryState s = isNew ? newStory(a.id()) : best;
        for (Map.Entry<String, Double> e : vec.entrySet()) {
            s.centroid.merge(e.getKey(), e.getValue(), Double::sum);
            voc.postings.computeIfAbsent(e.getKey(), k -> new ArrayList<>(2)).add(members.size());
        }
        (day == null ? s.undated : s.membersByDay.computeIfAbsent(day, k -> new ArrayList<>())).add(members.size());
        members.add(new Member(vec, ents, day, s));
        s.entities.addAll(ents);
        s.days.computeIfAbsent(day == null ? UNDATED : LocalDate.ofEpochDay(day).toString(), k -> new ArrayList<>())
                .add(a.id());
        if (day != null) {
            s.firstDay = Math.min(s.firstDay, day);
            s.lastDay = Math.max(s.lastDay, day);
        }
        s.size++;
        storyOfArticle.put(a.id(), s);
        return new Assignment(a.id(), s.id, isNew, isNew ? 0 : bestScore);
    }

    private StoryState newStory(String id) {
        StoryState s = new StoryState(id);
        stories.add(s);
        byId.put(id, s);
        return s;
    }

    /** The story of an article, or empty when unknown. */
    public synchronized Optional<String> storyId(String articleId) {
        StoryState s = storyOfArticle.get(articleId);
        return s == null ? Optional.empty() : Optional.of(s.id);
    }

    /** The article with its {@code story_id} filled when its story has other articles (corpus links kept). */
    public Article withStory(Article a) {
        Optional<Story> s = story(storyId(a.id()).orElse(""));
        String id = s.isPresent() && s.get().size() > 1 ? s.get().storyId() : null;
        return a.withCorpusLinks(a.reprintOf(), a.familyId(), id);
    }

    public synchronized Optional<Story> story(String storyId) {
        StoryState s = byId.get(storyId);
        return s == null ? Optional.empty() : Optional.of(view(s));
    }

    /** Stories with articles on {@code day} and at least {@code minSize} articles in all, largest first. */
    public synchronized List<Story> storiesOn(LocalDate day, int minSize) {
        String key = day.toString();
        List<Story> out = new ArrayList<>();
        for (StoryState s : stories) if (s.days.containsKey(key) && s.size >= minSize) out.add(view(s));
        out.sort(Comparator.comparingInt((Story st) -> st.days().get(key).size()).reversed()
                .thenComparing(Comparator.comparingInt(Story::size).reversed()));
        return out;
    }

    public synchronized int size() {
        return storyOfArticle.size();
    }

    public synchronized int storyCount() {
        return stories.size();
    }

    private Story view(StoryState s) {
        List<String> terms = s.centroid.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(8).map(Map.Entry::getKey).toList();
        TreeMap<String, List<String>> days = new TreeMap<>();
        s.days.forEach((d, ids) -> days.put(d, List.copyOf(ids)));
        return new Story(s.id, s.size, terms, days);
    }

    /** Unit TF-IDF vector of the heaviest terms: (1 + log tf) · log(1 + N / df), N and df of the article's language. */
    private static Map<String, Double> vector(Map<String, Integer> tf, Vocabulary voc, int topTerms) {
        List<Map.Entry<String, Double>> w = new ArrayList<>();
        for (Map.Entry<String, Integer> e : tf.entrySet()) {
            double idf = Math.log(1 + (double) voc.docs / voc.df.get(e.getKey()));
            w.add(Map.entry(e.getKey(), (1 + Math.log(e.getValue())) * idf));
        }
        w.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Double> out = new HashMap<>();
        double norm = 0;
        for (int i = 0; i < Math.min(topTerms, w.size()); i++) norm += w.get(i).getValue() * w.get(i).getValue();
        norm = Math.sqrt(norm);
        for (int i = 0; i < Math.min(topTerms, w.size()); i++) {
            out.put(w.get(i).getKey(), norm == 0 ? 0 : w.get(i).getValue() / norm);
        }
        return out;
    }

    /**
     * Nearest-article score: cosine plus the entity bonus, which only counts once the texts are
     * linked (cosine at least the link floor): names shared by unrelated articles (France, the
     * President) must not make a match alone.
     */
    private double score(double cosine, Set<String> ents, Set<String> other) {
        return cosine < config.linkFloor() ? cosine : cosine + bonus(ents, other);
    }

    /**
     * Second gate against chaining (A near B, B near C, A and C unrelated): the article must be
     * linked (cosine at least the link floor) to a share of the story's members dated within the
     * window of its own day, not only to its nearest one. Only recent members vote, so a story
     * can still move on as its event develops, and a story drifted to a whole topic (every
     * Covid-19 article) is not joined for a few close members. The cosines are those already
     * accumulated from the postings: no extra pass over the vectors.
     */
    private boolean supported(StoryState s, Map<Integer, Double> dot, Long day) {
        List<List<Integer>> voters = new ArrayList<>();
        voters.add(s.undated);
        voters.addAll((day == null ? s.membersByDay
                : s.membersByDay.subMap(day - config.windowDays(), true, day + config.windowDays(), true)).values());
        int recent = 0;
        int linked = 0;
        for (List<Integer> js : voters) {
            for (int j : js) {
                recent++;
                if (dot.getOrDefault(j, 0.0) >= config.linkFloor()) linked++;
            }
        }
        return linked >= config.minShare() * recent;
    }

    private double bonus(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String e : a) if (b.contains(e)) shared++;
        return Math.min(config.maxBonus(), shared * config.entityBonus());
    }

    private boolean near(Long a, Long b) {
        return a == null || b == null || Math.abs(a - b) <= config.windowDays();
    }

    private static Set<String> entities(Article a) {
        Set<String> out = new LinkedHashSet<>();
        for (Entity e : a.entities()) {
            out.add(e.entityId() != null ? e.entityId() : e.type() + ":" + e.canonical().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static Long day(String date) {
        if (date == null || date.length() < 10) return null;
        try {
            return LocalDate.parse(date.substring(0, 10)).toEpochDay();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
