package org.vigie.nlp.times;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap reading of the tense around an expression, from the nearest cue word of its sentence
 * (auxiliaries, future forms, "depuis", "prévu"...). It decides which "lundi" or "13 novembre"
 * is meant once a document date is known, as HeidelTime does with its tense heuristics, but
 * without a tagger: a lexicon and a few suffix rules.
 */
final class Tense {

    enum Value { PAST, FUTURE, UNKNOWN }

    private static final Pattern WORD = Pattern.compile("[\\p{L}'’-]+|[!?;\\n]|\\.(?!\\d)");
    /** English reads commas too: an attribution after one (", Claure said") does not govern the time before it. */
    private static final Pattern WORD_EN = Pattern.compile("[\\p{L}'’-]+|[!?;,\\n]|\\.(?!\\d)");
    /**
     * English verbs of reporting: after a comma, past forms only date the report ("a meeting on
     * Friday, Claure said"), so they say nothing of the expression before them.
     */
    private static final Set<String> REPORTING = Set.of("said", "says", "told", "added", "wrote", "stated", "announced",
            "reported", "explained", "noted", "according");
    private static final int WINDOW = 160;

    private final Set<String> past;
    private final Set<String> future;
    private final Set<String> etre;
    private final java.util.Map<String, String> present;
    private final boolean french;
    private final String language;

    Tense(Lexicon lex) {
        this.past = lex.set("tense-past");
        this.future = lex.set("tense-future");
        this.etre = lex.set("etre-present");
        this.present = lex.map("tense-present");
        this.french = lex.language().equals("fr");
        this.language = lex.language();
    }

    /**
     * The tense suggested by the nearest cue to [start, end) within its sentence. Distance is in
     * words; cues after the expression count two words farther, as the governing verb of a French
     * or English time complement more often precedes it ("a démarré en septembre et doit...").
     */
    Value at(String text, int start, int end) {
        int from = Math.max(0, start - WINDOW);
        int to = Math.min(text.length(), end + WINDOW);
        Matcher m = (french ? WORD : WORD_EN).matcher(text).region(from, to);
        boolean afterComma = false; // English: a comma between the expression and the cue on its right
        Value leftBest = Value.UNKNOWN;
        int leftDist = 0;
        int leftCount = 0; // words seen since the last cue on the left
        Value best = Value.UNKNOWN;
        int bestDist = Integer.MAX_VALUE;
        int rightCount = 0;
        String prev = null;
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            if (w.equals(",")) {
                if (m.start() >= end) afterComma = true;
                continue; // only English reads commas, and counts no word for them
            }
            boolean breakTok = w.length() == 1 && ".!?;\n".indexOf(w.charAt(0)) >= 0;
            if (m.end() <= start) {
                if (breakTok) {
                    leftBest = Value.UNKNOWN; // cues before the sentence start do not count
                    prev = null;
                    continue;
                }
                leftCount++;
                if (prev != null && present.containsKey(prev + " " + w)) {
                    // "il y a": present, not a passé composé; "a lieu": a scheduled event
                    leftBest = "future".equals(present.get(prev + " " + w)) ? Value.FUTURE : Value.UNKNOWN;
                    leftCount = 0;
                    prev = w;
                    continue;
                }
                Value v = classify(w, prev);
                prev = w;
                if (v != Value.UNKNOWN) {
                    leftBest = v;
                    leftCount = 0;
                }
                leftDist = leftCount + 1;
                continue;
            }
            if (m.start() < end) {
                prev = null;
                continue;
            }
            if (breakTok) break;
            rightCount++;
            if (prev != null && present.containsKey(prev + " " + w)) {
                if ("future".equals(present.get(prev + " " + w))) {
                    best = Value.FUTURE;
                    bestDist = rightCount + 2;
                    break;
                }
                best = Value.UNKNOWN;
                bestDist = Integer.MAX_VALUE;
                prev = w;
                continue;
            }
            Value v = classify(w, prev);
            prev = w;
            if (v == Value.PAST && afterComma && REPORTING.contains(w)) continue; // "..., Claure said": the report's time
            if (v != Value.UNKNOWN) {
                best = v;
                bestDist = rightCount + 2;
                break;
            }
        }
        if (leftBest != Value.UNKNOWN && leftDist <= bestDist) return leftBest;
        return best;
    }

    private Value classify(String w, String prev) {
        if (future.contains(w) || (prev != null && future.contains(prev + " " + w))) return Value.FUTURE;
        if (prev != null && past.contains(prev + " " + w)) return Value.PAST;
        // "est arrivé", "se sont réunis": être + past participle is a passé composé
        if (prev != null && etre.contains(prev) && isParticiple(w)) return Value.PAST;
        if (past.contains(w)) return Value.PAST;
        if (french) {
            if (w.length() >= 5 && (w.endsWith("eront") || w.endsWith("iront") || w.endsWith("ront"))) return Value.FUTURE;
            if (w.length() >= 6 && (w.endsWith("era") || w.endsWith("ira")) && !w.endsWith("éra")) return Value.FUTURE;
            if (w.length() >= 6 && w.endsWith("aient")) return Value.PAST;
        } else if (language.equals("en")) {
            // "will be postponed from Tuesday": a passive participle after "be" says nothing of the time
            if (w.length() >= 5 && w.endsWith("ed") && !"be".equals(prev) && !"being".equals(prev)) return Value.PAST;
        } else if (language.equals("es")) {
            // the preterite ("anunció", "firmaron") and the future ("celebrará", "votarán") by their endings
            if (w.length() >= 4 && w.endsWith("ó")) return Value.PAST;
            if (w.length() >= 6 && (w.endsWith("aron") || w.endsWith("ieron"))) return Value.PAST;
            if (w.length() >= 5 && (w.endsWith("rá") || w.endsWith("rán"))) return Value.FUTURE;
        }
        // German: the lexicon's auxiliaries and past forms only; its weak preterite ("sagte") is
        // spelled like adjectives ("letzte", "erste") and "heute"
        return Value.UNKNOWN;
    }

    private static boolean isParticiple(String w) {
        return w.length() > 2 && (w.endsWith("é") || w.endsWith("ée") || w.endsWith("és") || w.endsWith("ées")
                || w.endsWith("is") || w.endsWith("it") || w.endsWith("u") || w.endsWith("us") || w.endsWith("ue")
                || w.endsWith("ues") || w.endsWith("i") || w.endsWith("ie"));
    }
}
