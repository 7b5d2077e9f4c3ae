package org.vigie.corpus.reprints;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;

class MinHashLshTest {

    private final Fingerprinter fp = new Fingerprinter(ReprintConfig.DEFAULT);

    @Test
    void wordsAreNormalisedWithOffsetsIntoTheText() {
        String text = "L’État a déjà « PRÉVU » cœur-à-cœur, 2020.";
        WordTokens w = WordTokens.of(text);
        assertEquals(List.of("l", "etat", "a", "deja", "prevu", "coeur", "a", "coeur", "2020"), w.words());
        assertEquals("PRÉVU", text.substring(w.start(4), w.end(4)));
        assertEquals("cœur", text.substring(w.start(5), w.end(5)));
        assertEquals("l etat a deja", WordTokens.normalize("L'ÉTAT  a, déjà!"));
    }

    @Test
    void shinglesIgnoreCaseAccentsAndPunctuation() {
        Shingler s = new Shingler(5);
        int[] a = s.shingles(WordTokens.of("Le président a annoncé une réforme des retraites, mardi soir."));
        int[] b = s.shingles(WordTokens.of("LE PRESIDENT A ANNONCE -- une réforme des « retraites » mardi soir"));
        assertArrayEquals(a, b);
        assertEquals(6, a.length); // 10 words, 6 five-word shingles
        int[] c = s.shingles(WordTokens.of("Le président a annoncé une réforme des retraites, jeudi soir."));
        assertEquals(4.0 / 8, ShingleSets.jaccard(a, c), 1e-9); // the two shingles with "mardi" differ
    }

    @Test
    void minHashEstimatesJaccardOnRealCopies() {
        int n = 0;
        double worst = 0;
        for (Article o : SampleArticles.all().values()) {
            for (Article c : ReprintFamiliesTest.family(o).copies()) {
                int[] so = fp.shingles(o), sc = fp.shingles(c);
                double exact = ShingleSets.jaccard(so, sc);
                double est = MinHasher.estimate(fp.signature(so), fp.signature(sc));
                worst = Math.max(worst, Math.abs(exact - est));
                n++;
            }
        }
        assertEquals(200, n);
        // 126 hashes: standard error <= 0.045; over 200 pairs the worst stays within ~4 of them.
        assertTrue(worst < 0.18, "worst estimate error " + worst);
    }

    @Test
    void lshFindsCopiesAndNotUnrelatedArticles() {
        ReprintConfig c = ReprintConfig.DEFAULT;
        LshIndex index = new LshIndex(c.bands(), c.rows());
        List<Article> originals = new ArrayList<>(SampleArticles.all().values());
        for (int i = 0; i < originals.size(); i++) index.add(i, fp.fingerprint(originals.get(i)).signature());
        for (int i = 0; i < originals.size(); i++) {
            Article copy = ReprintFamiliesTest.family(originals.get(i)).copies().get(2); // cut + comments
            int[] cand = index.candidates(fp.fingerprint(copy).signature());
            assertArrayEquals(new int[]{i}, cand, originals.get(i).sourceId());
        }
        assertThrows(IllegalArgumentException.class, () -> index.add(0, new int[c.signatureSize()]));
        assertThrows(IllegalArgumentException.class, () -> index.candidates(new int[3]));
    }

    @Test
    void collisionCurveIsTheBandingSCurve() {
        assertEquals(1 - Math.pow(1 - 0.125, 42), LshIndex.collisionProbability(0.5, 42, 3), 1e-12);
        assertTrue(LshIndex.collisionProbability(0.8, 42, 3) > 0.999);
        assertTrue(LshIndex.collisionProbability(0.1, 42, 3) < 0.05);
        assertEquals(Math.pow(1 / 42.0, 1 / 3.0), LshIndex.threshold(42, 3), 1e-12);
    }

    @Test
    void signaturesAreReproducible() {
        Article a = SampleArticles.get("orangesum-21603");
        assertArrayEquals(new Fingerprinter(ReprintConfig.DEFAULT).fingerprint(a).signature(), fp.fingerprint(a).signature());
    }
}
