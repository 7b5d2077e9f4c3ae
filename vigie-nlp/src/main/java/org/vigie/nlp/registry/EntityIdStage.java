package org.vigie.nlp.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.Span;
import org.vigie.core.pipeline.Stage;
import org.vigie.nlp.entities.Names;

/**
 * Fills {@code entity_id} of every entity from the {@link EntityRegistry}; {@link #merging} also
 * makes one entity of those of one type that the alias table gives the same id: "U.S." and "United
 * States", "UK" and "Britain" share no word for the entity stage to group them by, but the table
 * names one country. The merged entity keeps every mention and the name the table knows, else the
 * fullest (most words, then longest). Thread-safe.
 *
 * <p>French articles are not merged yet: on OrangeSum it joins "LR" and "Les Républicains" but
 * also what the table conflates ("Mexico" the city with "Mexique", "Angleterre" with the United
 * Kingdom), which the table must tell apart first.
 */
public final class EntityIdStage implements Stage {

    private final EntityRegistry registry;
    private final boolean merge;

    public EntityIdStage(EntityRegistry registry) {
        this(registry, false);
    }

    private EntityIdStage(EntityRegistry registry, boolean merge) {
        this.registry = registry;
        this.merge = merge;
    }

    /** Ids, and one entity for the entities of one type the table gives one id. */
    public static EntityIdStage merging(EntityRegistry registry) {
        return new EntityIdStage(registry, true);
    }

    @Override
    public String name() {
        return "entity-ids";
    }

    @Override
    public Article process(Article article) {
        List<Entity> out = article.entities().stream().map(e -> e.withEntityId(registry.idOf(e))).toList();
        return article.withEntities(merge ? mergeKnown(out) : out);
    }

    private List<Entity> mergeKnown(List<Entity> entities) {
        Map<String, List<Entity>> byId = new LinkedHashMap<>();
        for (Entity e : entities) {
            if (registry.entry(e.entityId()) != null) byId.computeIfAbsent(key(e), k -> new ArrayList<>()).add(e);
        }
        if (byId.values().stream().allMatch(g -> g.size() == 1)) return entities;
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities) {
            List<Entity> same = byId.get(key(e));
            if (same == null || same.size() == 1) {
                out.add(e);
            } else if (same.get(0) == e) {
                Entity name = same.stream().max(Comparator.<Entity>comparingInt(x -> known(x) ? 1 : 0)
                        .thenComparingInt(x -> Names.words(x.canonical()).size())
                        .thenComparingInt(x -> x.canonical().length())).orElseThrow();
                List<Span> mentions = same.stream().flatMap(x -> x.mentions().stream()).distinct().sorted().toList();
                out.add(new Entity(name.canonical(), name.type(), e.entityId(), mentions));
            }
        }
        out.sort(Comparator.comparingInt(x -> x.mentions().get(0).start()));
        return out;
    }

    private static String key(Entity e) {
        return e.type() + " " + e.entityId();
    }

    /** The table lists the entity's canonical name itself (not a near miss such as a misspelling). */
    private boolean known(Entity e) {
        return registry.table().lookup(e.canonical(), e.type()) != null;
    }
}
