package org.vigie.ingest.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The lines of a word-list resource: stripped, blank lines and {@code #} comments left out. */
public final class ResourceLines {

    /** One line of a resource and its number (from 1), for error messages that point at it. */
    public record Line(int number, String text) {
    }

    private ResourceLines() {
    }

    /** The lines of {@code resource}, resolved against {@code owner}'s package. */
    public static List<Line> of(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            List<Line> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) out.add(new Line(n, s));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The texts of {@link #of}. */
    public static List<String> texts(Class<?> owner, String resource) {
        return of(owner, resource).stream().map(Line::text).toList();
    }
}
