package org.vigie.nlp.signals.support;

import java.util.List;
import java.util.Locale;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Whether a word is a French verb form and nothing else, by LanguageTool's French morphological
 * dictionary ({@code french-pos-dict}, already on the class path for the orthography checker):
 * "Suivez", "Achetez", "Arriverez", "Flashé" open headlines as imperatives, futures and
 * participles, and the tagger of the entity layer takes some of them for names. A word the
 * dictionary also reads as a noun or proper name ("Borne", "Marche", "Pierre") or does not know
 * ("Sanchez", "Valls") is no verb here. Thread-safe: one lookup per thread.
 */
final class VerbForms {

    private VerbForms() {
    }

    private static final String DICTIONARY = "/org/languagetool/resource/fr/french.dict";
    private static final Dictionary FRENCH = PosDictionaries.read(DICTIONARY);
    private static final ThreadLocal<DictionaryLookup> LOOKUP = ThreadLocal.withInitial(() -> new DictionaryLookup(FRENCH));

    /**
     * True when every reading of {@code word} (lower-cased) is a verb form, or an adjective that
     * is also a past participle ("flashé"): tags "V ..." and "J ..." with a "V ppa" among them.
     */
    static boolean onlyVerb(String word) {
        List<WordData> readings = LOOKUP.get().lookup(word.toLowerCase(Locale.ROOT));
        if (readings.isEmpty()) return false;
        boolean participle = false;
        boolean adjective = false;
        for (WordData r : readings) {
            CharSequence tag = r.getTag();
            if (tag == null || tag.length() < 2) return false;
            String t = tag.toString();
            if (t.startsWith("V ppa")) participle = true;
            else if (t.startsWith("J ")) adjective = true;
            else if (!t.startsWith("V ")) return false;
        }
        return !adjective || participle;
    }
}
