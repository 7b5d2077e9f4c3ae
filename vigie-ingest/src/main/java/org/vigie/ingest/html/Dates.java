package org.vigie.ingest.html;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises the date strings pages carry (ISO-8601, RFC 1123, epoch seconds, "18/06/2020",
 * "jeudi 18 juin 2020", "June 18, 2020") to ISO-8601: a date, or a date-time with its offset when
 * the source had a time. Implausible dates (before 1990, or years in the future) are refused.
 */
final class Dates {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2}|UTC|GMT)?)?");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(20\\d{2}|19\\d{2})(\\d{2})(\\d{2})(?!\\d)");
    private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");
    private static final Pattern NUMERIC_DMY = Pattern.compile(
            "(?<!\\d)(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})(?!\\d)(?:\\D{1,8}(\\d{1,2})\\s*[h:]\\s*(\\d{2}))?");

    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("février", 2), Map.entry("fevrier", 2), Map.entry("mars", 3),
            Map.entry("avril", 4), Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7),
            Map.entry("août", 8), Map.entry("aout", 8), Map.entry("septembre", 9), Map.entry("octobre", 10),
            Map.entry("novembre", 11), Map.entry("décembre", 12), Map.entry("decembre", 12),
            Map.entry("janv", 1), Map.entry("févr", 2), Map.entry("fevr", 2), Map.entry("avr", 4),
            Map.entry("juil", 7), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("déc", 12), Map.entry("dec", 12),
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12), Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3),
            Map.entry("apr", 4), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9));

    private static final String MONTH_ALT =
            "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
            + "|janv|févr|fevr|avr|juil|sept|oct|nov|déc|dec"
            + "|january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sep";

    /** "18 juin 2020", "1er juin 2020", "18 June 2020", optionally followed by "à 11h03" / "11:03". */
    static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(" + MONTH_ALT + ")\\.?,?\\s+(\\d{4})(?!\\d)"
                    + "(?:\\s*(?:à|a|at|,|-|–)?\\s*(\\d{1,2})\\s*[h:]\\s*(\\d{2}))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "June 18, 2020", "Jun. 18 2020". */
    static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}])(" + MONTH_ALT + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Dates() {
    }

    /** ISO-8601 form of {@code raw}, or null when it is not a plausible date. */
    static String normalize(String raw) {
        if (raw == null) return null;
        String s = raw.strip();
        if (s.isEmpty() || s.length() > 200) return null;
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            String r = iso(m);
            if (r != null) return r;
        }
        if (EPOCH.matcher(s).matches()) {
            long v = Long.parseLong(s);
            if (s.length() == 13) v /= 1000;
            LocalDate d = OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(v), ZoneOffset.UTC).toLocalDate();
            return plausible(d) ? d.toString() : null;
        }
        try {
            OffsetDateTime t = OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
            if (plausible(t.toLocalDate())) return t.toString();
        } catch (DateTimeParseException e) {
            // not RFC 1123; try the textual forms
        }
        String text = textual(s);
        if (text != null) return text;
        m = COMPACT.matcher(s);
        if (m.find()) {
            return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        return null;
    }

    /** The first textual or numeric day-first date in running text ("publié le 18 juin 2020"). */
    static String textual(String s) {
        Matcher m = DAY_MONTH_YEAR.matcher(s);
        if (m.find()) {
            Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            String d = month == null ? null
                    : date(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
            if (d != null) return d;
        }
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.find()) {
            Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
            String d = month == null ? null
                    : date(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)));
            if (d != null) return d;
        }
        m = NUMERIC_DMY.matcher(s);
        if (m.find()) {
            return date(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        return null;
    }

    private static String iso(Matcher m) {
        String d = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        if (d == null || m.group(4) == null) return d;
        int h = Integer.parseInt(m.group(4));
        int min = Integer.parseInt(m.group(5));
        int sec = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        if (h > 23 || min > 59 || sec > 59) return d;
        String zone = m.group(7);
        String time = String.format(Locale.ROOT, "%sT%02d:%02d:%02d", d, h, min, sec);
        if (zone == null) return time;
        if (zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT")) return time + "Z";
        String z = zone.contains(":") ? zone : zone.substring(0, 3) + ":" + zone.substring(3);
        return time + z;
    }

    static String date(int y, int mo, int d) {
        try {
            LocalDate date = LocalDate.of(y, mo, d);
            return plausible(date) ? date.toString() : null;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static boolean plausible(LocalDate d) {
        return d.getYear() >= 1990 && d.isBefore(LocalDate.now(ZoneOffset.UTC).plusYears(1));
    }
}
