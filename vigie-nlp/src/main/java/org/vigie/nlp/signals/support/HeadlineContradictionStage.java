package org.vigie.nlp.signals.support;

import java.util.ArrayList;
import java.util.List;
import org.vigie.core.model.Article;
import org.vigie.core.model.Signal;
import org.vigie.core.model.Span;
import org.vigie.core.pipeline.Stage;
import org.vigie.nlp.signals.LanguageCoverage;
import org.vigie.nlp.signals.Messages;
import org.vigie.nlp.signals.Parts;
import org.vigie.nlp.signals.Parts.Range;
import org.vigie.nlp.signals.Words;
import org.vigie.nlp.signals.Words.Word;
import org.vigie.nlp.signals.support.Directions.Claim;
import org.vigie.nlp.signals.support.Figures.Figure;

/**
 * Flags a headline or standfirst that the body contradicts, precision first (a false
 * contradiction is worse than a missed one):
 * <ul>
 *   <li>a figure: the headline counts something ("12 morts", "hausse de 5 %") and the lead (the
 *   standfirst and the body's first three sentences) gives another figure for the same counted
 *   thing ("8 morts"), while the headline's number appears nowhere in the body under any form, for
 *   any noun, nor as the sum, difference or middle of body figures. The body figure must be the
 *   lead's only comparable figure of that thing (at most 3 times off), in a clause sharing a word
 *   with the headline figure's surroundings and two with the headline; it must not be a sub-count
 *   ("dont 3 enfants", "3 autres morts", "ces deux prévenus", "sept femmes... et une huitième"),
 *   a narrower group ("deux alpinistes allemands"), a forecast, an estimate or an earlier state
 *   ("pourrait", "avaient été placés"), nor of another year. Dates, ages, durations, times and
 *   ratios ("un sur huit") never count; rounded and hedged figures are intervals (see
 *   {@link Figures}, and {@link FigureConflicts} for the rules);</li>
 *   <li>a direction: the headline says a quantity rises ("le chômage augmente") and a body sentence
 *   says the same quantity falls, while no body sentence mentions it with the headline's
 *   direction (see {@link Directions});</li>
 *   <li>a negation (French): the headline says a named subject does not do something ("Le Sénat
 *   n'adopte pas la réforme") and a lead sentence, unhedged, says it does ("le Sénat a adopté la
 *   réforme"), while no body sentence denies that verb (see {@link Negations}).</li>
 * </ul>
 * The headline is checked against the standfirst and the body (a headline may sum up the lead),
 * the standfirst against the body. Figures and statements between quotation marks are someone
 * else's words and are not checked. One signal per contradiction, with two evidence spans (the
 * headline's words, the body's words); score 0.65 for a figure (0.75 when the two differ by more
 * than a fifth), 0.6 for a direction or a negation, plus 0.1 for each other contradiction of the
 * article, at most 0.95.
 */
public final class HeadlineContradictionStage implements Stage {

    public static final String KIND = "headline-contradicts-body";

    /** The body's lead (after the standfirst, if any): the sentences where a conflicting figure or affirmation is looked for. */
    private static final int LEAD_SENTENCES = 3;

    @Override
    public String name() {
        return "signals-headline-contradiction";
    }

    /** One contradiction: the claim's span, the body's conflicting span, and the template to use. */
    private record Finding(String partName, Span claim, Span body, String template, double strength) {
    }

    /**
     * A claim of the headline or standfirst that was not flagged, and why: {@code part}
     * ("part.title", "part.standfirst"), {@code kind} ("figure", "direction", "negation"), the
     * claim's text, and the rule that dropped it (for a figure with several candidate body
     * figures, the rule that stopped the candidate that went furthest through the checks), and
     * what in the body the rule looked at ({@code evidence}, may be empty).
     */
    public record Dropped(String part, String kind, String claim, String rule, String evidence) {
    }

    @Override
    public Article process(Article a) {
        if (LanguageCoverage.of(a, LanguageCoverage.FRENCH_ENGLISH) == null) { // French and English cues
            return LanguageCoverage.skipped(a, KIND, "figure and direction cues");
        }
        List<Finding> found = new ArrayList<>();
        run(a, found, null);
        if (found.isEmpty()) return a;
        String lang = Messages.language(a.language());
        List<Signal> out = new ArrayList<>(a.signals());
        for (Finding f : found) {
            double score = Math.min(0.95, f.strength() + 0.1 * (found.size() - 1));
            String explanation = Messages.format(f.template(), lang,
                    "part", Messages.format(f.partName(), lang),
                    "head", Messages.quote(lang, f.claim().text()),
                    "body", Messages.quote(lang, f.body().text()));
            out.add(new Signal(KIND, score, List.of(f.claim(), f.body()), explanation));
        }
        return a.withSignals(out);
    }

    /**
     * Diagnosis, for evaluation harnesses and debugging (not for the pipeline): the claims of the
     * article's headline and standfirst that {@link #process} does not flag, each with the rule
     * that dropped it.
     */
    public List<Dropped> dropped(Article a) {
        List<Dropped> why = new ArrayList<>();
        run(a, new ArrayList<>(), why);
        return why;
    }

    /** Checks the title against standfirst and body, the standfirst against the body; {@code why} (may be null) gets the drops. */
    private void run(Article a, List<Finding> found, List<Dropped> why) {
        Range body = Parts.body(a);
        if (body.end() <= body.start()) return;
        boolean english = Messages.language(a.language()).equals("en");
        Range standfirst = Parts.standfirst(a);
        Range title = Parts.title(a);
        Range titleReference = new Range(standfirst != null ? standfirst.start() : body.start(), body.end(), null);
        check(a, title, "part.title", titleReference, english, found, why);
        if (standfirst != null) check(a, standfirst, "part.standfirst", body, english, found, why);
    }

    private static void drop(List<Dropped> why, String part, String kind, String text, String rule) {
        drop(why, part, kind, text, rule, "");
    }

    private static void drop(List<Dropped> why, String part, String kind, String text, String rule, String evidence) {
        if (why != null) why.add(new Dropped(part, kind, text, rule, evidence));
    }

    private void check(Article a, Range part, String partName, Range reference, boolean english, List<Finding> found,
            List<Dropped> why) {
        String text = a.text();
        List<Word> partWords = Words.of(text, part.start(), part.end());
        if (partWords.isEmpty()) return;
        List<Range> quoted = Parts.quoted(a, part);
        List<Range> sentences = Parts.sentences(text, reference);
        figures(a, partName, partWords, quoted, reference, sentences, english, found, why);
        directions(a, partName, partWords, quoted, sentences, found, why);
        if (!english) negations(a, partName, partWords, quoted, sentences, found, why);
    }

    private void negations(Article a, String partName, List<Word> partWords, List<Range> quoted,
            List<Range> sentences, List<Finding> found, List<Dropped> why) {
        String text = a.text();
        List<Negations.Statement> claims = new ArrayList<>(Negations.negated(partWords));
        claims.removeIf(c -> Parts.covering(quoted, c.start(), c.end()) != null);
        if (claims.isEmpty()) return;
        int leadEnd = leadEnd(sentences, a.bodyStart(), text.length());
        for (Negations.Statement h : claims) {
            // the body says "no" too somewhere: no contradiction, whatever else it says
            String claim = text.substring(h.start(), h.end());
            if (sentences.stream().anyMatch(s -> Negations.denies(Words.of(text, s.start(), s.end()), h.verb()))) {
                drop(why, partName, "negation", claim, "body-also-denies");
                continue;
            }
            boolean hit = false;
            for (Range s : sentences) {
                if (s.start() >= leadEnd) break;
                Negations.Statement b = Negations.affirmed(Words.of(text, s.start(), s.end()), h.subject(), h.verb(),
                        text.substring(s.start(), s.end()));
                if (b == null || Parts.covering(Parts.quoted(a, s), b.start(), b.end()) != null) continue;
                found.add(new Finding(partName, a.span(h.start(), h.end()), a.span(b.start(), b.end()),
                        KIND + ".negation", 0.6));
                hit = true;
                break;
            }
            if (!hit) drop(why, partName, "negation", claim, "no-lead-affirmation");
        }
    }

    private void figures(Article a, String partName, List<Word> partWords, List<Range> quoted,
            Range reference, List<Range> sentences, boolean english, List<Finding> found, List<Dropped> why) {
        String text = a.text();
        List<Figure> claims = new ArrayList<>(Figures.find(text, partWords, english));
        if (why != null) {
            for (Figure f : claims) {
                if (f.part() || f.vague() || Parts.covering(quoted, f.start(), f.end()) != null) {
                    drop(why, partName, "figure", text.substring(f.start(), f.end()), "claim-part-vague-or-quoted");
                }
            }
        }
        claims.removeIf(f -> f.part() || f.vague() || Parts.covering(quoted, f.start(), f.end()) != null);
        if (claims.isEmpty()) return;
        FigureConflicts conflicts = new FigureConflicts(a, partWords, claims, reference, sentences,
                leadEnd(sentences, a.bodyStart(), reference.end()), english);
        for (Figure h : claims) {
            FigureConflicts.Verdict verdict = conflicts.check(h);
            Figure conflict = verdict.conflict();
            if (conflict == null) {
                drop(why, partName, "figure", text.substring(h.start(), h.end()), verdict.rule(), verdict.evidence());
                continue;
            }
            Span claim = a.span(h.start(), h.end());
            Span body = a.span(conflict.start(), conflict.end());
            if (found.stream().anyMatch(f -> f.claim().text().equals(claim.text()) && f.body().equals(body))) continue;
            double gap = Math.abs(conflict.value() - h.value()) / Math.max(Math.abs(h.value()), Math.abs(conflict.value()));
            found.add(new Finding(partName, claim, body, KIND + ".figure", gap > 0.2 ? 0.75 : 0.65));
        }
    }

    private void directions(Article a, String partName, List<Word> partWords, List<Range> quoted,
            List<Range> sentences, List<Finding> found, List<Dropped> why) {
        String text = a.text();
        List<Claim> claims = new ArrayList<>(Directions.of(text, partWords).claims());
        claims.removeIf(c -> Parts.covering(quoted, c.start(), c.end()) != null);
        if (claims.isEmpty()) {
            drop(why, partName, "direction", "", "no-headline-claim");
            return;
        }
        List<Directions.Mentions> said = new ArrayList<>();
        for (Range s : sentences) said.add(Directions.of(text, Words.of(text, s.start(), s.end())));
        for (Claim h : claims) {
            // the body says the headline's direction somewhere: no contradiction, whatever else it says
            String claimText = text.substring(h.start(), h.end());
            if (said.stream().anyMatch(m -> m.mentions(h, h.direction()))) {
                drop(why, partName, "direction", claimText, "body-says-headline-direction");
                continue;
            }
            String rule = "no-opposite-claim";
            Claim conflict = null;
            for (int i = 0; i < sentences.size() && conflict == null; i++) {
                Range s = sentences.get(i);
                for (Claim b : said.get(i).claims()) {
                    if (!b.group().equals(h.group()) || !b.direction().equals(Directions.opposite(h.direction()))) continue;
                    if (Parts.covering(Parts.quoted(a, s), b.start(), b.end()) != null) {
                        rule = "opposite-claim-quoted";
                        continue;
                    }
                    if (!Directions.sameQuantity(h, b, Words.of(text, s.start(), s.end()), partWords)) {
                        rule = "opposite-claim-other-complement";
                        continue;
                    }
                    conflict = b;
                    break;
                }
            }
            if (conflict == null) {
                drop(why, partName, "direction", claimText, rule);
                continue;
            }
            found.add(new Finding(partName, a.span(h.start(), h.end()), a.span(conflict.start(), conflict.end()),
                    KIND + ".direction", 0.6));
        }
    }

    /** Where the lead ends: after the standfirst (when in the reference) and the body's first sentences. */
    private static int leadEnd(List<Range> sentences, int bodyStart, int end) {
        int n = 0;
        for (Range s : sentences) {
            if (s.start() >= bodyStart && n++ == LEAD_SENTENCES) return s.start();
        }
        return end;
    }
}
