package org.vigie.nlp.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.nlp.signals.Parts.Range;

class PartsCoveringTest {

    @Test
    void indexedListAnswersAsThePlainScanOnNestedAndOverlappingRanges() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<Range> plain = new ArrayList<>();
            int n = 1 + random.nextInt(12);
            for (int i = 0; i < n; i++) {
                int s = random.nextInt(60);
                plain.add(new Range(s, s + 1 + random.nextInt(30), random.nextInt(3) == 0 ? "speaker" + i : null));
            }
            List<Range> indexed = new Parts.Ranges(plain);
            assertEquals(plain, indexed);
            for (int s = 0; s < 95; s++) {
                for (int e = s + 1; e < 95; e += 3) {
                    assertSame(Parts.covering(plain, s, e), Parts.covering(indexed, s, e), round + ": [" + s + ", " + e + ")");
                }
            }
        }
    }

    @Test
    void quotedStretchesOfAnArticleCoverTheQuotedWordsOnly() {
        String body = "Le ministre a parlé. « Nous ne céderons pas », a-t-il dit devant « les députés réunis ».";
        Article a = Article.compose("Un titre", null, List.of(body));
        List<Range> quoted = Parts.quoted(a, Parts.body(a));
        int ceder = a.text().indexOf("céderons");
        int deputes = a.text().indexOf("députés");
        int ministre = a.text().indexOf("ministre");
        assertEquals(a.text().indexOf("« Nous"), Parts.covering(quoted, ceder, ceder + 8).start());
        assertEquals(a.text().indexOf("« les"), Parts.covering(quoted, deputes, deputes + 7).start());
        assertNull(Parts.covering(quoted, ministre, ministre + 8));
    }
}
