package org.vigie.nlp.signals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A small word tokenizer over the canonical text, with offsets. Hyphenated compounds stay whole
 * ("anti-terroriste", "Saint-Pétersbourg"); elided articles split off ("d’Alep" gives "d’" and
 * "Alep"); numbers keep their inner separators ("1.000", "8,5").
 *
 * <p>Every signal stage tokenises parts of the same article (title, standfirst, body, body
 * sentences, the whole text): an article's text is tokenised once per thread and a part's words
 * are a slice of it, which is exactly what tokenising the part alone gives whenever no word
 * crosses the part's ends (the scanner's state at a word boundary does not depend on where it
 * started, and no word reads past its own end). Parts cut through a word are tokenised alone.
 */
public final class Words {

    /**
     * One word of the text: offsets into the canonical text, surface form, comparison key
     * ({@link Fold#key}) and folded form ({@link Fold#fold}, kept since lexicons and stages
     * compare on it too).
     */
    public record Word(int start, int end, String text, String key, String folded) {

        /** A word whose key and folded form are computed from its text. */
        public Word(int start, int end, String text) {
            this(start, end, text, Fold.fold(text));
        }

        private Word(int start, int end, String text, String folded) {
            this(start, end, text, Fold.stem(folded), folded);
        }

        public boolean isCapitalized() {
            return Character.isUpperCase(text.codePointAt(0));
        }

        public boolean isAllCaps() {
            boolean letter = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLowerCase(c)) return false;
                if (Character.isLetter(c)) letter = true;
            }
            return letter;
        }

        public boolean isNumber() {
            return Character.isDigit(text.charAt(0));
        }
    }

    /** Texts at least this long (articles, not names or lexicon phrases) are tokenised once per thread. */
    static final int SHARED_FROM = 256;

    /** The last long text tokenised on this thread (compared by identity) and its words. */
    private record Tokens(String text, List<Word> words) {

        /** The words of {@code [from, to)}, or null when a word crosses either end. */
        List<Word> slice(int from, int to) {
            int lo = firstEndingAfter(from);
            if (lo < words.size() && words.get(lo).start() < from) return null;
            int hi = firstEndingAfter(to);
            if (hi < words.size() && words.get(hi).start() < to) return null;
            return Collections.unmodifiableList(words.subList(lo, hi));
        }

        /** Index of the first word whose end is after {@code pos}. */
        private int firstEndingAfter(int pos) {
            int lo = 0;
            int hi = words.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (words.get(mid).end() <= pos) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }
    }

    private static final ThreadLocal<Tokens> LAST = new ThreadLocal<>();

    private Words() {
    }

    public static List<Word> of(String text) {
        return of(text, 0, text.length());
    }

    /** Words of {@code text} between {@code from} and {@code to} (an unmodifiable list). */
    public static List<Word> of(String text, int from, int to) {
        if (text.length() >= SHARED_FROM) {
            Tokens t = LAST.get();
            if (t == null || t.text() != text) {
                t = new Tokens(text, Collections.unmodifiableList(scan(text, 0, text.length())));
                LAST.set(t);
            }
            List<Word> slice = t.slice(from, to);
            if (slice != null) return slice;
        }
        return Collections.unmodifiableList(scan(text, from, to));
    }

    /** The tokenizer itself. */
    static List<Word> scan(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean digits = Character.isDigit(c);
            while (i < to) {
                char d = text.charAt(i);
                if (Character.isLetterOrDigit(d)) {
                    i++;
                } else if ((d == '-' || (digits && (d == '.' || d == ',' || d == '\u202f' || d == '\u00a0')))
                        && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    i++;
                } else if ((d == '\'' || d == '\u2019') && i - start <= 2 && !digits) {
                    i++; // elision: "l'", "d’", "qu'"
                    break;
                } else {
                    break;
                }
            }
            out.add(new Word(start, i, text.substring(start, i)));
        }
        return out;
    }

    /** Words counted for per-1,000-word rates (elided articles excluded). */
    public static int count(List<Word> words) {
        int n = 0;
        for (Word w : words) {
            if (!w.text().endsWith("'") && !w.text().endsWith("\u2019")) n++;
        }
        return n;
    }
}
