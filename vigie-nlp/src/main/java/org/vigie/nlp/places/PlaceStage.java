package org.vigie.nlp.places;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.vigie.core.model.Article;
import org.vigie.core.model.CountryMentions;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Place;
import org.vigie.core.model.Section;
import org.vigie.core.model.Sentence;
import org.vigie.core.model.Span;
import org.vigie.core.model.Token;
import org.vigie.core.pipeline.Stage;
import org.vigie.nlp.entities.Names;

/**
 * Resolves place entities to where they are, and lists the countries an article is about. One
 * job: it reads the entity layer (after entity ids) and the token layer, and adds
 * {@link Entity#place()} to the LOC entities it resolves with confidence and
 * {@link Article#countries()}.
 *
 * <p>A LOC entity's name (its canonical name, else one of its mentions, a leading article dropped)
 * is looked up folded in the {@link Gazetteer}. Its candidates are narrowed by the <em>evidence</em>
 * of the article: the countries it names otherwise (its other places whose every candidate lies in
 * one country, and its nationality words: "russe", "Russian"), strong when named at least
 * {@value #STRONG_MENTIONS} times or in a section (title, standfirst, paragraph) that names the
 * entity too ("Paris, Texas"), weak otherwise. Then:
 * <ul>
 *   <li>a name of place-names.tsv takes its first listed place whose country the evidence names
 *       (strong, then weak), else its first listed place;</li>
 *   <li>a country's name is the country, unless strong evidence names the country of another
 *       candidate and nothing names this one ("Georgia" among Atlanta and the United States);</li>
 *   <li>cities and regions of the strongly named countries, else all: in one country the most
 *       populous city, else the region; in several the most populous city when it has at least
 *       {@value #DOMINANCE} times the people of any other candidate (a region of another country
 *       counts as {@value #REGION_WEIGHT} people), unless it is a town of fewer than
 *       {@value #SMALL_TOWN} people in a country the article names nowhere else; else those of a
 *       weakly named country; else nothing: an ambiguous name is never guessed.</li>
 * </ul>
 * Among cities, those in a first-order division the article names ("Burlington, dans le
 * Vermont") come first. In French, a name after an article ("le Salvador", "au Texas") is no
 * city: cities take none.
 * "Paris" is the French capital (2.1 million people against 25,000 for Paris, Texas) unless the
 * article names the United States strongly ("Paris, Texas") and not France. Thread-safe.
 */
public final class PlaceStage implements Stage {

    /** How many times more people a city needs than every other candidate to be taken on population alone. */
    static final int DOMINANCE = 5;
    /** Below this many people, a city whose country the article names nowhere else is not taken. */
    static final long SMALL_TOWN = 50_000;
    /** How many mentions elsewhere make a country strong evidence wherever they are. */
    static final int STRONG_MENTIONS = 2;
    /** What a region of another country weighs against a city, in people: a first-order division is large. */
    static final long REGION_WEIGHT = 1_000_000;

    private static final Set<String> LEADING_ARTICLES = Set.of("le", "la", "les", "l'", "the", "der", "die", "das", "el", "los", "las");

    private final Supplier<Gazetteer> gazetteer;
    private final String language;

    /** @param language the language whose country names and nationality words are read (fr, en, de, es) */
    public PlaceStage(Gazetteer gazetteer, String language) {
        this(() -> gazetteer, language);
    }

    /** The bundled gazetteer, loaded on the first article (a run with no NLP never reads it). */
    public PlaceStage(String language) {
        this(Gazetteer::bundled, language);
    }

    private PlaceStage(Supplier<Gazetteer> gazetteer, String language) {
        this.gazetteer = gazetteer;
        this.language = language;
    }

    @Override
    public String name() {
        return "places";
    }

    /** An entity's candidates, with what it says of the article's countries before it is resolved. */
    private record Lookup(Entity entity, List<Gazetteer.Candidate> candidates, boolean listed, String evidenceCountry) {
    }

    @Override
    public Article process(Article article) {
        List<Lookup> lookups = new ArrayList<>();
        // country -> the offsets of what names it: unambiguous places and nationality words
        Map<String, List<Integer>> evidence = new HashMap<>();
        for (Entity e : article.entities()) {
            if (e.type() != EntityType.LOC || e.mentions().stream().allMatch(m -> channel(article, m))) continue;
            Lookup l = lookup(e);
            if (l == null) continue;
            if (!l.listed && language.equals("fr") && afterArticle(article, e)) l = withoutCities(l);
            if (l == null) continue;
            lookups.add(l);
            if (l.evidenceCountry != null) {
                for (Span s : e.mentions()) evidence.computeIfAbsent(l.evidenceCountry, k -> new ArrayList<>()).add(s.start());
            }
        }
        // first-order divisions the article names without ambiguity ("Vermont", "Texas"): a city
        // of several in one country is the one in a named division (Burlington, Vermont)
        Set<String> divisions = new HashSet<>();
        for (Lookup l : lookups) {
            String d = l.candidates.get(0).admin1();
            if (d != null && l.candidates.get(0).place().kind() == Place.Kind.REGION
                    && l.candidates.stream().allMatch(x -> d.equals(x.admin1()))) {
                divisions.add(d);
            }
        }
        BitSet placeChars = new BitSet(article.text().length());
        for (Lookup l : lookups) {
            for (Span s : l.entity.mentions()) placeChars.set(s.start(), s.end());
        }
        Map<String, List<Integer>> nationalityWords = nationalityWords(article, placeChars);
        nationalityWords.forEach((code, at) -> evidence.computeIfAbsent(code, k -> new ArrayList<>()).addAll(at));
        // per country, how many evidence mentions each section holds: one pass, so that reading
        // the evidence for each entity does not rescan the article (long pages stay linear)
        Map<String, Map<Integer, Integer>> bySection = new HashMap<>();
        evidence.forEach((code, at) -> {
            Map<Integer, Integer> m = new HashMap<>();
            for (int start : at) m.merge(section(article, start), 1, Integer::sum);
            bySection.put(code, m);
        });

        Map<Entity, Place> resolved = new HashMap<>();
        for (Lookup l : lookups) {
            // the entity's own mentions are evidence only for its own unambiguous country
            Map<Integer, Integer> ownBySection = new HashMap<>();
            for (Span s : l.entity.mentions()) ownBySection.merge(section(article, s.start()), 1, Integer::sum);
            Set<String> strong = new HashSet<>();
            Set<String> weak = new HashSet<>();
            evidence.forEach((code, at) -> {
                boolean self = code.equals(l.evidenceCountry);
                int others = at.size() - (self ? l.entity.mentions().size() : 0);
                if (others <= 0) return;
                weak.add(code);
                boolean near = false;
                Map<Integer, Integer> sections = bySection.get(code);
                for (Map.Entry<Integer, Integer> own : ownBySection.entrySet()) {
                    int there = sections.getOrDefault(own.getKey(), 0) - (self ? own.getValue() : 0);
                    if (there > 0) {
                        near = true;
                        break;
                    }
                }
                if (others >= STRONG_MENTIONS || near) strong.add(code);
            });
            Place p = resolve(l, strong, weak, divisions);
            if (p != null) resolved.put(l.entity, p);
        }
        if (resolved.isEmpty() && nationalityWords.isEmpty()) return article;

        List<Entity> entities = new ArrayList<>(article.entities().size());
        Map<String, int[]> counts = new HashMap<>(); // code -> {mentions, first offset}
        for (Entity e : article.entities()) {
            Place p = resolved.get(e);
            entities.add(p == null ? e : e.withPlace(p));
            if (p != null && p.country() != null) {
                for (Span s : e.mentions()) {
                    if (!channel(article, s)) count(counts, p.country(), s.start());
                }
            }
        }
        nationalityWords.forEach((code, at) -> at.forEach(start -> count(counts, code, start)));
        List<String> codes = new ArrayList<>(counts.keySet());
        codes.sort(Comparator.<String>comparingInt(c -> -counts.get(c)[0]).thenComparingInt(c -> counts.get(c)[1]));
        List<CountryMentions> countries = codes.stream().map(c -> new CountryMentions(c, counts.get(c)[0])).toList();
        return article.withEntities(entities).withCountries(countries);
    }

    /** French articles before a place name: "le Salvador", "la Géorgie", "au Texas"; a city takes none ("à Paris"). */
    private static final Set<String> FRENCH_ARTICLES = Set.of("le", "la", "les", "l'", "l’", "du", "au", "aux", "des");

    /** Whether a mention of {@code e} follows a French article ("le Salvador"): then it names no city. */
    static boolean afterArticle(Article article, Entity e) {
        String t = article.text();
        for (Span m : e.mentions()) {
            int end = m.start();
            if (end > 0 && (t.charAt(end - 1) == '\'' || t.charAt(end - 1) == '\u2019')) {
                int s = end - 1;
                while (s > 0 && Character.isLetter(t.charAt(s - 1))) s--;
                if (t.substring(s, end - 1).equalsIgnoreCase("l")) return true;
                continue;
            }
            if (end < 2 || t.charAt(end - 1) != ' ') continue;
            int s = end - 1;
            while (s > 0 && Character.isLetter(t.charAt(s - 1))) s--;
            if (FRENCH_ARTICLES.contains(t.substring(s, end - 1).toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** The lookup without its city candidates; null when none is left. */
    private static Lookup withoutCities(Lookup l) {
        List<Gazetteer.Candidate> c = l.candidates.stream().filter(x -> x.place().kind() != Place.Kind.CITY).toList();
        if (c.isEmpty()) return null;
        String only = c.get(0).place().country();
        for (Gazetteer.Candidate x : c) {
            if (only != null && !only.equals(x.place().country())) only = null;
        }
        return new Lookup(l.entity, c, false, only);
    }

    /**
     * A name followed by a number names a channel or a station, not the place: "France 2",
     * "Europe 1", which the tagger often reads as places.
     */
    static boolean channel(Article article, Span mention) {
        String t = article.text();
        int i = mention.end();
        return i + 1 < t.length() && t.charAt(i) == ' ' && Character.isDigit(t.charAt(i + 1))
                && (i + 2 >= t.length() || !Character.isDigit(t.charAt(i + 2)));
    }

    /** The index of the section (title, standfirst, paragraph) holding {@code offset}, or -1 (binary search: sections are in text order). */
    private static int section(Article article, int offset) {
        List<Section> sections = article.sections();
        int lo = 0, hi = sections.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Section s = sections.get(mid);
            if (offset < s.start()) hi = mid - 1;
            else if (offset >= s.end()) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    private static void count(Map<String, int[]> counts, String code, int start) {
        int[] c = counts.computeIfAbsent(code, k -> new int[]{0, Integer.MAX_VALUE});
        c[0]++;
        c[1] = Math.min(c[1], start);
    }

    /** The first of the entity's names the gazetteer knows, with its candidates; null when none is known. */
    private Lookup lookup(Entity e) {
        Set<String> names = new LinkedHashSet<>();
        names.add(e.canonical());
        for (Span s : e.mentions()) {
            if (!s.text().isEmpty() && Character.isUpperCase(s.text().codePointAt(0))) names.add(s.text());
        }
        for (String name : names) {
            String full = Names.fold(name);
            // "Los Angeles" and "Le Havre" keep their article; "la Syrie" is read without it
            for (String folded : List.of(full, withoutArticle(full))) {
                if (folded.isEmpty()) continue;
                List<Gazetteer.Candidate> listed = gazetteer.get().listed(folded, language);
                List<Gazetteer.Candidate> c = listed.isEmpty() ? gazetteer.get().candidates(folded, language) : listed;
                if (c.isEmpty()) continue;
                String only = c.get(0).place().country();
                for (Gazetteer.Candidate x : c) {
                    if (only != null && !only.equals(x.place().country())) only = null;
                }
                return new Lookup(e, c, !listed.isEmpty(), only);
            }
        }
        return null;
    }

    private static String withoutArticle(String folded) {
        int sp = folded.indexOf(' ');
        if (folded.startsWith("l'")) return folded.substring(2).strip();
        if (sp > 0 && LEADING_ARTICLES.contains(folded.substring(0, sp))) return folded.substring(sp + 1);
        return folded;
    }

    /**
     * The place of an entity given the countries the rest of the article names, or null when
     * unsure. {@code strong}: named twice or more, or in a section where the entity is named;
     * {@code weak}: named at all. Strong evidence narrows the candidates before population is
     * read; weak evidence only chooses among candidates population leaves undecided.
     */
    static Place resolve(Lookup l, Set<String> strong, Set<String> weak, Set<String> divisions) {
        List<Gazetteer.Candidate> c = l.candidates;
        List<Gazetteer.Candidate> narrowed = in(c, strong);
        if (l.listed) {
            if (narrowed.isEmpty()) narrowed = in(c, weak);
            return (narrowed.isEmpty() ? c : narrowed).get(0).place();
        }
        Gazetteer.Candidate country = c.stream().filter(x -> x.place().kind() == Place.Kind.COUNTRY).findFirst().orElse(null);
        if (country != null) {
            String code = country.place().country();
            boolean othersNamed = narrowed.stream().anyMatch(x -> !x.place().country().equals(code));
            if (!othersNamed || weak.contains(code)) return country.place();
            return pick(narrowed.stream().filter(x -> x.place().kind() != Place.Kind.COUNTRY).toList(), divisions);
        }
        if (!narrowed.isEmpty()) return pick(narrowed, divisions);
        Place p = pick(c, divisions);
        // a small town of a country the article names nowhere else is more often a word the tagger
        // took for a place ("Libres sont les papillons") than the town
        if (p != null && p.kind() == Place.Kind.CITY && !weak.contains(p.country()) && population(c, p) < SMALL_TOWN) return null;
        if (p != null) return p;
        List<Gazetteer.Candidate> hinted = in(c, weak);
        return hinted.isEmpty() ? null : pick(hinted, divisions);
    }

    private static long population(List<Gazetteer.Candidate> c, Place p) {
        for (Gazetteer.Candidate x : c) {
            if (x.place() == p) return x.population();
        }
        return 0;
    }

    private static List<Gazetteer.Candidate> in(List<Gazetteer.Candidate> c, Set<String> countries) {
        return c.stream().filter(x -> x.place().country() != null && countries.contains(x.place().country())).toList();
    }

    /** Cities and regions: the most populous city of one country (of a named division first), or a dominant city, else null. */
    private static Place pick(List<Gazetteer.Candidate> c, Set<String> divisions) {
        if (c.isEmpty()) return null;
        Gazetteer.Candidate top = c.stream().filter(x -> x.place().kind() == Place.Kind.CITY)
                .max(Comparator.comparingLong(Gazetteer.Candidate::population)).orElse(null);
        String country = c.get(0).place().country();
        boolean oneCountry = c.stream().allMatch(x -> x.place().country().equals(country));
        if (oneCountry) {
            // several cities of one country: the one in a division the article names, if any
            Gazetteer.Candidate named = c.stream()
                    .filter(x -> x.place().kind() == Place.Kind.CITY && x.admin1() != null && divisions.contains(x.admin1()))
                    .max(Comparator.comparingLong(Gazetteer.Candidate::population)).orElse(null);
            if (named != null) return named.place();
            if (top != null) return top.place();
            return c.size() == 1 ? c.get(0).place() : null;
        }
        if (top == null) return null;
        for (Gazetteer.Candidate x : c) {
            if (x == top || x.place().country().equals(top.place().country())) continue;
            long weight = x.place().kind() == Place.Kind.REGION ? REGION_WEIGHT : x.population();
            if (top.population() < DOMINANCE * weight) return null;
        }
        return top.place();
    }

    /**
     * Nationality words of the token layer ("russe", "Russian", "les Syriens") outside place
     * mentions, by country, with their offsets.
     */
    private Map<String, List<Integer>> nationalityWords(Article article, BitSet placeChars) {
        Map<String, List<Integer>> out = new HashMap<>();
        for (Sentence s : article.sentences()) {
            for (Token t : s.tokens()) {
                if (t.word().isEmpty() || !Character.isLetter(t.word().charAt(0))) continue;
                String code = gazetteer.get().nationality(t.word(), language);
                if (code == null || placeChars.nextClearBit(t.start()) >= t.end()) continue;
                out.computeIfAbsent(code, k -> new ArrayList<>()).add(t.start());
            }
        }
        return out;
    }
}
