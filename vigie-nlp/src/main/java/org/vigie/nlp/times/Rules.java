package org.vigie.nlp.times;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One language's recognition rules: compiled once from its {@link Lexicon}, they scan a text and
 * report every candidate {@link Frame}; overlaps are settled by the caller. Patterns avoid nested
 * unbounded quantifiers so that matching stays linear on any input.
 */
abstract class Rules {

    /** Word boundaries that treat digits as word characters ("2015" never matches in "20150"). */
    static final String B0 = "(?<![\\p{L}\\p{N}_])";
    static final String B1 = "(?![\\p{L}\\p{N}_])";
    static final String APOS = "['’]";
    static final int FLAGS = Pattern.CASE_INSENSITIVE; // ASCII folding only: UNICODE_CASE costs several times the speed; month and weekday names start with ASCII letters

    private static final Pattern CLOCK = Pattern.compile(
            "([0-2]?\\d)\\s?[hH:]\\s?([0-5]\\d)?", FLAGS);

    private static final Pattern NUMBER = Pattern.compile("\\d+([.,]\\d+)?");
    private static final Pattern NUMBER_PARTS = Pattern.compile("-et-|\\s+et\\s+|(?<!quatre)-|\\s+");

    final Lexicon lex;

    static boolean isDigits(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (!Character.isDigit(s.charAt(i))) return false;
        return true;
    }

    /** The first word of a string: up to the first space or punctuation. */
    static String firstWord(String s) {
        String t = s.strip();
        int i = 0;
        while (i < t.length() && !Character.isWhitespace(t.charAt(i)) && ",.;:!?)".indexOf(t.charAt(i)) < 0) i++;
        return t.substring(0, i);
    }

    Rules(Lexicon lex) {
        this.lex = lex;
    }

    abstract void find(String text, List<Frame> out);

    /** Each pattern's trigger words, for rules that run a pattern only around them ({@link #regions}). */
    private final java.util.Map<Pattern, java.util.Set<String>> triggerWords = new java.util.IdentityHashMap<>();

    /** {@code patterns} run only in the text regions around {@code words}. */
    final void trigger(java.util.Set<String> words, Pattern... patterns) {
        for (Pattern p : patterns) triggerWords.put(p, words);
    }

    /** The text regions around the trigger words of {@code p}. */
    final TextIndex.Regions regions(TextIndex ix, Pattern p) {
        return ix.regions(triggerWords.get(p));
    }

    static int skipSpaces(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    private static final java.util.Set<String> STOP = java.util.Set.of("le", "la", "les", "l", "de", "du", "d", "the", "of");

    /** The letter words of lexicon keys, as {@link TextIndex} spells its tokens. */
    static java.util.Set<String> triggers(java.util.Collection<String> keys) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String k : keys) {
            for (String w : k.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (!w.isEmpty() && !STOP.contains(w)) out.add(w);
            }
        }
        return java.util.Set.copyOf(out);
    }

    static Pattern compile(String regex) {
        return Pattern.compile(regex, FLAGS);
    }

    Integer lookupInt(String section, String key) {
        String v = lex.get(section, normalizeSpaces(key));
        if (v == null) return null;
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String normalizeSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = b.length() > 0;
                continue;
            }
            if (space) b.append(' ');
            space = false;
            b.append(c == '’' ? '\'' : Character.toLowerCase(c));
        }
        return b.toString();
    }

    /** The text just before {@code pos} (up to {@code n} chars), lower-cased, apostrophes folded. */
    static String left(String text, int pos, int n) {
        return text.substring(Math.max(0, pos - n), pos).toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    static String right(String text, int pos, int n) {
        return text.substring(pos, Math.min(text.length(), pos + n)).toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    static boolean isLower(String s) {
        return !s.isEmpty() && Character.isLowerCase(s.charAt(0));
    }

    /**
     * A clock time to a TIMEX3 suffix: "15h30" -> "T15:30", "22H00 GMT" -> "T22:00Z", "8h du soir"
     * -> "T20:00". {@code pmWords} are the phrases that move a morning hour to the afternoon.
     */
    static String clock(String s, List<String> pmWords, List<String> utcWords) {
        Matcher m = CLOCK.matcher(s);
        if (!m.find()) return null;
        int h = Integer.parseInt(m.group(1));
        int mi = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (h > 24) return null;
        String lower = s.toLowerCase(Locale.ROOT);
        for (String pm : pmWords) if (lower.contains(pm) && h < 12) h += 12;
        boolean utc = false;
        for (String u : utcWords) if (s.contains(u)) utc = true;
        return String.format("T%02d:%02d%s", h, mi, utc ? "Z" : "");
    }

    /** TIMEX3 duration value for a count of a unit; null count = unspecified ("PXD"). */
    static String duration(String q, String unit) {
        return switch (unit) {
            case "S" -> "PT" + q + "S";
            case "MIN" -> "PT" + q + "M";
            case "H" -> "PT" + q + "H";
            case "HALF" -> q.equals("X") ? "PXM" : isDigits(q) ? "P" + (6 * Integer.parseInt(q)) + "M" : "P" + q + "HALF";
            default -> "P" + q + unit;
        };
    }

    /**
     * A quantity as written ("3", "1,5", "vingt-quatre", "quelques") to its TIMEX3 form: digits,
     * a decimal with a dot, or "X" for an unspecified one; null when it is not a number.
     */
    String quantity(String raw) {
        String s = normalizeSpaces(raw);
        if (NUMBER.matcher(s).matches()) return s.replace(',', '.');
        String direct = lex.get("numbers", s);
        if (direct != null) return direct;
        int sum = 0;
        for (String part : NUMBER_PARTS.split(s.replace("quatre-vingts", "quatre-vingt"))) {
            if (part.isEmpty()) continue;
            String v = lex.get("numbers", part);
            if (v == null || v.equals("X")) return null;
            sum += Integer.parseInt(v);
        }
        return sum == 0 ? null : String.valueOf(sum);
    }

    /** Year validity for an explicit four-digit year. */
    static boolean plausibleYear(int y) {
        return y >= 1000 && y <= 2100;
    }

    static int parseInt(String s) {
        return Integer.parseInt(s.strip());
    }

    static String g(Matcher m, String name) {
        return m.group(name);
    }
}
