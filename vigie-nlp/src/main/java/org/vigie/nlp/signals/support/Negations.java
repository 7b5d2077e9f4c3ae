package org.vigie.nlp.signals.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigie.nlp.signals.Words.Word;

/**
 * French negated statements of a named subject ("Le Sénat n'adopte pas la réforme", "Macron ne
 * s'est pas rendu à Alger") and their affirmative counterparts ("le Sénat a adopté la réforme").
 * Deliberately narrow: the subject is a capitalised name right before "ne", the
 * verb is read as its folded form (accents folded, so "adopte" and "adopté" meet), and any
 * negation, question, condition or forecast near a body statement disqualifies it.
 */
final class Negations {

    /** A statement: the subject's key, the verb's key, the span from subject to verb, and whether it is negated. */
    record Statement(String subject, String verb, int start, int end, boolean negated) {
    }

    private static final Set<String> NE = Set.of("ne", "n'");
    private static final Set<String> NOT = Set.of("pas", "plus", "jamais", "point");
    /** Any of these near a verb denies or restricts it. */
    private static final Set<String> DENIAL = Set.of("ne", "n'", "pas", "plus", "jamais", "guere", "aucun", "aucune",
            "non", "sans", "ni", "refuse", "refusent", "refus", "inutile", "impossible", "exclu", "exclut", "renonce",
            "renoncent", "hors");
    private static final Set<String> CLITICS = Set.of("se", "s'", "me", "m'", "te", "t'", "le", "la", "les", "l'", "lui",
            "leur", "y", "en", "nous", "vous");
    private static final Set<String> AUXILIARIES = Set.of("a", "ont", "avait", "avaient", "aura", "auront", "est", "sont",
            "etait", "etaient", "sera", "seront");
    /** "ne veut pas auditionner": the denial is of a will or a possibility, which a body verb cannot affirm. */
    private static final Set<String> MODALS = Set.of("va", "vont", "peut", "peuvent", "doit", "doivent", "veut", "veulent",
            "souhaite", "souhaitent", "compte", "comptent", "entend", "entendent", "pourra", "pourront", "faut");
    /** Before a verb, these make it an infinitive complement ("inutile d'auditionner"), not an affirmation. */
    private static final Set<String> INFINITIVE = Set.of("de", "d'", "d\u2019", "à", "pour", "sans");
    /** Words that make a statement hypothetical or reported as doubtful. */
    private static final Set<String> HEDGES = Set.of("si", "pourrait", "pourraient", "devrait", "devraient", "serait",
            "seraient", "aurait", "auraient", "peut-etre", "envisage", "envisagent", "souhaite", "souhaitent", "veut",
            "veulent", "demande", "demandent", "appelle", "appellent", "menace", "menacent", "propose", "proposent");

    private Negations() {
    }

    /** The negated statements of a headline's words: "X ne [se] V pas", "X n'a pas V-é". */
    static List<Statement> negated(List<Word> words) {
        List<Statement> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!NE.contains(words.get(i).folded())) continue;
            int subject = subject(words, i);
            if (subject < 0) continue;
            int j = i + 1;
            while (j < words.size() && CLITICS.contains(words.get(j).folded())) j++;
            if (j + 1 >= words.size()) continue;
            Word verb = words.get(j);
            if (MODALS.contains(verb.folded())) continue;
            if (NOT.contains(words.get(j + 1).folded())) {
                // compound tense: the participle after "pas" carries the meaning
                if (AUXILIARIES.contains(verb.folded()) && j + 2 < words.size() && isVerbLike(words.get(j + 2))) {
                    verb = words.get(j + 2);
                }
                if (!isVerbLike(verb) || AUXILIARIES.contains(verb.folded())) continue;
                Word s = words.get(subject);
                out.add(new Statement(s.key(), verb.folded(), s.start(), Math.max(verb.end(), words.get(j + 1).end()), true));
            }
        }
        return out;
    }

    /**
     * The affirmative statement of {@code subject} and {@code verb} in one sentence's words, or
     * null when the sentence has none or hedges or denies it.
     */
    static Statement affirmed(List<Word> words, String subject, String verb, String sentenceText) {
        if (sentenceText.indexOf('?') >= 0) return null;
        for (Word w : words) {
            if (HEDGES.contains(w.folded())) return null;
        }
        for (int v = 0; v < words.size(); v++) {
            if (!words.get(v).folded().equals(verb)) continue;
            if (v > 0 && INFINITIVE.contains(words.get(v - 1).text().toLowerCase(java.util.Locale.ROOT))) return null;
            for (int k = Math.max(0, v - 4); k < Math.min(words.size(), v + 3); k++) {
                if (DENIAL.contains(words.get(k).folded()) || MODALS.contains(words.get(k).folded())) return null;
            }
            for (int s = v - 1; s >= Math.max(0, v - 8); s--) {
                if (words.get(s).key().equals(subject) && words.get(s).isCapitalized()) {
                    return new Statement(subject, verb, words.get(s).start(), words.get(v).end(), false);
                }
            }
        }
        return null;
    }

    /** Whether a sentence's words deny {@code verb} somewhere (then the body does not simply affirm it). */
    static boolean denies(List<Word> words, String verb) {
        for (int v = 0; v < words.size(); v++) {
            if (!words.get(v).folded().equals(verb)) continue;
            for (int k = Math.max(0, v - 4); k < Math.min(words.size(), v + 3); k++) {
                if (DENIAL.contains(words.get(k).folded())) return true;
            }
        }
        return false;
    }

    /** The capitalised name right before "ne" ("Le Sénat n'adopte pas"), or -1. */
    private static int subject(List<Word> words, int ne) {
        if (ne == 0) return -1;
        Word w = words.get(ne - 1);
        return w.isCapitalized() && Character.isLetter(w.text().charAt(0)) && !Figures.isFunction(w) ? ne - 1 : -1;
    }

    /** A lower-case word of at least four letters: a verb form, as far as a cheap test can tell. */
    private static boolean isVerbLike(Word w) {
        return w.text().length() >= 4 && Character.isLowerCase(w.text().charAt(0)) && !Figures.isFunction(w);
    }
}
