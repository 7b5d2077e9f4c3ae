package org.vigie.nlp.signals.orthography;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.Signal;
import org.vigie.core.model.Span;
import org.vigie.core.pipeline.Stage;
import org.vigie.nlp.signals.Messages;
import org.vigie.nlp.signals.Parts;
import org.vigie.nlp.signals.Parts.Range;
import org.vigie.nlp.signals.Words;

/**
 * {@code orthography}: spelling, grammar and spacing errors in the parts a re-publisher writes
 * (title, standfirst) that the body does not share. A reprinted body keeps the original
 * newsroom's clean copy; a headline or standfirst typed in a hurry by the re-publisher does not.
 * Spell checking covers the title and standfirst by default (the costly part); spacing rules run
 * on the body too, to tell a sloppy page from a sloppy header.
 */
public final class OrthographyStage implements Stage {

    public static final String KIND = "orthography";
    /** Weight from which one issue counts as an error worth naming (a misspelling, a " ,"). */
    static final double MIN_WEIGHT = 0.8;
    /**
     * Total weight a header needs before a signal is emitted: two errors, or one with spacing
     * lapses. A single hit fired on 13% of OrangeSum wire headers (checker false alarms on names
     * and agency conventions); the re-publisher's hand shows in repeated errors.
     */
    static final double MIN_TOTAL = 1.5;
    /** Body spacing errors per 1,000 words above which header errors say nothing about authorship. */
    static final double SLOPPY_BODY_RATE = 2.0;

    private final SpellChecker checker;
    private final boolean checkBody;

    /** French checking of title and standfirst with LanguageTool. */
    public OrthographyStage() {
        this(LanguageToolChecker.french(), false);
    }

    /**
     * @param checker   the spell/grammar checker for French articles, or null for spacing rules only
     * @param checkBody also spell-check the body (slow: seconds per long article)
     */
    public OrthographyStage(SpellChecker checker, boolean checkBody) {
        this.checker = checker;
        this.checkBody = checkBody;
    }

    @Override
    public String name() {
        return "signals-orthography";
    }

    @Override
    public Article process(Article a) {
        String lang = Messages.language(a.language());
        boolean french = "fr".equals(lang);
        String text = a.text();
        Range body = Parts.body(a);
        String bodyText = text.substring(body.start(), body.end());
        List<Issue> bodyIssues = new ArrayList<>(Typography.check(bodyText, french));
        if (checkBody && french && checker != null) bodyIssues.addAll(filterSpelling(a, body, checker.check(bodyText)));
        int bodyWords = Math.max(1, Words.count(Words.of(text, body.start(), body.end())));
        double bodyRate = bodyIssues.stream().filter(i -> i.weight() >= MIN_WEIGHT).count() * 1000.0 / bodyWords;

        List<Span> evidence = new ArrayList<>();
        Set<String> shown = new LinkedHashSet<>();
        double weight = 0;
        boolean titleHit = false;
        boolean standfirstHit = false;
        List<Range> head = new ArrayList<>();
        head.add(Parts.title(a));
        Range sf = Parts.standfirst(a);
        if (sf != null) head.add(sf);
        for (Range part : head) {
            String partText = text.substring(part.start(), part.end());
            List<Issue> issues = new ArrayList<>(Typography.check(partText, french));
            if (french && checker != null) issues.addAll(filterSpelling(a, part, checker.check(partText)));
            for (Issue i : issues) {
                Span s = a.span(part.start() + i.start(), part.start() + i.end());
                if (evidence.stream().anyMatch(e -> e.overlaps(s))) continue;
                evidence.add(s);
                weight += i.weight();
                if (i.weight() >= MIN_WEIGHT) {
                    shown.add(i.suggestion() != null && !i.suggestion().equals(s.text())
                            ? s.text().strip() + " → " + i.suggestion() : s.text().strip());
                    if (part == sf) standfirstHit = true;
                    else titleHit = true;
                }
            }
        }
        if (weight < MIN_TOTAL || shown.isEmpty()) return a;
        double score = Math.min(0.9, 0.3 + 0.2 * weight);
        if (bodyRate > SLOPPY_BODY_RATE) score *= 0.5; // the whole page is sloppy: no contrast
        String partName = titleHit && standfirstHit ? Messages.format("orthography.parts", lang)
                : Messages.format(titleHit ? "part.title" : "part.standfirst", lang);
        String explanation = Messages.format(KIND, lang, "part", partName, "words", Messages.quoteAll(lang, shown));
        if ("fr".equals(lang) && titleHit && standfirstHit) explanation = explanation.replaceFirst(" contient ", " contiennent ");
        evidence.sort(null);
        List<Signal> out = new ArrayList<>(a.signals());
        out.add(new Signal(KIND, score, evidence, explanation));
        return a.withSignals(out);
    }

    /**
     * Drops dictionary misses that are names: capitalised words, words the entity layer marks, and
     * words the body itself spells the same way (the body is the reference copy).
     */
    private static List<Issue> filterSpelling(Article a, Range part, List<Issue> issues) {
        String text = a.text();
        String body = text.substring(a.bodyStart());
        List<Issue> out = new ArrayList<>();
        for (Issue i : issues) {
            int s = part.start() + i.start();
            int e = part.start() + i.end();
            String word = text.substring(s, e);
            if (word.isEmpty() || inEntity(a, s, e)) continue;
            if (LanguageToolChecker.isSpelling(i.rule())) {
                if (Character.isUpperCase(word.charAt(0))) continue;
                if (s > 0 && text.charAt(s - 1) == '-') continue; // tail of a compound name: "Geun-hye"
                if (part.start() < a.bodyStart() && body.contains(word)) continue;
            } else if (hasNameInBody(word, body)) {
                continue; // grammar rules misfire on names ("de Hong Kong" → "d'Hong")
            }
            out.add(i);
        }
        return out;
    }

    private static boolean hasNameInBody(String flagged, String body) {
        for (Words.Word w : Words.of(flagged)) {
            if (w.isCapitalized() && w.text().length() > 1 && body.contains(w.text())) return true;
        }
        return false;
    }

    private static boolean inEntity(Article a, int s, int e) {
        for (Entity en : a.entities()) {
            for (Span m : en.mentions()) {
                if (m.start() <= s && e <= m.end()) return true;
            }
        }
        return false;
    }
}
