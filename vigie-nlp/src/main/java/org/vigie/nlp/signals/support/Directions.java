package org.vigie.nlp.signals.support;

import java.util.ArrayList;
import java.util.List;
import org.vigie.nlp.signals.Fold;
import org.vigie.nlp.signals.Lexicon;
import org.vigie.nlp.signals.Resources;
import org.vigie.nlp.signals.Words.Word;

/**
 * Statements that a measured quantity rises or falls ("le chômage augmente", "la baisse des
 * prix", "sales fell"): a quantity of {@code support/direction-words.txt} and a direction word at
 * most {@link #WINDOW} words from it, in the same clause, neither denied ("n'a pas baissé") nor
 * wished, demanded or forecast ("veut augmenter", "devrait reculer").
 */
final class Directions {

    static final String UP = "up";
    static final String DOWN = "down";

    /**
     * One statement: the quantity's comparison key ({@code group}), the word after it that narrows
     * it ({@code complement}: "prix du gazole" gives "gazol"; null when none), the direction, and
     * the span from the quantity to the direction word.
     */
    record Claim(String group, String complement, String direction, int start, int end) {
    }

    /**
     * What a sentence says about quantities: its firm claims, every (quantity, direction) it
     * mentions anywhere ({@code loose}, as "group direction"), and its words' keys.
     */
    record Mentions(List<Claim> claims, List<String> loose, java.util.Set<String> keys) {

        /** Whether the sentence mentions the quantity of {@code c} moving in {@code direction}, narrowed the same way if at all. */
        boolean mentions(Claim c, String direction) {
            return loose.contains(c.group() + " " + direction) && (c.complement() == null || keys.contains(c.complement()));
        }
    }

    private static final int WINDOW = 6;
    private static final Lexicon WORDS = load();

    private Directions() {
    }

    private static Lexicon load() {
        List<Resources.Line> lines = Resources.lines("support/direction-words.txt");
        for (Resources.Line l : lines) {
            String[] f = l.fields();
            if (f.length < 2 || !List.of(UP, DOWN, "quantity", "intent", "negation").contains(f[1])) {
                throw l.error("expected phrase | up, down, quantity, intent or negation");
            }
        }
        return Lexicon.of(lines);
    }

    /** The claims of one sentence's words (a slice of {@code text}). */
    static Mentions of(String text, List<Word> words) {
        List<Lexicon.Hit> hits = WORDS.find(words);
        List<Claim> claims = new ArrayList<>();
        List<String> loose = new ArrayList<>();
        List<String> directions = new ArrayList<>();
        for (Lexicon.Hit h : hits) {
            if (isDirection(h)) directions.add(h.entry().category());
        }
        for (int qi = 0; qi < hits.size(); qi++) {
            Lexicon.Hit q = hits.get(qi);
            if (!q.entry().category().equals("quantity")) continue;
            String group = group(q.entry());
            for (String d : directions) loose.add(group + " " + d);
            Lexicon.Hit d = nearestDirection(text, words, hits, qi);
            if (d == null || denied(hits, q, d) || infinitive(words, d)) continue;
            String complement = complement(text, words, q.to(), hits);
            claims.add(new Claim(group, complement, d.entry().category(),
                    Math.min(q.start(), d.start()), Math.max(q.end(), d.end())));
        }
        java.util.Set<String> keys = new java.util.HashSet<>();
        if (!loose.isEmpty()) words.forEach(w -> keys.add(w.key()));
        return new Mentions(claims, loose, keys);
    }

    static String opposite(String direction) {
        return UP.equals(direction) ? DOWN : UP;
    }

    /**
     * Same quantity: same narrowing word; or one side does not narrow and the other side's text
     * names the narrowing word ("la popularité de Macron" against "la popularité baisse" in a
     * sentence about Macron, "Cote de popularité : Édouard Philippe s'envole" against "la cote de
     * popularité d'Édouard Philippe"); or the two narrowing words are one name ("Macron" and
     * "Emmanuel Macron": one follows the other closely in a text).
     */
    static boolean sameQuantity(Claim h, Claim b, List<Word> sentence, List<Word> headline) {
        if (java.util.Objects.equals(h.complement(), b.complement())) return true;
        if (h.complement() == null) return headline.stream().anyMatch(w -> w.key().equals(b.complement()));
        if (b.complement() == null) return sentence.stream().anyMatch(w -> w.key().equals(h.complement()));
        return follows(sentence, b.complement(), h.complement()) || follows(headline, h.complement(), b.complement());
    }

    /** Whether a word keyed {@code second} comes one or two words after a capitalised word keyed {@code first}. */
    private static boolean follows(List<Word> words, String first, String second) {
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).key().equals(first) || !words.get(i).isCapitalized()) continue;
            for (int k = i + 1; k <= i + 2 && k < words.size(); k++) {
                if (words.get(k).key().equals(second) && words.get(k).isCapitalized()) return true;
            }
        }
        return false;
    }

    private static boolean isDirection(Lexicon.Hit h) {
        String c = h.entry().category();
        return c.equals(UP) || c.equals(DOWN);
    }

    private static String group(Lexicon.Entry e) {
        return Fold.fold(e.note().isEmpty() ? e.phrase() : e.note());
    }

    /**
     * The direction word nearest the quantity hit {@code qi}, within the window, with nothing
     * between them but words (no clause punctuation, no conjunction, no other quantity).
     */
    private static Lexicon.Hit nearestDirection(String text, List<Word> words, List<Lexicon.Hit> hits, int qi) {
        Lexicon.Hit q = hits.get(qi);
        Lexicon.Hit best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int k = qi - 1; k >= 0; k--) {
            Lexicon.Hit h = hits.get(k);
            if (h.entry().category().equals("quantity")) break;
            if (!isDirection(h)) continue;
            int distance = q.from() - h.to();
            if (distance <= WINDOW && sameClause(text, words, h.to(), q.from(), false)) {
                best = h;
                bestDistance = distance;
            }
            break;
        }
        for (int k = qi + 1; k < hits.size(); k++) {
            Lexicon.Hit h = hits.get(k);
            if (h.entry().category().equals("quantity")) break;
            if (!isDirection(h)) continue;
            int distance = h.from() - q.to();
            // "Chômage : nouvelle baisse", "Popularité : Emmanuel Macron repart à la hausse": a
            // headline's topic before a colon, then its movement; further than two words, only a
            // movement without an object of its own ("une baisse des cotisations" moves those)
            boolean topic = q.from() == 0 && (distance <= 2 || !hasObject(words, h.to()));
            if (distance <= WINDOW && distance < bestDistance && !governs(words, hits, k)
                    && (sameClause(text, words, q.to(), h.from(), topic))) {
                best = h;
            }
            break;
        }
        return best;
    }

    /** Whether the words from {@code j} on give a movement an object: "de"/"des"/"of" and a noun, not a figure ("de 3 %"). */
    private static boolean hasObject(List<Word> words, int j) {
        if (j >= words.size() || !OF.contains(words.get(j).key())) return false;
        j++;
        while (j < words.size() && ARTICLES.contains(words.get(j).key())) j++;
        return j < words.size() && Character.isLetter(words.get(j).text().charAt(0)) && !Figures.isNumberWord(words.get(j));
    }

    /** Whether direction hit {@code k} is followed by its own quantity ("la hausse des prix"), which it then belongs to. */
    private static boolean governs(List<Word> words, List<Lexicon.Hit> hits, int k) {
        Lexicon.Hit d = hits.get(k);
        if (k + 1 >= hits.size() || !hits.get(k + 1).entry().category().equals("quantity")) return false;
        int j = d.to();
        if (j >= words.size() || !OF.contains(words.get(j).key())) return false;
        j++;
        while (j < words.size() && ARTICLES.contains(words.get(j).key())) j++;
        return hits.get(k + 1).from() == j;
    }

    private static final List<String> BREAKS = List.of("mai", "alor", "tandi", "et", "but", "while", "wherea", "and",
            "qui", "que", "qu'", "which", "that", "ou", "or", "car", "because", "pui", "then");

    /** No clause punctuation (but a topic colon, when allowed) nor conjunction between words {@code from} and {@code to}. */
    private static boolean sameClause(String text, List<Word> words, int from, int to, boolean colonAllowed) {
        if (from >= to) return true;
        for (int i = from; i < to; i++) {
            if (BREAKS.contains(words.get(i).key())) return false;
        }
        int s = words.get(from - 1).end();
        int e = words.get(to).start();
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            // a full stop or a list mark between them: the sentence split missed a boundary ("électricité.► Le gaz recule")
            if (",;:()«»\"“”!?–—.►•".indexOf(c) >= 0 && !(colonAllowed && c == ':')) return false;
        }
        return true;
    }

    /** A negation or an intent word next to the statement: up to 5 words before it, or between its words. */
    private static boolean denied(List<Lexicon.Hit> hits, Lexicon.Hit q, Lexicon.Hit d) {
        int from = Math.min(q.from(), d.from());
        int to = Math.max(q.to(), d.to());
        for (Lexicon.Hit h : hits) {
            String c = h.entry().category();
            if (!c.equals("negation") && !c.equals("intent")) continue;
            if (h.from() >= from - 5 && h.to() <= to + 1) return true;
        }
        return false;
    }

    /** "to rise": a movement named, not asserted (French infinitives are simply not in the list). */
    private static boolean infinitive(List<Word> words, Lexicon.Hit d) {
        if (d.from() == 0) return false;
        String before = words.get(d.from() - 1).key();
        return before.equals("to");
    }

    private static final List<String> OF = List.of("de", "du", "des", "d'", "of");
    private static final List<String> ARTICLES = List.of("l'", "la", "le", "les", "the");

    /** The word that narrows a quantity ("prix du gazole", "croissance mondiale"), or null. */
    private static String complement(String text, List<Word> words, int i, List<Lexicon.Hit> hits) {
        if (i >= words.size() || i == 0) return null;
        for (int c = words.get(i - 1).end(); c < words.get(i).start(); c++) {
            if (!Character.isWhitespace(text.charAt(c))) return null; // "Chômage : nouvelle baisse"
        }
        int j = i;
        if (OF.contains(words.get(j).key())) {
            j++;
            while (j < words.size() && ARTICLES.contains(words.get(j).key())) j++;
        }
        if (j >= words.size()) return null;
        Word w = words.get(j);
        if (!Character.isLetter(w.text().charAt(0)) || Figures.isFunction(w)) return null;
        for (Lexicon.Hit h : hits) {
            if (h.from() <= j && j < h.to()) return null;
        }
        return w.key();
    }
}
