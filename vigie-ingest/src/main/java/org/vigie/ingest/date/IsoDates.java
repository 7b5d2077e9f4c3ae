package org.vigie.ingest.date;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.DateTimeException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dates as sources write them (ISO-8601, RFC 822/1123 in feeds, "31/05/2018" in French CSVs,
 * epoch seconds) to the ISO-8601 form of the JSON contract: a date ("2018-05-31") when the source
 * gives only a day, a date-time with its offset ("2018-05-31T10:15:00+02:00") when it gives a time.
 * A local date-time without zone stays local ("2018-05-31T10:15:00"): no zone is invented.
 */
public final class IsoDates {

    private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");

    /** RFC 822 as feeds really write it: optional day name, 1- or 2-digit day, 2- or 4-digit year, named zones. */
    private static final List<DateTimeFormatter> ZONED = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            rfc822("[EEE, ]d MMM yyyy HH:mm[:ss] Z"),
            rfc822("[EEE, ]d MMM yyyy HH:mm[:ss] z"),
            rfc822("[EEE, ]d MMM yy HH:mm[:ss] Z"),
            rfc822("[EEE, ]d MMM yy HH:mm[:ss] z"),
            rfc822("yyyy-MM-dd HH:mm[:ss] Z"),
            rfc822("yyyy-MM-dd HH:mm[:ss]XXX"));

    private static final List<DateTimeFormatter> LOCAL_DATE_TIMES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            strict("yyyy-MM-dd HH:mm[:ss]"),
            strict("dd/MM/yyyy HH:mm[:ss]"),
            strict("yyyy/MM/dd HH:mm[:ss]"));

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            strict("yyyy/MM/dd"),
            strict("dd/MM/yyyy"),
            strict("dd.MM.yyyy"),
            strict("yyyyMMdd"),
            rfc822("[EEE, ]d MMM yyyy"),
            rfc822("MMMM d, yyyy"),
            rfc822("MMM d, yyyy"));

    private IsoDates() {
    }

    /** The ISO-8601 form of {@code raw}, or empty when it is not a date this class knows. */
    public static Optional<String> normalize(String raw) {
        if (raw == null) return Optional.empty();
        String s = raw.strip();
        if (s.isEmpty() || s.length() > 64) return Optional.empty();
        if (EPOCH.matcher(s).matches()) {
            long v = Long.parseLong(s);
            Instant i = s.length() >= 12 ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
            return Optional.of(i.atOffset(ZoneOffset.UTC).toString());
        }
        try {
            return Optional.of(OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toString());
        } catch (DateTimeException ignored) {
            // try the next shape
        }
        for (DateTimeFormatter f : ZONED) {
            try {
                return Optional.of(ZonedDateTime.parse(s, f).toOffsetDateTime().toString());
            } catch (DateTimeException ignored) {
                // try the next shape
            }
        }
        for (DateTimeFormatter f : LOCAL_DATE_TIMES) {
            try {
                return Optional.of(LocalDateTime.parse(s, f).toString());
            } catch (DateTimeException ignored) {
                // try the next shape
            }
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return Optional.of(LocalDate.parse(s, f).toString());
            } catch (DateTimeException ignored) {
                // try the next shape
            }
        }
        return Optional.empty();
    }

    private static DateTimeFormatter strict(String pattern) {
        return new DateTimeFormatterBuilder().appendPattern(pattern.replace("yyyy", "uuuu"))
                .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }

    private static DateTimeFormatter rfc822(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive()
                .appendPattern(pattern)
                .parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0)
                .toFormatter(Locale.ENGLISH);
    }
}
