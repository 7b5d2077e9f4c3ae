package org.vigie.nlp.signals.register;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigie.core.model.Article;
import org.vigie.core.model.Signal;
import org.vigie.core.model.Span;
import org.vigie.core.pipeline.Stage;
import org.vigie.nlp.signals.LanguageCoverage;
import org.vigie.nlp.signals.Messages;

/**
 * Emits {@code satirical-register} when the combined register score ({@link RegisterModel}) of an
 * article passes the threshold calibrated on ordinary wire copy. The evidence is the words behind
 * the features that pushed the score up most (the reader is addressed as "vous", "87 % des
 * Français", "un habitant"...); features that push it up by their absence (few dates, short
 * sentences) are named in the explanation, since absence has no words to point at.
 * The score is 0.5 at the threshold and grows towards 1 with the probability.
 */
public final class RegisterStage implements Stage {

    public static final String KIND = "satirical-register";
    private static final int MIN_WORDS = 80;
    private static final int REASONS = 3;
    private static final int EVIDENCE = 12;
    private static final int EXAMPLES = 5;
    /** A feature must move the log-odds by this much to be cited as a reason. */
    private static final double MIN_CONTRIBUTION = 0.15;

    private final RegisterModel model;

    public RegisterStage() {
        this(RegisterModel.bundled());
    }

    public RegisterStage(RegisterModel model) {
        this.model = model;
    }

    @Override
    public String name() {
        return "signals-register";
    }

    @Override
    public Article process(Article a) {
        if (LanguageCoverage.of(a, LanguageCoverage.FRENCH) == null) { // fitted on French only
            return LanguageCoverage.skipped(a, KIND, "register model");
        }
        RegisterScorer.Profile p = RegisterScorer.profile(a);
        if (p.words() < MIN_WORDS) return a;
        double prob = model.probability(p);
        double t = model.threshold();
        if (prob < t || t >= 1) return a;
        String lang = Messages.language(a.language());
        List<String> reasons = new ArrayList<>();
        List<Span> evidence = new ArrayList<>();
        for (RegisterModel.Contribution c : model.contributions(p)) {
            if (reasons.size() == REASONS || c.contribution() < MIN_CONTRIBUTION) break;
            boolean present = c.weight() > 0;
            List<RegisterScorer.Cue> cues = present ? p.cues(c.feature()) : List.of();
            if (present && cues.isEmpty()) continue;
            reasons.add(Messages.format("register." + (present ? "more." : "less.") + c.feature(), lang,
                    "rate", String.format(Locale.ROOT, "%.0f", c.value())));
            for (RegisterScorer.Cue cue : cues) {
                if (evidence.size() < EVIDENCE) evidence.add(a.span(cue.start(), cue.end()));
            }
        }
        if (evidence.isEmpty()) return a; // nothing to point at: no signal
        Set<String> examples = new LinkedHashSet<>();
        for (Span s : evidence) if (examples.size() < EXAMPLES) examples.add(s.text());
        double score = Math.min(1, 0.5 + 0.5 * (prob - t) / (1 - t));
        List<Signal> out = new ArrayList<>(a.signals());
        out.add(new Signal(KIND, score, evidence.stream().sorted().toList(), Messages.format(KIND, lang,
                "reasons", String.join("; ", reasons),
                "words", Messages.quoteAll(lang, examples))));
        return a.withSignals(out);
    }
}
