package org.vigie.corpus;

import java.util.ArrayList;
import java.util.List;
import org.vigie.core.model.Article;

/** Shared test fixtures: the 40 OrangeSum samples and the sample page, with test annotation layers. */
public final class CorpusFixtures {

    private CorpusFixtures() {
    }

    public static List<Article> annotatedSamples() {
        List<Article> out = new ArrayList<>();
        for (Article a : Samples.orangesum()) out.add(CorpusTest.annotate(a));
        out.add(CorpusTest.annotate(Samples.aleppo()));
        return out;
    }
}
