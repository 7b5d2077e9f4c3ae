package org.vigie.nlp.registry;

import org.vigie.core.pipeline.Pipeline;
import org.vigie.nlp.corenlp.CoreNlpTokens;
import org.vigie.nlp.entities.EntityStage;

/** The stages that fill the entity layer, assembled for callers (CLI, server, benchmarks). */
public final class EntityPipelines {

    private EntityPipelines() {
    }

    /**
     * tokens (CoreNLP tokenize, ssplit, French NER) -> entities (cleanup, grouping, aliases,
     * roles; types checked against the bundled alias table; titles the text leaves unnamed read
     * through the bundled table of office holders) -> entity ids.
     */
    public static Pipeline french() {
        return french(null);
    }

    /** The same, reading office holders on {@code documentDate} (null: each article's own date). */
    public static Pipeline french(java.time.LocalDate documentDate) {
        AliasTable table = AliasTable.bundled();
        return Pipeline.of(CoreNlpTokens.french(), new EntityStage(table, OfficeTable.bundled(), documentDate),
                new EntityIdStage(new EntityRegistry(table)));
    }
}
