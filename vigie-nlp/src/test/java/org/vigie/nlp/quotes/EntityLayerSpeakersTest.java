package org.vigie.nlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Span;
import org.vigie.core.model.Speaker;

class EntityLayerSpeakersTest {

    private static final String TEXT = "x".repeat(200);

    @Test
    void readsTheLayerAsAScanOfEveryMentionWould() {
        Random random = new Random(11);
        EntityType[] types = EntityType.values();
        for (int round = 0; round < 300; round++) {
            List<Entity> entities = new ArrayList<>();
            int n = random.nextInt(8);
            for (int i = 0; i < n; i++) {
                List<Span> mentions = new ArrayList<>();
                for (int j = 1 + random.nextInt(4); j > 0; j--) {
                    int s = random.nextInt(150);
                    mentions.add(Span.of(TEXT, s, s + 1 + random.nextInt(25)));
                }
                entities.add(new Entity("E" + i, types[random.nextInt(types.length)], "id-" + i, mentions));
            }
            Article a = Article.compose(TEXT, null, List.of()).withEntities(entities);
            SpeakerLookup lookup = EntityLayerSpeakers.of(a);
            for (int s = 0; s < 190; s += 2) {
                assertEquals(scanBefore(entities, s), lookup.personBefore(s), round + ": before " + s);
                for (int e = s + 1; e < 190; e += 5) {
                    assertEquals(scanAt(entities, s, e), lookup.speakerAt(s, e), round + ": at [" + s + ", " + e + ")");
                }
            }
        }
    }

    @Test
    void aPersonOutranksAnOrganisationCoveringMoreOfThePhrase() {
        String text = "Le porte-parole du Kremlin Dmitri Peskov a déclaré.";
        int kremlin = text.indexOf("Kremlin");
        int peskov = text.indexOf("Dmitri");
        Article a = Article.compose(text, null, List.of()).withEntities(List.of(
                new Entity("Kremlin", EntityType.ORG, "org-kremlin", List.of(Span.of(text, kremlin, kremlin + 7))),
                new Entity("Dmitri Peskov", EntityType.PER, "dmitri-peskov", List.of(Span.of(text, peskov, peskov + 13)))));
        assertEquals("Dmitri Peskov", EntityLayerSpeakers.of(a).speakerAt(0, text.indexOf(" a déclaré")).orElseThrow().canonical());
        assertEquals(Optional.empty(), EntityLayerSpeakers.of(a).personBefore(peskov));
    }

    // the scans the index replaces, kept as the reference
    private static Optional<Speaker> scanAt(List<Entity> entities, int start, int end) {
        Entity best = null;
        int bestScore = 0;
        for (Entity e : entities) {
            if (e.type() == EntityType.LOC) continue;
            for (Span m : e.mentions()) {
                int overlap = Math.min(end, m.end()) - Math.max(start, m.start());
                if (overlap <= 0) continue;
                int score = overlap + (e.type() == EntityType.PER ? 10_000 : 0);
                if (score > bestScore) {
                    bestScore = score;
                    best = e;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Speaker(best.canonical(), best.entityId()));
    }

    private static Optional<Speaker> scanBefore(List<Entity> entities, int offset) {
        Entity best = null;
        int bestEnd = -1;
        for (Entity e : entities) {
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
