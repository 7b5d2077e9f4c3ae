package org.vigie.nlp.times;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.vigie.core.model.Span;
import org.vigie.core.model.TimeExpression;

/**
 * The time tagger for one language: rules find candidate expressions, the longest of overlapping
 * candidates wins, undated ones borrow a year from a coordinated neighbour ("en juin puis août
 * 2019"), and each is resolved against the document date, an inferred window, or left
 * underspecified. One instance per language per JVM; thread-safe (no mutable state).
 */
public final class TimeTagger {

    public static final String ABSOLUTE = "absolute";
    public static final String DCT = "dct";
    public static final String INFERRED = "inferred";
    public static final String UNRESOLVED = "unresolved";

    private static final Map<String, TimeTagger> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final Pattern COORDINATION = Pattern.compile(
            "\\s*(?:,|et|puis|ou|à|au|-|–|jusqu'au|jusqu'en|and|or|to|through|until)?\\s*");

    /** How close after a dated event a "X dernier" must follow to be read as a later step. */
    private static final int STORY_STEP_CHARS = 600;

    private final Rules rules;
    private final Tense tense;

    /** The words that join two expressions of a coordination or range, per language (French and English share theirs). */
    private static final Pattern COORDINATION_DE = Pattern.compile("\\s*(?:,|und|oder|bis|-|–|bzw\\.)?\\s*");
    private static final Pattern COORDINATION_ES = Pattern.compile("\\s*(?:,|y|e|o|u|a|al|-|–|hasta|hasta\\s+el)?\\s*");
    private static final Pattern RANGE_JOIN_DE = Pattern.compile("\\s*(?:bis|und|-|–|bis\\s+zum|bis\\s+in\\s+den)\\s*");
    private static final Pattern RANGE_JOIN_ES = Pattern.compile("\\s*(?:a|al|y|-|–|hasta|hasta\\s+el)\\s*");
    private static final Pattern DURATION_JOIN_DE = Pattern.compile("\\s*(?:und|,)?\\s*");
    private static final Pattern DURATION_JOIN_ES = Pattern.compile("\\s*(?:y|,)?\\s*");

    private final Pattern coordination;
    private final Pattern rangeJoin;
    private final Pattern durationJoin;

    private TimeTagger(Lexicon lex) {
        this.rules = switch (lex.language()) {
            case "en" -> new EnglishRules(lex);
            case "de" -> new GermanRules(lex);
            case "es" -> new SpanishRules(lex);
            default -> new FrenchRules(lex);
        };
        this.tense = new Tense(lex);
        this.coordination = switch (lex.language()) {
            case "de" -> COORDINATION_DE;
            case "es" -> COORDINATION_ES;
            default -> COORDINATION;
        };
        this.rangeJoin = switch (lex.language()) {
            case "de" -> RANGE_JOIN_DE;
            case "es" -> RANGE_JOIN_ES;
            default -> RANGE_JOIN;
        };
        this.durationJoin = switch (lex.language()) {
            case "de" -> DURATION_JOIN_DE;
            case "es" -> DURATION_JOIN_ES;
            default -> DURATION_JOIN;
        };
    }

    /** The languages with rules of their own; an undetected language is read as French. */
    private static final java.util.Set<String> LANGUAGES = java.util.Set.of("fr", "en", "de", "es");

    /**
     * True when the rules of {@code language} exist: French, English, German, Spanish, or an
     * undetected language (null or blank, read as French). {@link TimeStage} tags no other
     * language: French rules on Portuguese or Italian text read their words as French ones (as
     * they read the German "hier", "here", as yesterday before German had rules).
     */
    public static boolean covers(String language) {
        if (language == null || language.isBlank()) return true;
        return LANGUAGES.contains(base(language));
    }

    private static String base(String language) {
        return language.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    }

    /** The tagger for a language code ("fr", "en", "en-GB", "de", "es"); French when null or unknown (see {@link #covers}). */
    public static TimeTagger forLanguage(String language) {
        String lang = language == null || language.isBlank() || !LANGUAGES.contains(base(language)) ? "fr" : base(language);
        return BY_LANGUAGE.computeIfAbsent(lang, l -> new TimeTagger(Lexicon.load(l)));
    }

    /** Tags {@code text}; {@code dct} may be null, then relative expressions use an inferred window or stay underspecified. */
    public List<TimeExpression> tag(String text, LocalDate dct) {
        List<Frame> frames = frames(text);
        DctInference window = null;
        List<TimeExpression> out = new ArrayList<>(frames.size());
        for (Frame f : frames) {
            String value = Resolver.absolute(f);
            String from = ABSOLUTE;
            if (value == null) {
                Tense.Value t = tense.at(text, f.start(), f.end());
                if (dct != null) {
                    value = Resolver.resolve(f, dct, t);
                    from = DCT;
                } else {
                    if (window == null) window = infer(text, frames);
                    if (window.bounded()) {
                        String a = Resolver.resolve(f, window.earliest(), t);
                        String b = Resolver.resolve(f, window.latest(), t);
                        if (a != null && a.equals(b)) {
                            value = a;
                            from = INFERRED;
                        }
                    }
                }
                if (value == null) {
                    value = Resolver.underspecified(f);
                    from = UNRESOLVED;
                }
            }
            if (f.rel() == Frame.Rel.ANAPHORIC) {
                TimeExpression anchor = anchorBefore(out, f);
                String anchored = anchor == null ? null : Resolver.fromAnchor(f, anchor.value());
                if (anchored != null) {
                    value = anchored;
                    from = anchor.resolvedFrom();
                } else if (f.amount() != null && f.amount() > 0) {
                    // "two months later" with no date before it counts from an untold event, not from the writing
                    value = Resolver.underspecified(f);
                    from = UNRESOLVED;
                }
            }
            out.add(new TimeExpression(Span.of(text, f.start(), f.end()), value, f.type(), from));
        }
        orderRanges(text, frames, out);
        return out;
    }

    /** How far back an anaphoric expression ("the next year") looks for the date it counts from. */
    private static final int ANAPHOR_REACH_CHARS = 400;

    /** The nearest earlier expression within reach that can anchor {@code f}, or null. */
    private static TimeExpression anchorBefore(List<TimeExpression> out, Frame f) {
        for (int i = out.size() - 1; i >= 0; i--) {
            TimeExpression e = out.get(i);
            if (f.start() - e.text().end() > ANAPHOR_REACH_CHARS) return null;
            if (Resolver.fromAnchor(f, e.value()) != null) return e;
        }
        return null;
    }

    private static final Pattern RANGE_JOIN = Pattern.compile("\\s*(?:à|au|et|-|–|jusqu'à|jusqu'en|to|and|through|until)\\s*");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})(-\\d{2}(?:-\\d{2})?)");

    /**
     * "de janvier à juin": a range runs forward, so an anchored start that came out after its
     * end moves back into the end's year (or the year before when its month is later).
     */
    private void orderRanges(String text, List<Frame> frames, List<TimeExpression> out) {
        for (int i = 0; i + 1 < out.size(); i++) {
            TimeExpression a = out.get(i);
            TimeExpression b = out.get(i + 1);
            if (frames.get(i).year() != null || a.resolvedFrom().equals(ABSOLUTE) || a.resolvedFrom().equals(UNRESOLVED)) continue;
            if (!rangeJoin.matcher(text.substring(a.text().end(), b.text().start()).toLowerCase(Locale.ROOT)).matches()) continue;
            java.util.regex.Matcher ma = YEAR_MONTH.matcher(a.value());
            java.util.regex.Matcher mb = YEAR_MONTH.matcher(b.value());
            if (!ma.matches() || !mb.matches() || ma.group(2).length() != mb.group(2).length()) continue;
            if (a.value().compareTo(b.value()) <= 0) continue;
            int year = Integer.parseInt(mb.group(1));
            if (ma.group(2).compareTo(mb.group(2)) > 0) year--;
            out.set(i, new TimeExpression(a.text(), String.format("%04d%s", year, ma.group(2)), a.type(), a.resolvedFrom()));
        }
    }

    /** The window in which {@code text} was most likely written, from its own expressions. */
    public DctInference infer(String text) {
        return infer(text, frames(text));
    }

    List<Frame> frames(String text) {
        List<Frame> raw = new ArrayList<>();
        rules.find(text, raw);
        raw.sort(Comparator.comparingInt(Frame::length).reversed().thenComparingInt(Frame::start));
        List<Frame> kept = new ArrayList<>();
        for (Frame f : raw) {
            if (f.length() == 0) continue;
            boolean free = true;
            for (Frame k : kept) {
                if (k.overlaps(f)) {
                    free = false;
                    break;
                }
            }
            if (free) kept.add(f);
        }
        kept.sort(Comparator.comparingInt(Frame::start));
        mergeDurations(text, kept);
        for (int i = kept.size() - 1; i >= 0; i--) {
            Frame f = kept.get(i);
            if (f.kind() != Frame.Kind.CALENDAR || f.month() != null || f.day() == null) continue;
            Frame next = i + 1 < kept.size() ? kept.get(i + 1) : null;
            if (next != null && next.kind() == Frame.Kind.CALENDAR && next.month() != null && next.day() != null
                    && next.start() - f.end() < 12) {
                kept.set(i, Frame.calendar(f.start(), f.end(), next.year(), next.month(), f.day(), null, next.rel()));
            } else {
                kept.remove(i); // a bare day number means nothing alone
            }
        }
        for (int i = 0; i + 1 < kept.size(); i++) {
            Frame f = kept.get(i);
            Frame next = kept.get(i + 1);
            if (f.kind() == Frame.Kind.CALENDAR && f.year() == null && f.month() != null && f.rel() == Frame.Rel.NONE
                    && next.kind() == Frame.Kind.CALENDAR && next.year() != null && next.month() != null
                    && coordination.matcher(text.substring(f.end(), next.start()).toLowerCase(Locale.ROOT)).matches()) {
                kept.set(i, f.withYear(next.year()));
            }
        }
        return kept;
    }

    private static final Pattern DURATION_JOIN = Pattern.compile("\\s*(?:et|and|,)?\\s*");
    private static final Pattern DURATION_PARTS = Pattern.compile("P(\\d+(?:\\.\\d+)?[YMWD])?(?:T(\\d+(?:\\.\\d+)?[HMS]))?");
    private static final String ORDER = "YMWDHmS";

    /** "1 minute 40 secondes", "deux ans et six mois": one duration, "PT1M40S", "P2Y6M". */
    private void mergeDurations(String text, List<Frame> frames) {
        for (int i = 0; i + 1 < frames.size(); i++) {
            Frame a = frames.get(i);
            Frame b = frames.get(i + 1);
            if (!"DURATION".equals(a.type()) || !"DURATION".equals(b.type()) || a.kind() != Frame.Kind.LITERAL
                    || b.kind() != Frame.Kind.LITERAL) continue;
            if (!durationJoin.matcher(text.substring(a.end(), b.start())).matches()) continue;
            java.util.regex.Matcher ma = DURATION_PARTS.matcher(a.literal());
            java.util.regex.Matcher mb = DURATION_PARTS.matcher(b.literal());
            if (!ma.matches() || !mb.matches()) continue;
            String ua = unitOf(ma);
            String ub = unitOf(mb);
            if (ua == null || ub == null || ORDER.indexOf(ua) >= ORDER.indexOf(ub)) continue; // biggest unit first
            String date = (ma.group(1) == null ? "" : ma.group(1)) + (mb.group(1) == null ? "" : mb.group(1));
            String time = (ma.group(2) == null ? "" : ma.group(2)) + (mb.group(2) == null ? "" : mb.group(2));
            String value = "P" + date + (time.isEmpty() ? "" : "T" + time);
            frames.set(i, Frame.literal(a.start(), b.end(), "DURATION", value));
            frames.remove(i + 1);
            i--;
        }
    }

    private static String unitOf(java.util.regex.Matcher m) {
        if (m.group(1) != null && m.group(2) != null) return null;
        String part = m.group(1) != null ? m.group(1) : m.group(2);
        if (part == null) return null;
        char u = part.charAt(part.length() - 1);
        return m.group(2) != null && u == 'M' ? "m" : String.valueOf(u);
    }

    /**
     * Reads the writing window from the text. A dated event told in the past tense happened before
     * the writing: the latest one is a lower bound. A writer gives the year of older dates and
     * drops it for recent ones, so a "le 27 juin dernier" told right after the latest dated past
     * event (dated to the day, no later year anywhere in the text) is taken as the first 27 June
     * after it, and puts the writing within the year after it. On OrangeSum this fires rarely and
     * is often wrong when the dated event is history (TimeEval prints the agreement). Future
     * tense gives no bound: plans are told long in advance, and cues are too often misread.
     */
    DctInference infer(String text, List<Frame> frames) {
        LocalDate lo = null;
        boolean loIsDay = false;
        int loEnd = -1;
        List<String> evidence = new ArrayList<>();
        int latestYearMentioned = Integer.MIN_VALUE;
        for (Frame f : frames) {
            if (f.kind() != Frame.Kind.CALENDAR || f.year() == null || f.season() != null) continue;
            latestYearMentioned = Math.max(latestYearMentioned, f.year());
            if (tense.at(text, f.start(), f.end()) != Tense.Value.PAST) continue;
            LocalDate start = LocalDate.of(f.year(), f.month() == null ? 1 : f.month(), f.day() == null ? 1 : f.day());
            if (lo == null || !start.isBefore(lo)) {
                loIsDay = f.day() != null || (lo != null && start.equals(lo) && loIsDay);
                lo = start;
                loEnd = f.end();
                evidence.add("'" + text.substring(f.start(), f.end()) + "' (past) -> written on or after " + start);
            }
        }
        LocalDate hi = null;
        if (lo != null && loIsDay && latestYearMentioned <= lo.getYear()) {
            LocalDate anchor = lo;
            for (Frame f : frames) {
                if (f.kind() != Frame.Kind.CALENDAR || f.year() != null || f.month() == null || f.rel() != Frame.Rel.LAST) continue;
                // only a "dernier" told just after the dated event, as the next step of the story
                if (f.start() < loEnd || f.start() - loEnd > STORY_STEP_CHARS) continue;
                LocalDate pStart;
                LocalDate pEnd;
                if (f.day() != null) {
                    LocalDate d = Resolver.date(anchor.getYear(), f.month(), f.day());
                    if (d == null) continue;
                    if (d.isBefore(anchor)) d = d.plusYears(1);
                    pStart = d;
                    pEnd = d;
                } else {
                    YearMonth ym = YearMonth.of(anchor.getYear(), f.month());
                    if (ym.isBefore(YearMonth.from(anchor))) ym = ym.plusYears(1);
                    pStart = ym.atDay(1);
                    pEnd = ym.atEndOfMonth();
                }
                LocalDate newLo = pEnd.plusDays(1);
                LocalDate newHi = pStart.plusYears(1).minusDays(1);
                if (newLo.isAfter(lo)) lo = newLo;
                if (hi == null || newHi.isBefore(hi)) hi = newHi;
                evidence.add("'" + text.substring(f.start(), f.end()) + "' -> "
                        + (f.day() == null ? YearMonth.from(pStart).toString() : pStart.toString())
                        + " (the first after " + anchor + "), so written " + newLo + " .. " + newHi);
            }
        }
        if (lo != null && hi != null && hi.isBefore(lo)) {
            evidence.add("inconsistent bounds " + lo + " .. " + hi + ": no window");
            return new DctInference(null, null, evidence);
        }
        return new DctInference(lo, hi, evidence);
    }
}
