package org.vigie.corpus.related;

import java.util.Locale;
import java.util.Objects;

/**
 * The articles related to one stored article.
 *
 * @param id the stored article's id
 * @param top how many related articles to return
 * @param days the window: only articles published within this many days (UTC calendar days) before or
 *     after the article's date; null for any date. An undated article has no window whatever this says.
 * @param config how they are scored
 */
public record RelatedRequest(String id, int top, Integer days, RelatedConfig config) {

    public static final int DEFAULT_TOP = 10;
    public static final int MAX_TOP = 100;
    public static final int DEFAULT_DAYS = 30;
    /** Ten years: a wider window is no window ({@link #anyDate}). */
    public static final int MAX_DAYS = 3_650;

    public RelatedRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(config, "config");
        if (top < 1 || top > MAX_TOP) throw new IllegalArgumentException("top must be between 1 and " + MAX_TOP + ", not " + top);
        if (days != null && (days < 0 || days > MAX_DAYS)) {
            throw new IllegalArgumentException("days must be between 0 and " + MAX_DAYS + " (or any), not " + days);
        }
    }

    /** The defaults: 10 articles within ±30 days. */
    public static RelatedRequest of(String id) {
        return new RelatedRequest(id, DEFAULT_TOP, DEFAULT_DAYS, RelatedConfig.DEFAULT);
    }

    public RelatedRequest withTop(int n) {
        return new RelatedRequest(id, n, days, config);
    }

    /** Within {@code n} days of the article. */
    public RelatedRequest withDays(int n) {
        return new RelatedRequest(id, top, n, config);
    }

    /** Within {@code n} days of the article, or whatever their date when {@code n} is null ({@link #parseDays}). */
    public RelatedRequest withDaysOrAny(Integer n) {
        return new RelatedRequest(id, top, n, config);
    }

    /** Whatever their date. */
    public RelatedRequest anyDate() {
        return new RelatedRequest(id, top, null, config);
    }

    public RelatedRequest withConfig(RelatedConfig c) {
        return new RelatedRequest(id, top, days, c);
    }

    /**
     * A window as users write it: a whole number of days, or {@code any} (no window).
     *
     * @throws IllegalArgumentException neither
     */
    public static Integer parseDays(String value) {
        String v = value.strip();
        if (v.toLowerCase(Locale.ROOT).equals("any")) return null;
        try {
            int n = Integer.parseInt(v);
            if (n < 0 || n > MAX_DAYS) throw new IllegalArgumentException("days must be between 0 and " + MAX_DAYS + " (or any), not " + n);
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("days must be a whole number of days or 'any', not '" + value + "'");
        }
    }
}
