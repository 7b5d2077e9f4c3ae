package org.vigie.nlp.registry;

import java.time.LocalDate;
import java.util.Map;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.core.pipeline.Stage;
import org.vigie.nlp.corenlp.CoreNlpTokens;
import org.vigie.nlp.entities.EntityLexicon;
import org.vigie.nlp.entities.EntityStage;

/** The stages that fill the entity layer, assembled for callers (CLI, server, benchmarks). */
public final class EntityPipelines {

    private EntityPipelines() {
    }

    /**
     * Each article through the entity pipeline of its language ({@link #french}, {@link #english}),
     * then entity ids from the one alias table, which names people and places in both languages
     * ("Vladimir Poutine" and "Vladimir Putin" are {@code vladimir-putin}); English entities the
     * table gives one id are merged ({@link EntityIdStage#merging}). Articles in a language
     * of no model keep an empty entity layer; articles of undetected language are read as French.
     */
    public static Pipeline byLanguage(LocalDate documentDate) {
        AliasTable table = AliasTable.bundled();
        // two routed stages rather than one, so that timings keep "tokens" (CoreNLP) apart from "entities"
        Stage tokens = new ByLanguage("tokens", Map.of("fr", CoreNlpTokens.french(), "en", CoreNlpTokens.english()), "fr");
        Stage entities = new ByLanguage("entities", Map.of(
                "fr", new EntityStage(table, OfficeTable.bundled(), documentDate),
                "en", new EntityStage(EntityLexicon.english(), table, OfficeTable.bundled(), documentDate)), "fr")
                .reportingSkips("entities", "entity model");
        EntityRegistry registry = new EntityRegistry(table);
        Stage ids = new ByLanguage("entity-ids",
                Map.of("fr", new EntityIdStage(registry), "en", EntityIdStage.merging(registry)), "fr");
        return Pipeline.of(tokens, entities, ids);
    }

    /**
     * tokens (CoreNLP tokenize, ssplit, French NER) -> entities (cleanup, grouping, aliases,
     * roles; types checked against the bundled alias table; titles the text leaves unnamed read
     * through the bundled table of office holders) -> entity ids. Every article is read as French.
     */
    public static Pipeline french() {
        return french(null);
    }

    /** The same, reading office holders on {@code documentDate} (null: each article's own date). */
    public static Pipeline french(LocalDate documentDate) {
        AliasTable table = AliasTable.bundled();
        return Pipeline.of(CoreNlpTokens.french(), new EntityStage(table, OfficeTable.bundled(), documentDate),
                new EntityIdStage(new EntityRegistry(table)));
    }

    /**
     * tokens (CoreNLP tokenize, ssplit, English CoNLL NER) -> entities with the English word
     * lists (honorifics, titles, nationality words: "Russian President Vladimir Putin" is
     * "Vladimir Putin", and "Mr. Putin" joins him) -> entity ids, one entity for the names the
     * table gives one id ("U.S." and "United States"). Every article is read as English.
     */
    public static Pipeline english(LocalDate documentDate) {
        AliasTable table = AliasTable.bundled();
        return Pipeline.of(CoreNlpTokens.english(),
                new EntityStage(EntityLexicon.english(), table, OfficeTable.bundled(), documentDate),
                EntityIdStage.merging(new EntityRegistry(table)));
    }
}
