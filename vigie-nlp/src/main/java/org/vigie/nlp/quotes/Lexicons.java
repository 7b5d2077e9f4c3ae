package org.vigie.nlp.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads the word lists of this package: one entry a line, '#' starts a comment. */
final class Lexicons {

    private Lexicons() {
    }

    static List<String> lines(String name) {
        return linesAt("/org/vigie/nlp/quotes/" + name);
    }

    /** The lines of a resource at an absolute class-path location (another package's list, shared not copied). */
    static List<String> linesAt(String path) {
        InputStream in = Lexicons.class.getResourceAsStream(path);
        if (in == null) throw new IllegalStateException("missing lexicon resource " + path);
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int hash = line.indexOf('#');
                String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!s.isEmpty()) out.add(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + path, e);
        }
        return out;
    }

    /** The lines lowercased, as a set. */
    static Set<String> set(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : lines(name)) out.add(lower(s));
        return Set.copyOf(out);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
