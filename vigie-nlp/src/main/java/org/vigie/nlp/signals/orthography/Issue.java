package org.vigie.nlp.signals.orthography;

/**
 * One spelling, grammar or typography problem found in a checked text. Offsets are relative to
 * the checked string; {@code weight} says how much it counts (a misspelling 1, a missing
 * non-breaking space before a colon much less).
 */
public record Issue(int start, int end, String rule, String message, String suggestion, double weight) {
}
