package org.vigie.nlp.registry;

import java.time.LocalDate;
import java.util.Map;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.core.pipeline.Stage;
import org.vigie.nlp.corenlp.CoreNlpTokens;
import org.vigie.nlp.entities.EntityLexicon;
import org.vigie.nlp.entities.EntityStage;
import org.vigie.nlp.places.PlaceStage;

/** The stages that fill the entity layer, assembled for callers (CLI, server, benchmarks). */
public final class EntityPipelines {

    private EntityPipelines() {
    }

    /**
     * Each article through the entity pipeline of its language ({@link #french}, {@link #english},
     * {@link #german}, {@link #spanish}),
     * then entity ids from the one alias table, which names people and places in both languages
     * ("Vladimir Poutine" and "Vladimir Putin" are {@code vladimir-putin}); English entities the
     * table gives one id are merged ({@link EntityIdStage#merging}), as German and Spanish ones;
     * then places resolved to countries and coordinates ({@link PlaceStage}) with the country
     * names and nationality words of the article's language.
     * Articles in a language of no model keep an empty entity layer and say so in {@code skipped};
     * articles of undetected language are read as French.
     */
    public static Pipeline byLanguage(LocalDate documentDate) {
        AliasTable table = AliasTable.bundled();
        // two routed stages rather than one, so that timings keep "tokens" (CoreNLP) apart from "entities"
        Stage tokens = new ByLanguage("tokens", Map.of("fr", CoreNlpTokens.french(), "en", CoreNlpTokens.english(),
                "de", CoreNlpTokens.german(), "es", CoreNlpTokens.spanish()), "fr");
        Stage entities = new ByLanguage("entities", Map.of(
                "fr", new EntityStage(table, OfficeTable.bundled(), documentDate),
                "en", new EntityStage(EntityLexicon.english(), table, OfficeTable.bundled(), documentDate),
                "de", new EntityStage(EntityLexicon.german(), table, OfficeTable.bundled(), documentDate),
                "es", new EntityStage(EntityLexicon.spanish(), table, OfficeTable.bundled(), documentDate)), "fr")
                .reportingSkips("entities", "entity model");
        EntityRegistry registry = new EntityRegistry(table);
        EntityIdStage merging = EntityIdStage.merging(registry);
        Stage ids = new ByLanguage("entity-ids", Map.of("fr", new EntityIdStage(registry), "en", merging,
                "de", merging, "es", merging), "fr");
        Stage places = new ByLanguage("places", Map.of("fr", new PlaceStage("fr"), "en", new PlaceStage("en"),
                "de", new PlaceStage("de"), "es", new PlaceStage("es")), "fr");
        return Pipeline.of(tokens, entities, ids, places);
    }

    /**
     * tokens (CoreNLP tokenize, ssplit, French NER) -> entities (cleanup, grouping, aliases,
     * roles; types checked against the bundled alias table; titles the text leaves unnamed read
     * through the bundled table of office holders) -> entity ids -> places. Every article is read as French.
     */
    public static Pipeline french() {
        return french(null);
    }

    /** The same, reading office holders on {@code documentDate} (null: each article's own date). */
    public static Pipeline french(LocalDate documentDate) {
        AliasTable table = AliasTable.bundled();
        return Pipeline.of(CoreNlpTokens.french(), new EntityStage(table, OfficeTable.bundled(), documentDate),
                new EntityIdStage(new EntityRegistry(table)), new PlaceStage("fr"));
    }

    /**
     * tokens (CoreNLP tokenize, ssplit, English CoNLL NER) -> entities with the English word
     * lists (honorifics, titles, nationality words: "Russian President Vladimir Putin" is
     * "Vladimir Putin", and "Mr. Putin" joins him) -> entity ids, one entity for the names the
     * table gives one id ("U.S." and "United States") -> places. Every article is read as English.
     */
    public static Pipeline english(LocalDate documentDate) {
        AliasTable table = AliasTable.bundled();
        return Pipeline.of(CoreNlpTokens.english(),
                new EntityStage(EntityLexicon.english(), table, OfficeTable.bundled(), documentDate),
                EntityIdStage.merging(new EntityRegistry(table)), new PlaceStage("en"));
    }

    /**
     * tokens (CoreNLP German tokenize with its ordinal post-processor, ssplit, German distsim NER)
     * -> entities with the German word lists ("Bundeskanzlerin Angela Merkel", "Frau Merkel" and
     * "Merkel" are one entity) -> entity ids, merged as English ones -> places. Every article is read as German.
     */
    public static Pipeline german(LocalDate documentDate) {
        AliasTable table = AliasTable.bundled();
        return Pipeline.of(CoreNlpTokens.german(),
                new EntityStage(EntityLexicon.german(), table, OfficeTable.bundled(), documentDate),
                EntityIdStage.merging(new EntityRegistry(table)), new PlaceStage("de"));
    }

    /**
     * tokens (CoreNLP Spanish tokenize, ssplit, AnCora NER) -> entities with the Spanish word lists
     * ("el presidente Nicolás Maduro", "Maduro" are one entity) -> entity ids, merged as English
     * ones -> places. Every article is read as Spanish.
     */
    public static Pipeline spanish(LocalDate documentDate) {
        AliasTable table = AliasTable.bundled();
        return Pipeline.of(CoreNlpTokens.spanish(),
                new EntityStage(EntityLexicon.spanish(), table, OfficeTable.bundled(), documentDate),
                EntityIdStage.merging(new EntityRegistry(table)), new PlaceStage("es"));
    }
}
