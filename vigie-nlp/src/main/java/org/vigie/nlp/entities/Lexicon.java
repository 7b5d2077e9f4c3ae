package org.vigie.nlp.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the line-oriented data files of this package: "#" starts a comment, blank lines are skipped. */
public final class Lexicon {

    private Lexicon() {
    }

    /** The non-comment lines of a resource next to {@code owner}, stripped. */
    public static List<String> lines(Class<?> owner, String resource) {
        InputStream in = owner.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + owner.getPackageName() + "/" + resource);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("\uFEFF")) line = line.substring(1);
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) continue;
                out.add(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return out;
    }
}
