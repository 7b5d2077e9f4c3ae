package org.vigie.corpus.reprints;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import org.vigie.core.model.Publication;

/**
 * Who published first, the one order used for a family's source and for an article's own
 * publications: by day of the metadata date, then by rank in the {@link SourceRanking} (wire
 * agencies, state media), then by time of day when known. Undated comes after dated. Rank comes
 * before time of day because times are the least reliable metadata across sites (time zones,
 * update stamps) while a same-day wire copy is the likelier origin. A tie is left to the caller
 * (arrival order).
 */
public final class Precedence {

    private Precedence() {
    }

    /** Negative when (dayX, rankX, secondX) published first; 0 on a tie. */
    static int compare(long dayX, int rankX, int secondX, long dayY, int rankY, int secondY) {
        int c = Long.compare(dayX, dayY);
        if (c == 0) c = Integer.compare(rankX, rankY);
        if (c == 0) c = Integer.compare(secondX, secondY);
        return c;
    }

    /**
     * Publications of one text earliest first; ties compare equal, so a stable sort keeps them in
     * the order they came (the first stored first).
     */
    public static Comparator<Publication> ofPublications(SourceRanking ranking) {
        return (x, y) -> {
            long[] wx = parseDate(x.date()), wy = parseDate(y.date());
            return compare(wx[0], ranking.rank(site(x.site(), x.url())), (int) wx[1],
                    wy[0], ranking.rank(site(y.site(), y.url())), (int) wy[1]);
        };
    }

    /**
     * The sort key of one publication, {day, rank, second}, compared element by element as
     * {@link #ofPublications} compares: for sorting many publications, each date parsed once.
     */
    public static long[] key(Publication p, SourceRanking ranking) {
        long[] d = parseDate(p.date());
        return new long[]{d[0], ranking.rank(site(p.site(), p.url())), d[1]};
    }

    /** {epoch day or MAX, UTC second of day or MAX} of an ISO-8601 date or date-time. */
    static long[] parseDate(String s) {
        long[] none = {Long.MAX_VALUE, Integer.MAX_VALUE};
        if (s == null || s.isBlank()) return none;
        String t = s.strip();
        try {
            OffsetDateTime o = OffsetDateTime.parse(t).withOffsetSameInstant(ZoneOffset.UTC);
            return new long[]{o.toLocalDate().toEpochDay(), o.toLocalTime().toSecondOfDay()};
        } catch (DateTimeParseException ignored) {
            // not an offset date-time
        }
        try {
            LocalDateTime l = LocalDateTime.parse(t);
            return new long[]{l.toLocalDate().toEpochDay(), l.toLocalTime().toSecondOfDay()};
        } catch (DateTimeParseException ignored) {
            // not a local date-time
        }
        try {
            return new long[]{LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t).toEpochDay(), Integer.MAX_VALUE};
        } catch (DateTimeParseException ignored) {
            return none;
        }
    }

    /** The site a publication is ranked by: its site name, else the host of its URL; null when neither. */
    static String site(String site, String url) {
        if (site != null && !site.isBlank()) return site.strip();
        if (url == null) return null;
        try {
            return URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
