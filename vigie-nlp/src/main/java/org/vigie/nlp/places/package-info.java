/**
 * Where: places resolved to countries and coordinates (geotagging, as GDELT and Europe Media
 * Monitor do), and the countries an article is about.
 *
 * <p>{@link org.vigie.nlp.places.Gazetteer} holds what is known by name: GeoNames cities (at
 * least 15,000 people, every capital and first-order seat) and regions (first-order divisions,
 * French departments), shipped in this package's resources (CC BY 4.0, {@code SOURCE.md}: never
 * downloaded), the JDK's CLDR country names in French, English, German and Spanish, the entity
 * lexicon's nationality words, and {@code place-names.tsv}, written for Vigie, for the names the
 * press gives places ("Alep", "Moscou", "Hollande", "Cisjordanie").
 *
 * <p>{@link org.vigie.nlp.places.PlaceStage} runs after entity ids. It sets
 * {@code Entity.place} (country, kind, GeoNames id and coordinates of a city) on the LOC
 * entities it resolves with confidence, reading the article's own evidence (the countries it
 * names otherwise, strongly or weakly) before population, and leaves an ambiguous name
 * unresolved rather than guess. It sets {@code Article.countries}: each country with the
 * mentions that count for it (its name, its places, its nationality words), most named first.
 * One stage per language ({@code registry/EntityPipelines.byLanguage}); the gazetteer loads once
 * per JVM on the first article (about 170 ms of CPU) and the stage costs well under a
 * millisecond per article ({@code bench/.../places/PlaceEval}).
 */
package org.vigie.nlp.places;
