package org.vigie.bench.quotes;

import org.vigie.core.model.Article;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.core.pipeline.Stage;
import org.vigie.nlp.registry.EntityPipelines;

/**
 * The product's entity layer for the article's own language (CoreNLP's French, English, German or
 * Spanish models and lists, as {@code vigie analyze} runs them), for {@code QuoteEval --entities
 * org.vigie.bench.quotes.LanguageEntityLayer}: the default of {@code --german} and {@code --spanish},
 * whose rules take named speakers from the entity layer.
 */
public final class LanguageEntityLayer implements Stage {

    private final Pipeline pipeline = EntityPipelines.byLanguage(null);

    @Override
    public String name() {
        return "entity-layer";
    }

    @Override
    public Article process(Article article) {
        return pipeline.process(article);
    }
}
