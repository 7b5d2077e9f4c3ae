package org.vigie.bench.quotes;

import org.vigie.core.model.Article;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.core.pipeline.Stage;
import org.vigie.nlp.registry.EntityPipelines;

/**
 * The product's entity layer (tokens, entities with roles and the office table, ids) as one stage
 * with a no-argument constructor, for {@code QuoteEval --entities org.vigie.bench.quotes.FrenchEntityLayer}:
 * quotes scored with the speakers the real entity layer gives.
 */
public final class FrenchEntityLayer implements Stage {

    private final Pipeline pipeline = EntityPipelines.french();

    @Override
    public String name() {
        return "entity-layer";
    }

    @Override
    public Article process(Article article) {
        return pipeline.process(article);
    }
}
