package org.vigie.nlp.signals.labels;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigie.core.model.Article;
import org.vigie.core.model.Signal;
import org.vigie.core.model.Span;
import org.vigie.core.pipeline.Stage;
import org.vigie.nlp.signals.Lexicon;
import org.vigie.nlp.signals.LanguageCoverage;
import org.vigie.nlp.signals.Messages;
import org.vigie.nlp.signals.Parts;
import org.vigie.nlp.signals.Parts.Range;
import org.vigie.nlp.signals.Words;

/**
 * Loaded labels ({@code loaded-labels.txt}) and who uses them. Reporting a speaker's label is
 * journalism; adopting it in a headline when the body only reports it, or using it in the
 * outlet's own voice, is framing. Scores, highest first: headline label the body only attributes
 * to a speaker; headline label the body never uses; headline label the body also uses in its
 * own voice; labels in the body's own voice (only past a weight threshold, since agencies
 * themselves write "le régime syrien").
 */
public final class LoadedLabelStage implements Stage {

    public static final String KIND = "loaded-label";
    private static final String NOT_A_LABEL = "not-a-label";
    /** Own-voice body labels, summed by weight, needed to flag a body without a headline label. */
    static final double BODY_OWN_VOICE_MIN = 2.0;

    private static final Lexicon LABELS = Lexicon.load("loaded-labels.txt");

    /** One label occurrence, its weight and whether the outlet reports it from someone. */
    private record Use(Span span, String key, double weight, Range reportedBy) {
    }

    @Override
    public String name() {
        return "signals-loaded-label";
    }

    /** All label occurrences of a text, for title-level scoring (bench) without an article. */
    public static List<Lexicon.Hit> labels(String text) {
        return LABELS.find(Words.of(text)).stream().filter(h -> !NOT_A_LABEL.equals(h.entry().category())).toList();
    }

    @Override
    public Article process(Article a) {
        String lang = LanguageCoverage.of(a, LanguageCoverage.FRENCH_ENGLISH);
        if (lang == null) return LanguageCoverage.skipped(a, KIND, "loaded-label lexicon");
        Range body = Parts.body(a);
        List<Range> reportedInBody = Parts.reported(a, body);
        List<Use> bodyUses = uses(a, body, reportedInBody);
        List<Signal> out = new ArrayList<>(a.signals());
        Set<String> flaggedKeys = new LinkedHashSet<>();

        for (Range part : headParts(a)) {
            List<Range> reportedInPart = Parts.reported(a, part);
            List<Use> headUses = uses(a, part, reportedInPart).stream().filter(u -> u.reportedBy() == null).toList();
            for (Use u : headUses) {
                if (flaggedKeys.contains(u.key())) continue;
                List<Use> same = bodyUses.stream().filter(b -> b.key().equals(u.key())).toList();
                List<Use> own = same.stream().filter(b -> b.reportedBy() == null).toList();
                String partName = Messages.format(part.start() == 0 ? "part.title" : "part.standfirst", lang);
                List<Span> evidence = new ArrayList<>();
                evidence.add(u.span());
                for (Use h : headUses) {
                    if (h != u && h.key().equals(u.key())) evidence.add(h.span());
                }
                String words = Messages.quote(lang, u.span().text());
                Signal s;
                if (!own.isEmpty()) {
                    own.forEach(b -> evidence.add(b.span()));
                    s = new Signal(KIND, clamp(0.4 * u.weight()), evidence,
                            Messages.format("loaded-label.own", lang, "words", words));
                } else if (!same.isEmpty()) {
                    same.forEach(b -> evidence.add(b.span()));
                    String speaker = same.stream().map(b -> b.reportedBy().speaker()).filter(x -> x != null)
                            .findFirst().orElse(Messages.format("speaker.someone", lang));
                    s = new Signal(KIND, clamp(0.85 * u.weight()), evidence, Messages.format(
                            "loaded-label.attributed", lang, "part", partName, "words", words, "speaker", speaker));
                } else {
                    s = new Signal(KIND, clamp(0.7 * u.weight()), evidence,
                            Messages.format("loaded-label.absent", lang, "part", partName, "words", words));
                }
                if (s.score() >= 0.3) {
                    out.add(s);
                    flaggedKeys.add(u.key());
                }
            }
        }
        // Body labels in the outlet's own voice, not already covered by a headline signal.
        List<Use> own = bodyUses.stream().filter(b -> b.reportedBy() == null && !flaggedKeys.contains(b.key())).toList();
        double total = own.stream().mapToDouble(Use::weight).sum();
        if (total >= BODY_OWN_VOICE_MIN) {
            Set<String> words = new LinkedHashSet<>();
            own.forEach(b -> words.add(b.span().text()));
            out.add(new Signal(KIND, clamp(0.3 + 0.1 * total), own.stream().map(Use::span).toList(),
                    Messages.format("loaded-label.own", lang, "words", Messages.quoteAll(lang, words))));
        }
        return out.size() == a.signals().size() ? a : a.withSignals(out);
    }

    private static List<Range> headParts(Article a) {
        List<Range> parts = new ArrayList<>();
        parts.add(Parts.title(a));
        Range sf = Parts.standfirst(a);
        if (sf != null) parts.add(sf);
        return parts;
    }

    private static List<Use> uses(Article a, Range r, List<Range> reported) {
        List<Use> out = new ArrayList<>();
        if (r.end() <= r.start()) return out;
        for (Lexicon.Hit h : LABELS.find(Words.of(a.text(), r.start(), r.end()))) {
            if (NOT_A_LABEL.equals(h.entry().category())) continue;
            out.add(new Use(a.span(h.start(), h.end()), h.entry().phrase(), h.entry().weight(),
                    Parts.covering(reported, h.start(), h.end())));
        }
        return out;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
