package org.vigie.core.model;

import java.util.Objects;

/**
 * A country an article is about, and how many times it names it: by its name, by a place in it
 * ("Alep" counts for Syria), or by a nationality word ("le président russe" counts for Russia).
 *
 * @param country  ISO 3166-1 alpha-2 code
 * @param mentions how many mentions count for it (at least 1)
 */
public record CountryMentions(String country, int mentions) {

    public CountryMentions {
        Objects.requireNonNull(country, "country");
        if (!country.matches("[A-Z]{2}")) throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code: " + country);
        if (mentions < 1) throw new IllegalArgumentException("mentions must be at least 1: " + mentions);
    }
}
