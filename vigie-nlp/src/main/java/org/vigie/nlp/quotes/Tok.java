package org.vigie.nlp.quotes;

/**
 * A token of the canonical text: a word (elided articles such as "l'" and "qu'" are words of
 * their own, hyphenated forms such as "a-t-il" stay whole) or one punctuation character.
 */
record Tok(int start, int end, String text, String lower, boolean word) {

    boolean capitalized() {
        return word && Character.isUpperCase(text.charAt(0));
    }

    boolean is(String lowerForm) {
        return lower.equals(lowerForm);
    }
}
