package org.vigie.nlp.signals.orthography;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.Signal;
import org.vigie.core.model.Span;
import org.vigie.core.pipeline.Stage;
import org.vigie.nlp.signals.LanguageCoverage;
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
    /**
     * Header weight the cheap checks (spacing rules, dictionary look-ups) must reach before the
     * full LanguageTool check runs: one more error must be able to lift the total to
     * {@link #MIN_TOTAL}. Below it, only two errors that no look-up anticipates (agreement,
     * confusions such as "coté") could raise the signal; skipping those headers saves the
     * checker's ≈ 35 ms on ≈ 96 % of OrangeSum articles (SignalCostBench). On 2,000 OrangeSum
     * articles the gated stage raised 17 of the 19 signals the ungated one did, and no other;
     * the 2 lost were two agreement "errors" each, both checker false alarms ("deux
     * homosexuels [...] agressés", "une boom virtuelle").
     */
    static final double GATE = MIN_TOTAL - 1.0;
    private static final Pattern GLUED_SENTENCE = Pattern.compile("(?<=[\\p{Ll}\\d»”)])[.!?](?=\\p{Lu})");
    private static final Pattern CLOCK_TIME = Pattern.compile("\\b\\d{1,2}[hH]\\d{2}\\b");
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
        // spacing before punctuation is checked in every language, French spacing rules and the
        // French spell checker only on French articles
        boolean french = LanguageCoverage.of(a, LanguageCoverage.FRENCH) != null;
        String text = a.text();
        List<Span> evidence = new ArrayList<>();
        Set<String> shown = new LinkedHashSet<>();
        double weight = 0;
        boolean titleHit = false;
        boolean standfirstHit = false;
        List<Range> head = new ArrayList<>();
        head.add(Parts.title(a));
        Range sf = Parts.standfirst(a);
        if (sf != null) head.add(sf);
        List<List<Issue>> found = new ArrayList<>();
        double cheap = 0;
        for (Range part : head) {
            List<Issue> typography = new ArrayList<>(Typography.check(text.substring(part.start(), part.end()), french));
            for (Issue i : typography) cheap += i.weight();
            found.add(typography);
        }
        if (french && checker != null) {
            double typography = cheap;
            int misses = 0;
            for (Range part : head) {
                int m = dictionaryMisses(a, part, checker);
                misses += m;
                cheap += m + gluedSentencesAndClockTimes(a, part);
            }
            if (cheap < GATE) return a; // only two errors the dictionary cannot see could reach MIN_TOTAL
            if (!worthFullCheck(a, head, cheap, typography, misses, checker)) return a;
            for (int k = 0; k < head.size(); k++) {
                Range part = head.get(k);
                found.get(k).addAll(filterSpelling(a, part, checker.check(text.substring(part.start(), part.end()))));
            }
        }
        for (int k = 0; k < head.size(); k++) {
            Range part = head.get(k);
            for (Issue i : found.get(k)) {
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
        // The body is judged only for headers with errors: it sets the contrast, not the signal.
        Range body = Parts.body(a);
        String bodyText = text.substring(body.start(), body.end());
        List<Issue> bodyIssues = new ArrayList<>(Typography.check(bodyText, french));
        if (checkBody && french && checker != null) bodyIssues.addAll(filterSpelling(a, body, checker.check(bodyText)));
        int bodyWords = Math.max(1, Words.count(Words.of(text, body.start(), body.end())));
        double bodyRate = bodyIssues.stream().filter(i -> i.weight() >= MIN_WEIGHT).count() * 1000.0 / bodyWords;
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
     * Whether the full check can lift the header to {@link #MIN_TOTAL}. Two upper bounds of its
     * weight must both reach it, each built on what the checker finds without its dictionary pass
     * (a third of the full check's cost; filtered as the full result would be), {@code grammar}:
     * <ul>
     *   <li>{@code cheap + grammar}: the gate's anticipation (spacing lapses, dictionary misses,
     *   glued sentences and clock times) plus the grammar issues;</li>
     *   <li>{@code typography + grammar + misses}: what the full check reports is the grammar pass
     *   plus its dictionary pass, whose kept issues are each one of the {@link #dictionaryMisses}
     *   (same look-up, same filters), so this bound holds for the actual result, and it rules out
     *   headers whose anticipated glued sentences the grammar pass did not confirm (or the name
     *   filter dropped), which were most of the full checks run in vain.</li>
     * </ul>
     * When spacing lapses and dictionary misses alone reach the total, both bounds do whatever
     * the grammar pass says, and it is skipped.
     */
    private static boolean worthFullCheck(Article a, List<Range> head, double cheap, double typography, int misses,
                                          SpellChecker checker) {
        if (typography + misses >= MIN_TOTAL) return true;
        double bound = cheap;
        double grammar = 0;
        String text = a.text();
        for (Range part : head) {
            for (Issue i : filterSpelling(a, part, checker.checkWithoutSpelling(text.substring(part.start(), part.end())))) {
                bound += i.weight();
                grammar += i.weight();
            }
        }
        // the margin keeps the second bound a bound whatever order the weights are summed in
        return bound >= MIN_TOTAL && typography + grammar + misses >= MIN_TOTAL - 1e-9;
    }

    /**
     * Grammar errors of a header part the full check will likely report, found by patterns
     * alone: sentences glued to the previous one ("coffre.Après", LanguageTool's sentence-spacing
     * rules) and clock times written "06H00" (its HEURES rule). With {@link #dictionaryMisses}
     * they make the gate's anticipation. Without these two, 12 of 19 signals were lost on 2,000
     * OrangeSum articles (their standfirsts often glue sentences); with them, 2.
     * A glued sentence whose first word the body also has is not counted: the checker's issue
     * covers that word, and {@link #filterSpelling} drops it as a name ("grammar rules misfire on
     * names"), so it never adds weight; counting it sent a quarter of the gated headers through
     * the grammar pass for nothing (255 passes → 197 on 2,000 OrangeSum articles, signals
     * identical).
     */
    private static int gluedSentencesAndClockTimes(Article a, Range part) {
        String text = a.text();
        String body = text.substring(a.bodyStart());
        int n = 0;
        Matcher m = GLUED_SENTENCE.matcher(text).region(part.start(), part.end());
        while (m.find()) {
            List<Words.Word> next = Words.of(text, m.end(), part.end());
            if (!next.isEmpty() && next.get(0).start() == m.end() && next.get(0).text().length() > 1
                    && body.contains(next.get(0).text())) continue;
            n++;
        }
        m = CLOCK_TIME.matcher(text).region(part.start(), part.end());
        while (m.find()) n++;
        return n;
    }

    /**
     * Dictionary misses of a header part the full check will report: lower-case words the
     * dictionary lacks and that {@link #filterSpelling} would keep (not in an entity, not the tail
     * of a compound, not spelt so in the body).
     */
    private static int dictionaryMisses(Article a, Range part, SpellChecker checker) {
        String text = a.text();
        int n = 0;
        for (Words.Word w : Words.of(text, part.start(), part.end())) {
            String word = w.text();
            if (Character.isUpperCase(word.charAt(0)) || word.endsWith("'") || word.endsWith("\u2019")) continue;
            if (w.start() > 0 && text.charAt(w.start() - 1) == '-') continue;
            if (inEntity(a, w.start(), w.end()) || text.indexOf(word, a.bodyStart()) >= 0) continue;
            if (isUnknownWord(checker, word)) n++;
        }
        return n;
    }

    /**
     * A dictionary miss as LanguageTool's speller reports it: numbers are not words, and the
     * checker splits hyphenated words ("a-t-on", "extrême-droite") the dictionary lacks whole.
     */
    public static boolean isUnknownWord(SpellChecker checker, String word) {
        if (Character.isDigit(word.charAt(0)) || !checker.isUnknown(word)) return false;
        if (word.indexOf('-') < 0) return true;
        for (String piece : word.split("-")) {
            if (piece.length() > 1 && checker.isUnknown(piece)) return true;
        }
        return false;
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
