package org.vigie.nlp.times;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link Frame} into a TIMEX3 value: as is when it names its year, against an anchor
 * date (the document date) otherwise, or as an underspecified value ("XXXX-WXX-1") when there is
 * no anchor. Pure functions.
 */
final class Resolver {

    private static final int TENSE_REACH_DAYS = 270;
    /** A month named alone reaches back (or forward) up to eleven months. */
    private static final int MONTH_REACH_DAYS = 335;

    private Resolver() {
    }

    /** The value of a frame that needs no anchor, or null. */
    static String absolute(Frame f) {
        if (f.kind() == Frame.Kind.LITERAL) return f.literal();
        if (f.kind() == Frame.Kind.CALENDAR && f.year() != null) {
            if (f.season() != null) return String.format("%04d-%s", f.year(), f.season());
            return format(f.year(), f.month(), f.day(), f.time());
        }
        return null;
    }

    /** The value of {@code f} anchored at {@code dct}, reading an undated frame by {@code tense}. */
    static String resolve(Frame f, LocalDate dct, Tense.Value tense) {
        String abs = absolute(f);
        if (abs != null) return abs;
        if (dct == null) return null;
        return f.kind() == Frame.Kind.OFFSET ? offset(f, dct) : calendar(f, dct, tense);
    }

    /** A value that says what is known and leaves the rest as X: no guess. */
    static String underspecified(Frame f) {
        String abs = absolute(f);
        if (abs != null) return abs;
        if (f.kind() == Frame.Kind.OFFSET) {
            if (f.amount() == null) return vagueRef(f);
            String v = switch (f.unit()) {
                case "W" -> "XXXX-WXX";
                case "WE" -> "XXXX-WXX-WE";
                case "M" -> "XXXX-XX";
                case "Y" -> "XXXX";
                case "Q" -> "XXXX-QX";
                case "HALF" -> "XXXX-HX";
                case "DE" -> "XXX";
                case "CE" -> "XX";
                default -> "XXXX-XX-XX";
            };
            return f.time() == null ? v : v + f.time();
        }
        String t = f.time() == null ? "" : f.time();
        if (f.season() != null) return "XXXX-" + f.season();
        if (f.month() != null && f.day() != null) return String.format("XXXX-%02d-%02d", f.month(), f.day()) + t;
        if (f.month() != null) return String.format("XXXX-%02d", f.month());
        if (f.weekday() != null) return "XXXX-WXX-" + f.weekday() + t;
        return "XXXX-XX-XX" + t;
    }

    private static String vagueRef(Frame f) {
        return f.rel() == Frame.Rel.LAST ? "PAST_REF" : f.rel() == Frame.Rel.NEXT ? "FUTURE_REF" : "PRESENT_REF";
    }

    private static String offset(Frame f, LocalDate dct) {
        if (f.amount() == null) return vagueRef(f);
        int n = f.amount();
        String t = f.time() == null ? "" : f.time();
        return switch (f.unit()) {
            case "W" -> isoWeek(dct.plusWeeks(n));
            case "WE" -> isoWeek(dct.plusWeeks(n)) + "-WE";
            case "M" -> YearMonth.from(dct).plusMonths(n).toString();
            case "Y" -> String.format("%04d", dct.getYear() + n);
            case "Q" -> {
                YearMonth ym = YearMonth.from(dct).plusMonths(3L * n);
                yield String.format("%04d-Q%d", ym.getYear(), (ym.getMonthValue() - 1) / 3 + 1);
            }
            case "HALF" -> {
                YearMonth ym = YearMonth.from(dct).plusMonths(6L * n);
                yield String.format("%04d-H%d", ym.getYear(), (ym.getMonthValue() - 1) / 6 + 1);
            }
            case "DE" -> String.valueOf(dct.getYear() / 10 + n);
            case "CE" -> String.format("%02d", dct.getYear() / 100 + n);
            case "D" -> dct.plusDays(n) + t;
            default -> dct.toString() + t; // hours, minutes, seconds: the day is what is known
        };
    }

    private static final java.util.regex.Pattern DATED = java.util.regex.Pattern.compile(
            "(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?|-W(\\d{2}))?(?:T.*)?");

    /**
     * An {@link Frame.Rel#ANAPHORIC} offset counted from {@code anchor}, the value of an earlier
     * expression ("August 2016" ... "The next year" = 2017); null when the anchor is coarser than
     * the offset's unit ("2016" cannot anchor "the next day") or is no date.
     */
    static String fromAnchor(Frame f, String anchor) {
        if (f.amount() == null || anchor == null) return null;
        java.util.regex.Matcher m = DATED.matcher(anchor);
        if (!m.matches()) return null;
        int y = Integer.parseInt(m.group(1));
        LocalDate day = m.group(3) != null ? date(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                : m.group(4) != null ? weekMonday(y, Integer.parseInt(m.group(4))) : null;
        int n = f.amount();
        return switch (f.unit()) {
            case "Y" -> String.format("%04d", y + n);
            case "M" -> m.group(2) != null ? YearMonth.of(y, Integer.parseInt(m.group(2))).plusMonths(n).toString() : null;
            case "W" -> day != null ? isoWeek(day.plusWeeks(n)) : null;
            case "D" -> day != null && m.group(4) == null ? day.plusDays(n).toString() : null;
            default -> null;
        };
    }

    private static LocalDate weekMonday(int weekYear, int week) {
        if (week < 1 || week > 53) return null;
        return LocalDate.of(weekYear, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }

    static String isoWeek(LocalDate d) {
        return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static String calendar(Frame f, LocalDate dct, Tense.Value tense) {
        Frame.Rel rel = f.rel();
        String t = f.time() == null ? "" : f.time();
        if (f.month() != null && f.day() != null) {
            List<LocalDate> cands = new ArrayList<>();
            for (int y = dct.getYear() - 1; y <= dct.getYear() + 1; y++) {
                LocalDate d = date(y, f.month(), f.day());
                if (d != null) cands.add(d);
            }
            if (f.weekday() != null) {
                // "mardi 13 avril": the weekday picks the year
                List<LocalDate> match = new ArrayList<>();
                // within a year of the anchor only: a wrong weekday is a likelier slip than a far year
                for (int y = dct.getYear() - 1; y <= dct.getYear() + 1; y++) {
                    LocalDate d = date(y, f.month(), f.day());
                    if (d != null && d.getDayOfWeek().getValue() == f.weekday()) match.add(d);
                }
                if (!match.isEmpty()) return nearest(match, dct) + t;
            }
            if (cands.isEmpty()) return null;
            LocalDate pick = pick(cands, dct, rel, tense, TENSE_REACH_DAYS);
            return pick == null ? null : pick + t;
        }
        if (f.month() != null || f.season() != null) {
            int m = f.month() != null ? f.month() : seasonMonth(f.season());
            List<LocalDate> cands = new ArrayList<>();
            for (int y = dct.getYear() - 1; y <= dct.getYear() + 1; y++) cands.add(LocalDate.of(y, m, 1));
            LocalDate ref = dct.withDayOfMonth(1);
            // a bare month with no tense cue is most often one just past ("contre 610 en janvier")
            Tense.Value read = rel == Frame.Rel.NONE && tense == Tense.Value.UNKNOWN && f.season() == null ? Tense.Value.PAST : tense;
            LocalDate pick = pick(cands, ref, rel, read, MONTH_REACH_DAYS);
            if (pick == null) return null;
            return f.season() != null ? String.format("%04d-%s", pick.getYear(), f.season())
                    : YearMonth.from(pick).toString();
        }
        if (f.weekday() != null) {
            DayOfWeek wd = DayOfWeek.of(f.weekday());
            LocalDate d = switch (rel) {
                case LAST -> dct.with(TemporalAdjusters.previous(wd));
                case NEXT -> dct.with(TemporalAdjusters.next(wd));
                case THIS -> dct.with(DayOfWeek.MONDAY).plusDays(f.weekday() - 1L);
                default -> tense == Tense.Value.FUTURE ? dct.with(TemporalAdjusters.nextOrSame(wd))
                        : dct.with(TemporalAdjusters.previousOrSame(wd));
            };
            return d + t;
        }
        return dct + t; // a bare clock time: that day
    }

    private static int seasonMonth(String s) {
        return switch (s) {
            case "SP" -> 4;
            case "SU" -> 7;
            case "FA" -> 10;
            default -> 1;
        };
    }

    private static LocalDate pick(List<LocalDate> cands, LocalDate ref, Frame.Rel rel, Tense.Value tense, int reach) {
        LocalDate best = null;
        switch (rel) {
            case LAST -> {
                for (LocalDate d : cands) if (d.isBefore(ref) && (best == null || d.isAfter(best))) best = d;
            }
            case NEXT -> {
                for (LocalDate d : cands) if (d.isAfter(ref) && (best == null || d.isBefore(best))) best = d;
            }
            case THIS -> best = sameYear(cands, ref);
            default -> {
                if (tense == Tense.Value.PAST) {
                    for (LocalDate d : cands) if (!d.isAfter(ref) && (best == null || d.isAfter(best))) best = d;
                } else if (tense == Tense.Value.FUTURE) {
                    for (LocalDate d : cands) if (!d.isBefore(ref) && (best == null || d.isBefore(best))) best = d;
                }
                // An undated day or month in news lies within months of the writing: a tense cue
                // may choose the farther candidate, not one most of a year away.
                if (best == null || Math.abs(ChronoUnit.DAYS.between(ref, best)) > reach) best = nearest(cands, ref);
            }
        }
        return best;
    }

    private static LocalDate sameYear(List<LocalDate> cands, LocalDate ref) {
        for (LocalDate d : cands) if (d.getYear() == ref.getYear()) return d;
        return nearest(cands, ref);
    }

    /** The candidate closest to ref; on a tie the earlier one (news reports the past more often). */
    private static LocalDate nearest(List<LocalDate> cands, LocalDate ref) {
        LocalDate best = null;
        long bestDist = Long.MAX_VALUE;
        for (LocalDate d : cands) {
            long dist = Math.abs(ChronoUnit.DAYS.between(ref, d));
            if (dist < bestDist || (dist == bestDist && d.isBefore(best))) {
                best = d;
                bestDist = dist;
            }
        }
        return best;
    }

    static LocalDate date(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    static String format(Integer y, Integer m, Integer d, String time) {
        StringBuilder b = new StringBuilder(y == null ? "XXXX" : String.format("%04d", y));
        if (m != null) b.append(String.format("-%02d", m));
        if (m != null && d != null) b.append(String.format("-%02d", d));
        if (time != null && m != null && d != null) b.append(time);
        return b.toString();
    }
}
