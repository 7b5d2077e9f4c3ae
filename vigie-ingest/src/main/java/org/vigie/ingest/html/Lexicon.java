package org.vigie.ingest.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Loads the regular-expression lexicons of this package (one alternative per line, # comments). */
final class Lexicon {

    private Lexicon() {
    }

    /** All non-comment lines of a resource of this package, joined as one alternation. */
    static Pattern alternation(String resource, boolean anchoredAtStart) {
        List<String> parts = lines(resource);
        String joined = String.join("|", parts.stream().map(p -> "(?:" + p + ")").toList());
        return Pattern.compile((anchoredAtStart ? "^(?:" : "(?:") + joined + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static List<String> lines(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) out.add(s);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
