package org.vigie.corpus.search;

/** One facet value and how many hits have it. */
public record FacetCount(String value, int count) {
}
