package org.vigie.ingest.html;

import java.util.List;
import java.util.regex.Pattern;
import org.vigie.ingest.text.ResourceLines;

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
        return ResourceLines.texts(Lexicon.class, resource);
    }
}
