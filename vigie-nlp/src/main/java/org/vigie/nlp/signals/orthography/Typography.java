package org.vigie.nlp.signals.orthography;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spacing around punctuation, checked without a dictionary (cheap enough for whole bodies).
 * A space before a comma or a full stop is an error in every language; French also wants a
 * (narrow) non-breaking space before ; : ! ? — a lapse wire titles often allow themselves,
 * so it weighs little.
 */
public final class Typography {

    private static final Pattern SPACE_BEFORE_COMMA = Pattern.compile("(?<=[\\p{L}\\d»)])[ \\t]+[,.](?![.\\d])");
    private static final Pattern NO_SPACE_BEFORE_DOUBLE = Pattern.compile("(?<=\\p{L})[;:!?]");
    private static final Pattern DOUBLE_SPACE = Pattern.compile("(?<=\\S) {2,}(?=\\S)");

    private Typography() {
    }

    /** Problems of {@code text}; {@code french} adds the French spacing rules. */
    public static List<Issue> check(String text, boolean french) {
        List<Issue> out = new ArrayList<>();
        Matcher m = SPACE_BEFORE_COMMA.matcher(text);
        while (m.find()) {
            // evidence includes the preceding word: "Turquie ,"
            int s = m.start();
            while (s > 0 && Character.isLetterOrDigit(text.charAt(s - 1))) s--;
            out.add(new Issue(s, m.end(), "SPACE_BEFORE_COMMA", "space before punctuation",
                    text.substring(s, m.start()) + text.charAt(m.end() - 1), 0.8));
        }
        m = DOUBLE_SPACE.matcher(text);
        while (m.find()) out.add(new Issue(m.start(), m.end(), "DOUBLE_SPACE", "double space", " ", 0.3));
        if (french) {
            m = NO_SPACE_BEFORE_DOUBLE.matcher(text);
            while (m.find()) {
                int s = m.start();
                while (s > 0 && Character.isLetterOrDigit(text.charAt(s - 1))) s--;
                out.add(new Issue(s, m.end(), "FRENCH_SPACE_BEFORE_PUNCTUATION",
                        "French puts a non-breaking space before ; : ! ?",
                        text.substring(s, m.start()) + "\u202f" + text.charAt(m.start()), 0.2));
            }
        }
        return out;
    }
}
