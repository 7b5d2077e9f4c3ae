package org.vigie.corpus.reprints;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigie.core.model.Article;
import org.vigie.core.model.Signal;
import org.vigie.core.model.Span;

/**
 * The signal {@value #KIND}: the article copies a text published first elsewhere in the corpus
 * (its reprint family's source, from any site) and gives some of its figures other values
 * ({@link Change.Kind#FIGURE_CHANGED}: "120 morts" where the source has "12 morts"). The evidence
 * is the copy's figures; the explanation names the source and its values. It says the texts
 * differ, not which is right: the source may have been corrected since, or the copy be an update.
 * Like {@code wire-reprint} it needs the corpus: it is set when a copy is stored (and again when an
 * earlier source arrives) and given to a page checked against a corpus.
 */
public final class FigureChange {

    public static final String KIND = "figure-changed";
    /** A score per changed figure, up to a cap: one changed figure is a signal, several a stronger one. */
    private static final double BASE = 0.6;
    private static final double PER_FIGURE = 0.1;
    private static final double CAP = 0.95;

    private FigureChange() {
    }

    /** {@code a} with its {@value #KIND} signal against {@code source} (replaced, added, or dropped). */
    public static Article mark(Article a, Article source) {
        List<Signal> signals = new ArrayList<>(a.signals().size() + 1);
        for (Signal s : a.signals()) {
            if (!s.kind().equals(KIND)) signals.add(s);
        }
        if (source != null && !source.id().equals(a.id())) {
            Signal s = signal(a, source, ReprintDiff.diff(source, a));
            if (s != null) signals.add(s);
        }
        return signals.equals(a.signals()) ? a : a.withSignals(signals);
    }

    private static Signal signal(Article a, Article source, List<Change> changes) {
        List<Span> evidence = new ArrayList<>();
        Set<String> now = new LinkedHashSet<>();
        Set<String> was = new LinkedHashSet<>();
        for (Change c : changes) {
            if (c.kind() != Change.Kind.FIGURE_CHANGED) continue;
            for (Span s : c.spans()) {
                evidence.add(s);
                now.add(s.text());
            }
            was.addAll(c.removed());
        }
        if (evidence.isEmpty()) return null;
        evidence.sort(null);
        boolean english = a.language() != null && a.language().toLowerCase(Locale.ROOT).startsWith("en");
        String site = source.metadata().site() == null || source.metadata().site().isBlank()
                ? (english ? "another page" : "une autre page") : source.metadata().site().strip();
        String date = source.metadata().date() == null || source.metadata().date().isBlank() ? ""
                : source.metadata().date().strip().substring(0, Math.min(10, source.metadata().date().strip().length()));
        String explanation = english
                ? "This text copies one first published by " + site + (date.isEmpty() ? "" : " (" + date + ")") + " with other figures: "
                        + quoted(now, true) + " where it has " + quoted(was, true) + "."
                : "Ce texte reprend celui publié d'abord par " + site + (date.isEmpty() ? "" : " (" + date + ")") + " avec d'autres chiffres : "
                        + quoted(now, false) + " là où il donne " + quoted(was, false) + ".";
        double score = Math.min(CAP, BASE + PER_FIGURE * (evidence.size() - 1));
        return new Signal(KIND, Math.round(score * 100) / 100.0, evidence, explanation);
    }

    private static String quoted(Set<String> figures, boolean english) {
        List<String> out = new ArrayList<>();
        for (String f : figures) {
            String one = f.replace('\n', ' ');
            out.add(english ? "\u201c" + one + "\u201d" : "\u00ab\u00a0" + one + "\u00a0\u00bb");
        }
        return String.join(", ", out);
    }
}
