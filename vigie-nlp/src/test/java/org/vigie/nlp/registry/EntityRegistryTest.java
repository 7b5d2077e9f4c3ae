package org.vigie.nlp.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.nlp.entities.Samples;

class EntityRegistryTest {

    private static final Pipeline PIPELINE = EntityPipelines.french();
    private static final EntityRegistry REGISTRY = EntityRegistry.bundled();

    private static Set<String> idsOf(Article a, String... canonicals) {
        List<String> wanted = List.of(canonicals);
        return a.entities().stream().filter(e -> wanted.contains(e.canonical()))
                .map(Entity::entityId).collect(Collectors.toSet());
    }

    private static Entity person(Article a, String canonical) {
        return a.entities().stream().filter(e -> e.canonical().equals(canonical)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + canonical + " in " + a.entities()));
    }

    @Test
    void threeArticlesNamingPutinDifferentlyGetOneId() {
        Article fr = PIPELINE.process(Article.compose("Poutine à Berlin", null,
                List.of("Poutine a rencontré Olaf Scholz à Berlin lundi.")));
        Article en = PIPELINE.process(Article.compose("Sommet", null,
                List.of("Le président Putin a déclaré mardi que la Russie ne reculerait pas.")));
        Article full = PIPELINE.process(Article.compose("Visite", null,
                List.of("Vladimir Poutine est arrivé à Ankara, où M. Poutine a été reçu.")));
        String a = person(fr, "Poutine").entityId();
        String b = person(en, "Putin").entityId();
        String c = person(full, "Vladimir Poutine").entityId();
        assertNotNull(a);
        assertEquals(a, b);
        assertEquals(a, c);
    }

    @Test
    void twoDifferentMartinsKeepTwoIds() {
        Article one = PIPELINE.process(Article.compose("Municipales", null,
                List.of("Jean Martin, maire de Lyon, a présenté son budget jeudi.")));
        Article two = PIPELINE.process(Article.compose("Assemblée", null,
                List.of("La députée Marie Martin a déposé un amendement mercredi.")));
        String jean = person(one, "Jean Martin").entityId();
        String marie = person(two, "Marie Martin").entityId();
        assertNotEquals(jean, marie);
        // a bare surname is not evidence: it is neither of them
        assertNotEquals(jean, REGISTRY.idOf("Martin", EntityType.PER));
        assertNotEquals(marie, REGISTRY.idOf("Martin", EntityType.PER));
    }

    @Test
    void idsAreDeterministicAndIgnoreCaseAndAccents() {
        assertEquals(REGISTRY.idOf("Oleg Pechkov", EntityType.PER), new EntityRegistry(AliasTable.bundled())
                .idOf("OLEG PECHKOV", EntityType.PER));
        assertEquals(REGISTRY.idOf("Élodie Kulik", EntityType.PER), REGISTRY.idOf("Elodie Kulik", EntityType.PER));
        assertNotEquals(REGISTRY.idOf("Élodie Kulik", EntityType.PER), REGISTRY.idOf("Élodie Kulik", EntityType.LOC));
        assertTrue(REGISTRY.idOf("Oleg Pechkov", EntityType.PER).matches("per-[0-9a-f]{12}"));
    }

    @Test
    void namesAcrossLanguagesAndScriptsMeetInTheTable() {
        String putin = REGISTRY.idOf("Путин", EntityType.PER);
        assertEquals("vladimir-putin", putin);
        assertEquals(putin, REGISTRY.idOf("Vladimir Putin", EntityType.PER));
        assertEquals(REGISTRY.idOf("ONU", EntityType.ORG), REGISTRY.idOf("Nations unies", EntityType.ORG));
        assertEquals(REGISTRY.idOf("Erdoğan", EntityType.PER), REGISTRY.idOf("Recep Tayyip Erdogan", EntityType.PER));
        // one typing slip in a famous surname, same first name
        assertEquals("emmanuel-macron", REGISTRY.idOf("Emmanuel Macronn", EntityType.PER));
        // a different first name is a different person, not a typo
        assertNotEquals("marine-le-pen", REGISTRY.idOf("Marion Le Pen", EntityType.PER));
        assertNotEquals("marine-le-pen", REGISTRY.idOf("Marie Le Pen", EntityType.PER));
        // "Hollande" is a person or a country: the type decides
        assertEquals("francois-hollande", REGISTRY.idOf("Hollande", EntityType.PER));
        assertEquals("netherlands", REGISTRY.idOf("Hollande", EntityType.LOC));
        assertNull(AliasTable.bundled().typeOf("Hollande"));
    }

    @Test
    void sampleArticleEntitiesAllGetIds() {
        Article a = PIPELINE.process(Samples.aleppo());
        assertTrue(a.entities().stream().allMatch(e -> e.entityId() != null));
        assertEquals(Set.of("vladimir-putin"), idsOf(a, "Vladimir Poutine"));
        assertEquals(Set.of("recep-tayyip-erdogan"), idsOf(a, "Recep Tayyip Erdogan"));
        assertEquals(Set.of("united-nations"), idsOf(a, "Onu"));
        // distinct entities of the article get distinct ids
        assertEquals(a.entities().size(), a.entities().stream().map(Entity::entityId).distinct().count());
    }

    @Test
    void bundledTableIsLargeAndConsistent() {
        AliasTable t = AliasTable.bundled();
        assertTrue(t.size() >= 300, "size " + t.size());
        for (EntityType type : EntityType.values()) {
            assertTrue(t.entries().stream().anyMatch(e -> e.type() == type), type.toString());
        }
    }

    @Test
    void badTableLinesAreReportedWithTheirLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AliasTable.load(
                new ByteArrayInputStream("# c\nok-key\tPER\tJean Dupont\nbad\tPERSON\tX\n".getBytes(StandardCharsets.UTF_8)),
                "my.tsv"));
        assertTrue(e.getMessage().startsWith("my.tsv:3: bad type"), e.getMessage());
        IllegalArgumentException clash = assertThrows(IllegalArgumentException.class, () -> AliasTable.load(
                new ByteArrayInputStream("a\tPER\tJean Dupont\tDupont\nb\tPER\tPaul Dupont\tDupont\n"
                        .getBytes(StandardCharsets.UTF_8)), "my.tsv"));
        assertTrue(clash.getMessage().contains("my.tsv:2") && clash.getMessage().contains("Dupont"), clash.getMessage());
    }
}
