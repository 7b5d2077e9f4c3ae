package org.vigie.nlp.signals.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Span;
import org.vigie.nlp.signals.Fold;
import org.vigie.nlp.signals.Lexicon;
import org.vigie.nlp.signals.Resources;
import org.vigie.nlp.signals.Words;
import org.vigie.nlp.signals.Words.Word;

/**
 * A place rubric opening a headline: "Moselle : Watson, l'otarie ... est morte", "Bretagne - ...",
 * "États-Unis : il réapparaît ...". A desk files a local story under its département, region or
 * country, before a colon or a dash, while the body locates it by the commune ("au zoo
 * d'Amnéville", "à Saint-Jean de Luc-la-Primaube, près de Rodez") that no offline list places in
 * the rubric. Such a rubric locates, it claims nothing the body must repeat, so it is not checked,
 * unless the story says otherwise: it is a claim again when the standfirst or body names another
 * listed place that shares no group of {@code name-variants.txt} with it (a "Vosges :" over a story
 * "à Rennes", a "Martinique :" over "le parquet sud-coréen", an "Espagne :" over "la gendarmerie de
 * Gironde"), France and a French place aside (a "Moselle :" over "l'équipe de France"), and when
 * the entity layer takes the rubric for a person ("Sheila : ..." introduces a speaker).
 *
 * <p>Places of the local kind: French départements and Belgian provinces
 * ({@code register/register-departements.txt}), French regions ({@code support/regions.txt}).
 * Of the country kind: countries (the JDK's CLDR names in French). The cities and demonyms of
 * their name-variant groups count as places of the group's kind when the story names them. A
 * rubric no list holds ("Californie :", "Havre :") is checked as any other name. Stateless.
 */
final class PlaceRubrics {

    private PlaceRubrics() {
    }

    /** What a listed place is: a département, region or French city, or a country or foreign city. */
    private enum Level { LOCAL, COUNTRY }

    /** A headline's opening label before a colon or a spaced dash: "Seine-et-Marne : ", "Côtes-d'Armor - ". */
    private static final Pattern RUBRIC = Pattern.compile("(\\p{Lu}[\\p{L}'\u2019\\- ]{1,40}?)\\s*(?::|\\s[-\u2013\u2014]\\s)");
    private static final Map<String, Level> LEVELS = new HashMap<>();
    private static final Lexicon PLACES = places();
    private static final String FRANCE = "france";

    /**
     * The end of a place rubric opening {@code text} at {@code from} (before {@code to}), or -1
     * when there is none or the story's words ({@code words}: standfirst and body) place it
     * elsewhere. {@code variants} is the name-variant lexicon, whose categories are its groups.
     */
    static int end(Article a, int from, int to, List<Word> words, Lexicon variants) {
        String text = a.text();
        Matcher m = RUBRIC.matcher(text).region(from, to);
        if (!m.lookingAt()) return -1;
        int start = m.start(1);
        int stop = start + m.group(1).stripTrailing().length();
        String name = Fold.fold(text.substring(start, stop));
        Level level = LEVELS.get(name);
        for (Entity e : a.entities()) {
            for (Span s : e.mentions()) {
                if (s.start() >= stop || s.end() <= start) continue;
                if (e.type() == EntityType.PER) return -1;
            }
        }
        if (level == null) return -1;
        Set<String> groups = groups(variants, Words.of(text, start, stop), 0, Integer.MAX_VALUE);
        for (Lexicon.Hit h : PLACES.find(words)) {
            String phrase = h.entry().phrase();
            // "la somme", "au nord" are no places, nor "Le Parisien" a demonym ("rennais", "sud-coréen")
            if (Character.isUpperCase(phrase.charAt(0)) != words.get(h.from()).isCapitalized()) continue;
            String other = Fold.fold(phrase);
            if (other.equals(name) || homeAndLocal(name, level, other, Level.valueOf(h.entry().category()))) continue;
            Set<String> theirs = groups(variants, words, h.from(), h.to());
            theirs.retainAll(groups);
            if (theirs.isEmpty()) return -1;
        }
        return m.end();
    }

    /** Whether a word is a listed place: a département, a French region or a country ("Irlande", "Moselle"). */
    static boolean isPlace(Word w) {
        return w.isCapitalized() && LEVELS.containsKey(w.folded());
    }

    /** Whether one place is France and the other a local place: "Moselle :" over "l'équipe de France", "France :" over "les gendarmes des Hautes-Pyrénées". */
    private static boolean homeAndLocal(String a, Level la, String b, Level lb) {
        return a.equals(FRANCE) && lb == Level.LOCAL || b.equals(FRANCE) && la == Level.LOCAL;
    }

    /** The name-variant groups of the words from {@code from} to {@code until}. */
    private static Set<String> groups(Lexicon variants, List<Word> words, int from, int until) {
        Set<String> out = new HashSet<>();
        List<Lexicon.Hit> hits = new ArrayList<>();
        variants.find(words, from, Math.min(until, words.size()), hits);
        for (Lexicon.Hit h : hits) {
            if (h.to() <= until) out.addAll(List.of(h.entry().category().split(",")));
        }
        return out;
    }

    private static Lexicon places() {
        List<Resources.Line> lines = new ArrayList<>();
        for (Resources.Line l : Resources.lines("register/register-departements.txt")) add(lines, l, Level.LOCAL);
        for (Resources.Line l : Resources.lines("support/regions.txt")) add(lines, l, Level.LOCAL);
        int n = 0;
        // countries after French places: "Saint-Barthélemy", "Guadeloupe" stay local
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.FRENCH)
                    .replaceFirst("^R\\.A\\.S\\. chinoise de ", "").replaceFirst("\\s*\\(.*\\)$", "");
            add(lines, new Resources.Line("JDK Locale.getISOCountries (CLDR, French)", ++n, name), Level.COUNTRY);
        }
        // the cities and demonyms of the name-variant groups of a listed place ("Rennes", "breton" for
        // Bretagne; "Moscou", "russe" for Russia), at their own level if listed, else at the group's
        for (Resources.Line l : Resources.lines("name-variants.txt")) {
            String[] f = l.fields();
            Level head = LEVELS.get(Fold.fold(f[0]));
            if (head == null) continue;
            for (String v : f) {
                Level own = LEVELS.get(Fold.fold(v));
                if (!v.isEmpty() && own == null) lines.add(new Resources.Line(l.source(), l.number(), v + " | " + head));
            }
        }
        return Lexicon.of(lines);
    }

    private static void add(List<Resources.Line> lines, Resources.Line l, Level level) {
        String name = l.fields()[0];
        if (name.isEmpty()) return;
        LEVELS.putIfAbsent(Fold.fold(name), level);
        lines.add(new Resources.Line(l.source(), l.number(), name + " | " + level));
    }
}
