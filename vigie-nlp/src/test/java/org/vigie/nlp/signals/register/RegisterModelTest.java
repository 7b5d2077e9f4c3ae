package org.vigie.nlp.signals.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigie.nlp.signals.StageTestSupport.article;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.nlp.signals.Resources;

class RegisterModelTest {

    private static List<Resources.Line> lines(String... text) {
        List<Resources.Line> out = new java.util.ArrayList<>();
        for (int i = 0; i < text.length; i++) out.add(new Resources.Line("test", i + 1, text[i]));
        return out;
    }

    @Test
    void probabilityIsTheLogisticOfTheStandardisedTerms() {
        RegisterModel m = RegisterModel.parse(lines("bias = -1", "threshold = 0.9", "address | 2 | 0 | 1", "date | -1 | 0 | 1"));
        RegisterScorer.Profile p = RegisterScorer.profile(article("Impôts", null, "Vous paierez. Vous paierez encore."));
        double address = p.features().get("address");
        double expected = 1 / (1 + Math.exp(-(-1 + 2 * Math.log1p(address))));
        assertEquals(expected, m.probability(p), 1e-9);
        List<RegisterModel.Contribution> c = m.contributions(p);
        assertEquals("address", c.get(0).feature(), "strongest push first");
        assertEquals(0.0, c.get(1).contribution(), 1e-12, "no date: no push");
    }

    @Test
    void formatReadsBack() {
        RegisterModel m = new RegisterModel(0.25, 0.97, List.of(new RegisterModel.Term("irony", 0.5, 0.1, 0.3)));
        List<Resources.Line> back = new java.util.ArrayList<>();
        int n = 0;
        for (String l : m.format(List.of("header")).split("\n")) {
            n++;
            int hash = l.indexOf('#');
            String t = (hash >= 0 ? l.substring(0, hash) : l).strip();
            if (!t.isEmpty()) back.add(new Resources.Line("formatted", n, t));
        }
        RegisterModel r = RegisterModel.parse(back);
        assertEquals(0.97, r.threshold(), 1e-9);
        assertEquals(m.terms(), r.terms());
    }

    @Test
    void badLinesAreReportedWithTheirLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RegisterModel.parse(lines("bias = 0", "threshold = 0.9", "no-such-feature | 1 | 0 | 1")));
        assertTrue(e.getMessage().startsWith("test:3:"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RegisterModel.parse(lines("bias = 0", "address | x | 0 | 1")));
        assertThrows(IllegalArgumentException.class, () -> RegisterModel.parse(lines("address | 1 | 0 | 1")),
                "bias and threshold are required");
    }

    @Test
    void bundledWeightsLoadAndUseKnownFeatures() {
        RegisterModel m = RegisterModel.bundled();
        assertTrue(!m.terms().isEmpty());
        assertTrue(m.threshold() > 0.5 && m.threshold() < 1, "threshold " + m.threshold());
    }

    @Test
    void aWeightAgainstItsPriorDirectionIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RegisterModel.parse(lines("bias = 0", "threshold = 0.9", "date | 0.5 | 0 | 1")));
        assertTrue(e.getMessage().contains("prior"), e.getMessage());
        assertEquals(1, RegisterModel.parse(lines("bias = 0", "threshold = 0.9", "date | 0 | 0 | 1")).terms().size(),
                "a zero weight agrees with any prior");
    }
}
