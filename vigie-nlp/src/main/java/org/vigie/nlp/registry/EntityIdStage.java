package org.vigie.nlp.registry;

import java.util.List;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.pipeline.Stage;

/** Fills {@code entity_id} of every entity from the {@link EntityRegistry}. Thread-safe. */
public final class EntityIdStage implements Stage {

    private final EntityRegistry registry;

    public EntityIdStage(EntityRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String name() {
        return "entity-ids";
    }

    @Override
    public Article process(Article article) {
        List<Entity> out = article.entities().stream().map(e -> e.withEntityId(registry.idOf(e))).toList();
        return article.withEntities(out);
    }
}
