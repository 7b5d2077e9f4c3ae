package org.vigie.nlp.signals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Explanation templates, one sentence per signal and language, from {@code explanations.txt} and
 * the register features' own {@code register/register-explanations.txt} ({@code key.lang = text},
 * placeholders {@code {name}}). French is the fallback language.
 */
public final class Messages {

    private static final List<String> FILES = List.of("explanations.txt", "register/register-explanations.txt");
    private static final Map<String, String> TEMPLATES = load();

    private Messages() {
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        for (String file : FILES) {
            for (Resources.Line line : Resources.lines(file)) {
                int eq = line.text().indexOf('=');
                if (eq < 0) throw line.error("expected key.lang = template");
                String key = line.text().substring(0, eq).strip();
                if (m.put(key, line.text().substring(eq + 1).strip()) != null) throw line.error("template " + key + " defined twice");
            }
        }
        return m;
    }

    /** "en" for English articles, otherwise "fr" (Vigie is French first). */
    public static String language(String articleLanguage) {
        return articleLanguage != null && articleLanguage.toLowerCase(java.util.Locale.ROOT).startsWith("en") ? "en" : "fr";
    }

    /** The template {@code key} in {@code lang} with {@code args} (name, value, name, value...) filled in. */
    public static String format(String key, String lang, Object... args) {
        String t = TEMPLATES.get(key + "." + lang);
        if (t == null) t = TEMPLATES.get(key + ".fr");
        if (t == null) throw new IllegalArgumentException("no explanation template " + key);
        for (int i = 0; i + 1 < args.length; i += 2) {
            t = t.replace("{" + args[i] + "}", String.valueOf(args[i + 1]));
        }
        return t;
    }

    /** Quotes words the way the language does: « mot » or “word”. */
    public static String quote(String lang, String s) {
        if (isQuoted(s)) return s; // evidence that is itself a quotation keeps its own marks: no « « … » »
        return "en".equals(lang) ? "\u201c" + s + "\u201d" : "\u00ab\u00a0" + s + "\u00a0\u00bb";
    }

    /** Whether {@code s} is enclosed in a pair of quotation marks. */
    static boolean isQuoted(String s) {
        if (s.length() < 2) return false;
        char a = s.charAt(0);
        char z = s.charAt(s.length() - 1);
        return a == '\u00ab' && z == '\u00bb' || a == '\u201c' && z == '\u201d' || a == '"' && z == '"';
    }

    /** A list of quoted words joined with commas ("« a », « b »"). */
    public static String quoteAll(String lang, Iterable<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (!b.isEmpty()) b.append(", ");
            b.append(quote(lang, w));
        }
        return b.toString();
    }
}
