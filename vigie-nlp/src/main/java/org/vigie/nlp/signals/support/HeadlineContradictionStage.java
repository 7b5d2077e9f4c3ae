package org.vigie.nlp.signals.support;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vigie.core.model.Article;
import org.vigie.core.model.Signal;
import org.vigie.core.model.Span;
import org.vigie.core.pipeline.Stage;
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
 *   {@link Figures});</li>
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

    /** Words either side of a headline figure that say what it counts; forecast cues are looked for a bit wider. */
    private static final int HEAD_CONTEXT = 4;
    private static final int MODAL_CONTEXT = 6;
    /** More distinct lead figures of one kind than this: a table, not a restatement. */
    private static final int MAX_BODY_VALUES = 1;
    /** Figures further apart than this factor count different things more often than not. */
    private static final double MAX_RATIO = 3;
    /** The body's lead (after the standfirst, if any): the sentences where a conflicting figure is looked for. */
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

    /** The candidate checks of {@link #figures}, in order: a miss is put down to the furthest one a candidate failed. */
    private static final List<String> CANDIDATE_RULES = List.of("body-figure-part-vague-or-quoted", "not-comparable-ratio",
            "outside-lead", "continued-count", "narrower-qualifier", "modal-or-opening-clause", "no-shared-context-word",
            "other-year", "fewer-than-two-topic-words");

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
        List<Word> refWords = Words.of(text, reference.start(), reference.end());
        List<Figure> refFigures = Figures.find(text, refWords, english);
        List<Double> refValues = Figures.values(text, refWords, english);
        List<Range> refQuoted = Parts.quoted(a, reference);
        Set<String> topic = content(partWords, "");
        Set<String> partYears = years(partWords);
        int leadEnd = leadEnd(sentences, a.bodyStart(), reference.end());
        for (Figure h : claims) {
            String claimText = text.substring(h.start(), h.end());
            // a list of figures of one kind ("19,31 %, 40,59 %...") compares nothing in particular
            if (claims.stream().filter(c -> c.unit().equals(h.unit())).count() > 2) {
                drop(why, partName, "figure", claimText, "headline-list");
                continue;
            }
            if (refValues.stream().anyMatch(h::contains)) {
                drop(why, partName, "figure", claimText, "value-in-body",
                        String.valueOf(refValues.stream().filter(h::contains).findFirst().orElse(null)));
                continue;
            }
            if (refFigures.stream().anyMatch(b -> b.statedOverlaps(h.lo(), h.hi()))) {
                drop(why, partName, "figure", claimText, "body-interval-overlaps", refFigures.stream()
                        .filter(b -> b.statedOverlaps(h.lo(), h.hi())).map(b -> text.substring(b.start(), b.end())).findFirst().orElse(""));
                continue;
            }
            List<Figure> same = refFigures.stream().filter(b -> b.unit().equals(h.unit())).toList();
            if (same.isEmpty()) {
                drop(why, partName, "figure", claimText, "no-body-figure-of-unit");
                continue;
            }
            if (combined(same, refFigures, sentences, h)) {
                drop(why, partName, "figure", claimText, "sum-difference-or-between",
                        same.stream().map(b -> text.substring(b.start(), b.end())).toList().toString());
                continue;
            }
            // a lead giving several comparable such figures is a table or a chronology, not a restatement of the headline's one
            if (same.stream().filter(b -> b.start() < leadEnd && comparable(b, h)).map(Figure::value).distinct().count() > MAX_BODY_VALUES) {
                drop(why, partName, "figure", claimText, "several-lead-values", same.stream()
                        .filter(b -> b.start() < leadEnd && comparable(b, h)).map(b -> text.substring(b.start(), b.end())).toList().toString());
                continue;
            }
            List<Word> near = around(text, partWords, h.from(), h.to(), MODAL_CONTEXT, null);
            // a forecast or a hypothesis ("pourrait atteindre 4 %") is not a figure to hold the body to
            if (near.stream().anyMatch(Figures::isModal)) {
                drop(why, partName, "figure", claimText, "headline-modal");
                continue;
            }
            Set<String> context = content(around(text, partWords, h.from(), h.to(), HEAD_CONTEXT, null), h.unit());
            Figure conflict = null;
            int furthest = -1;
            String furthestText = "";
            for (Figure b : same) {
                String rule = conflictRule(a, b, h, refWords, refQuoted, sentences, leadEnd, partWords, context, partYears, topic);
                if (rule == null) {
                    conflict = b;
                    break;
                }
                if (CANDIDATE_RULES.indexOf(rule) > furthest) {
                    furthest = CANDIDATE_RULES.indexOf(rule);
                    furthestText = text.substring(b.start(), b.end());
                }
            }
            if (conflict == null) {
                drop(why, partName, "figure", claimText, furthest < 0 ? "no-candidate" : CANDIDATE_RULES.get(furthest), furthestText);
                continue;
            }
            Span claim = a.span(h.start(), h.end());
            Span body = a.span(conflict.start(), conflict.end());
            if (found.stream().anyMatch(f -> f.claim().text().equals(claim.text()) && f.body().equals(body))) continue;
            double gap = Math.abs(conflict.value() - h.value()) / Math.max(Math.abs(h.value()), Math.abs(conflict.value()));
            found.add(new Finding(partName, claim, body, KIND + ".figure", gap > 0.2 ? 0.75 : 0.65));
        }
    }

    /**
     * Null when body figure {@code b} contradicts headline figure {@code h}, else the rule of
     * {@link #CANDIDATE_RULES} that rules it out. The body figure's sentence must share two
     * content words with the part (one was tried for titles: on an untuned slice it flagged
     * "20 €" against "19,99 euros", "33 départements en alerte" against the 24 of one alert, a
     * console's price against its little sister's).
     */
    private static String conflictRule(Article a, Figure b, Figure h, List<Word> refWords, List<Range> refQuoted,
            List<Range> sentences, int leadEnd, List<Word> partWords, Set<String> context, Set<String> partYears,
            Set<String> topic) {
        String text = a.text();
        if (b.part() || b.vague() || Parts.covering(refQuoted, b.start(), b.end()) != null) return CANDIDATE_RULES.get(0);
        if (!comparable(b, h)) return CANDIDATE_RULES.get(1);
        Range s = sentenceOf(sentences, b.start());
        // a restatement of the headline's count is in the lead; figures further down are
        // details, earlier tolls, other events
        if (s == null || b.start() >= leadEnd) return CANDIDATE_RULES.get(2);
        int at = sentences.indexOf(s);
        if (continued(text, refWords, b, s, at + 1 < sentences.size() ? sentences.get(at + 1) : null)) return CANDIDATE_RULES.get(3);
        String narrower = qualifier(text, refWords, b);
        if (!narrower.isEmpty() && !narrower.equals(qualifier(text, partWords, h))) return CANDIDATE_RULES.get(4);
        // the clause around the body figure must be about what the headline figure is about
        List<Word> clause = around(text, refWords, b.from(), b.to(), refWords.size(), s);
        boolean reported = reported(refWords, b, s);
        if (clause.stream().anyMatch(w -> (Figures.isModal(w) && !(reported && PLUPERFECT.contains(w.key())))
                || Figures.isOpening(w) && w.start() < b.start())) {
            return CANDIDATE_RULES.get(5);
        }
        Set<String> about = content(clause, b.unit());
        if (java.util.Collections.disjoint(about, context)) return CANDIDATE_RULES.get(6);
        // another year than the headline's: another time frame
        Set<String> bodyYears = years(clause);
        if (!partYears.isEmpty() && !bodyYears.isEmpty() && java.util.Collections.disjoint(partYears, bodyYears)) {
            return CANDIDATE_RULES.get(7);
        }
        Set<String> shared = new HashSet<>(about);
        shared.retainAll(topic);
        return shared.size() >= 2 ? null : CANDIDATE_RULES.get(8);
    }

    /**
     * The words within {@code window} words of a figure (words {@code from} to {@code to}), inside
     * {@code sentence} when given, never across sentence punctuation: what the figure is about.
     */
    private static List<Word> around(String text, List<Word> words, int from, int to, int window, Range sentence) {
        List<Word> out = new ArrayList<>();
        for (int dir = -1; dir <= 1; dir += 2) {
            int i = dir < 0 ? from - 1 : to;
            int prev = dir < 0 ? from : to - 1;
            for (int n = 0; n < window && i >= 0 && i < words.size(); n++, prev = i, i += dir) {
                Word w = words.get(i);
                if (sentence != null && !sentence.contains(w.start(), w.end())) break;
                if (prev >= 0 && prev < words.size() && stop(text, words.get(Math.min(i, prev)), words.get(Math.max(i, prev)))) break;
                out.add(w);
            }
        }
        return out;
    }

    private static final Set<String> PLUPERFECT = Set.of("avait", "avaient", "had");

    /**
     * Whether figure {@code f} is in a clause of reported speech ("a déclaré lundi que 70 cas
     * avaient été détectés"): its pluperfect is then the tense of reporting, not an earlier state.
     */
    private static boolean reported(List<Word> words, Figure f, Range sentence) {
        for (int q = f.from() - 1; q >= Math.max(0, f.from() - 3); q--) {
            Word w = words.get(q);
            if (!sentence.contains(w.start(), w.end())) return false;
            if (!w.key().equals("que") && !w.key().equals("qu'") && !w.key().equals("that")) continue;
            for (int k = q - 1; k >= Math.max(0, q - 4); k--) {
                String t = words.get(k).text();
                if (sentence.contains(words.get(k).start(), words.get(k).end()) && Character.isLowerCase(t.charAt(0))
                        && (t.endsWith("é") || t.equals("said"))) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /** The content words' keys of {@code words}, the counted thing {@code unit} left out. */
    private static Set<String> content(List<Word> words, String unit) {
        Set<String> keys = new HashSet<>();
        for (Word w : words) {
            if (Character.isLetter(w.text().charAt(0)) && w.text().length() >= 3 && !Figures.isFunction(w)
                    && !unit.endsWith(w.key())) {
                keys.add(w.key());
            }
        }
        return keys;
    }

    private static final java.util.regex.Pattern ADJECTIVE = java.util.regex.Pattern.compile(
            ".{3,}((ais|aise|ois|oise|ain|aine|ien|ienne|and|ande|al|ale|aux|el|elle|if|ive|eux|euse|ique|aire|ier|iere|e|ee)s?|ente?s|ente)");
    private static final Set<String> AND = Set.of("et", "and", "plu", "plus");
    /** Words of a following sentence that add to what was counted ("Un département a également été placé..."). */
    private static final Set<String> ALSO = Set.of("egalement", "aussi", "also", "outre", "ailleur");

    /**
     * The adjective or participle right after a figure's counted thing ("deux alpinistes
     * allemands", "sept départements côtiers"), or "" when none: a body figure with a qualifier
     * the headline's lacks counts a subset or another group.
     */
    private static String qualifier(String text, List<Word> words, Figure f) {
        if (f.to() >= words.size() || f.to() == 0) return "";
        Word w = words.get(f.to());
        Word noun = words.get(f.to() - 1);
        for (int i = noun.end(); i < w.start(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) return "";
        }
        if (!Character.isLowerCase(w.text().charAt(0)) || Figures.isFunction(w) || !ADJECTIVE.matcher(w.folded()).matches()) return "";
        return w.key();
    }

    /**
     * Whether the sentence goes on counting after the figure ("sept femmes accusent... et une
     * huitième", "onze départs de feu lundi et 23 mardi"), or the next sentence adds to the same
     * thing ("Un département a également été placé...", "Quatre résidents sont décédés dimanche.
     * Une cinquième personne est décédée lundi."): the figure is then a part.
     */
    private static boolean continued(String text, List<Word> words, Figure f, Range sentence, Range following) {
        if (following != null) {
            List<Word> next = Words.of(text, following.start(), following.end());
            String unit = f.unit().substring(f.unit().lastIndexOf(' ') + 1);
            if (next.stream().anyMatch(w -> ALSO.contains(w.key())) && next.stream().anyMatch(w -> w.key().equals(unit))) return true;
            if (next.stream().anyMatch(w -> ordinal(w) == f.value() + 1)) return true;
        }
        for (int i = f.to(); i + 1 < words.size() && i < f.to() + 12; i++) {
            Word w = words.get(i);
            if (!sentence.contains(w.start(), w.end()) || Figures.startsPart(words, i)) break; // "dont un enfant et un..." lists the part
            if (!AND.contains(w.key())) continue;
            Word next = words.get(i + 1);
            if ((next.isNumber() || Figures.isNumberWord(next)) && otherGroup(text, words, i + 1, f)) continue;
            if (next.isNumber() || Figures.isNumberWord(next) || next.key().startsWith("autre") || next.key().equals("other")
                    || next.folded().endsWith("ieme")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the number at word {@code i} counts another thing than figure {@code f} ("22 enfants
     * et deux instituteurs", "57 enfants, leurs six accompagnateurs et un chauffeur"): a list of
     * groups, each counted on its own, not a count going on.
     */
    private static boolean otherGroup(String text, List<Word> words, int i, Figure f) {
        String unit = f.unit().substring(f.unit().lastIndexOf(' ') + 1);
        List<Figure> next = Figures.find(text, words.subList(i, Math.min(words.size(), i + 6)), false);
        if (!next.isEmpty() && next.get(0).from() == 0) {
            Figure g = next.get(0);
            return !g.part() && !g.unit().endsWith(unit);
        }
        // "et un chauffeur": the article-like "un" reads as no figure
        if (i + 1 >= words.size() || !(words.get(i).key().equals("un") || words.get(i).key().equals("une"))) return false;
        Word noun = words.get(i + 1);
        return Character.isLowerCase(noun.text().charAt(0)) && noun.text().length() >= 4 && !Figures.isFunction(noun)
                && !noun.key().equals(unit) && !noun.key().startsWith("autre") && !noun.folded().endsWith("ieme")
                && Figures.wordValue(noun) == null;
    }

    /** The value of an ordinal number word ("cinquième": 5, "huitième": 8), or -1. */
    private static double ordinal(Word w) {
        String f = w.folded();
        if (!f.endsWith("ieme") || f.length() < 6) return -1;
        String stem = f.substring(0, f.length() - 4);
        for (String c : List.of(stem, stem + "e", stem.replaceAll("qu$", "q"), stem.replaceAll("v$", "f"))) {
            Double v = Figures.wordValue(Words.of(c).get(0));
            if (v != null) return v;
        }
        return -1;
    }

    /** The years among {@code words}. */
    private static Set<String> years(List<Word> words) {
        Set<String> out = new HashSet<>();
        for (Word w : words) {
            if (Figures.isYear(w)) out.add(w.text());
        }
        return out;
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
                    if (!sameQuantity(h, b, Words.of(text, s.start(), s.end()), partWords)) {
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

    /**
     * Same quantity: same narrowing word; or one side does not narrow and the other side's text
     * names the narrowing word ("la popularité de Macron" against "la popularité baisse" in a
     * sentence about Macron, "Cote de popularité : Édouard Philippe s'envole" against "la cote de
     * popularité d'Édouard Philippe"); or the two narrowing words are one name ("Macron" and
     * "Emmanuel Macron": one follows the other closely in a text).
     */
    private static boolean sameQuantity(Claim h, Claim b, List<Word> sentence, List<Word> headline) {
        if (java.util.Objects.equals(h.complement(), b.complement())) return true;
        if (h.complement() == null) return headline.stream().anyMatch(w -> w.key().equals(b.complement()));
        if (b.complement() == null) return sentence.stream().anyMatch(w -> w.key().equals(h.complement()));
        return follows(sentence, b.complement(), h.complement()) || follows(headline, h.complement(), b.complement());
    }

    /** Whether a word keyed {@code second} comes one or two words after a capitalised word keyed {@code first}. */
    private static boolean follows(List<Word> words, String first, String second) {
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).key().equals(first) || !words.get(i).isCapitalized()) continue;
            for (int k = i + 1; k <= i + 2 && k < words.size(); k++) {
                if (words.get(k).key().equals(second) && words.get(k).isCapitalized()) return true;
            }
        }
        return false;
    }

    /**
     * Whether the headline figure may be read off the body's figures: the sum or the difference of
     * two figures of its thing (two of one value too: "deux départements des Pyrénées... les deux
     * départements de Corse" make the headline's four), a
     * value between two of them of one size (an average, a middle estimate, police against
     * organisers; 345 between 230 arrests on Sunday and 8 000 since June is neither), or
     * the sum of one of them and another figure of the same sentence ("215 salariés et une
     * cinquantaine d'intérimaires" for "265 personnes"; the next sentence was tried, "3,68 millions
     * de téléspectateurs. A quoi il faut ajouter 2,45 millions", but then "7 morts. Près de 60
     * blessés" read as "au moins 14 morts").
     */
    private static boolean combined(List<Figure> same, List<Figure> all, List<Range> sentences, Figure h) {
        for (int i = 0; i < same.size(); i++) {
            for (int j = i + 1; j < same.size(); j++) {
                double x = same.get(i).value();
                double y = same.get(j).value();
                if (h.contains(x + y) || h.contains(Math.abs(x - y))) return true;
                if (Math.min(x, y) <= h.value() && h.value() <= Math.max(x, y) && comparable(same.get(i), same.get(j))) return true;
            }
            Figure f = same.get(i);
            Range s = sentenceOf(sentences, f.start());
            for (Figure g : all) {
                if (g == f || s == null || !s.contains(g.start(), g.end())) continue;
                if (h.overlaps(f.lo() + g.lo(), f.hi() + g.hi())) return true;
            }
        }
        return false;
    }

    /** Where the lead ends: after the standfirst (when in the reference) and the body's first sentences. */
    private static int leadEnd(List<Range> sentences, int bodyStart, int end) {
        int n = 0;
        for (Range s : sentences) {
            if (s.start() >= bodyStart && n++ == LEAD_SENTENCES) return s.start();
        }
        return end;
    }

    /** Far apart figures count different things (a day and a total, a stake and a jackpot). */
    private static boolean comparable(Figure b, Figure h) {
        return Math.max(b.value(), h.value()) <= MAX_RATIO * Math.min(b.value(), h.value());
    }

    /** Sentence punctuation between two neighbouring words (bodies often lack the space after a full stop). */
    private static boolean stop(String text, Word left, Word right) {
        for (int i = left.end(); i < right.start(); i++) {
            if (".!?;".indexOf(text.charAt(i)) >= 0) return true;
        }
        return false;
    }

    private static Range sentenceOf(List<Range> sentences, int offset) {
        for (Range s : sentences) {
            if (s.start() <= offset && offset < s.end()) return s;
        }
        return null;
    }
}
