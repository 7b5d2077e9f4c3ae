package org.vigie.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vigie.core.model.Article;

/** Stages run in order. Immutable and thread-safe when its stages are. */
public final class Pipeline implements Stage {

    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Pipeline of(Stage... stages) {
        return new Pipeline(List.of(stages));
    }

    public static Pipeline of(List<? extends Stage> stages) {
        return new Pipeline(new ArrayList<>(stages));
    }

    /** A pipeline with {@code stage} appended. */
    public Pipeline then(Stage stage) {
        List<Stage> next = new ArrayList<>(stages);
        next.add(Objects.requireNonNull(stage));
        return new Pipeline(next);
    }

    public List<Stage> stages() {
        return stages;
    }

    @Override
    public String name() {
        return "pipeline";
    }

    @Override
    public Article process(Article article) {
        Article a = article;
        for (Stage s : stages) {
            Article next = s.process(a);
            if (next == null) {
                throw new IllegalStateException("stage '" + s.name() + "' returned no article");
            }
            if (!next.text().equals(a.text())) {
                throw new IllegalStateException("stage '" + s.name() + "' rewrote the canonical text");
            }
            a = next;
        }
        return a;
    }
}
