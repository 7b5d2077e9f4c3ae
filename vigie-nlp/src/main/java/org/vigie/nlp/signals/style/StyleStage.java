package org.vigie.nlp.signals.style;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigie.core.model.Article;
import org.vigie.core.model.Signal;
import org.vigie.core.model.Span;
import org.vigie.core.pipeline.Stage;
import org.vigie.nlp.signals.LanguageCoverage;
import org.vigie.nlp.signals.Messages;
import org.vigie.nlp.signals.style.StyleScorer.Cue;

/**
 * Emits {@code subjectivity} and {@code vagueness} when an article's cue rate passes its
 * calibrated threshold (and it has enough words and cues for a rate to mean something). The score
 * is 0.5 at the threshold and grows towards 1 as the rate moves past it.
 */
public final class StyleStage implements Stage {

    public static final String SUBJECTIVITY = "subjectivity";
    public static final String VAGUENESS = "vagueness";
    private static final int EXAMPLES = 5;

    private final StyleCalibration calibration;

    public StyleStage() {
        this(StyleCalibration.DEFAULT);
    }

    StyleStage(StyleCalibration calibration) {
        this.calibration = calibration;
    }

    @Override
    public String name() {
        return "signals-style";
    }

    @Override
    public Article process(Article a) {
        String lang = LanguageCoverage.of(a, LanguageCoverage.FRENCH_ENGLISH);
        if (lang == null) return LanguageCoverage.skipped(a, "style", "subjectivity and vagueness lexicons");
        StyleScorer.Profile p = StyleScorer.profile(a);
        if (p.words() < calibration.minWords()) return a;
        List<Signal> out = new ArrayList<>(a.signals());
        add(a, SUBJECTIVITY, p.subjective(), p.subjectivityPer1000(), calibration.subjectivityThreshold(), lang, out);
        add(a, VAGUENESS, p.vague(), p.vaguenessPer1000(), calibration.vaguenessThreshold(), lang, out);
        return out.size() == a.signals().size() ? a : a.withSignals(out);
    }

    private void add(Article a, String kind, List<Cue> cues, double rate, double threshold, String lang,
                     List<Signal> out) {
        if (cues.size() < calibration.minCues() || rate < threshold) return;
        double score = Math.min(1, 0.5 + 0.5 * (1 - threshold / rate));
        List<Span> evidence = cues.stream().map(c -> a.span(c.start(), c.end())).toList();
        Set<String> examples = new LinkedHashSet<>();
        for (Span s : evidence) {
            if (examples.size() < EXAMPLES && Character.isLetter(s.text().charAt(0))) examples.add(s.text());
        }
        if (examples.isEmpty()) examples.add(evidence.get(0).text());
        String r = String.format(java.util.Locale.ROOT, "%.0f", rate);
        out.add(new Signal(kind, score, evidence,
                Messages.format(kind, lang, "rate", r, "words", Messages.quoteAll(lang, examples))));
    }
}
