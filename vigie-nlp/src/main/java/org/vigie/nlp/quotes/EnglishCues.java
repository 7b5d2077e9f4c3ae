package org.vigie.nlp.quotes;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The English word lists of the quote stage ({@code src/main/resources/org/vigie/nlp/quotes/en/}):
 * reporting verbs with the complement they take, titles, organisation heads, texts that speak for
 * their issuer, words that name a quoted passage, given names with their gender. Loaded once.
 */
final class EnglishCues {

    /** How a reporting verb introduces its content. */
    enum Complement {
        /** "said (that) the talks had been productive" */
        BARE,
        /** "warned that ...": only a "that" clause is content */
        THAT,
        /** "told reporters that ...": an addressee, then "that" */
        OBJECT
    }

    /** A reporting verb form: its lemma and complement. */
    record Verb(String lemma, Complement complement, boolean gerund) {
    }

    private static volatile EnglishCues instance;

    private final Map<String, Verb> verbs = new HashMap<>();
    final Set<String> titles = Lexicons.set("en/titles.txt");
    final Set<String> orgNouns = Lexicons.set("en/org-nouns.txt");
    final Set<String> sourceNouns = Lexicons.set("en/source-nouns.txt");
    final Set<String> scareNouns = Lexicons.set("en/scare-nouns.txt");
    final Set<String> personNouns = Lexicons.set("en/person-nouns.txt");
    private final Map<String, SpeakerNames.Gender> givenNames = new HashMap<>();

    private EnglishCues() {
        for (String line : Lexicons.lines("en/cue-verbs.txt")) {
            String[] f = line.split("\t");
            if (f.length != 3) throw new IllegalStateException("en/cue-verbs.txt: expected lemma<TAB>complement<TAB>forms: " + line);
            Complement c = Complement.valueOf(f[1].strip().toUpperCase(java.util.Locale.ROOT));
            for (String form : f[2].strip().split(" +")) verbs.put(form, new Verb(f[0], c, form.endsWith("ing")));
        }
        for (String line : Lexicons.lines("en/given-names.txt")) {
            String[] f = line.split("\t");
            if (f.length != 2) throw new IllegalStateException("en/given-names.txt: expected name<TAB>m|f: " + line);
            givenNames.put(Lexicons.lower(f[0]), f[1].strip().equals("f") ? SpeakerNames.Gender.F : SpeakerNames.Gender.M);
        }
    }

    static EnglishCues get() {
        EnglishCues l = instance;
        if (l == null) {
            synchronized (EnglishCues.class) {
                if (instance == null) instance = new EnglishCues();
                l = instance;
            }
        }
        return l;
    }

    /** The reporting verb of a lower-case word form, or null. */
    Verb verb(String lower) {
        return verbs.get(lower);
    }

    /** The usual gender of a given name, or null when unknown. */
    SpeakerNames.Gender givenName(String word) {
        return givenNames.get(Lexicons.lower(word));
    }

    boolean isGivenName(String word) {
        return givenNames.containsKey(Lexicons.lower(word));
    }

    /** True when a lower-case head noun can speak: a title, an organisation, a text, a person ("source", "witness"), plural too. */
    boolean speakerNoun(String lower) {
        String singular = lower.endsWith("s") && lower.length() > 3 ? lower.substring(0, lower.length() - 1) : lower;
        for (String w : new String[] {lower, singular}) {
            if (isTitle(w) || orgNouns.contains(w) || sourceNouns.contains(w) || personNouns.contains(w)) return true;
        }
        return false;
    }

    /** True for a title or role word ("president", "Sen.", "spokesman"), plural -s stripped too. */
    boolean isTitle(String lower) {
        return titles.contains(lower) || (lower.endsWith("s") && titles.contains(lower.substring(0, lower.length() - 1)));
    }
}
