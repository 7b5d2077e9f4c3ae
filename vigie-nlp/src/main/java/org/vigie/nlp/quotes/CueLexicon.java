package org.vigie.nlp.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reporting verbs of {@code cue-verbs.txt} with their inflected forms, and the matcher that
 * recognises a cue at a token: passé composé ("a indiqué", "a encore confié", "ont annoncé"),
 * inverted forms ("a-t-il ajouté", "ajoute-t-il"), present and imperfect ("précise", "disait"),
 * pronominal forms ("s'est félicité", "s'inquiète") and present participles ("estimant").
 * Loaded once; immutable.
 */
final class CueLexicon {

    enum Tense { PRESENT, PARTICIPLE, IMPERFECT, GERUND }

    /** One surface form, possibly of several words. */
    private record Form(String[] words, String lemma, Tense tense, boolean pronominal) {
    }

    /**
     * A matched cue over tokens [{@code first}, {@code end}); {@code pronoun} is "il", "elle", ... for
     * inverted forms, held at the end of token {@code pronounTok}.
     */
    record Match(int first, int end, String lemma, Tense tense, String pronoun, int pronounTok) {
        boolean inverted() {
            return pronoun != null;
        }
    }

    private static final Set<String> AUXILIARIES = Set.of("a", "ont", "avait", "avaient", "aurait",
            "auraient", "aura", "auront", "eut");
    private static final Set<String> PRONOMINAL_AUX = Set.of("est", "sont", "était", "étaient", "serait");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("il", "elle", "ils", "elles", "on");
    private static final Set<String> DETERMINERS = Set.of("le", "la", "l'", "les", "un", "une", "des", "du",
            "de", "d'", "au", "aux", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "mon",
            "ma", "notre", "nos", "votre", "vos", "quelle", "quel");

    private static final CueLexicon INSTANCE = new CueLexicon();

    private final Map<String, List<Form>> byFirstWord = new HashMap<>();
    private final Map<String, List<String[]>> adverbs = new HashMap<>();

    static CueLexicon get() {
        return INSTANCE;
    }

    private CueLexicon() {
        for (String line : Lexicons.lines("cue-verbs.txt")) addVerb(line);
        for (String a : Lexicons.lines("cue-adverbs.txt")) {
            String[] words = Lexicons.lower(a).split(" ");
            adverbs.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
        }
    }

    private void addVerb(String line) {
        String[] parts = line.split("\\|", 2);
        String lemma = Lexicons.lower(parts[0].strip());
        boolean pronominal = false;
        if (lemma.startsWith("se ")) {
            lemma = lemma.substring(3);
            pronominal = true;
        } else if (lemma.startsWith("s'")) {
            lemma = lemma.substring(2);
            pronominal = true;
        }
        Map<Tense, List<String>> forms = new LinkedHashMap<>();
        if (lemma.endsWith("er")) {
            String stem = lemma.substring(0, lemma.length() - 2);
            String soft = stem.endsWith("c") ? stem.substring(0, stem.length() - 1) + "ç"
                    : stem.endsWith("g") ? stem + "e" : stem;
            forms.put(Tense.PRESENT, List.of(stem + "e", stem + "ent"));
            forms.put(Tense.PARTICIPLE, List.of(stem + "é"));
            forms.put(Tense.IMPERFECT, List.of(soft + "ait", soft + "aient"));
            forms.put(Tense.GERUND, List.of(soft + "ant"));
        }
        if (parts.length > 1) {
            for (String kv : parts[1].strip().split("\\s+(?=\\w+=)")) {
                String[] p = kv.split("=", 2);
                if (p.length != 2) throw new IllegalStateException("cue-verbs.txt: bad entry '" + kv + "' in line: " + line);
                Tense t = switch (p[0]) {
                    case "pres" -> Tense.PRESENT;
                    case "pp" -> Tense.PARTICIPLE;
                    case "imp" -> Tense.IMPERFECT;
                    case "ppr" -> Tense.GERUND;
                    default -> throw new IllegalStateException("cue-verbs.txt: unknown key '" + p[0] + "' in line: " + line);
                };
                forms.put(t, List.of(Lexicons.lower(p[1]).split(",")));
            }
        }
        if (forms.isEmpty()) throw new IllegalStateException("cue-verbs.txt: no forms for '" + line + "'");
        for (Map.Entry<Tense, List<String>> e : forms.entrySet()) {
            for (String f : e.getValue()) {
                add(f.strip(), lemma, e.getKey(), pronominal);
                if (e.getKey() == Tense.PARTICIPLE && !f.contains(" ")) {
                    if (!f.endsWith("s")) add(f + "s", lemma, e.getKey(), pronominal);
                    add(f + "e", lemma, e.getKey(), pronominal);
                    add(f + "es", lemma, e.getKey(), pronominal);
                }
            }
        }
    }

    private void add(String form, String lemma, Tense tense, boolean pronominal) {
        String[] words = form.split(" ");
        byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Form(words, lemma, tense, pronominal));
    }

    /** The one-word forms of {@code tense}, lower case ("explique", "expliquent", "conclut"). */
    Set<String> oneWordForms(Tense tense) {
        Set<String> out = new java.util.TreeSet<>();
        for (List<Form> forms : byFirstWord.values()) {
            for (Form f : forms) {
                if (f.tense() == tense && f.words().length == 1) out.add(f.words()[0]);
            }
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    /** Number of tokens of an adverb (or time word) at {@code i}, 0 if none. */
    int adverbAt(List<Tok> toks, int i, int limit) {
        int best = 0;
        if (i >= limit) return 0;
        for (String[] a : adverbs.getOrDefault(toks.get(i).lower(), List.of())) {
            if (a.length > best && matches(toks, i, limit, a)) best = a.length;
        }
        return best;
    }

    /** Skips adverbs and time words from {@code i}. */
    int skipAdverbs(List<Tok> toks, int i, int limit) {
        int k;
        while (i < limit && (k = adverbAt(toks, i, limit)) > 0) i += k;
        return i;
    }

    private static boolean matches(List<Tok> toks, int i, int limit, String[] words) {
        if (i + words.length > limit) return false;
        for (int k = 0; k < words.length; k++) {
            if (!toks.get(i + k).lower().equals(words[k])) return false;
        }
        return true;
    }

    /** The form of tense {@code tense} starting at {@code i}, or null. */
    private Form formAt(List<Tok> toks, int i, int limit, boolean pronominal, Tense... tenses) {
        if (i >= limit) return null;
        List<Form> forms = byFirstWord.get(toks.get(i).lower());
        if (forms == null) return null;
        Form best = null;
        for (Form f : forms) {
            if (f.pronominal != pronominal || !matches(toks, i, limit, f.words)) continue;
            for (Tense t : tenses) {
                if (f.tense == t && (best == null || f.words.length > best.words.length)) best = f;
            }
        }
        return best;
    }

    /**
     * The cue starting at token {@code i} (tokens up to {@code limit} may be read), or null.
     * {@code limit} is where the next quoted passage or the sentence starts.
     */
    Match match(List<Tok> toks, int i, int limit) {
        Tok t = toks.get(i);
        if (!t.word()) return null;
        String w = t.lower();
        // a-t-il ajouté, ont-ils dit
        int dash = w.indexOf('-');
        if (dash > 0) {
            String head = w.substring(0, dash);
            String pronoun = w.substring(w.lastIndexOf('-') + 1);
            if (SUBJECT_PRONOUNS.contains(pronoun)) {
                if (AUXILIARIES.contains(head)) {
                    int j = skipAdverbs(toks, i + 1, limit);
                    Form f = formAt(toks, j, limit, false, Tense.PARTICIPLE);
                    if (f != null) return new Match(i, j + f.words.length, f.lemma, f.tense, pronoun, i);
                    return null;
                }
                // ajoute-t-il, poursuit-elle, disait-il
                List<Form> forms = byFirstWord.get(head);
                if (forms != null) {
                    for (Form f : forms) {
                        if (f.words.length == 1 && !f.pronominal
                                && (f.tense == Tense.PRESENT || f.tense == Tense.IMPERFECT)) {
                            return new Match(i, i + 1, f.lemma, f.tense, pronoun, i);
                        }
                    }
                }
            }
        }
        if (AUXILIARIES.contains(w)) {
            int j = skipAdverbs(toks, i + 1, limit);
            Form f = formAt(toks, j, limit, false, Tense.PARTICIPLE);
            if (f != null) return new Match(i, j + f.words.length, f.lemma, f.tense, null, -1);
            return null;
        }
        if (w.equals("s'") || w.equals("se")) {
            int j = i + 1;
            if (j < limit && PRONOMINAL_AUX.contains(toks.get(j).lower())) {
                j = skipAdverbs(toks, j + 1, limit);
                Form f = formAt(toks, j, limit, true, Tense.PARTICIPLE);
                return f == null ? null : new Match(i, j + f.words.length, f.lemma, f.tense, null, -1);
            }
            Form f = formAt(toks, j, limit, true, Tense.PRESENT, Tense.IMPERFECT, Tense.GERUND);
            return f == null ? null : new Match(i, j + f.words.length, f.lemma, f.tense, null, -1);
        }
        Form f = formAt(toks, i, limit, false, Tense.PRESENT, Tense.IMPERFECT, Tense.GERUND);
        if (f == null) return null;
        // "l'annonce", "la note", "le juge": a noun, not the verb
        if (f.tense != Tense.GERUND && i > 0 && DETERMINERS.contains(toks.get(i - 1).lower())) return null;
        int first = i > 0 && f.tense == Tense.GERUND && toks.get(i - 1).is("en") ? i - 1 : i;
        return new Match(first, i + f.words.length, f.lemma, f.tense, null, -1);
    }
}
