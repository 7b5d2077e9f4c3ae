package org.vigie.nlp.times;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One language's time words, read once from {@code <lang>.txt} next to this class: sections of
 * "key value" lines (months, weekdays, numbers, units, ...). Keys are lower-cased.
 */
final class Lexicon {

    /** Sections that are word lists: a line is one entry, spaces included ("à venir"). */
    private static final Set<String> LISTS = Set.of("tense-past", "tense-future", "etre-present", "measure-nouns");

    private final String language;
    private final Map<String, Map<String, String>> sections;

    private Lexicon(String language, Map<String, Map<String, String>> sections) {
        this.language = language;
        this.sections = sections;
    }

    static Lexicon load(String language) {
        String resource = language + ".txt";
        InputStream in = Lexicon.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing time lexicon resource " + resource);
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> current = null;
        String sectionName = null;
        int lineNo = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) continue;
                if (s.startsWith("[") && s.endsWith("]")) {
                    sectionName = s.substring(1, s.length() - 1);
                    current = sections.computeIfAbsent(sectionName, k -> new LinkedHashMap<>());
                    continue;
                }
                if (current == null) {
                    throw new IllegalStateException(resource + " line " + lineNo + ": entry before any [section]");
                }
                int sp = LISTS.contains(sectionName) ? -1 : s.lastIndexOf(' ');
                String key = sp < 0 ? s : s.substring(0, sp).strip();
                String value = sp < 0 ? "" : s.substring(sp + 1);
                current.put(key.toLowerCase(Locale.ROOT), value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return new Lexicon(language, sections);
    }

    String language() {
        return language;
    }

    Map<String, String> map(String section) {
        return Collections.unmodifiableMap(sections.getOrDefault(section, Map.of()));
    }

    Set<String> set(String section) {
        return map(section).keySet();
    }

    String get(String section, String key) {
        return map(section).get(key.toLowerCase(Locale.ROOT).replace('’', '\''));
    }

    /** A regex alternation of a section's keys, longest first so that the longest word wins. */
    String alternation(String section) {
        List<String> keys = new ArrayList<>(set(section));
        keys.sort(Comparator.comparingInt(String::length).reversed());
        return keys.stream().map(Lexicon::quoteKey).collect(Collectors.joining("|", "(?:", ")"));
    }

    /** Quotes a key, letting its apostrophes match both ' and ’ and its spaces any whitespace. */
    private static String quoteKey(String k) {
        StringBuilder b = new StringBuilder();
        for (String part : k.split("((?<=['\\s])|(?=['\\s]))")) {
            if (part.equals("'")) b.append("['’]");
            else if (part.isBlank()) b.append("\\s+");
            else b.append(Pattern.quote(part));
        }
        return b.toString();
    }
}
