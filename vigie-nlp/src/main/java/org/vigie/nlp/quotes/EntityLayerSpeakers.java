package org.vigie.nlp.quotes;

import java.util.Optional;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Span;
import org.vigie.core.model.Speaker;

/**
 * Reads speakers from the article's entity layer: a speaker phrase takes the canonical name and
 * id of the person (else organisation) entity whose mention overlaps it most. Role descriptions
 * ("le président russe") resolve when the entity stage listed them as mentions.
 */
public final class EntityLayerSpeakers implements SpeakerLookup {

    private final Article article;

    private EntityLayerSpeakers(Article article) {
        this.article = article;
    }

    public static SpeakerLookup of(Article article) {
        return new EntityLayerSpeakers(article);
    }

    @Override
    public Optional<Speaker> speakerAt(int start, int end) {
        Entity best = null;
        int bestScore = 0;
        for (Entity e : article.entities()) {
            if (e.type() == EntityType.LOC) continue;
            for (Span m : e.mentions()) {
                int overlap = Math.min(end, m.end()) - Math.max(start, m.start());
                if (overlap <= 0) continue;
                // people first, then the mention covering most of the phrase
                int score = overlap + (e.type() == EntityType.PER ? 10_000 : 0);
                if (score > bestScore) {
                    bestScore = score;
                    best = e;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Speaker(best.canonical(), best.entityId()));
    }

    @Override
    public Optional<Speaker> personBefore(int offset) {
        Entity best = null;
        int bestEnd = -1;
        for (Entity e : article.entities()) {
            if (e.type() != EntityType.PER) continue;
            for (Span m : e.mentions()) {
                if (m.end() <= offset && m.end() > bestEnd) {
                    bestEnd = m.end();
                    best = e;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Speaker(best.canonical(), best.entityId()));
    }
}
