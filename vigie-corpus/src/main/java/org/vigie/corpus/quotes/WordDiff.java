package org.vigie.corpus.quotes;

import java.util.ArrayList;
import java.util.List;
import org.vigie.corpus.reprints.WordTokens;

/**
 * A word-level comparison of one appearance of a quotation with its earliest appearance: the longest
 * common subsequence of their normalised words ({@link WordTokens}: case, accents, quotation marks,
 * apostrophes and spacing do not count), its similarity, and what the later one did to the words.
 *
 * <p>A copier who cuts a quotation is not altering it: words missing at either end, or missing
 * inside where the copy marks the cut with an ellipsis ("…", "...", "[…]") or where the cut words are
 * whole sentences, make a {@link Relation#SHORTENED} copy. Words the copy has beyond either end (the
 * earliest appearance was the cut one), or inside where the earliest has an ellipsis, make it
 * {@link Relation#LONGER}. Any other word the copy has that the earliest has not, and any unmarked
 * cut inside a sentence ("je ne soutiens pas" → "je soutiens"), is an alteration: its words (for a
 * cut, the two words it joins) are the changed spans, in the copy's text.
 */
public final class WordDiff {

    /** How the words of a later appearance stand to those of the earliest. */
    public enum Relation {
        SAME, SHORTENED, LONGER, ALTERED,
        /** Shares words with the trail but matches no earlier appearance directly: joined through a later one. */
        OVERLAPPING;

        @com.fasterxml.jackson.annotation.JsonValue
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * @param common     words of the longest common subsequence
     * @param similarity 2 × common / (words of both): 1 for the same words
     * @param containment common / words of the shorter: 1 when one holds all the other's words in order
     * @param relation   what the later appearance did to the words
     * @param changed    the later appearance's changed words, as [start, end) offsets into its article's text
     */
    public record Result(int common, double similarity, double containment, Relation relation, List<int[]> changed) {

        int changedWords() {
            int n = 0;
            for (int[] c : changed) n += c[1] - c[0];
            return n;
        }
    }

    /** An edge difference of at most this many words on both sides (a word swapped at the start) is an alteration. */
    static final int EDGE_SWAP = 3;
    /**
     * An inner difference of more words than this (on either side) is a different extent of the
     * quotation, not a rewording: a clause restored or dropped. Rewordings are a word or three
     * ("leurs", "sièges" for "portefeuilles", a "ne ... pas" dropped), and on 1,500 OrangeSum articles
     * the longer inner differences were the earliest appearance's own unmarked cuts.
     */
    static final int MAX_EDIT = 3;
    /** Words compared at most (longer quotations are compared on their first words): bounds the quadratic table. */
    static final int MAX_WORDS = 400;

    private WordDiff() {
    }

    /** Only the longest common subsequence's length, for a candidate pair. */
    static int commonWords(WordTokens a, WordTokens b) {
        int n = Math.min(a.size(), MAX_WORDS);
        int m = Math.min(b.size(), MAX_WORDS);
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            String w = a.word(i - 1);
            for (int j = 1; j <= m; j++) {
                cur[j] = w.equals(b.word(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    /**
     * Compares {@code later} (the words of {@code laterText}) with {@code earliest} (the words of
     * {@code earliestText}); the changed spans are offsets in {@code laterText} plus {@code laterBase}
     * (where the later quotation starts in its article's text).
     */
    public static Result compare(WordTokens earliest, String earliestText, WordTokens later, String laterText, int laterBase) {
        int n = Math.min(earliest.size(), MAX_WORDS);
        int m = Math.min(later.size(), MAX_WORDS);
        int[][] t = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                t[i][j] = earliest.word(i).equals(later.word(j)) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
            }
        }
        int common = t[0][0];
        // Two alignments of the same length: matching each word as early as possible, and as late
        // as possible. "entre les deux tours. Les gens sont..." against "Les gens sont..." matches
        // "Les" to the first "les" early (an inner insertion) and to the right one late (a lead-in);
        // the alignment that alters fewer words is the one kept.
        int[][] early = new int[2][common];
        int k = 0;
        for (int i = 0, j = 0; i < n && j < m; ) {
            if (earliest.word(i).equals(later.word(j)) && t[i][j] == t[i + 1][j + 1] + 1) {
                early[0][k] = i++;
                early[1][k++] = j++;
            } else if (t[i + 1][j] >= t[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        int[][] p = new int[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                p[i][j] = earliest.word(i - 1).equals(later.word(j - 1)) ? p[i - 1][j - 1] + 1 : Math.max(p[i - 1][j], p[i][j - 1]);
            }
        }
        int[][] late = new int[2][common];
        k = common;
        for (int i = n, j = m; i > 0 && j > 0; ) {
            if (earliest.word(i - 1).equals(later.word(j - 1)) && p[i][j] == p[i - 1][j - 1] + 1) {
                late[0][--k] = --i;
                late[1][k] = --j;
            } else if (p[i - 1][j] >= p[i][j - 1]) {
                i--;
            } else {
                j--;
            }
        }
        Result r = classify(earliest, earliestText, later, laterText, laterBase, n, m, common, early[0], early[1]);
        if (r.relation() != Relation.ALTERED) return r;
        Result other = classify(earliest, earliestText, later, laterText, laterBase, n, m, common, late[0], late[1]);
        return other.relation() != Relation.ALTERED || other.changedWords() < r.changedWords() ? other : r;
    }

    private static Result classify(WordTokens earliest, String earliestText, WordTokens later, String laterText, int laterBase,
                                   int n, int m, int common, int[] mi, int[] mj) {
        List<int[]> changed = new ArrayList<>();
        boolean cut = false;
        boolean added = false;
        boolean altered = false;
        for (int g = 0; g <= common; g++) {
            int fromI = g == 0 ? 0 : mi[g - 1] + 1;
            int toI = g == common ? n : mi[g];
            int fromJ = g == 0 ? 0 : mj[g - 1] + 1;
            int toJ = g == common ? m : mj[g];
            int cutWords = toI - fromI;
            int addedWords = toJ - fromJ;
            if (cutWords == 0 && addedWords == 0) continue;
            if (common == 0) {
                altered = true;
                if (addedWords > 0) changed.add(new int[]{later.start(fromJ), later.end(toJ - 1)});
            } else if (g == 0 || g == common) { // an end of the quotation
                if (cutWords > 0 && addedWords > 0 && cutWords <= EDGE_SWAP && addedWords <= EDGE_SWAP) {
                    altered = true;
                    changed.add(new int[]{later.start(fromJ), later.end(toJ - 1)});
                } else {
                    cut |= cutWords > 0;
                    added |= addedWords > 0;
                }
            } else if (Math.max(cutWords, addedWords) > MAX_EDIT) {
                // a clause or sentence more or less: the two quote different extents of the words, neither rewrote them
                cut |= cutWords > 0;
                added |= addedWords > 0;
            } else if (addedWords > 0 && bracketed(laterText, later.start(fromJ), later.end(toJ - 1))
                    && !hasBracket(earliestText, earliest.end(fromI - 1), earliest.start(toI))) {
                added = true; // an editor's gloss: "il" → "(le président)", "autour de lui (Emmanuel Macron)"
            } else if (addedWords > 0) {
                if (cutWords == 0 && ellipsisBetween(earliestText, earliest.end(fromI - 1), earliest.start(toI))) {
                    added = true;
                } else {
                    altered = true;
                    changed.add(new int[]{later.start(fromJ), later.end(toJ - 1)});
                }
            } else if (ellipsisBetween(laterText, later.end(Math.max(0, fromJ - 2)), later.start(Math.min(m - 1, toJ + 1)))
                    || wholeSentences(earliestText, earliest.end(fromI - 1), earliest.start(fromI), earliest.end(toI - 1),
                    earliest.start(toI))) {
                cut = true; // an ellipsis near the cut (the alignment may put the cut a word off it), or whole sentences
            } else { // an unmarked cut of a few words inside a sentence: the two words it joins
                altered = true;
                changed.add(new int[]{later.start(fromJ - 1), later.end(toJ)});
            }
        }
        for (int[] c : changed) {
            c[0] += laterBase;
            c[1] += laterBase;
        }
        Relation r = altered ? Relation.ALTERED : cut ? Relation.SHORTENED : added ? Relation.LONGER : Relation.SAME;
        int shorter = Math.min(n, m);
        return new Result(common, n + m == 0 ? 1 : 2.0 * common / (n + m), shorter == 0 ? 0 : (double) common / shorter, r, changed);
    }

    /** Whether the text between two words marks a cut: "…", "...", "[…]", "(...)". */
    static boolean ellipsisBetween(String text, int from, int to) {
        if (from < 0 || to > text.length() || from >= to) return false;
        String s = text.substring(from, to);
        return s.indexOf('\u2026') >= 0 || s.contains("..") || s.contains("[") && s.contains("]");
    }

    /** Whether the text from {@code from} to {@code to} lies inside parentheses or square brackets. */
    static boolean bracketed(String text, int from, int to) {
        int open = Math.max(text.lastIndexOf('(', from), text.lastIndexOf('[', from));
        if (open < 0) return false;
        int close = text.indexOf(text.charAt(open) == '(' ? ')' : ']', open);
        return close >= to && text.substring(open, from).indexOf(text.charAt(open) == '(' ? ')' : ']') < 0;
    }

    /** Whether the text from {@code from} to {@code to} holds a bracket: the earliest's own parenthesis, not a gloss. */
    static boolean hasBracket(String text, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, text.length()); k++) {
            char c = text.charAt(k);
            if (c == '(' || c == ')' || c == '[' || c == ']') return true;
        }
        return false;
    }

    /** Whether the words from {@code cutStart} to {@code cutEnd} are whole sentences: a sentence ends before them and with them. */
    static boolean wholeSentences(String text, int beforeEnd, int cutStart, int cutEnd, int afterStart) {
        return endsSentence(text, beforeEnd, cutStart) && endsSentence(text, cutEnd, afterStart);
    }

    private static boolean endsSentence(String text, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, text.length()); k++) {
            char c = text.charAt(k);
            if (c == '.' || c == '!' || c == '?' || c == '\u2026' || c == ';') return true;
        }
        return false;
    }
}
