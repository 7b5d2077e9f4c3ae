package org.vigie.ingest.html;

import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A lexicon pattern tested against element names (class and id), memoised: a page repeats a few
 * hundred names thousands of times, and the lexicons are long alternations. Thread-safe, bounded.
 */
final class NameMatcher {

    private static final int MAX_ENTRIES = 50_000;

    private final Pattern pattern;
    private final ConcurrentHashMap<String, Boolean> memo = new ConcurrentHashMap<>();

    NameMatcher(Pattern pattern) {
        this.pattern = pattern;
    }

    static NameMatcher of(String resource) {
        return new NameMatcher(Lexicon.alternation(resource, false));
    }

    boolean find(String name) {
        if (name.isEmpty()) return false;
        Boolean hit = memo.get(name);
        if (hit == null) {
            hit = pattern.matcher(name).find();
            if (memo.size() > MAX_ENTRIES) memo.clear(); // unique ids per page would grow it forever
            memo.put(name, hit);
        }
        return hit;
    }
}
