package org.vigie.nlp.signals.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.nlp.signals.Fold;
import org.vigie.nlp.signals.Resources;
import org.vigie.nlp.signals.Words.Word;

/**
 * Figures of a text with the thing they count: "12 morts", "3 000 manifestants", "2,5 milliards
 * d'euros", "hausse de 5 %", "une dizaine de blessés". Each figure is an interval: exact counts are
 * points, round figures ("3 000", "10 millions") allow 12 %, decimals half their last digit (a
 * percentage its whole last digit),
 * "près de" ±10 %, "plus de" and "moins de" are half-lines, "une centaine" ×0.7–1.5. Dates,
 * durations, ages and times ("35 ans", "12 mars", "20 h") are not counts and are left out; the
 * cue words are in {@code support/figure-words.txt}.
 */
final class Figures {

    /**
     * A figure: its span in the text ({@code start}, {@code end}: the number and the counted
     * thing), its interval {@code [lo, hi]} ({@code [strictLo, strictHi]} without the rounding of
     * a round figure: what a reference text states, as opposed to what a claim may mean), the key of the counted thing ({@code unit}: a folded
     * noun key, "%", "euro"...), whether it is a part of a count given elsewhere ({@code part}:
     * "dont 3 enfants", "3 autres morts"), whether it is a vague plural ("des centaines de"),
     * {@code value}, the figure as written, and the words it covers ({@code from} inclusive,
     * {@code to} exclusive, indexes in the word list it was read from).
     */
    record Figure(int start, int end, double value, double lo, double hi, double strictLo, double strictHi, String unit,
            boolean part, boolean vague, int from, int to) {

        boolean overlaps(double a, double b) {
            return lo <= b && a <= hi;
        }

        /** Overlap of {@code [a, b]} with the interval the figure states, its own rounding left out. */
        boolean statedOverlaps(double a, double b) {
            return strictLo <= b && a <= strictHi;
        }

        boolean contains(double v) {
            return lo <= v && v <= hi;
        }
    }

    /** A number read at some word, before its counted thing. */
    private record Number(int from, int to, int start, int end, double value, double tolerance, boolean vague, boolean approx) {
    }

    private static final Map<String, Double> NUMBER = new HashMap<>();
    private static final Map<String, Double> MULTIPLIER = new HashMap<>();
    private static final Map<String, Double> APPROX = new HashMap<>();
    private static final java.util.Set<String> NOT_UNIT = new java.util.HashSet<>();
    private static final java.util.Set<String> FUNCTION = new java.util.HashSet<>();
    private static final java.util.Set<String> NEW = new java.util.HashSet<>();
    private static final java.util.Set<String> OTHER = new java.util.HashSet<>();
    private static final java.util.Set<String> MODAL = new java.util.HashSet<>();
    private static final java.util.Set<String> OPENING = new java.util.HashSet<>();
    /** Multi-word cues before a figure (about, atleast, atmost, part), as key lists. */
    private static final List<Cue> BEFORE = new ArrayList<>();

    private record Cue(List<String> keys, String category) {
    }

    static {
        for (Resources.Line line : Resources.lines("support/figure-words.txt")) {
            String[] f = line.fields();
            if (f.length < 2) throw line.error("expected phrase | category");
            List<Word> ws = org.vigie.nlp.signals.Words.of(f[0]);
            if (ws.isEmpty()) throw line.error("no word in phrase");
            String key = ws.get(0).key();
            if (ws.size() > 1 && !List.of("about", "atleast", "atmost", "part").contains(f[1])) {
                throw line.error("category " + f[1] + " takes one word");
            }
            switch (f[1]) {
                case "about", "atleast", "atmost", "part" -> BEFORE.add(new Cue(ws.stream().map(Word::key).toList(), f[1]));
                case "new" -> NEW.add(key);
                case "other" -> OTHER.add(key);
                case "modal" -> MODAL.add(key);
                case "opening" -> OPENING.add(key);
                case "notunit" -> NOT_UNIT.add(key);
                case "function" -> FUNCTION.add(key);
                case "multiplier" -> MULTIPLIER.put(key, value(line, f));
                case "number" -> NUMBER.put(key, value(line, f));
                case "approx" -> APPROX.put(key, value(line, f));
                default -> throw line.error("unknown category " + f[1]);
            }
        }
    }

    private static double value(Resources.Line line, String[] f) {
        if (f.length < 3) throw line.error("expected a value");
        try {
            return Double.parseDouble(f[2]);
        } catch (NumberFormatException e) {
            throw line.error("value is not a number");
        }
    }

    private static final Pattern FR_NUMBER = Pattern.compile("(\\d{1,3}(?:[.\u202f\u00a0]\\d{3})+|\\d+)(?:,(\\d+))?");
    private static final Pattern EN_NUMBER = Pattern.compile("(\\d{1,3}(?:[,\u202f\u00a0]\\d{3})+|\\d+)(?:\\.(\\d+))?");
    private static final Pattern PERCENT = Pattern.compile("\\s?(%|pour\\s?cent\\b|percent\\b|per cent\\b)");
    private static final Pattern CURRENCY = Pattern.compile("\\s?([€$£])");
    private static final double EPSILON = 1e-9;
    private static final java.util.Set<String> ANAPHORIC = java.util.Set.of("ce", "ces", "cet", "cette", "these", "those");
    private static final java.util.Set<String> RATIO = java.util.Set.of("sur", "out");
    /**
     * How far a round figure ("1.000 décès", "3 000 manifestants", "10 millions") may be from the
     * exact count it rounds: headlines round 1 117 to 1 000, not 2 600 to 3 000.
     */
    static final double ROUND = 0.12;

    private Figures() {
    }

    /**
     * The value of a number word ("douze", "vingt", "mille", "million", "twelve"), from
     * {@code figure-words.txt}'s numbers and multipliers; null for any other word.
     */
    static Double wordValue(Word w) {
        Double v = NUMBER.get(w.key());
        return v != null ? v : MULTIPLIER.get(w.key());
    }

    /** The value of a number word given by its key ("four" 4, "douze" 12), or null. */
    static Double numberValue(String key) {
        return NUMBER.get(key);
    }

    /**
     * The value a number word writes, hyphenated compounds included ("dix-sept" 17,
     * "quatre-vingt-quatre" 84), or the round count a singular approximate noun stands for ("une
     * quarantaine" 40, "une vingtaine" 20): what a headline's digits may round to. Null for other words.
     */
    static Double spelledValue(Word w) {
        Double v = wordNumber(w);
        if (v == null) v = MULTIPLIER.get(w.key());
        if (v != null) return v;
        Double base = APPROX.get(w.key());
        return base != null && !w.folded().endsWith("s") && !w.folded().endsWith("x") ? base : null;
    }

    /** Whether a word is a function word (never a counted thing, never a shared topic word). */
    static boolean isFunction(Word w) {
        return FUNCTION.contains(w.key()) || w.text().length() < 2;
    }

    /** Whether a word makes a figure near it a forecast or a hypothesis. */
    static boolean isModal(Word w) {
        return MODAL.contains(w.key());
    }

    /** Whether a sub-count cue ("dont", "parmi lesquels", "including") starts at word {@code i}. */
    static boolean startsPart(List<Word> words, int i) {
        for (Cue c : BEFORE) {
            if (!c.category().equals("part") || i + c.keys().size() > words.size()) continue;
            boolean ok = true;
            for (int k = 0; k < c.keys().size() && ok; k++) ok = words.get(i + k).key().equals(c.keys().get(k));
            if (ok) return true;
        }
        return false;
    }

    /** Whether a word is a number word ("trois", "une", "twenty"). */
    static boolean isNumberWord(Word w) {
        return NUMBER.containsKey(w.key());
    }

    /** Whether a word before a figure makes it one of several events or an early toll ("un premier accident"). */
    static boolean isOpening(Word w) {
        return OPENING.contains(w.key());
    }

    /** Whether a word is a year (a bare four-digit number from 1900 to 2100). */
    static boolean isYear(Word w) {
        return w.text().length() == 4 && w.isNumber() && w.text().chars().allMatch(Character::isDigit)
                && Integer.parseInt(w.text()) >= 1900 && Integer.parseInt(w.text()) <= 2100;
    }

    /** Figures with a counted thing among {@code words} (a slice of {@code text}). */
    static List<Figure> find(String text, List<Word> words, boolean english) {
        List<Figure> out = new ArrayList<>();
        Number previous = null;
        for (int i = 0; i < words.size(); i++) {
            Number n = number(text, words, i, english);
            if (n == null) continue;
            Figure f = figure(text, words, n, previous, english);
            if (f != null) out.add(f);
            previous = n;
            i = n.to() - 1;
        }
        return out;
    }

    /**
     * A number written in digits as a claim, whatever it counts: words {@code [from, to)} of the
     * list it was read from (digits, digit groups and multipliers: "1,5 million", "3 000", "2,3
     * Md"), {@code lastDigits} the index of its last digits word, and the interval {@code [lo, hi]}
     * of the exact values it may stand for.
     */
    record Quantity(int from, int to, int lastDigits, double lo, double hi, double factor) {

        boolean contains(double v) {
            return lo <= v && v <= hi;
        }

        /** The same quantity in the smaller unit ("1,6 tonne" as 1,600 kilos), or null. */
        Quantity converted() {
            return factor == 1 ? null : new Quantity(from, to, lastDigits, lo * factor, hi * factor, 1);
        }
    }

    /** Units a body may give in a smaller one, and the factor: "1,6 tonne" over "1.600 kilos". */
    private static final Map<String, Double> CONVERSIONS = Map.of("tonne", 1000.0, "tonnes", 1000.0, "t", 1000.0,
            "kilometre", 1000.0, "kilometres", 1000.0, "km", 1000.0);

    /**
     * How far a hedged figure may be from the exact value on its side of the hedge: "plus de
     * 150.000" is 150,000 to 180,000, "moins de 100" 80 to 100. A headline rounds a count down to
     * a lower bound by little; further off, the figure is another.
     */
    static final double HEDGE = 0.2;

    /**
     * The numbers in digits of {@code words} (a headline or standfirst), each with the interval of
     * exact values it may stand for, so that a body writing the same quantity otherwise supports it:
     * "1,5 million" is 1,450,000 to 1,550,000 (half its last digit), "3 000" and "300" round within
     * {@link #ROUND}, "250" (a figure of 100 or more ending in 0) rounds to the ten, "près de 300"
     * is ±10 %, "plus de 300" 300 to 360 ({@link #HEDGE}), "moins de 300" 240 to 300. Other
     * figures, and years, are exact.
     */
    static List<Quantity> quantities(String text, List<Word> words, boolean english) {
        List<Quantity> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).isNumber()) continue;
            Number n = number(text, words, i, english);
            if (n == null) continue;
            int lastDigits = i;
            while (lastDigits + 1 < n.to() && words.get(lastDigits + 1).isNumber()) lastDigits++;
            double v = n.value();
            double tolerance = n.tolerance();
            boolean year = n.to() == i + 1 && isYear(words.get(i));
            if (year) {
                tolerance = 0;
            } else if (tolerance == 0 && v >= 100 && v == Math.rint(v) && v % 10 == 0) {
                tolerance = 5; // "250 km/h" for 251 km/h
            }
            double lo = v - tolerance;
            double hi = v + tolerance;
            Cue c = year ? null : cueBefore(words, i);
            if (c != null) {
                switch (c.category()) {
                    case "about" -> {
                        lo = Math.min(lo, 0.9 * v);
                        hi = Math.max(hi, 1.1 * v);
                    }
                    case "atleast" -> hi = Math.max(hi, (1 + HEDGE) * v);
                    case "atmost" -> lo = Math.min(lo, (1 - HEDGE) * v);
                    default -> {
                    }
                }
            }
            double factor = n.to() < words.size() ? CONVERSIONS.getOrDefault(words.get(n.to()).folded(), 1.0) : 1;
            out.add(new Quantity(i, n.to(), lastDigits, lo - EPSILON, hi + EPSILON, factor));
            i = n.to() - 1;
        }
        return out;
    }

    /**
     * The totals a text gives by adding a count of new or further items to an earlier count of the
     * same thing without writing them: "douze cas confirmés ... 22 cas supplémentaires" make 34
     * cases, which a headline may state.
     */
    static List<Double> totals(String text, List<Word> words, boolean english) {
        List<Figure> figures = find(text, words, english);
        List<Double> out = new ArrayList<>();
        for (Figure added : figures) {
            if (!added.unit().startsWith("new ")) continue;
            String unit = added.unit().substring("new ".length());
            for (Figure base : figures) {
                if (base.start() < added.start() && base.unit().equals(unit) && !base.vague()) out.add(base.value() + added.value());
            }
        }
        return out;
    }

    /** Every number value of {@code words}, as written and multiplied ("2,5 milliards": 2.5 and 2.5e9). */
    static List<Double> values(String text, List<Word> words, boolean english) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.isNumber()) {
                Double v = digits(w.text(), english);
                if (v != null) out.add(v);
            }
            Number n = number(text, words, i, english);
            if (n != null) {
                out.add(n.value());
                i = n.to() - 1;
            }
        }
        return out;
    }

    private static Figure figure(String text, List<Word> words, Number n, Number previous, boolean english) {
        int j = n.to();
        int end = n.end();
        String unit = null;
        Matcher pc = PERCENT.matcher(text).region(end, Math.min(text.length(), end + 12));
        Matcher cur = CURRENCY.matcher(text).region(end, Math.min(text.length(), end + 2));
        boolean isNew = false;
        boolean other = false;
        if (pc.lookingAt()) {
            unit = "%";
            end = pc.end();
        } else if (cur.lookingAt()) {
            unit = switch (cur.group(1)) {
                case "€" -> "euro";
                case "$" -> "dollar";
                default -> "livre";
            };
            end = cur.end();
        } else {
            // "2,5 milliards d'euros", "une dizaine de blessés": the counted thing follows "de"
            if (j < words.size() && (j > n.from() + 1 || MULTIPLIER.containsKey(words.get(j - 1).key())
                    || APPROX.containsKey(words.get(j - 1).key()))) {
                String k = words.get(j).key();
                if (k.equals("de") || k.equals("d'") || k.equals("of")) j++;
            }
            while (j < words.size() && (NEW.contains(words.get(j).key()) || OTHER.contains(words.get(j).key()))) {
                if (NEW.contains(words.get(j).key())) isNew = true;
                else other = true;
                j++;
            }
            if (j >= words.size()) return null;
            Word noun = words.get(j);
            if (!gap(text, words.get(j - 1).end(), noun.start())) return null;
            if (!Character.isLetter(noun.text().charAt(0)) || isFunction(noun) || NOT_UNIT.contains(noun.key())
                    || NUMBER.containsKey(noun.key()) || MULTIPLIER.containsKey(noun.key()) || noun.isAllCaps()) {
                return null;
            }
            unit = noun.key();
            end = noun.end();
            // "90 km/h", "5 euros/mois": a rate is another thing than its numerator
            if (j + 1 < words.size() && words.get(j + 1).start() == end + 1 && text.charAt(end) == '/') {
                unit = unit + "/" + words.get(j + 1).key();
                end = words.get(j + 1).end();
                j++;
            }
            // "21 malades supplémentaires"
            if (j + 1 < words.size() && NEW.contains(words.get(j + 1).key()) && gap(text, noun.end(), words.get(j + 1).start())) {
                isNew = true;
            }
        }
        if (isNew) unit = "new " + unit;
        // years: a bare four-digit number between 1900 and 2100 counts nothing
        double v = n.value();
        if (n.tolerance() == 0 && v >= 1900 && v <= 2100 && v == Math.rint(v) && n.to() == n.from() + 1) return null;
        double lo = v - n.tolerance() - EPSILON;
        double hi = v + n.tolerance() + EPSILON;
        double slo = n.approx() ? lo : v - EPSILON;
        double shi = n.approx() ? hi : v + EPSILON;
        if ("%".equals(unit)) {
            // percentages are rounded or truncated to their last digit: "73 %" for 73,8 %
            double digit = 2 * halfLastDigit(words.get(n.from()).text(), english);
            lo = Math.min(lo, v - digit - EPSILON);
            hi = Math.max(hi, v + digit + EPSILON);
        }
        int last = j;
        while (last < words.size() && words.get(last).end() <= end) last++;
        boolean part = other;
        int start = n.start();
        String bound = null;
        int k = n.from();
        Cue c = cueBefore(words, k);
        if (c != null && !c.category().equals("part")) {
            bound = c.category();
            k -= c.keys().size();
            start = words.get(k).start();
            c = cueBefore(words, k);
        }
        if (c != null && c.category().equals("part")) part = true;
        // "ces deux prévenus", "parmi les trois blessés": a group named before, often a subset
        if (k > 0 && ANAPHORIC.contains(words.get(k - 1).key())) part = true;
        if (k > 1 && words.get(k - 1).key().equals("les") && words.get(k - 2).key().equals("parmi")) part = true;
        // "un décès sur huit", "quatre Français sur dix", "eight out of ten": a ratio, not a count
        if (k > 0 && RATIO.contains(words.get(k - 1).key())) return null;
        if (k > 1 && words.get(k - 1).key().equals("of") && words.get(k - 2).key().equals("out")) return null;
        if (n.to() < words.size() && words.get(n.to()).key().equals("out")) return null;
        int after = last < words.size() && words.get(last).key().equals("out") && last + 1 < words.size()
                && words.get(last + 1).key().equals("of") ? last + 2 : last + 1;
        if (last < words.size() && RATIO.contains(words.get(last).key()) && after < words.size()
                && (words.get(after).isNumber() || NUMBER.containsKey(words.get(after).key()))) {
            return null;
        }
        if (previous != null && previous.to() + 1 == n.from()) {
            String link = words.get(previous.to()).key();
            if (link.equals("a") || link.equals("à") || link.equals("et") || link.equals("ou") || link.equals("to")
                    || link.equals("and") || link.equals("or")) {
                lo = Math.min(lo, previous.value() - previous.tolerance());
                slo = Math.min(slo, previous.value());
                start = previous.start();
            }
        }
        if (bound != null) {
            switch (bound) {
                case "about" -> {
                    lo = Math.min(lo, 0.9 * v);
                    hi = Math.max(hi, 1.1 * v);
                    slo = Math.min(slo, 0.9 * v);
                    shi = Math.max(shi, 1.1 * v);
                }
                case "atleast" -> {
                    hi = Double.POSITIVE_INFINITY;
                    shi = hi;
                }
                default -> {
                    lo = 0;
                    slo = 0;
                }
            }
        }
        return new Figure(start, end, v, lo, hi, slo, shi, unit, part, n.vague(), k, last);
    }

    /** The before-figure cue ending just before word {@code k}, or null. */
    private static Cue cueBefore(List<Word> words, int k) {
        Cue best = null;
        for (Cue c : BEFORE) {
            int n = c.keys().size();
            if (k - n < 0 || best != null && best.keys().size() >= n) continue;
            boolean ok = true;
            for (int i = 0; i < n && ok; i++) ok = words.get(k - n + i).key().equals(c.keys().get(i));
            if (ok) best = c;
        }
        return best;
    }

    /** The number starting at word {@code i}, or null. */
    private static Number number(String text, List<Word> words, int i, boolean english) {
        Word w = words.get(i);
        double value;
        double tolerance;
        int j = i + 1;
        if (w.isNumber()) {
            Double d = digits(w.text(), english);
            if (d == null) return null;
            value = d;
            // "3 000", "12 500 000": groups of three digits after a single space
            while (j < words.size() && value == Math.rint(value) && words.get(j).text().length() == 3
                    && words.get(j).text().chars().allMatch(Character::isDigit)
                    && words.get(j).start() == words.get(j - 1).end() + 1 && words.get(j - 1).text().length() <= 3
                    && isSpace(text.charAt(words.get(j).start() - 1))) {
                value = value * 1000 + Integer.parseInt(words.get(j).text());
                j++;
            }
            tolerance = rounding(words.subList(i, j), value, english);
        } else {
            Double d = wordNumber(w);
            if (d != null) {
                value = d;
                tolerance = 0;
                // "un", "une", "one" are articles unless a multiplier follows ("un million")
                if (d == 1 && !(j < words.size() && MULTIPLIER.containsKey(words.get(j).key()))) return null;
            } else if (MULTIPLIER.getOrDefault(w.key(), 1e6) <= 1000) {
                value = 1; // "cent morts", "mille manifestants": the multiplier below makes the value
                tolerance = 0;
                j = i;
            } else {
                return approx(words, i);
            }
        }
        boolean multiplied = false;
        while (j < words.size() && MULTIPLIER.containsKey(words.get(j).key())
                && (j == i || gap(text, words.get(j - 1).end(), words.get(j).start()))) {
            value *= MULTIPLIER.get(words.get(j).key());
            multiplied = true;
            j++;
        }
        if (multiplied) {
            String mantissa = words.get(i).text();
            boolean decimals = w.isNumber() && (english ? mantissa.contains(".") : mantissa.contains(","));
            double unit = value / (w.isNumber() ? digits(mantissa, english) : value);
            tolerance = decimals ? halfLastDigit(mantissa, english) * unit : ROUND * value;
        }
        return new Number(i, j, w.start(), words.get(j - 1).end(), value, tolerance, false, false);
    }

    /** "une dizaine", "des centaines", "dozens": a round count, read as an interval. */
    private static Number approx(List<Word> words, int i) {
        Word w = words.get(i);
        Double base = APPROX.get(w.key());
        if (base == null) return null;
        boolean plural = w.folded().endsWith("s") || w.folded().endsWith("x");
        int start = w.start();
        if (i > 0 && (words.get(i - 1).key().equals("une") || words.get(i - 1).key().equals("un")
                || words.get(i - 1).key().equals("de") || words.get(i - 1).key().equals("a"))) {
            start = words.get(i - 1).start();
        }
        double lo = plural ? 2 * base : 0.7 * base;
        double hi = plural ? 10 * base : 1.5 * base;
        return new Number(i, i + 1, start, w.end(), (lo + hi) / 2, (hi - lo) / 2, plural, true);
    }

    private static Double wordNumber(Word w) {
        Double d = NUMBER.get(w.key());
        if (d != null || w.text().indexOf('-') < 0) return d;
        // "dix-huit", "vingt-deux", "quatre-vingt-dix", "twenty-two"
        double total = 0;
        double current = 0;
        for (String part : w.folded().split("-")) {
            Double p = NUMBER.get(Fold.stem(part));
            if (p == null) p = NUMBER.get(part);
            if (p == null) return null;
            if (p == 20 && current > 0 && current < 20) current *= 20;
            else current += p;
        }
        total += current;
        return total;
    }

    /** The value of a digits word: "3.000" and "2,5" in French, "3,000" and "2.5" in English. */
    static Double digits(String s, boolean english) {
        Matcher m = (english ? EN_NUMBER : FR_NUMBER).matcher(s);
        if (!m.matches()) return null;
        String integer = m.group(1).replaceAll("[^0-9]", "");
        if (integer.length() > 15) return null;
        double v = Double.parseDouble(integer);
        if (m.group(2) != null) v += Double.parseDouble("0." + m.group(2));
        return v;
    }

    /** Half the unit of a decimal figure's last digit ("2,5": 0.05), 0.5 for integers. */
    private static double halfLastDigit(String s, boolean english) {
        Matcher m = (english ? EN_NUMBER : FR_NUMBER).matcher(s);
        if (!m.matches() || m.group(2) == null) return 0.5;
        return 0.5 * Math.pow(10, -m.group(2).length());
    }

    /** How far a written number may stand from the exact count: {@link #ROUND} for round figures, else nothing. */
    private static double rounding(List<Word> number, double value, boolean english) {
        String last = number.get(number.size() - 1).text();
        Matcher m = (english ? EN_NUMBER : FR_NUMBER).matcher(number.get(0).text());
        if (m.matches() && m.group(2) != null) return halfLastDigit(number.get(0).text(), english);
        int zeros = 0;
        for (int k = last.length() - 1; k >= 0 && last.charAt(k) == '0'; k--) zeros++;
        return value >= 100 && zeros >= 2 ? ROUND * value : 0;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00a0' || c == '\u202f';
    }

    /** Whether only spaces (or an elided article's own apostrophe) separate two words. */
    private static boolean gap(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) return false;
        }
        return true;
    }
}
