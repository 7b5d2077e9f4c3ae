package org.vigie.corpus.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** The width of a timeline's bars, in UTC calendar days: a day, an ISO week (Monday to Sunday), a month. */
public enum Interval {
    DAY, WEEK, MONTH;

    /** The interval named {@code day}, {@code week} or {@code month} (case ignored). */
    public static Interval of(String name) {
        if (name != null) {
            for (Interval i : values()) {
                if (i.name().equalsIgnoreCase(name.strip())) return i;
            }
        }
        throw new IllegalArgumentException("interval must be day, week or month: " + name);
    }

    /** The first day of the interval holding {@code day}. */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** The first day of the interval after the one starting on {@code start}. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    /** How many intervals cover {@code first} to {@code last}, both included. */
    public long count(LocalDate first, LocalDate last) {
        LocalDate a = start(first);
        LocalDate b = start(last);
        return switch (this) {
            case DAY -> ChronoUnit.DAYS.between(a, b) + 1;
            case WEEK -> ChronoUnit.WEEKS.between(a, b) + 1;
            case MONTH -> ChronoUnit.MONTHS.between(a, b) + 1;
        };
    }

    /** How the interval starting on {@code start} is written: {@code 2016-10-09}, {@code 2016-W41}, {@code 2016-10}. */
    public String label(LocalDate start) {
        return switch (this) {
            case DAY -> start.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> start.toString().substring(0, start.toString().length() - 3);
        };
    }

    /** The lower-case name used by the CLI and the API. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
