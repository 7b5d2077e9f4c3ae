package org.vigie.nlp.signals.support;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vigie.core.model.Article;
import org.vigie.nlp.signals.Parts;
import org.vigie.nlp.signals.Parts.Range;
import org.vigie.nlp.signals.Words;
import org.vigie.nlp.signals.Words.Word;
import org.vigie.nlp.signals.support.Figures.Figure;

/**
 * Which reference figure, if any, contradicts a headline or standfirst figure (the figure rule of
 * {@link HeadlineContradictionStage}): the headline's number must be nowhere in the reference,
 * under any form, nor the sum, difference or middle of its figures; the lead must give one
 * comparable figure of the same counted thing, neither a sub-count, a narrower group, a forecast,
 * an earlier state nor of another year, in a clause about what the headline figure is about. Each
 * figure that is not contradicted comes with the rule that cleared it, for
 * {@link HeadlineContradictionStage#dropped}.
 */
final class FigureConflicts {

    /** Words either side of a headline figure that say what it counts; forecast cues are looked for a bit wider. */
    private static final int HEAD_CONTEXT = 4;
    private static final int MODAL_CONTEXT = 6;
    /** More distinct lead figures of one kind than this: a table, not a restatement. */
    private static final int MAX_BODY_VALUES = 1;
    /** Figures further apart than this factor count different things more often than not. */
    private static final double MAX_RATIO = 3;

    /** The candidate checks of {@link #check}, in order: a miss is put down to the furthest one a candidate failed. */
    private static final List<String> CANDIDATE_RULES = List.of("body-figure-part-vague-or-quoted", "not-comparable-ratio",
            "outside-lead", "continued-count", "narrower-qualifier", "modal-or-opening-clause", "no-shared-context-word",
            "other-year", "fewer-than-two-topic-words");

    /**
     * The answer for one headline figure: the reference figure that contradicts it ({@code conflict}),
     * or null, the rule that ruled it out and what in the reference the rule looked at
     * ({@code evidence}, may be empty).
     */
    record Verdict(Figure conflict, String rule, String evidence) {

        static Verdict cleared(String rule, String evidence) {
            return new Verdict(null, rule, evidence);
        }
    }

    private final String text;
    private final List<Word> partWords;
    private final List<Figure> claims;
    private final List<Word> refWords;
    private final List<Figure> refFigures;
    private final List<Double> refValues;
    private final List<Range> refQuoted;
    private final List<Range> sentences;
    private final int leadEnd;
    private final Set<String> topic;
    private final Set<String> partYears;

    /**
     * The figures {@code claims} of a headline or standfirst ({@code partWords}) against
     * {@code reference} (the standfirst and body, or the body), split into {@code sentences}, whose
     * lead ends at {@code leadEnd}.
     */
    FigureConflicts(Article a, List<Word> partWords, List<Figure> claims, Range reference, List<Range> sentences,
            int leadEnd, boolean english) {
        this.text = a.text();
        this.partWords = partWords;
        this.claims = List.copyOf(claims);
        this.refWords = Words.of(text, reference.start(), reference.end());
        this.refFigures = Figures.find(text, refWords, english);
        this.refValues = Figures.values(text, refWords, english);
        this.refQuoted = Parts.quoted(a, reference);
        this.sentences = sentences;
        this.leadEnd = leadEnd;
        this.topic = content(partWords, "");
        this.partYears = years(partWords);
    }

    /** The reference figure that contradicts headline figure {@code h}, or the rule that clears it. */
    Verdict check(Figure h) {
        // a list of figures of one kind ("19,31 %, 40,59 %...") compares nothing in particular
        if (claims.stream().filter(c -> c.unit().equals(h.unit())).count() > 2) return Verdict.cleared("headline-list", "");
        if (refValues.stream().anyMatch(h::contains)) {
            return Verdict.cleared("value-in-body",
                    String.valueOf(refValues.stream().filter(h::contains).findFirst().orElse(null)));
        }
        // a body range that may hold the headline's figure ("plus de 500 bergers" for "600 bergers"),
        // when it counts the same thing: "plus de 500 bergers" says nothing of "15 millions d'euros"
        List<Figure> overlapping = refFigures.stream().filter(b -> b.statedOverlaps(h.lo(), h.hi()) && sameOrNoUnit(b, h)).toList();
        if (!overlapping.isEmpty()) {
            return Verdict.cleared("body-interval-overlaps", text.substring(overlapping.get(0).start(), overlapping.get(0).end()));
        }
        List<Figure> same = refFigures.stream().filter(b -> b.unit().equals(h.unit())).toList();
        if (same.isEmpty()) return Verdict.cleared("no-body-figure-of-unit", "");
        if (combined(same, refFigures, sentences, h)) {
            return Verdict.cleared("sum-difference-or-between",
                    same.stream().map(b -> text.substring(b.start(), b.end())).toList().toString());
        }
        // a lead giving several comparable such figures is a table or a chronology, not a restatement of the headline's one
        if (same.stream().filter(b -> b.start() < leadEnd && comparable(b, h)).map(Figure::value).distinct().count() > MAX_BODY_VALUES) {
            return Verdict.cleared("several-lead-values", same.stream()
                    .filter(b -> b.start() < leadEnd && comparable(b, h)).map(b -> text.substring(b.start(), b.end())).toList().toString());
        }
        List<Word> near = around(text, partWords, h.from(), h.to(), MODAL_CONTEXT, null);
        // a forecast or a hypothesis ("pourrait atteindre 4 %") is not a figure to hold the body to
        if (near.stream().anyMatch(Figures::isModal)) return Verdict.cleared("headline-modal", "");
        Set<String> context = content(around(text, partWords, h.from(), h.to(), HEAD_CONTEXT, null), h.unit());
        int furthest = -1;
        String furthestText = "";
        for (Figure b : same) {
            String rule = conflictRule(b, h, context);
            if (rule == null) return new Verdict(b, null, "");
            if (CANDIDATE_RULES.indexOf(rule) > furthest) {
                furthest = CANDIDATE_RULES.indexOf(rule);
                furthestText = text.substring(b.start(), b.end());
            }
        }
        return Verdict.cleared(furthest < 0 ? "no-candidate" : CANDIDATE_RULES.get(furthest), furthestText);
    }

    /** Whether two figures count the same thing, or either counts nothing said (a bare number). */
    private static boolean sameOrNoUnit(Figure b, Figure h) {
        return b.unit().isEmpty() || h.unit().isEmpty() || b.unit().equals(h.unit());
    }

    /**
     * Null when body figure {@code b} contradicts headline figure {@code h}, else the rule of
     * {@link #CANDIDATE_RULES} that rules it out. The body figure's sentence must share two
     * content words with the part (one was tried for titles: on an untuned slice it flagged
     * "20 €" against "19,99 euros", "33 départements en alerte" against the 24 of one alert, a
     * console's price against its little sister's).
     */
    private String conflictRule(Figure b, Figure h, Set<String> context) {
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
        if (restricted(refWords, b, s) && !restricted(partWords, h, null)) return CANDIDATE_RULES.get(4);
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
    /**
     * Words near a figure that make it count a part: "sur ses seules chaînes payantes",
     * "uniquement", "only". ("également", "aussi" were tried: they add a count to the one before as
     * often as they name another item, "a fait aussi 17 blessés".)
     */
    private static final Set<String> RESTRICTING = Set.of("seul", "seule", "seuls", "seules", "seulement", "uniquement",
            "only", "solely");
    private static final int RESTRICT_BEFORE = 8;
    private static final int RESTRICT_AFTER = 6;

    /** Whether a {@link #RESTRICTING} word stands within a few words of figure {@code f}, inside {@code sentence} when given. */
    private static boolean restricted(List<Word> words, Figure f, Range sentence) {
        for (int i = Math.max(0, f.from() - RESTRICT_BEFORE); i < Math.min(words.size(), f.to() + RESTRICT_AFTER); i++) {
            Word w = words.get(i);
            if (sentence != null && !sentence.contains(w.start(), w.end())) continue;
            if (RESTRICTING.contains(w.key()) || RESTRICTING.contains(w.folded())) return true;
        }
        return false;
    }

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
