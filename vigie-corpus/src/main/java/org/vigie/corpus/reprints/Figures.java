package org.vigie.corpus.reprints;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of a stretch of text, each with its value, so that two versions of a text can be
 * compared by what they say rather than how they write it: "1 500", "1500" and "1.500" are one
 * value, "1,2 milliard" is a thousand times "1,2 million". A copy that writes a figure differently
 * changes nothing; a copy that writes another figure does.
 */
final class Figures {

    /** One figure: where it stands and what it is worth. */
    record Figure(int start, int end, BigDecimal value) {
    }

    /**
     * Digits with thousands grouped by spaces (also no-break and narrow no-break), dots or commas,
     * an optional decimal part, and an optional magnitude word. Not inside a word ("COP21", "h30").
     */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\d{1,3}(?:[ \\u00A0\\u202F.,]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)(?![\\p{L}\\p{N}])"
                    + "(?:[ \\u00A0\\u202F]+(mille|millier|milliers|million|millions|milliard|milliards|thousand|thousands"
                    + "|million|millions|billion|billions|trillion|trillions|md|mds|mrd|bn)(?![\\p{L}\\p{N}]))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Map<String, Integer> MAGNITUDE = Map.ofEntries(
            Map.entry("mille", 3), Map.entry("millier", 3), Map.entry("milliers", 3), Map.entry("thousand", 3),
            Map.entry("thousands", 3), Map.entry("million", 6), Map.entry("millions", 6), Map.entry("milliard", 9),
            Map.entry("milliards", 9), Map.entry("md", 9), Map.entry("mds", 9), Map.entry("mrd", 9),
            Map.entry("billion", 9), Map.entry("billions", 9), Map.entry("bn", 9), Map.entry("trillion", 12),
            Map.entry("trillions", 12));
    private static final Pattern GROUPED_BY_DOTS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?");
    private static final Pattern GROUPED_BY_COMMAS = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");

    private Figures() {
    }

    /** The figures of {@code text} between {@code from} (inclusive) and {@code to} (exclusive). */
    static List<Figure> of(String text, int from, int to) {
        List<Figure> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text).region(from, to);
        while (m.find()) {
            BigDecimal v = value(m.group(1));
            if (m.group(2) != null) v = v.scaleByPowerOfTen(MAGNITUDE.get(m.group(2).toLowerCase(Locale.ROOT)));
            out.add(new Figure(m.start(), m.end(), v.stripTrailingZeros()));
        }
        return out;
    }

    /**
     * The value of digits as French and English write them: "1.500,5" and "1,500.5" group thousands,
     * "12,5" and "12.5" have decimals; a single comma or dot before exactly three digits ("1,500",
     * "1.500") groups thousands, as it does far more often than it marks three decimals in news.
     */
    static BigDecimal value(String digits) {
        String s = digits.replaceAll("[ \\u00A0\\u202F]", "");
        if (GROUPED_BY_DOTS.matcher(s).matches()) s = s.replace(".", "").replace(',', '.');
        else if (GROUPED_BY_COMMAS.matcher(s).matches()) s = s.replace(",", "");
        else s = s.replace(',', '.');
        return new BigDecimal(s);
    }

    /** The figures of {@code a} whose value is not among those of {@code b}, each value matched once. */
    static List<Figure> unmatched(List<Figure> a, List<Figure> b) {
        List<BigDecimal> left = new ArrayList<>(b.size());
        for (Figure f : b) left.add(f.value());
        List<Figure> out = new ArrayList<>();
        for (Figure f : a) {
            int i = indexOf(left, f.value());
            if (i < 0) out.add(f);
            else left.remove(i);
        }
        return out;
    }

    private static int indexOf(List<BigDecimal> values, BigDecimal v) {
        for (int i = 0; i < values.size(); i++) if (values.get(i).compareTo(v) == 0) return i;
        return -1;
    }
}
