package org.vigie.nlp.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One language's word lists for {@link CueQuoteReader}, read once from
 * {@code src/main/resources/org/vigie/nlp/quotes/<lang>/} (German {@code de/}, Spanish {@code es/};
 * the same files in each, a list a language does not use left empty with why): reporting verbs
 * in all their forms, source words ("laut", "según"), subject pronouns with their gender, the
 * words that open reported content ("dass", "que"), the verb forms that mark it without them (the
 * German Konjunktiv), nouns that can speak, the lower-case words of a speaker phrase, perfect
 * auxiliaries, the abbreviations that keep their dot and the relative pronouns whose antecedent
 * speaks ("Casado, que anunció que ...").
 */
final class CueWords {

    /** The files every language of this reader has. */
    static final List<String> FILES = List.of("cue-verbs.txt", "according.txt", "pronouns.txt", "clause-words.txt",
            "reported-forms.txt", "speaker-nouns.txt", "phrase-words.txt", "auxiliaries.txt", "abbreviations.txt", "relatives.txt",
            "complement-words.txt");

    private static final Map<String, CueWords> BY_LANGUAGE = new ConcurrentHashMap<>();

    final String language;
    final Set<String> verbs;
    /** Source phrases, each as its lower-case words ("nach Angaben von"), longest first. */
    final List<String[]> according;
    /** Source words that follow their source ("der Polizei zufolge"). */
    final Set<String> accordingAfter = new java.util.HashSet<>();
    final Map<String, SpeakerNames.Gender> pronouns = new HashMap<>();
    final Set<String> clauseWords;
    final Set<String> reportedForms;
    final Set<String> speakerNouns;
    /** The speaker nouns that name an institution, not a person ("Polizei", "gobierno"). */
    final Set<String> orgNouns = new java.util.HashSet<>();
    final Set<String> phraseWords;
    final Set<String> auxiliaries;
    final Set<String> abbreviations;
    final Set<String> relatives;
    /** Phrase words that open a complement of the head noun ("des", "von", "del"): the head speaks, not the complement. */
    final Set<String> complementWords;

    private CueWords(String language) {
        this.language = language;
        String dir = language + "/";
        verbs = Lexicons.set(dir + "cue-verbs.txt");
        according = new ArrayList<>();
        for (String line : Lexicons.lines(dir + "according.txt")) {
            String[] f = line.split("\t");
            if (f.length == 2 && f[1].strip().equals("after")) accordingAfter.add(Lexicons.lower(f[0].strip()));
            else according.add(Lexicons.lower(f[0].strip()).split("\\s+"));
        }
        according.sort((x, y) -> y.length - x.length);
        for (String line : Lexicons.lines(dir + "pronouns.txt")) {
            String[] f = line.split("\t");
            if (f.length != 2) throw new IllegalStateException(dir + "pronouns.txt: expected pronoun<TAB>m|f|p: " + line);
            pronouns.put(Lexicons.lower(f[0].strip()), f[1].strip().equals("f") ? SpeakerNames.Gender.F : SpeakerNames.Gender.M);
        }
        clauseWords = Lexicons.set(dir + "clause-words.txt");
        reportedForms = Lexicons.set(dir + "reported-forms.txt");
        Set<String> nouns = new java.util.HashSet<>();
        for (String line : Lexicons.lines(dir + "speaker-nouns.txt")) {
            String[] f = line.split("\t");
            String noun = Lexicons.lower(f[0].strip());
            nouns.add(noun);
            if (f.length == 2 && f[1].strip().equals("org")) orgNouns.add(noun);
        }
        speakerNouns = Set.copyOf(nouns);
        phraseWords = Lexicons.set(dir + "phrase-words.txt");
        auxiliaries = Lexicons.set(dir + "auxiliaries.txt");
        abbreviations = Set.copyOf(Lexicons.lines(dir + "abbreviations.txt"));
        relatives = Lexicons.set(dir + "relatives.txt");
        complementWords = Lexicons.set(dir + "complement-words.txt");
    }

    /** The lists of a language this reader covers ("de", "es"). */
    static CueWords of(String language) {
        return BY_LANGUAGE.computeIfAbsent(language, CueWords::new);
    }

    boolean german() {
        return language.equals("de");
    }
}
