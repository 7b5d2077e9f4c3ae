package org.vigie.nlp.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Signal;
import org.vigie.core.pipeline.Pipeline;

/** The acceptance: the sample's gold signals are found, a neutral wire story gets none. */
class SignalAcceptanceTest {

    private static final Pipeline SIGNALS = SignalStages.pipeline(SignalStages.Options.defaults());

    @Test
    void sampleHasEveryGoldSignalWithItsEvidenceWords() {
        Article a = SIGNALS.process(Samples.aleppo());
        for (JsonNode g : Samples.gold("aleppo-putin-erdogan.gold.json").get("signals")) {
            String kind = g.get("kind").asText();
            String word = g.get("evidence").asText();
            List<Signal> ofKind = a.signals().stream().filter(s -> s.kind().equals(kind)).toList();
            assertFalse(ofKind.isEmpty(), "no " + kind + " signal; got " + describe(a));
            assertTrue(ofKind.stream().anyMatch(s -> s.evidence().stream().anyMatch(e -> e.text().contains(word))),
                    kind + " lacks evidence '" + word + "': " + describe(a));
            for (Signal s : ofKind) {
                assertTrue(s.score() > 0.3, kind + " scored too low: " + s.score());
                s.evidence().forEach(e -> assertTrue(e.matches(a.text()), "evidence off the text: " + e));
            }
        }
    }

    @Test
    void sampleSignalsStillFoundWithoutEntityAndQuoteLayers() {
        Article a = SIGNALS.process(Samples.aleppoBare());
        for (JsonNode g : Samples.gold("aleppo-putin-erdogan.gold.json").get("signals")) {
            String kind = g.get("kind").asText();
            String word = g.get("evidence").asText();
            assertTrue(a.signals().stream().anyMatch(s -> s.kind().equals(kind)
                            && s.evidence().stream().anyMatch(e -> e.text().contains(word))),
                    "without layers, missing " + kind + "/" + word + ": " + describe(a));
        }
    }

    @Test
    void neutralWireStoriesGetNoSignal() {
        for (String id : List.of("orangesum-10885", "orangesum-11554")) {
            Article a = SIGNALS.process(Samples.orangesum(id));
            assertEquals(List.of(), a.signals().stream().map(s -> s.kind() + ": " + s.explanation()).toList(), id);
        }
    }

    @Test
    void neutralWireStoryFromAStateOutletGetsOnlySourceContext() {
        Article a = Samples.orangesum("orangesum-10885");
        a = a.withMetadata(new Metadata("https://francais.rt.com/international/12345-basilique", null, null,
                List.of(), "2020-05-15", "meta", null, null));
        a = SIGNALS.process(a);
        assertEquals(List.of("source-context"), a.signals().stream().map(Signal::kind).toList());
    }

    @Test
    void explanationsAreOneSentenceInTheArticleLanguage() {
        Article fr = SIGNALS.process(Samples.aleppo());
        Article en = SIGNALS.process(Samples.aleppo().withLanguage("en", 1.0));
        // French spell checking does not run on an article declared English, so compare kind by kind
        assertTrue(en.signals().size() >= 3, describe(en));
        for (Signal es : en.signals()) {
            String e = es.explanation();
            String f = fr.signals().stream().filter(x -> x.kind().equals(es.kind())).findFirst().orElseThrow().explanation();
            assertTrue(f.endsWith(".") && e.endsWith("."), f + " / " + e);
            assertFalse(f.equals(e));
            assertTrue(f.matches(".*\\b(le|la|les|de|du|des|un|une)\\b.*"), "not French: " + f);
            assertTrue(e.matches(".*\\b(the|a|of|an)\\b.*"), "not English: " + e);
            assertEquals(1, f.split("[.!?] ").length, "more than one sentence: " + f);
        }
    }

    static String describe(Article a) {
        return a.signals().stream().map(s -> s.kind() + String.format(" %.2f ", s.score())
                + s.evidence().stream().map(e -> e.text()).collect(Collectors.toList()) + " — " + s.explanation())
                .collect(Collectors.joining("\n  ", "\n  ", ""));
    }
}
