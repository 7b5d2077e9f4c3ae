package org.vigie.nlp.signals.source;

import java.util.ArrayList;
import java.util.List;
import org.vigie.core.model.Article;
import org.vigie.core.model.Signal;
import org.vigie.core.pipeline.Stage;
import org.vigie.nlp.signals.Messages;

/**
 * {@code source-context}: the public rating of the article's site, from
 * {@code article.metadata().site()} or its URL. Context for the reader, never an input to
 * another signal's score. Its evidence is empty: the
 * rating is about the page's site, not about words in it.
 */
public final class SourceContextStage implements Stage {

    public static final String KIND = "source-context";
    private final SourceRatings ratings;

    public SourceContextStage(SourceRatings ratings) {
        this.ratings = ratings;
    }

    @Override
    public String name() {
        return "signals-source-context";
    }

    @Override
    public Article process(Article a) {
        var m = a.metadata();
        SourceRatings.Rating r = ratings.lookup(m.site());
        if (r == null) r = ratings.lookup(m.url());
        if (r == null) r = ratings.lookup(m.canonicalUrl());
        if (r == null && a.origin() != null) r = ratings.lookup(a.origin().url());
        if (r == null) return a;
        String lang = Messages.language(a.language());
        List<Signal> out = new ArrayList<>(a.signals());
        out.add(new Signal(KIND, r.score(), List.of(), Messages.format(KIND, lang,
                "site", r.domain(), "rating", "en".equals(lang) ? r.ratingEn() : r.ratingFr(),
                "authority", r.authority())));
        return a.withSignals(out);
    }
}
