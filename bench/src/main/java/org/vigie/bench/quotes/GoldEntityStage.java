package org.vigie.bench.quotes;

import java.util.ArrayList;
import java.util.List;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.Span;
import org.vigie.core.pipeline.Stage;

/**
 * An oracle entity layer built from a gold file's entities: every whole-word occurrence of a gold
 * mention becomes a mention span. Shows how the quote stage does with perfect entities.
 */
final class GoldEntityStage implements Stage {

    private final List<GoldFile.GoldEntity> entities;

    GoldEntityStage(List<GoldFile.GoldEntity> entities) {
        this.entities = entities;
    }

    @Override
    public String name() {
        return "gold-entities";
    }

    @Override
    public Article process(Article article) {
        String text = article.text();
        List<Entity> out = new ArrayList<>();
        int n = 0;
        for (GoldFile.GoldEntity e : entities) {
            List<Span> spans = new ArrayList<>();
            for (String m : e.mentions()) {
                for (int i = text.indexOf(m); i >= 0; i = text.indexOf(m, i + 1)) {
                    boolean left = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
                    boolean right = i + m.length() >= text.length() || !Character.isLetterOrDigit(text.charAt(i + m.length()));
                    if (left && right) spans.add(Span.of(text, i, i + m.length()));
                }
            }
            if (!spans.isEmpty()) out.add(new Entity(e.canonical(), e.type(), "gold-" + (n++), spans));
        }
        return article.withEntities(out);
    }
}
