package org.vigie.corpus.reprints;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Precedence of wire agencies and state media, read from a data file (see
 * {@code wire-sources.txt}): a lower rank wins a same-day tie for "who published first".
 * Sites not in the list rank after every listed one.
 */
public final class SourceRanking {

    public static final int UNRANKED = Integer.MAX_VALUE;
    private static final String DEFAULT_RESOURCE = "/org/vigie/corpus/reprints/wire-sources.txt";
    private static volatile SourceRanking defaults;

    private final Map<String, Integer> names = new HashMap<>();
    private final Map<String, Integer> domains = new HashMap<>();
    private final List<String> labels = new ArrayList<>();

    private SourceRanking(BufferedReader in, String where) throws IOException {
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            int hash = line.indexOf('#');
            if (hash >= 0) line = line.substring(0, hash);
            if (line.isBlank()) continue;
            int bar = line.indexOf('|');
            if (bar < 0) {
                throw new IllegalArgumentException(where + ":" + lineNo + ": expected 'names | domains', got '"
                        + line.strip() + "'");
            }
            int rank = labels.size();
            String[] ns = line.substring(0, bar).split(",");
            labels.add(ns[0].strip());
            for (String n : ns) if (!n.isBlank()) names.putIfAbsent(n.strip().toLowerCase(Locale.ROOT), rank);
            for (String d : line.substring(bar + 1).split(",")) {
                if (!d.isBlank()) domains.putIfAbsent(d.strip().toLowerCase(Locale.ROOT), rank);
            }
        }
    }

    /** The list shipped with Vigie. */
    public static SourceRanking defaults() {
        SourceRanking d = defaults;
        if (d == null) {
            try (InputStream in = SourceRanking.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
                d = new SourceRanking(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
                        DEFAULT_RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            defaults = d;
        }
        return d;
    }

    /** A user list in the same format. */
    public static SourceRanking load(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new SourceRanking(in, file.toString());
        }
    }

    public int size() {
        return labels.size();
    }

    /**
     * Rank of a site given by name ("AFP"), host ("www.afp.com") or URL; {@link #UNRANKED} when
     * unknown or null.
     */
    public int rank(String site) {
        if (site == null || site.isBlank()) return UNRANKED;
        String s = site.strip().toLowerCase(Locale.ROOT);
        Integer r = names.get(s);
        if (r != null) return r;
        String host = host(s);
        while (host != null && !host.isEmpty()) {
            r = domains.get(host);
            if (r != null) return r;
            int dot = host.indexOf('.');
            host = dot < 0 ? null : host.substring(dot + 1);
        }
        return UNRANKED;
    }

    /** The list's label for a rank ("AFP"), or null. */
    public String label(int rank) {
        return rank >= 0 && rank < labels.size() ? labels.get(rank) : null;
    }

    private static String host(String s) {
        if (s.contains("://")) {
            try {
                String h = URI.create(s).getHost();
                return h == null ? null : h.toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        int slash = s.indexOf('/');
        return slash < 0 ? s : s.substring(0, slash);
    }
}
