package org.vigie.nlp;

import java.time.LocalDate;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.nlp.quotes.QuoteStage;
import org.vigie.nlp.registry.EntityPipelines;
import org.vigie.nlp.signals.SignalStages;
import org.vigie.nlp.times.TimeStage;

/**
 * The standard analysis, in dependency order: tokens and NER (CoreNLP, once, with the models of
 * the article's language: French, English, German, Spanish; other languages get no entity layer)
 * → entities and aliases → entity ids → places (countries, coordinates) → quotes (read the entity layer for speakers) → times →
 * signals (read entities and quotes). The CLI, the server and the Spark job all run this one pipeline.
 */
public final class NlpPipelines {

    private NlpPipelines() {
    }

    /**
     * @param documentDate overrides the page's own date for resolving relative times and for
     *                     reading titles through the office-holder table; null keeps the page's
     *                     date (or, for times, infers a window from the text)
     */
    public static Pipeline standard(LocalDate documentDate, SignalStages.Options signals) {
        Pipeline p = EntityPipelines.byLanguage(documentDate)
                .then(new QuoteStage())
                .then(documentDate == null ? new TimeStage() : new TimeStage(documentDate));
        for (var s : SignalStages.all(signals)) p = p.then(s);
        return p;
    }

    public static Pipeline standard(LocalDate documentDate) {
        return standard(documentDate, SignalStages.Options.defaults());
    }
}
