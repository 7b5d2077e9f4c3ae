package org.vigie.ingest.encoding;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Undoes the commonest damage of scraped text: UTF-8 bytes that were read as windows-1252 or
 * latin-1 somewhere upstream ("Ã©" for "é", "â€™" for "’", "ÃƒÂ©" when it happened twice).
 *
 * <p>Each candidate is a run of characters whose windows-1252 bytes form one valid UTF-8 sequence.
 * Correct French text has such runs by accident ("été" + no-break space + "»" is the bytes of a
 * Chinese character), so a candidate is only taken when its shape is characteristic of mojibake:
 * <ul>
 *   <li>"Ã" + one continuation (U+00C0-U+00FF: accented letters) and "Â" + U+00A0-U+00BF
 *       (no-break space, « », °): these two letters before such characters do not occur in text;</li>
 *   <li>"â" + two continuations decoding to U+2000-U+2FFF (quotes, dashes, €, ™, …);</li>
 *   <li>"ð" + three continuations (emoji and other astral characters); "ï»¿" (a byte-order mark, dropped);</li>
 *   <li>"Å’"/"Å“" (Œ, œ, as in "cœur");</li>
 *   <li>any other lead only inside a run of at least two adjacent candidates or between two
 *       letters (Cyrillic, Greek, CJK text read as cp1252 is a run, Polish "zÅ‚oty" sits inside
 *       a word; a real accented capital before "»" is neither).</li>
 * </ul>
 * Runs are repaired up to three times, for text that went through the wrong charset twice. Once
 * a text is known to be mojibake, "Ã" + space is "à" and "â€" + U+FFFD is "”" (see below).
 */
public final class MojibakeRepair {

    private static final int MAX_PASSES = 3;

    /**
     * "”" is E2 80 9D; 0x9D is undefined in cp1252 and strict decoders turned it into U+FFFD.
     * Of the five characters "â€" + U+FFFD can stand for, the closing quote is the one news
     * text uses; the others (U+2001, U+200D, U+200F, U+2010) are rare.
     */
    private static final String LOST_RIGHT_QUOTE = "\u00E2\u20AC\uFFFD";

    private MojibakeRepair() {
    }

    /** {@code s} with mojibake repaired; returns {@code s} itself when there is none. */
    public static String repair(String s) {
        String cur = s;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            String next = repairOnce(cur);
            if (next.equals(cur)) return cur;
            cur = next;
        }
        return cur;
    }

    private record Candidate(int start, int end, int codePoint, int lead) {
    }

    static String repairOnce(String s) {
        if (!mayHoldMojibake(s)) return s;
        List<Candidate> found = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            Candidate c = candidateAt(s, i);
            if (c != null) {
                found.add(c);
                i = c.end;
            } else {
                i++;
            }
        }
        if (found.isEmpty()) return s;
        StringBuilder out = new StringBuilder(s.length());
        int copied = 0;
        boolean any = false;
        for (int k = 0; k < found.size(); k++) {
            Candidate c = found.get(k);
            boolean inRun = (k > 0 && found.get(k - 1).end == c.start)
                    || (k + 1 < found.size() && found.get(k + 1).start == c.end);
            boolean inWord = c.start > 0 && Character.isLetter(s.charAt(c.start - 1))
                    && c.end < s.length() && Character.isLetter(s.charAt(c.end));
            if (!accept(c, inRun || inWord)) continue;
            out.append(s, copied, c.start);
            if (c.codePoint != 0xFEFF) out.appendCodePoint(c.codePoint);
            copied = c.end;
            any = true;
        }
        if (!any) return s;
        out.append(s, copied, s.length());
        return fixLostNbsp(out.toString()).replace(LOST_RIGHT_QUOTE, "\u201D");
    }

    private static boolean accept(Candidate c, boolean inRun) {
        int cp = c.codePoint;
        return switch (c.lead) {
            case 0xC3 -> true;
            case 0xC2 -> cp >= 0xA0;
            case 0xC5 -> cp == 0x152 || cp == 0x153 || inRun;
            case 0xE2 -> cp >= 0x2000 && cp <= 0x2FFF || inRun;
            case 0xEF -> cp == 0xFEFF || cp == 0xFFFD || inRun;
            case 0xF0 -> true;
            default -> inRun;
        };
    }

    /**
     * "à" is C3 A0 in UTF-8; read as cp1252 it is "Ã" + no-break space, and the no-break space is
     * often turned into a plain space later. Once a text is known to be mojibake (a candidate was
     * repaired), "Ã" + space after a non-capital is "à".
     */
    private static String fixLostNbsp(String s) {
        int i = s.indexOf("\u00C3 ");
        if (i < 0) return s;
        StringBuilder out = new StringBuilder(s.length());
        int copied = 0;
        while (i >= 0) {
            boolean afterCapital = i > 0 && Character.isUpperCase(s.charAt(i - 1));
            if (!afterCapital) {
                out.append(s, copied, i).append('à');
                copied = i + 2;
            }
            i = s.indexOf("\u00C3 ", i + 2);
        }
        return out.append(s, copied, s.length()).toString();
    }

    /** Cheap pre-check: mojibake always holds a lead character from Â-ô. */
    private static boolean mayHoldMojibake(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0xC2 && c <= 0xF4) return true;
        }
        return false;
    }

    private static Candidate candidateAt(String s, int i) {
        int lead = TextDecoder.cp1252Byte(s.charAt(i));
        int n;
        if (lead >= 0xC2 && lead <= 0xDF) n = 2;
        else if (lead >= 0xE0 && lead <= 0xEF) n = 3;
        else if (lead >= 0xF0 && lead <= 0xF4) n = 4;
        else return null;
        if (i + n > s.length()) return null;
        byte[] bytes = new byte[n];
        bytes[0] = (byte) lead;
        for (int k = 1; k < n; k++) {
            int b = TextDecoder.cp1252Byte(s.charAt(i + k));
            if (b < 0x80 || b > 0xBF) return null;
            bytes[k] = (byte) b;
        }
        if (Utf8Scan.validSequenceLength(bytes, 0) != n) return null;
        int cp = new String(bytes, StandardCharsets.UTF_8).codePointAt(0);
        return new Candidate(i, i + n, cp, lead);
    }
}
