package org.vigie.nlp.signals.support;

import java.util.List;
import java.util.Locale;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Whether a capitalised word of an English headline is a common word in title case ("Republicans
 * Are Following Trump to Nowhere", "Simple Hiking Survival Kit (with Kids)"), by LanguageTool's
 * English morphological dictionary ({@code english-pos-dict}): the word as written has no
 * proper-noun reading (NNP, NNPS) while its lower-case form has a reading. The dictionary lists
 * names that are also common words with a capital ("Google", "Trump", "May", "Brown"), so those stay
 * names; a word it does not know ("Arrizabalaga") is no common word. Thread-safe: one lookup per thread.
 */
final class TitleCase {

    private static final String DICTIONARY = "/org/languagetool/resource/en/english.dict";
    private static final Dictionary ENGLISH = PosDictionaries.read(DICTIONARY);
    private static final ThreadLocal<DictionaryLookup> LOOKUP = ThreadLocal.withInitial(() -> new DictionaryLookup(ENGLISH));

    private TitleCase() {
    }

    /** True when the word written in lower case is a word of the dictionary: "Falls", "Short", "Brown" (also names), "Kids". */
    static boolean alsoCommon(String word) {
        return word.length() >= 2 && !word.equals(word.toUpperCase(Locale.ROOT))
                && !LOOKUP.get().lookup(word.toLowerCase(Locale.ROOT)).isEmpty();
    }

    /** True for "Nowhere", "Kids"; false for "Google", "Stadia", "Falls" (a name too), "Arrizabalaga", "NASA" and lower-case words. */
    static boolean commonWord(String word) {
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0)) || word.equals(word.toUpperCase(Locale.ROOT))) return false;
        DictionaryLookup lookup = LOOKUP.get();
        for (WordData r : lookup.lookup(word)) {
            CharSequence tag = r.getTag();
            if (tag != null && tag.toString().startsWith("NNP")) return false;
        }
        List<WordData> lower = lookup.lookup(word.toLowerCase(Locale.ROOT));
        return !lower.isEmpty();
    }
}
