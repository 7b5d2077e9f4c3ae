package org.vigie.nlp.signals.register;

import java.util.LinkedHashMap;
import java.util.Map;
import org.vigie.nlp.signals.Resources;

/**
 * The a-priori direction of each register feature ({@code register/register-priors.txt}): +1 when
 * more of it reads more like satire, -1 when more of it is the texture of reporting. Written before
 * any fitting; a fitted weight may be 0 but never of the other sign.
 */
public final class RegisterPriors {

    private static final Map<String, Integer> PRIORS = load();

    private RegisterPriors() {
    }

    /** +1 or -1 for every feature of {@link RegisterScorer#FEATURES}. */
    public static int direction(String feature) {
        Integer d = PRIORS.get(feature);
        if (d == null) throw new IllegalArgumentException("no prior direction for register feature " + feature);
        return d;
    }

    private static Map<String, Integer> load() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (Resources.Line line : Resources.lines("register/register-priors.txt")) {
            String[] f = line.fields();
            if (f.length < 2) throw line.error("expected feature | + or - | why");
            if (!RegisterScorer.FEATURES.contains(f[0])) throw line.error("unknown feature " + f[0]);
            switch (f[1]) {
                case "+" -> m.put(f[0], 1);
                case "-" -> m.put(f[0], -1);
                default -> throw line.error("direction must be + or -");
            }
        }
        for (String feature : RegisterScorer.FEATURES) {
            if (!m.containsKey(feature)) throw new IllegalStateException("register-priors.txt: no direction for " + feature);
        }
        return m;
    }
}
