package org.vigie.nlp.times;

/**
 * What a rule read in a time expression, before any anchoring: the calendar fields it names,
 * an offset from the document date, or a value that needs no anchor. Immutable; the {@code with}
 * methods return copies.
 *
 * @param kind     CALENDAR (fields, year maybe missing), OFFSET (amount of unit from the anchor),
 *                 LITERAL (value known from the words alone)
 * @param rel      how an incomplete calendar date is placed around its anchor
 * @param unit     OFFSET granularity: D, W, M, Y, Q, HALF, WE (week-end), SEASON, DE, CE, H, MIN, S
 * @param amount   OFFSET signed count; null for a vague one ("il y a quelques jours")
 * @param season   SP, SU, FA, WI
 * @param time     the TIMEX3 time suffix: "T15:30", "T22:00Z" or a part of day "TEV"
 */
record Frame(int start, int end, Kind kind, String type,
             Integer year, Integer month, Integer day, Integer weekday, String season,
             String time, Rel rel, String unit, Integer amount, String literal) {

    enum Kind { CALENDAR, OFFSET, LITERAL }

    /** dernier / prochain / ce: which occurrence of an undated day, month or weekday is meant. */
    enum Rel {
        NONE, LAST, NEXT, THIS,
        /** "the next year", "a year earlier": an OFFSET counted from the text's previous dated expression, the document date failing one. */
        ANAPHORIC
    }

    static Frame calendar(int start, int end, Integer year, Integer month, Integer day, Integer weekday, Rel rel) {
        return new Frame(start, end, Kind.CALENDAR, "DATE", year, month, day, weekday, null, null,
                rel == null ? Rel.NONE : rel, null, null, null);
    }

    static Frame offset(int start, int end, String unit, Integer amount, Rel rel) {
        return new Frame(start, end, Kind.OFFSET, "DATE", null, null, null, null, null, null,
                rel == null ? Rel.NONE : rel, unit, amount, null);
    }

    static Frame literal(int start, int end, String type, String value) {
        return new Frame(start, end, Kind.LITERAL, type, null, null, null, null, null, null, Rel.NONE,
                null, null, value);
    }

    Frame withTime(String t) {
        if (t == null) return this;
        return new Frame(start, end, kind, "TIME", year, month, day, weekday, season, t, rel, unit, amount, literal);
    }

    Frame withSeason(String s) {
        return new Frame(start, end, kind, type, year, month, day, weekday, s, time, rel, unit, amount, literal);
    }

    Frame withYear(Integer y) {
        return new Frame(start, end, kind, type, y, month, day, weekday, season, time, rel, unit, amount, literal);
    }

    Frame withSpan(int s, int e) {
        return new Frame(s, e, kind, type, year, month, day, weekday, season, time, rel, unit, amount, literal);
    }

    int length() {
        return end - start;
    }

    boolean overlaps(Frame o) {
        return start < o.end && o.start < end;
    }

    /** A calendar frame that names no year and so needs an anchor. */
    boolean needsAnchor() {
        return kind == Kind.OFFSET || (kind == Kind.CALENDAR && year == null);
    }
}
