package org.vigie.nlp.signals.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vigie.core.model.Article;
import org.vigie.nlp.signals.Lexicon;
import org.vigie.nlp.signals.Parts;
import org.vigie.nlp.signals.Parts.Range;
import org.vigie.nlp.signals.Words;
import org.vigie.nlp.signals.Words.Word;

/**
 * Counts subjectivity and vagueness cues of a text, VAGO style: lexicon cues
 * ({@code subjectivity.txt}, {@code vagueness.txt}) plus punctuation cues counted as subjective
 * (exclamations, questions in the writer's voice, words in capitals used for emphasis). Rates are
 * weighted cues per 1,000 words. Quoted words are skipped: they are the speaker's, not the outlet's.
 */
public final class StyleScorer {

    /** One cue: where, which family ("evaluative", "hedge", "exclamation", ...), its weight. */
    public record Cue(int start, int end, String category, double weight) {
    }

    /** The cues of a text and the number of words they are counted over. */
    public record Profile(int words, List<Cue> subjective, List<Cue> vague) {

        public Profile {
            subjective = List.copyOf(subjective); // shared between stages: never mutated
            vague = List.copyOf(vague);
        }

        public double subjectivityPer1000() {
            return rate(subjective);
        }

        public double vaguenessPer1000() {
            return rate(vague);
        }

        /** Weighted cues per 1,000 words for each category (for evaluation and calibration). */
        public Map<String, Double> perCategory() {
            Map<String, Double> m = new TreeMap<>();
            for (Cue c : subjective) m.merge(c.category(), c.weight(), Double::sum);
            for (Cue c : vague) m.merge(c.category(), c.weight(), Double::sum);
            m.replaceAll((k, v) -> words == 0 ? 0 : v * 1000 / words);
            return m;
        }

        private double rate(List<Cue> cues) {
            if (words == 0) return 0;
            return cues.stream().mapToDouble(Cue::weight).sum() * 1000 / words;
        }
    }

    private static final Lexicon SUBJECTIVE = Lexicon.load("subjectivity.txt");
    private static final Lexicon VAGUE = Lexicon.load("vagueness.txt");

    private StyleScorer() {
    }

    /** The last article profiled on this thread: its text and quote layer, and the profile. */
    private record Last(String text, List<?> quotes, Profile profile) {
    }

    /**
     * The style and register stages both need an article's profile, one after the other on the
     * same thread; the profile depends only on the text and the quote layer, which later stages
     * do not change, so the second call reuses the first (same objects, not equal ones).
     */
    private static final ThreadLocal<Last> LAST = new ThreadLocal<>();

    /** The profile of a whole article (title, standfirst, body), quoted words excluded. */
    public static Profile profile(Article a) {
        Last last = LAST.get();
        if (last != null && last.text() == a.text() && last.quotes() == a.quotes()) return last.profile();
        Range all = new Range(0, a.text().length(), null);
        Profile p = profile(a.text(), all, Parts.quoted(a, all));
        LAST.set(new Last(a.text(), a.quotes(), p));
        return p;
    }

    /** The profile of a bare text such as a headline, quotation marks excluded. */
    public static Profile profile(String text) {
        Article a = Article.compose(text, null, List.of());
        return profile(a);
    }

    static Profile profile(String text, Range r, List<Range> quoted) {
        List<Word> words = new ArrayList<>();
        for (Word w : Words.of(text, r.start(), r.end())) {
            if (Parts.covering(quoted, w.start(), w.end()) == null) words.add(w);
        }
        List<Cue> subjective = new ArrayList<>();
        List<Cue> vague = new ArrayList<>();
        // Lexicon matches run over own-voice words only; gaps left by quotes can join words across
        // a quotation, which is rare and harmless for rates.
        for (Lexicon.Hit h : SUBJECTIVE.find(words)) {
            if (h.entry().weight() > 0) subjective.add(new Cue(h.start(), h.end(), h.entry().category(), h.entry().weight()));
        }
        for (Lexicon.Hit h : VAGUE.find(words)) {
            if (h.entry().weight() > 0) vague.add(new Cue(h.start(), h.end(), h.entry().category(), h.entry().weight()));
        }
        punctuation(text, r, quoted, subjective);
        shouting(words, text, subjective);
        subjective.sort((x, y) -> Integer.compare(x.start(), y.start()));
        vague.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return new Profile(Words.count(words), subjective, vague);
    }

    private static boolean hasLowerCaseAround(String text, int start, int end) {
        int ls = text.lastIndexOf('\n', start - 1) + 1;
        int le = text.indexOf('\n', end);
        if (le < 0) le = text.length();
        int lower = 0;
        for (int i = ls; i < le; i++) {
            if ((i < start || i >= end) && Character.isLowerCase(text.charAt(i))) lower++;
        }
        return lower >= 10;
    }

    /** "!" (a run counts once) and "?" outside quotes: exclamations and the writer's own questions. */
    private static void punctuation(String text, Range r, List<Range> quoted, List<Cue> out) {
        for (int i = r.start(); i < r.end(); i++) {
            char c = text.charAt(i);
            if (c != '!' && c != '?') continue;
            int j = i;
            while (j < r.end() && (text.charAt(j) == '!' || text.charAt(j) == '?')) j++;
            if (Parts.covering(quoted, i, j) == null) {
                boolean exclamation = text.substring(i, j).indexOf('!') >= 0;
                out.add(new Cue(i, j, exclamation ? "exclamation" : "question", exclamation ? 1 : 0.7));
            }
            i = j - 1;
        }
    }

    /**
     * Capitals for emphasis: two or more all-caps words in a row (acronyms come alone), inside a
     * line that also has lower-case words: a line all in capitals is a heading or a menu
     * ("PARTAGEZ CET ARTICLE"), not emphasis.
     */
    private static void shouting(List<Word> words, String text, List<Cue> out) {
        int i = 0;
        while (i < words.size()) {
            int j = i;
            while (j < words.size() && words.get(j).isAllCaps() && words.get(j).text().length() >= 3
                    && !words.get(j).isNumber()) {
                j++;
            }
            int letters = 0;
            for (int k = i; k < j; k++) letters += words.get(k).text().length();
            // short runs are names and codes ("SLS AMG"), not shouting
            if (j - i >= 2 && letters >= 9 && hasLowerCaseAround(text, words.get(i).start(), words.get(j - 1).end())) {
                out.add(new Cue(words.get(i).start(), words.get(j - 1).end(), "capitals", 1));
                i = j;
            } else {
                i++;
            }
        }
    }
}
