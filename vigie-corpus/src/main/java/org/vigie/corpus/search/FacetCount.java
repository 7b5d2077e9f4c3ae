package org.vigie.corpus.search;

/**
 * One facet value and how many hits have it. {@code value} is what a filter takes (an entity's id
 * for the entity and speaker facets); {@code label} is what a reader sees (its canonical name).
 */
public record FacetCount(String value, int count, String label) {

    /** A value that is its own label (site, language, signal). */
    public FacetCount(String value, int count) {
        this(value, count, value);
    }
}
