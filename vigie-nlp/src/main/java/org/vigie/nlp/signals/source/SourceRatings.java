package org.vigie.nlp.signals.source;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigie.nlp.signals.Resources;

/** The source-ratings table: domain to public rating, loaded from the bundled or a user file. */
public final class SourceRatings {

    /** One domain's rating, with the authority that published it. */
    public record Rating(String domain, String ratingFr, String ratingEn, String authority, double score) {
    }

    private final Map<String, Rating> byDomain = new HashMap<>();

    private SourceRatings(List<Resources.Line> lines) {
        for (Resources.Line line : lines) {
            String[] f = line.fields();
            if (f.length != 5) throw line.error("expected domain | rating fr | rating en | authority | score");
            double score;
            try {
                score = Double.parseDouble(f[4]);
            } catch (NumberFormatException e) {
                throw line.error("score is not a number");
            }
            if (score < 0 || score > 1) throw line.error("score must be in [0, 1]");
            String domain = f[0].toLowerCase(Locale.ROOT);
            byDomain.put(domain, new Rating(domain, f[1], f[2], f[3], score));
        }
    }

    public static SourceRatings bundled() {
        return new SourceRatings(Resources.lines("source-ratings.txt"));
    }

    public static SourceRatings load(Path file) {
        return new SourceRatings(Resources.lines(file));
    }

    /** The rating of a site name or URL (its host or any parent domain), or null. */
    public Rating lookup(String siteOrUrl) {
        if (siteOrUrl == null || siteOrUrl.isBlank()) return null;
        String host = host(siteOrUrl.strip());
        if (host == null) return null;
        while (true) {
            Rating r = byDomain.get(host);
            if (r != null) return r;
            int dot = host.indexOf('.');
            if (dot < 0 || host.indexOf('.', dot + 1) < 0) return null;
            host = host.substring(dot + 1);
        }
    }

    private static String host(String s) {
        String h = s;
        if (s.contains("://")) {
            try {
                h = URI.create(s).getHost();
            } catch (IllegalArgumentException e) {
                return null;
            }
            if (h == null) return null;
        } else {
            int slash = h.indexOf('/');
            if (slash >= 0) h = h.substring(0, slash);
        }
        h = h.toLowerCase(Locale.ROOT);
        return h.startsWith("www.") ? h.substring(4) : h;
    }
}
