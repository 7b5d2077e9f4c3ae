package org.vigie.nlp.signals;

import java.util.List;
import org.vigie.core.model.Article;
import org.vigie.core.model.Signal;
import org.vigie.core.pipeline.Stage;

/** Small helpers for stage tests. */
public final class StageTestSupport {

    private StageTestSupport() {
    }

    public static Article article(String title, String standfirst, String... paragraphs) {
        return Article.compose(title, standfirst, List.of(paragraphs));
    }

    public static List<Signal> signals(Stage stage, Article a, String kind) {
        return stage.process(a).signals().stream().filter(s -> s.kind().equals(kind)).toList();
    }

    public static List<String> evidence(Signal s) {
        return s.evidence().stream().map(e -> e.text()).toList();
    }
}
