package org.vigie.nlp.signals.orthography;

import java.util.ArrayList;
import java.util.List;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Signal;
import org.vigie.core.pipeline.Stage;
import org.vigie.nlp.signals.Messages;

/**
 * {@code missing-author-date}: a web page that names no author and gives no date. Only judged
 * when the article came from a page (its metadata has a URL): a text pasted by a user or a
 * dataset record without metadata says nothing about the page. Its evidence is empty: what
 * is missing has no words.
 */
public final class MissingAuthorDateStage implements Stage {

    public static final String KIND = "missing-author-date";

    @Override
    public String name() {
        return "signals-missing-author-date";
    }

    @Override
    public Article process(Article a) {
        Metadata m = a.metadata();
        if (m.url() == null || !m.authors().isEmpty() || m.date() != null) return a;
        List<Signal> out = new ArrayList<>(a.signals());
        out.add(new Signal(KIND, 0.3, List.of(),
                Messages.format(KIND, Messages.language(a.language()))));
        return a.withSignals(out);
    }
}
