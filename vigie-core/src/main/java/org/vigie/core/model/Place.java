package org.vigie.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * Where a place entity is (geotagging, as GDELT and Europe Media Monitor do): its country, its
 * kind, and for a city its GeoNames id and coordinates. Set only when the name was resolved with
 * confidence; an entity whose name is ambiguous or unknown has none.
 *
 * @param country    ISO 3166-1 alpha-2 code (upper case), or null for a region spanning countries
 *                   ("Europe", "Sahel")
 * @param name       the gazetteer's name of the place ("Aleppo" for "Alep"); null for a country or
 *                   a region known by the name written
 * @param geonamesId the GeoNames id of a city (and of a continent), else null
 * @param latitude   a city's latitude in degrees, else null
 * @param longitude  a city's longitude in degrees, else null
 */
@JsonPropertyOrder({"country", "kind", "name", "geonames_id", "lat", "lon"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Place(
        String country,
        Kind kind,
        String name,
        @JsonProperty("geonames_id") Long geonamesId,
        @JsonProperty("lat") Double latitude,
        @JsonProperty("lon") Double longitude) {

    /** What kind of place a name denotes. */
    public enum Kind {
        @JsonProperty("country") COUNTRY,
        @JsonProperty("region") REGION,
        @JsonProperty("city") CITY
    }

    public Place {
        Objects.requireNonNull(kind, "kind");
        if (country != null && !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code: " + country);
        }
        if (kind == Kind.COUNTRY && country == null) throw new IllegalArgumentException("a country place needs its code");
        if ((latitude == null) != (longitude == null)) throw new IllegalArgumentException("latitude and longitude go together");
    }
}
