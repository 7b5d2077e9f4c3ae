package org.vigie.corpus.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Collapses doubled letters in words longer than four characters, as {@code FrenchLightStemmer}
 * does to every word it indexes ("terroristes" is indexed as "terorist"). Used only to normalise
 * the terms of French prefix, wildcard and fuzzy queries, which are not stemmed, so that
 * {@code terror*} meets the indexed "terorist".
 */
final class DoubledLetterFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    DoubledLetterFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        char[] s = term.buffer();
        int len = term.length();
        if (len > 4) {
            int w = 1;
            for (int r = 1; r < len; r++) {
                if (Character.isLetter(s[r]) && s[r] == s[w - 1]) continue;
                s[w++] = s[r];
            }
            term.setLength(w);
        }
        return true;
    }
}
