package org.vigie.nlp.times;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * German time expressions with the French and English design: dates ("3. März 2020", "Montag,
 * 3. März", "3.3.2020", "am 3.3."), months and years ("im März", "Anfang 2020", "im Jahr 2019"),
 * weekdays ("am Montag", "am vergangenen Montag", "nächsten Freitag", "Montagabend"), deictics
 * ("heute", "gestern Abend", "morgen früh", "übermorgen"), relative periods ("letzte Woche", "im
 * vergangenen Jahr", "Ende des Jahres"), offsets ("vor drei Tagen", "in zwei Wochen"), durations
 * ("seit drei Jahren", "zwei Wochen lang", "seit Jahren"), sets ("jeden Montag", "montags"),
 * clock times ("um 15.30 Uhr") and anaphoric offsets counted from the text's previous date ("ein
 * Jahr später", "am Tag darauf", "im Vorjahr").
 *
 * <p>Extent: determiners in ("der vergangenen Woche", "das Jahr 2019"), prepositions out, the
 * contracted ones too ("am Montag" is tagged "Montag", "im März" "März"), as in French.
 * Homographs: the lower-case "morgen" is tomorrow, the noun "Morgen" is a morning ("am Morgen",
 * "jeden Morgen") and tomorrow only opening a sentence ("Morgen beginnt der Gipfel"); a month
 * named alone needs a cue ("im August", not the given name "August Bebel"); units are nouns, so
 * capitalised; ages ("mit 57 Jahren", "drei Jahre alt") and sentences ("fünf Jahre Haft") are no
 * durations.
 */
final class GermanRules extends Rules {

    /** Relative words before a weekday, month or period, by the occurrence they pick. */
    private static final String LAST = "vergangenen|vergangene|vergangenes|vergangener|letzten|letzte|letztes|letzter|vorigen|vorige|voriges|voriger";
    private static final String NEXT = "kommenden|kommende|kommendes|kommender|nächsten|nächste|nächstes|nächster";
    private static final String THIS = "diesen|diese|dieses|diesem|dieser";
    private static final String DET = "der|die|das|den|dem|des";
    private static final String POD = "morgen|früh|vormittag|mittag|nachmittag|abend|nacht";

    private final Pattern date;
    private final Pattern dayList;
    private final Pattern numericDate;
    private final Pattern shortNumericDate;
    private final Pattern isoDate;
    private final Pattern weekdayRx;
    private final Pattern weekdaySet;
    private final Pattern monthRx;
    private final Pattern yearRx;
    private final Pattern yearRange;
    private final Pattern decade;
    private final Pattern century;
    private final Pattern deictic;
    private final Pattern relUnit;
    private final Pattern partOf;
    private final Pattern agoIn;
    private final Pattern spanOfN;
    private final Pattern durationRx;
    private final Pattern vagueSince;
    private final Pattern anaphor;
    private final Pattern countedFrom;
    private final Pattern previousPeriod;
    private final Pattern set;
    private final Pattern season;
    private final Pattern clockRx;
    private final Pattern monthName;
    private final Pattern quarter;

    GermanRules(Lexicon lex) {
        super(lex);
        String month = lex.alternation("months");
        String weekday = lex.alternation("weekdays");
        String words = lex.alternation("numbers");
        String num = "(?:\\d{1,3}(?:[.,]\\d+)?|" + words + ")";
        String units = lex.alternation("units");
        String clock = "(?<h>2[0-4]|[01]?\\d)(?:[.:](?<mi>[0-5]\\d))?\\s*Uhr" + B1
                + "(?:\\s+(?<cpod>morgens|früh|vormittags|mittags|nachmittags|abends|nachts)" + B1 + ")?";
        String timeTail = "(?:,?\\s+(?:um|gegen|ab)\\s+(?<time>(?:2[0-4]|[01]?\\d)(?:[.:][0-5]\\d)?\\s*Uhr)" + B1 + ")?";
        monthName = compile(B0 + month + B1);

        date = compile(B0 + "(?:(?<det>" + DET + "|" + THIS + ")\\s+)?(?:(?<wd>" + weekday + ")(?<wpod>" + POD + ")?,?\\s+(?:(?:den|dem)\\s+)?)?"
                + "(?<day>[0-3]?\\d)\\.\\s*(?<month>" + month + ")" + B1 + "(?:\\s+(?<year>\\d{4})" + B1 + ")?" + timeTail);
        // "am 3. und 4. März", "vom 3. bis 5. März": the first day takes the month of the second
        dayList = compile(B0 + "(?<day>[0-3]?\\d)\\.\\s*(?:,|und|oder|bis)\\s+(?=(?:zum\\s+)?[0-3]?\\d\\.\\s*(?:" + month + ")" + B1 + ")");
        numericDate = compile(B0 + "(?<!\\d[.,/])(?<d>[0-3]?\\d)\\.\\s?(?<m>[01]?\\d)\\.\\s?(?<y>\\d{4}|\\d{2})" + B1 + "(?![.,]\\d)" + timeTail);
        // "am 3.3.", "bis zum 24.12.": a day and month with a dot each, only after a preposition of dates
        shortNumericDate = compile(B0 + "(?:am|vom|zum|bis|seit|ab)\\s+(?<d>[0-3]?\\d)\\.(?<m>[01]?\\d)\\.(?![\\d\\p{L}])");
        isoDate = compile(B0 + "(?<y>\\d{4})-(?<m>[01]\\d)-(?<d>[0-3]\\d)" + B1);
        weekdayRx = compile(B0 + "(?:(?<det>" + DET + ")\\s+)?(?:(?<rel>" + LAST + "|" + NEXT + "|" + THIS + ")\\s+)?(?<wd>" + weekday + ")(?<wpod>" + POD + ")?" + B1
                + "(?:\\s+(?<pod>" + POD + ")" + B1 + ")?" + timeTail);
        weekdaySet = compile(B0 + "(?-i:montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonnabends|sonntags)" + B1);
        monthRx = compile(B0 + "(?:(?<mod>Anfang|Ende|Mitte)\\s+)?(?:(?<det>" + DET + ")\\s+)?(?:(?<rel>" + LAST + "|" + NEXT + "|" + THIS + ")\\s+)?(?<month>" + month + ")" + B1
                + "(?:\\s+(?<year>\\d{4})" + B1 + ")?");
        yearRx = compile(B0 + "(?<!\\d[.,]\\s?)(?<pre>(?:Anfang|Ende|Mitte)\\s+(?:des\\s+Jahres\\s+)?|(?:(?:das|dem|des)\\s+)?Jahr(?:es)?\\s+)?(?<year>1[5-9]\\d\\d|20\\d\\d)" + B1);
        yearRange = compile(B0 + "(?<y1>1[5-9]\\d\\d|20\\d\\d)\\s*[-–/]\\s*(?<y2>1[5-9]\\d\\d|20\\d\\d|\\d\\d)" + B1 + "(?![-–/.,]\\d)");
        decade = compile(B0 + "(?:(?<det>die|den|der)\\s+)?(?<dec>(?:19|20)?\\d0)er(?<tail>\\s*-?\\s*Jahren?|\\s*-?\\s*Jahre|n)?" + B1);
        century = compile(B0 + "(?:(?:Anfang|Ende|Mitte)\\s+)?(?:(?:das|dem|des)\\s+)?(?<c>\\d{1,2})\\.\\s*Jahrhunderts?" + B1);
        quarter = compile(B0 + "(?:(?:das|dem|des)\\s+)?(?<n>ersten|erste|ersten|zweiten|zweite|dritten|dritte|vierten|vierte|letzten)\\s+Quartals?\\s+(?<year>\\d{4})" + B1);
        deictic = compile(B0 + "(?<w>vorgestern|[üÜ]bermorgen|heute|gestern|morgen)" + B1
                + "(?:\\s+(?<pod>" + POD + ")" + B1 + ")?" + timeTail);
        relUnit = compile(B0 + "(?:(?<det>" + DET + ")\\s+)?(?<rel>" + LAST + "|" + NEXT + "|" + THIS + ")\\s+(?<unit>Woche|Monat|Monats|Jahr|Jahres|Jahrzehnt|Jahrzehnts|Wochenende|Wochenendes|Quartal|Quartals)" + B1);
        partOf = compile(B0 + "(?:Ende|Anfang|Mitte)\\s+(?<rel>des|der|dieses|dieser|" + LAST + "|" + NEXT + ")\\s+(?<unit>Jahres|Monats|Woche)" + B1);
        agoIn = compile(B0 + "(?<dir>vor|in|binnen|innerhalb\\s+von)\\s+(?:(?:rund|etwa|fast|knapp|gut|mehr\\s+als|weniger\\s+als)\\s+)?(?<q>" + num + ")\\s+(?<unit>" + units + ")" + B1);
        spanOfN = compile(B0 + "(?:(?<det>den|die|der)\\s+)?(?:" + LAST + "|" + NEXT + "|vorangegangenen|folgenden)\\s+(?:(?<q>" + num + ")\\s+)?(?<unit>Stunden|Tagen|Tage|Wochen|Monaten|Monate|Jahren|Jahre|Jahrzehnten|Jahrzehnte)" + B1);
        durationRx = compile(B0 + "(?<approx>(?:fast|knapp|rund|etwa|gut|mehr\\s+als|weniger\\s+als|mindestens|nur)\\s+)?(?<q>" + num + ")[\\s-]+(?<unit>" + units + ")" + B1);
        vagueSince = compile(B0 + "(?:seit|vor|nach|für)\\s+(?<unit>(?-i:Stunden|Tagen|Tage|Wochen|Monaten|Monate|Jahren|Jahre|Jahrzehnten|Jahrzehnte))" + B1);
        // "am nächsten Tag" counts from the story's date; "im nächsten Jahr" from the writing (relUnit)
        anaphor = compile(B0 + "(?:(?<on>am|im|in)\\s+)?(?:(?<rel>nächsten)\\s+(?<unit>Tag)|(?<rel4>der\\s+folgenden|folgenden|darauffolgenden|vorherigen)\\s+(?<unit3>Tag|Woche|Monat|Jahr)|(?<unit2>Tag|Woche|Monat|Jahr)\\s+(?<rel2>darauf|danach|zuvor|davor)|tags\\s+(?<rel3>darauf|zuvor))" + B1);
        countedFrom = compile(B0 + "(?<q>" + num + ")\\s+(?<unit>" + units + ")\\s+(?<dir>später|danach|darauf|zuvor|vorher|früher)" + B1);
        previousPeriod = compile(B0 + "(?:(?<det>dem|das|des)\\s+)?(?<w>Vortag|Vortages|Vorwoche|Vormonat|Vormonats|Vorjahr|Vorjahres)" + B1);
        set = compile(B0 + "(?:jeden|jede|jedes|alle)\\s+(?:(?<wd>" + weekday + ")|(?<unit>Tag|Woche|Monat|Jahr|Morgen|Abend|Wochenende))" + B1);
        season = compile(B0 + "(?:(?<det>" + DET + ")\\s+)?(?:(?<rel>" + LAST + "|" + NEXT + "|" + THIS + ")\\s+)?(?<s>(?-i:Frühling|Frühjahr|Sommer|Herbst|Winter))" + B1 + "(?:\\s+(?<year>\\d{4})" + B1 + ")?");
        clockRx = compile(B0 + clock);

        // each rule's regex runs only around the words it needs (TextIndex), as the French rules do
        java.util.Set<String> months = triggers(lex.set("months"));
        java.util.Set<String> unitWords = triggers(lex.set("units"));
        java.util.Set<String> days = new java.util.HashSet<>(triggers(lex.set("weekdays")));
        for (String d : triggers(lex.set("weekdays"))) {
            days.add(d + "s");
            for (String pod : POD.split("\\|")) days.add(d + pod);
        }
        java.util.Set<String> numDate = java.util.Set.of("#numdate");
        java.util.Set<String> year = java.util.Set.of("#year");
        trigger(months, date, dayList, monthRx);
        trigger(numDate, numericDate, shortNumericDate, isoDate);
        trigger(days, weekdayRx, weekdaySet);
        trigger(java.util.Set.of("jeden", "jede", "jedes", "alle"), set);
        trigger(year, yearRx, yearRange);
        trigger(java.util.Set.of("er", "ern"), decade);
        trigger(java.util.Set.of("jahrhundert", "jahrhunderts"), century);
        trigger(java.util.Set.of("quartal", "quartals"), quarter);
        trigger(java.util.Set.of("vorgestern", "übermorgen", "heute", "gestern", "morgen"), deictic);
        trigger(java.util.Set.of("woche", "monat", "monats", "jahr", "jahres", "jahrzehnt", "jahrzehnts", "wochenende",
                "wochenendes", "quartal", "quartals"), relUnit, partOf);
        trigger(unitWords, agoIn, durationRx, countedFrom, spanOfN, vagueSince);
        trigger(java.util.Set.of("tag", "woche", "monat", "jahr", "tags"), anaphor);
        trigger(java.util.Set.of("vortag", "vortages", "vorwoche", "vormonat", "vormonats", "vorjahr", "vorjahres"), previousPeriod);
        trigger(triggers(lex.set("seasons")), season);
        trigger(java.util.Set.of("uhr"), clockRx);
    }

    private static Frame.Rel rel(String r) {
        if (r == null) return Frame.Rel.NONE;
        String s = r.toLowerCase();
        if (s.matches(LAST)) return Frame.Rel.LAST;
        if (s.matches(NEXT)) return Frame.Rel.NEXT;
        if (s.matches(THIS)) return Frame.Rel.THIS;
        return Frame.Rel.NONE;
    }

    private String pod(String w) {
        return w == null ? null : lex.get("parts-of-day", w.toLowerCase());
    }

    /** "15.30 Uhr" -> "T15:30"; "8 Uhr abends" -> "T20:00". */
    private static String clockValue(Matcher m) {
        int h = parseInt(g(m, "h"));
        int mi = g(m, "mi") == null ? 0 : parseInt(g(m, "mi"));
        String pod = g(m, "cpod") == null ? "" : g(m, "cpod").toLowerCase();
        if (h < 12 && (pod.equals("abends") || pod.equals("nachmittags") || (pod.equals("nachts") && h >= 7))) h += 12;
        return h > 24 ? null : String.format("T%02d:%02d", h, mi);
    }

    private static final Pattern TAIL_CLOCK = Pattern.compile("(2[0-4]|[01]?\\d)(?:[.:]([0-5]\\d))?");

    private static String timeTail(Matcher m) {
        String t = g(m, "time");
        if (t == null) return null;
        Matcher c = TAIL_CLOCK.matcher(t);
        if (!c.find()) return null;
        return String.format("T%02d:%02d", Integer.parseInt(c.group(1)), c.group(2) == null ? 0 : Integer.parseInt(c.group(2)));
    }

    private static final Pattern MONTH_CUE = Pattern.compile(
            "(?:^|[^\\p{L}])(?:im|in|seit|bis|ab|vor|nach|zum|von|vom|anfang|ende|mitte|monat|monats|monaten|des|für|zwischen)\\s*$");
    private static final Pattern WEAK_MONTH_CUE = Pattern.compile("(?:^|[^\\p{L}])(?:und|oder|bzw\\.|-|–|/)\\s*$");
    private static final Pattern YEAR_NO_CUE = Pattern.compile("(?s).*(?:^|[^\\p{L}])(?:nr\\.|nummer|platz|zimmer|modell|version|windows|office|euro|em|wm|iso|din)\\s*$");
    private static final Pattern YEAR_CUE = Pattern.compile("(?:^|[^\\p{L}])(?:seit|im|in|bis|ab|von|vom|nach|vor|zwischen|anfang|ende|mitte|jahr|und|oder|bzw\\.|\\()\\s*$");
    private static final Pattern PRODUCT_CODE = Pattern.compile("(?s).*(?:^|[^\\p{L}])\\p{Lu}{2,}[\\s-]");
    private static final Pattern MEASURE_AFTER = Pattern.compile("\\s*(?:%|€|\\$|[.,]\\d)");
    private static final Pattern SENTENCE_START = Pattern.compile("(?s)(?:^|.*(?:[.!?:»«„“\"]\\s*|\\n\\s*))$");
    private static final Pattern NOT_DURATION_AFTER = Pattern.compile(
            "\\s+(?:alt|älter|jünger|haft|gefängnis|freiheitsstrafe|jugendstrafe|bewährung|zuchthaus|garantie)(?![\\p{L}]).*", Pattern.DOTALL);
    private static final Pattern AGE_BEFORE = Pattern.compile("(?s).*(?:^|[^\\p{L}])(?:mit|alter\\s+von|im\\s+alter\\s+von|von\\s+nur)\\s*$");

    @Override
    void find(String text, List<Frame> out) {
        TextIndex ix = new TextIndex(text);
        dates(text, ix, out);
        weekdays(text, ix, out);
        months(text, ix, out);
        years(text, ix, out);
        relatives(text, ix, out);
        durations(text, ix, out);
        Matcher m = clockRx.matcher(text);
        for (TextIndex.Regions rg = regions(ix, clockRx); rg.find(m); ) {
            String t = clockValue(m);
            if (t != null) out.add(Frame.calendar(m.start(), m.end(), null, null, null, null, null).withTime(t));
        }
    }

    private void dates(String text, TextIndex ix, List<Frame> out) {
        Matcher m = date.matcher(text);
        for (TextIndex.Regions rg = regions(ix, date); rg.find(m); ) {
            Integer mo = lookupInt("months", g(m, "month"));
            int d = parseInt(g(m, "day"));
            if (mo == null || d < 1 || d > 31) continue;
            Integer y = g(m, "year") == null ? null : parseInt(g(m, "year"));
            int end = m.end();
            if (y != null && !plausibleYear(y)) {
                y = null;
                end = m.end("month");
            }
            Integer wd = g(m, "wd") == null ? null : lookupInt("weekdays", g(m, "wd"));
            Frame.Rel r = g(m, "det") != null && g(m, "det").toLowerCase().matches(THIS) ? Frame.Rel.THIS : Frame.Rel.NONE;
            String t = end == m.end() ? timeTail(m) : null;
            if (t == null) t = pod(g(m, "wpod"));
            out.add(Frame.calendar(m.start(), end, y, mo, d, wd, r).withTime(t));
        }
        m = dayList.matcher(text);
        for (TextIndex.Regions rg = regions(ix, dayList); rg.find(m); ) {
            int d = parseInt(g(m, "day"));
            if (d >= 1 && d <= 31) out.add(Frame.calendar(m.start(), m.end("day") + 1, null, null, d, null, null));
        }
        for (Pattern p : List.of(numericDate, shortNumericDate, isoDate)) {
            m = p.matcher(text);
            for (TextIndex.Regions rg = regions(ix, p); rg.find(m); ) {
                int d = parseInt(g(m, "d"));
                int mo = parseInt(g(m, "m"));
                if (p == shortNumericDate) {
                    if (Resolver.date(2000, mo, d) != null) out.add(Frame.calendar(m.start("d"), m.end(), null, mo, d, null, null));
                    continue;
                }
                int y = parseInt(g(m, "y"));
                if (g(m, "y").length() == 2) y += y > 50 ? 1900 : 2000;
                if (Resolver.date(y, mo, d) == null || !plausibleYear(y)) continue;
                out.add(Frame.calendar(m.start(), m.end(), y, mo, d, null, null).withTime(p == numericDate ? timeTail(m) : null));
            }
        }
    }

    private void weekdays(String text, TextIndex ix, List<Frame> out) {
        Matcher m = weekdayRx.matcher(text);
        for (TextIndex.Regions rg = regions(ix, weekdayRx); rg.find(m); ) {
            Integer wd = lookupInt("weekdays", g(m, "wd"));
            if (wd == null) continue;
            Frame.Rel r = rel(g(m, "rel"));
            int start = g(m, "det") != null || g(m, "rel") != null ? m.start() : m.start("wd");
            String t = timeTail(m);
            if (t == null) t = pod(g(m, "wpod"));
            if (t == null) t = pod(g(m, "pod"));
            out.add(Frame.calendar(start, m.end(), null, null, null, wd, r).withTime(t));
        }
        m = weekdaySet.matcher(text);
        for (TextIndex.Regions rg = regions(ix, weekdaySet); rg.find(m); ) {
            Integer wd = lookupInt("weekdays", m.group().substring(0, m.group().length() - 1));
            if (wd != null) out.add(Frame.literal(m.start(), m.end(), "SET", "XXXX-WXX-" + wd));
        }
        m = set.matcher(text);
        for (TextIndex.Regions rg = regions(ix, set); rg.find(m); ) {
            if (g(m, "wd") != null) {
                out.add(Frame.literal(m.start(), m.end(), "SET", "XXXX-WXX-" + lookupInt("weekdays", g(m, "wd"))));
                continue;
            }
            String u = g(m, "unit").toLowerCase();
            String v = switch (u) {
                case "morgen" -> "XXXX-XX-XXTMO";
                case "abend" -> "XXXX-XX-XXTEV";
                case "wochenende" -> "XXXX-WXX-WE";
                default -> duration("1", lex.get("units", u));
            };
            out.add(Frame.literal(m.start(), m.end(), "SET", v));
        }
    }

    private void months(String text, TextIndex ix, List<Frame> out) {
        Matcher m = monthRx.matcher(text);
        for (TextIndex.Regions rg = regions(ix, monthRx); rg.find(m); ) {
            Integer mo = lookupInt("months", g(m, "month"));
            if (mo == null) continue;
            Integer y = g(m, "year") == null ? null : parseInt(g(m, "year"));
            int end = m.end();
            if (y != null && !plausibleYear(y)) {
                y = null;
                end = m.end("month");
            }
            String l = left(text, m.start(), 24);
            boolean cued = g(m, "mod") != null || g(m, "rel") != null || MONTH_CUE.matcher(l).find()
                    // "im Mai und Juni": a coordinated month needs a month before it
                    || (WEAK_MONTH_CUE.matcher(l).find() && monthName.matcher(left(text, m.start(), 30)).find());
            if (y == null && !cued) continue; // "August Bebel": a given name
            out.add(Frame.calendar(m.start(), end, y, mo, null, null, rel(g(m, "rel"))));
        }
        m = season.matcher(text);
        for (TextIndex.Regions rg = regions(ix, season); rg.find(m); ) {
            boolean cued = g(m, "det") != null || g(m, "rel") != null || g(m, "year") != null
                    || MONTH_CUE.matcher(left(text, m.start(), 12)).find();
            if (!cued) continue; // "Winter" is also a surname
            Integer y = g(m, "year") == null ? null : parseInt(g(m, "year"));
            Frame.Rel r = rel(g(m, "rel"));
            out.add(Frame.calendar(m.start(), m.end(), y, null, null, null, r).withSeason(lex.get("seasons", g(m, "s").toLowerCase())));
        }
    }

    private void years(String text, TextIndex ix, List<Frame> out) {
        Matcher m = yearRange.matcher(text);
        for (TextIndex.Regions rg = regions(ix, yearRange); rg.find(m); ) {
            int y1 = parseInt(g(m, "y1"));
            String s2 = g(m, "y2");
            int y2 = s2.length() == 2 ? (y1 / 100) * 100 + parseInt(s2) : parseInt(s2);
            if (y2 <= y1 || y2 - y1 > 100) continue;
            out.add(Frame.calendar(m.start("y1"), m.end("y1"), y1, null, null, null, null));
            out.add(Frame.literal(m.start("y2"), m.end("y2"), "DATE", String.format("%04d", y2)));
        }
        m = yearRx.matcher(text);
        for (TextIndex.Regions rg = regions(ix, yearRx); rg.find(m); ) {
            String after = right(text, m.end(), 24);
            if (MEASURE_AFTER.matcher(after).lookingAt()) continue;
            if (lex.set("measure-nouns").contains(firstWord(after))) continue;
            if (g(m, "pre") == null) {
                // "2000 Beschäftigte": a count before its noun; a year is followed by a verb, a preposition or punctuation
                if (nounAfter(text, m.end()) && !YEAR_CUE.matcher(left(text, m.start(), 16)).find()) continue;
                if (YEAR_NO_CUE.matcher(left(text, m.start(), 12)).matches()) continue;
                if (PRODUCT_CODE.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).matches()) continue;
            }
            out.add(Frame.calendar(m.start(), m.end(), parseInt(g(m, "year")), null, null, null, null));
        }
        m = decade.matcher(text);
        for (TextIndex.Regions rg = regions(ix, decade); rg.find(m); ) {
            String d = g(m, "dec");
            if (g(m, "det") == null && g(m, "tail") == null) continue; // "ein 10er-Pack": no decade
            out.add(Frame.literal(m.start(), m.end(), "DATE", d.length() == 4 ? d.substring(0, 3) : "19" + d.charAt(0)));
        }
        m = century.matcher(text);
        for (TextIndex.Regions rg = regions(ix, century); rg.find(m); ) {
            int n = parseInt(g(m, "c"));
            if (n >= 1 && n <= 21) out.add(Frame.literal(m.start(), m.end(), "DATE", String.format("%02d", n - 1)));
        }
        m = quarter.matcher(text);
        for (TextIndex.Regions rg = regions(ix, quarter); rg.find(m); ) {
            String w = g(m, "n").toLowerCase();
            int q = w.startsWith("erst") ? 1 : w.startsWith("zweit") ? 2 : w.startsWith("dritt") ? 3 : 4;
            out.add(Frame.literal(m.start(), m.end(), "DATE", g(m, "year") + "-Q" + q));
        }
    }

    private void relatives(String text, TextIndex ix, List<Frame> out) {
        Matcher m = deictic.matcher(text);
        for (TextIndex.Regions rg = regions(ix, deictic); rg.find(m); ) {
            String w = g(m, "w");
            String lw = w.toLowerCase();
            if (w.equals("Morgen")) {
                // the noun "Morgen" (morning) unless it opens a sentence: "Morgen beginnt der Gipfel"
                if (!SENTENCE_START.matcher(text.substring(Math.max(0, m.start() - 3), m.start())).matches() && m.start() > 0) continue;
                if (right(text, m.end(), 12).matches("(?s)\\s+für\\s+morgen.*")) continue; // "Morgen für Morgen"
            }
            int n = switch (lw) {
                case "vorgestern" -> -2;
                case "gestern" -> -1;
                case "heute" -> 0;
                case "morgen" -> 1;
                default -> 2; // übermorgen
            };
            String t = timeTail(m);
            if (t == null) t = pod(g(m, "pod"));
            out.add(Frame.offset(m.start(), m.end(), "D", n, null).withTime(t));
        }
        m = relUnit.matcher(text);
        for (TextIndex.Regions rg = regions(ix, relUnit); rg.find(m); ) {
            String u = g(m, "unit").toLowerCase();
            String code = u.startsWith("wochenende") ? "WE" : u.startsWith("woche") ? "W" : u.startsWith("monat") ? "M"
                    : u.startsWith("jahrzehnt") ? "DE" : u.startsWith("quartal") ? "Q" : "Y";
            Frame.Rel r = rel(g(m, "rel"));
            int n = r == Frame.Rel.LAST ? -1 : r == Frame.Rel.NEXT ? 1 : 0;
            out.add(Frame.offset(m.start(), m.end(), code, n, r));
        }
        m = partOf.matcher(text);
        for (TextIndex.Regions rg = regions(ix, partOf); rg.find(m); ) {
            String u = g(m, "unit").toLowerCase();
            String code = u.startsWith("jahr") ? "Y" : u.startsWith("monat") ? "M" : "W";
            Frame.Rel r = rel(g(m, "rel"));
            int n = r == Frame.Rel.LAST ? -1 : r == Frame.Rel.NEXT ? 1 : 0;
            out.add(Frame.offset(m.start(), m.end(), code, n, n < 0 ? Frame.Rel.LAST : n > 0 ? Frame.Rel.NEXT : Frame.Rel.THIS));
        }
        m = agoIn.matcher(text);
        for (TextIndex.Regions rg = regions(ix, agoIn); rg.find(m); ) {
            String q = quantity(g(m, "q"));
            String code = lex.get("units", g(m, "unit"));
            if (q == null || code == null || isLower(g(m, "unit"))) continue;
            boolean past = g(m, "dir").equalsIgnoreCase("vor");
            Integer n = isDigits(q) ? Integer.valueOf(q) : null;
            if (n == null && !q.equals("X")) continue;
            if (!past && n == null) continue; // "in einigen Tagen": too vague to place
            String unit = code.equals("DE") || code.equals("CE") ? "Y" : code;
            if (n != null && code.equals("DE")) n *= 10;
            if (n != null && code.equals("CE")) n *= 100;
            out.add(Frame.offset(m.start(), m.end(), unit, n == null ? null : past ? -n : n, past ? Frame.Rel.LAST : Frame.Rel.NEXT));
        }
        m = anaphor.matcher(text);
        for (TextIndex.Regions rg = regions(ix, anaphor); rg.find(m); ) {
            String u = g(m, "unit") != null ? g(m, "unit") : g(m, "unit2") != null ? g(m, "unit2") : g(m, "unit3") != null ? g(m, "unit3") : "tag";
            String r = g(m, "rel") != null ? g(m, "rel") : g(m, "rel2") != null ? g(m, "rel2") : g(m, "rel3") != null ? g(m, "rel3") : g(m, "rel4");
            int n = r.toLowerCase().matches("zuvor|davor|vorherigen") ? -1 : 1;
            if (g(m, "on") != null && g(m, "on").equalsIgnoreCase("in") && g(m, "rel4") == null) continue; // "in Tag darauf": no reading
            int start = skipSpaces(text, g(m, "on") != null ? m.end("on") : m.start());
            out.add(Frame.offset(start, m.end(), lex.get("units", u.toLowerCase()), n, Frame.Rel.ANAPHORIC));
        }
        m = countedFrom.matcher(text);
        for (TextIndex.Regions rg = regions(ix, countedFrom); rg.find(m); ) {
            String q = quantity(g(m, "q"));
            String code = lex.get("units", g(m, "unit").toLowerCase());
            if (q == null || code == null || isLower(g(m, "unit"))) continue;
            boolean earlier = g(m, "dir").toLowerCase().matches("zuvor|vorher|früher");
            if (!isDigits(q)) {
                out.add(Frame.offset(m.start(), m.end(), code, null, earlier ? Frame.Rel.LAST : Frame.Rel.NEXT));
                continue;
            }
            int n = Integer.parseInt(q);
            out.add(Frame.offset(m.start(), m.end(), code, earlier ? -n : n, Frame.Rel.ANAPHORIC));
        }
        m = previousPeriod.matcher(text);
        for (TextIndex.Regions rg = regions(ix, previousPeriod); rg.find(m); ) {
            String w = g(m, "w").toLowerCase();
            String code = w.startsWith("vortag") ? "D" : w.startsWith("vorwoche") ? "W" : w.startsWith("vormonat") ? "M" : "Y";
            out.add(Frame.offset(m.start(), m.end(), code, -1, Frame.Rel.ANAPHORIC));
        }
    }

    /** True when the word after {@code end} is capitalised: a German noun ("2000 Beschäftigte"). */
    private static boolean nounAfter(String text, int end) {
        String w = firstWord(text.substring(end, Math.min(text.length(), end + 24)));
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && text.charAt(end) == ' ';
    }

    private void durations(String text, TextIndex ix, List<Frame> out) {
        Matcher m = spanOfN.matcher(text);
        for (TextIndex.Regions rg = regions(ix, spanOfN); rg.find(m); ) {
            String q = g(m, "q") == null ? "X" : quantity(g(m, "q"));
            String code = lex.get("units", g(m, "unit").toLowerCase());
            if (q == null || code == null) continue;
            out.add(Frame.literal(m.start(), m.end(), "DURATION", duration(q, code)));
        }
        m = durationRx.matcher(text);
        for (TextIndex.Regions rg = regions(ix, durationRx); rg.find(m); ) {
            String q = quantity(g(m, "q"));
            String code = lex.get("units", g(m, "unit"));
            if (q == null || code == null || isLower(g(m, "unit"))) continue; // units are nouns: "ein tag-" is no unit
            String l = left(text, m.start(), 24);
            if (l.matches("(?s).*\\d[.,]?\\s*$")) continue; // the tail of a longer number ("1.000 Tage")
            String after = right(text, m.end(), 30);
            if (code.equals("Y") && (NOT_DURATION_AFTER.matcher(after).matches() || (AGE_BEFORE.matcher(l).matches() && g(m, "approx") == null))) continue;
            if (code.equals("D") && q.equals("1") && l.endsWith("eines ")) continue;
            if (g(m, "q").equalsIgnoreCase("eines") && code.equals("D")) continue; // "eines Tages": some day
            int end = m.end();
            Matcher lang = LONG.matcher(text).region(end, Math.min(text.length(), end + 8));
            if (lang.lookingAt()) end = lang.end(); // "drei Jahre lang"
            out.add(Frame.literal(m.start(), end, "DURATION", duration(q, code)));
        }
        m = vagueSince.matcher(text);
        for (TextIndex.Regions rg = regions(ix, vagueSince); rg.find(m); ) {
            String code = lex.get("units", g(m, "unit").toLowerCase());
            if (code != null) out.add(Frame.literal(m.start("unit"), m.end(), "DURATION", duration("X", code)));
        }
    }

    private static final Pattern LONG = Pattern.compile("\\s+lang(?![\\p{L}])");
}
