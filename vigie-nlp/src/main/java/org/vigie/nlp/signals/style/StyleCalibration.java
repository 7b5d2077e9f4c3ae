package org.vigie.nlp.signals.style;

import java.util.HashMap;
import java.util.Map;
import org.vigie.nlp.signals.Resources;

/**
 * Emission thresholds for the style signals, from {@code style-calibration.txt}: rates (per 1,000
 * words) that ordinary wire copy rarely exceeds, measured by the bench on OrangeSum.
 */
record StyleCalibration(double subjectivityThreshold, double vaguenessThreshold, int minCues, int minWords) {

    static final StyleCalibration DEFAULT = load();

    private static StyleCalibration load() {
        Map<String, String> m = new HashMap<>();
        for (Resources.Line line : Resources.lines("style-calibration.txt")) {
            int eq = line.text().indexOf('=');
            if (eq < 0) throw line.error("expected key = value");
            m.put(line.text().substring(0, eq).strip(), line.text().substring(eq + 1).strip());
        }
        return new StyleCalibration(Double.parseDouble(m.get("subjectivity.threshold")),
                Double.parseDouble(m.get("vagueness.threshold")), Integer.parseInt(m.get("min.cues")),
                Integer.parseInt(m.get("min.words")));
    }
}
