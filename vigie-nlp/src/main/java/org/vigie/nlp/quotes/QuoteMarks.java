package org.vigie.nlp.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the outermost quoted passages of a text: « … » first, then “ … ”, then straight "…"
 * outside those. Quotes nested inside a passage belong to it. French typography closes a quote
 * that runs over several paragraphs only at its end and reopens each paragraph with «; a passage
 * is therefore continued when the next paragraph starts with the same opening mark.
 */
final class QuoteMarks {

    /** A quoted passage: marks at {@code open} and {@code close - 1}; words in [{@code from}, {@code to}). */
    record Passage(int open, int close, int from, int to) {
    }

    private QuoteMarks() {
    }

    static List<Passage> find(String text) {
        List<Passage> out = new ArrayList<>();
        directional(text, '«', '»', out, true);
        directional(text, '“', '”', out, false);
        straight(text, out);
        out.sort(Comparator.comparingInt(Passage::open));
        return out;
    }

    /**
     * The passages of English text: those of {@link #find}, then single curly quotes ‘ … ’ outside
     * them (British headlines, quotes in quotes). A ’ inside a word or after a plural ("Weeks’
     * family") is an apostrophe: it closes only a ‘ opened in its paragraph.
     */
    static List<Passage> findEnglish(String text) {
        List<Passage> out = find(mixedClosed(text));
        List<Passage> prior = List.copyOf(out);
        int openAt = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                openAt = -1;
            } else if (inside(prior, i)) {
                continue;
            } else if (c == '‘' && openAt < 0 && (i == 0 || isSpace(text.charAt(i - 1)) || "([—–-".indexOf(text.charAt(i - 1)) >= 0)
                    && i + 1 < text.length() && !isSpace(text.charAt(i + 1))) {
                openAt = i;
            } else if (c == '’' && openAt >= 0 && !isSpace(text.charAt(i - 1))
                    && (i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)))) {
                int from = openAt + 1;
                int to = i;
                while (from < to && isSpace(text.charAt(from))) from++;
                while (to > from && isSpace(text.charAt(to - 1))) to--;
                if (to > from) out.add(new Passage(openAt, i + 1, from, to));
                openAt = -1;
            }
        }
        out.sort(Comparator.comparingInt(Passage::open));
        return out;
    }

    /**
     * The passages of German text: „ … “ (and „ … ” as pages often write it), then guillemets in the
     * direction the text uses, » … « as German books and some papers print them or « … » as Swiss
     * papers do (whichever comes first: pairing both ways would make a passage of the words between
     * two Swiss quotes), then straight "…". The “ that closes a German quote is the English opening
     * mark, so English pairing is never tried.
     */
    static List<Passage> findGerman(String text) {
        List<Passage> out = new ArrayList<>();
        directional(text, '„', '“', out, false);
        directional(text, '„', '”', out, false);
        int inward = text.indexOf('»');
        int outward = text.indexOf('«');
        if (inward >= 0 && (outward < 0 || inward < outward)) directional(text, '»', '«', out, false);
        else directional(text, '«', '»', out, true);
        straight(text, out);
        out.sort(Comparator.comparingInt(Passage::open));
        return out;
    }

    /**
     * The passages of Spanish text: those of {@link #find} (« », “ ”, ""), then dialogue set off
     * by a dash: a paragraph opening with "—" is a quote up to the dash that interrupts it for
     * its speaker ("—Ganaremos —dijo Sánchez—."), and what follows the interruption's closing dash
     * is another one ("—. No hay duda.").
     */
    static List<Passage> findSpanish(String text) {
        List<Passage> out = find(text);
        List<Passage> prior = List.copyOf(out);
        int p = 0;
        while (p < text.length()) {
            int end = text.indexOf('\n', p);
            if (end < 0) end = text.length();
            int first = firstNonSpace(text, p);
            if (first < end && (text.charAt(first) == '—' || text.charAt(first) == '―') && !inside(prior, first)) dialogue(text, first, end, out);
            p = end + 1;
        }
        out.sort(Comparator.comparingInt(Passage::open));
        return out;
    }

    /** One dialogue paragraph [dash, end): the spoken stretches around the narrator's interruptions. */
    private static void dialogue(String text, int dash, int end, List<Passage> out) {
        int open = dash;
        while (open < end) {
            // the spoken part runs to " —" (an interruption) or to the paragraph's end
            int cut = text.indexOf(" —", open + 1);
            int close = cut < 0 || cut >= end ? end : cut;
            int from = open + 1;
            int to = close;
            while (from < to && isSpace(text.charAt(from))) from++;
            while (to > from && (isSpace(text.charAt(to - 1)))) to--;
            if (to > from) out.add(new Passage(open, close, from, to));
            if (close == end) return;
            // the interruption ends at the next dash; what follows it after "." or "," is spoken again
            int back = text.indexOf('—', close + 2);
            if (back < 0 || back >= end) return;
            int next = back + 1;
            while (next < end && (text.charAt(next) == '.' || text.charAt(next) == ',' || isSpace(text.charAt(next)))) next++;
            if (next >= end) return;
            open = next - 1;
        }
    }

    /**
     * The text with a straight " that closes an unmatched “ of its paragraph written ” (scraped
     * pages mix them: “somebody ought to put a bullet in her skull," the office said); same length,
     * so passages found in it are passages of the text.
     */
    static String mixedClosed(String text) {
        char[] c = text.toCharArray();
        int paragraph = 0;
        for (int i = 0; i <= c.length; i++) {
            if (i < c.length && c[i] != '\n') continue;
            java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
            for (int k = paragraph; k < i; k++) {
                if (c[k] == '“') open.push(k);
                else if (c[k] == '”' && !open.isEmpty()) open.pop();
            }
            if (open.size() == 1) {
                int from = open.pop();
                for (int k = from + 1; k < i; k++) {
                    if (c[k] == '"' && !isSpace(c[k - 1]) && (k + 1 == i || !Character.isLetterOrDigit(c[k + 1]))) {
                        c[k] = '”';
                        break;
                    }
                }
            }
            paragraph = i + 1;
        }
        return new String(c);
    }

    private static boolean inside(List<Passage> found, int pos) {
        for (Passage p : found) {
            if (p.open <= pos && pos < p.close) return true;
        }
        return false;
    }

    /** Pairs directional marks, counting nesting; an unclosed « ends with its paragraph. */
    private static void directional(String text, char openMark, char closeMark, List<Passage> out,
                                    boolean closeAtParagraphEnd) {
        List<Passage> found = new ArrayList<>();
        int depth = 0;
        int openAt = -1;
        int reopenAt = -1;
        List<Passage> prior = List.copyOf(out);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == openMark || c == closeMark) && inside(prior, i)) continue;
            if (c == openMark) {
                if (i == reopenAt) continue;
                if (depth == 0) openAt = i;
                depth++;
            } else if (c == closeMark && depth > 0) {
                depth--;
                if (depth == 0) add(text, openAt, i + 1, found, closeMark);
            } else if (c == '\n' && depth > 0) {
                int next = firstNonSpace(text, i + 1);
                if (next < text.length() && text.charAt(next) == openMark) {
                    reopenAt = next;
                    depth = 1;
                } else {
                    if (closeAtParagraphEnd) add(text, openAt, i, found);
                    depth = 0;
                }
            }
        }
        if (depth > 0 && closeAtParagraphEnd) add(text, openAt, text.length(), found);
        out.addAll(found);
    }

    /**
     * Straight quotes carry no direction: a mark glued to a word on its right only opens, glued on
     * its left only closes, and an ambiguous one ("mépris"."S'il) alternates.
     */
    private static void straight(String text, List<Passage> out) {
        List<Passage> prior = List.copyOf(out);
        int openAt = -1;
        int reopenAt = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && openAt >= 0) {
                int next = firstNonSpace(text, i + 1);
                if (next < text.length() && text.charAt(next) == '"') {
                    reopenAt = next;
                } else {
                    openAt = -1;
                }
                continue;
            }
            if (c != '"' || i == reopenAt || inside(prior, i)) continue;
            boolean leftTight = i > 0 && !isSpace(text.charAt(i - 1)) && "([{'‘-–—:".indexOf(text.charAt(i - 1)) < 0;
            boolean rightTight = i + 1 < text.length() && !isSpace(text.charAt(i + 1))
                    && ")]}.,;:!?…".indexOf(text.charAt(i + 1)) < 0;
            boolean opener = !leftTight && rightTight;
            boolean closer = leftTight && !rightTight;
            if (openAt < 0) {
                if (!closer) openAt = i;
            } else if (opener) {
                openAt = i; // the previous mark never closed: start again here
            } else {
                add(text, openAt, i + 1, out);
                openAt = -1;
            }
        }
    }

    private static void add(String text, int open, int close, List<Passage> out) {
        add(text, open, close, out, '"');
    }

    /** Adds the passage [open, close), its words without the marks ({@code closeMark}: the German “ closes too). */
    private static void add(String text, int open, int close, List<Passage> out, char closeMark) {
        int from = open + 1;
        char last = text.charAt(close - 1);
        int to = last == text.charAt(open) || isCloseMark(last) || (last == closeMark && close - 1 > open) ? close - 1 : close;
        while (from < to && isSpace(text.charAt(from))) from++;
        while (to > from && isSpace(text.charAt(to - 1))) to--;
        if (to > from) out.add(new Passage(open, close, from, to));
    }

    private static boolean isCloseMark(char c) {
        return c == '»' || c == '”' || c == '"';
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static int firstNonSpace(String text, int i) {
        while (i < text.length() && isSpace(text.charAt(i))) i++;
        return i;
    }
}
