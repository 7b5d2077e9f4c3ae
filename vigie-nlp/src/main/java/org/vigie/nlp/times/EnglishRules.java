package org.vigie.nlp.times;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English basics with the French design: dates ("October 3, 2016", "3 October"), months and
 * years ("in 2016", "last August"), weekdays ("on Monday", "next Saturday"), deictics
 * ("yesterday", "last week"), offsets ("three days ago", "in two months"), durations ("for three
 * years", "four straight years"), sets ("every Monday") and clock times ("at 3:30 pm"). Month names
 * must be capitalised ("may" is a verb). Extent: determiners in, prepositions out. Also: bare
 * years ("2019 is not as strong"), seasons ("this fall"), parts of a period ("the end of the
 * year"), vague plurals ("in recent weeks", "waited weeks", "for months"), and anaphoric offsets
 * ("The next year", "the previous year", "a year earlier") counted from the text's previous date.
 */
final class EnglishRules extends Rules {

    private final String num;
    private final String units;
    private final Pattern mdy;
    private final Pattern dmy;
    private final Pattern monthRx;
    private final Pattern yearRx;
    private final Pattern weekdayRx;
    private final Pattern deictic;
    private final Pattern relUnit;
    private final Pattern ago;
    private final Pattern inN;
    private final Pattern durationRx;
    private final Pattern set;
    private final Pattern clockRx;
    private final Pattern isoDate;
    private final Pattern bareYear;
    private final Pattern season;
    private final Pattern partOf;
    private final Pattern anaphor;
    private final Pattern countedFrom;
    private final Pattern vaguePlural;
    private final Pattern barePlural;
    private final Pattern spanOfN;

    EnglishRules(Lexicon lex) {
        super(lex);
        String month = "(?-i:" + capitalisedMonths(lex) + ")";
        String weekday = lex.alternation("weekdays");
        String words = lex.alternation("numbers");
        num = "(?:\\d{1,3}(?:[.,]\\d+)?|" + words + "(?:-" + words + ")?)";
        units = lex.alternation("units");
        String ord = "(?:st|nd|rd|th)?";
        String time = "(?:[01]?\\d|2[0-3])(?::[0-5]\\d)?\\s*(?:[ap]\\.m\\.|[ap]m)(?![\\p{L}])|(?:[01]?\\d|2[0-3]):[0-5]\\d(?:\\s*(?-i:GMT|UTC))?(?![\\d:])";
        mdy = compile(B0 + "(?:(?<wd>" + weekday + "),?\\s+)?(?<month>" + month + ")\\s+(?<day>[0-3]?\\d)" + ord + B1 + "(?:,?\\s+(?<year>\\d{4})" + B1 + ")?");
        dmy = compile(B0 + "(?:(?<wd>" + weekday + "),?\\s+)?(?:the\\s+)?(?<day>[0-3]?\\d)" + ord + "(?:\\s+of)?\\s+(?<month>" + month + ")" + B1 + "(?:,?\\s+(?<year>\\d{4})" + B1 + ")?");
        monthRx = compile(B0 + "(?:(?<rel>last|next|this|early|late|mid)[\\s-]+)?(?<month>" + month + ")" + B1 + "(?:,?\\s+(?<year>\\d{4})" + B1 + ")?");
        yearRx = compile(B0 + "(?<!\\d[.,])(?:in|since|by|until|before|after|during|from|of|early|late|mid|through|to|and|between|least|around|circa)\\s+(?:(?:early|late|mid)[\\s-]+)?(?<year>1[5-9]\\d\\d|20\\d\\d)" + B1 + "(?!\\s*(?:%|\\$|[.,]\\d))");
        weekdayRx = compile(B0 + "(?:(?<rel>last|next|this|on)\\s+)?(?<wd>" + weekday + ")" + B1
                + "(?:\\s+(?<pod>morning|afternoon|evening|night)" + B1 + ")?");
        deictic = compile(B0 + "(?<w>the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|yesterday|today|tonight|tomorrow|this\\s+morning|this\\s+afternoon|this\\s+evening|last\\s+night)" + B1
                + "(?:\\s+(?<pod>morning|afternoon|evening|night)" + B1 + ")?");
        relUnit = compile(B0 + "(?:(?:earlier|later)\\s+(?=this))?(?<rel>last|next|this|the\\s+past|the\\s+last|the\\s+coming)\\s+(?<unit>week|month|year|weekend|quarter|decade)" + B1);
        // "the past two weeks", "the next three months": a period of that length from the DCT (TIMEX3 DURATION)
        spanOfN = compile(B0 + "the\\s+(?:past|last|previous|next|coming|following)\\s+(?<q>" + num + ")\\s+(?<unit>" + units + ")" + B1);
        ago = compile(B0 + "(?:about\\s+|nearly\\s+|almost\\s+)?(?<q>" + num + ")\\s+(?<unit>" + units + ")\\s+ago" + B1);
        inN = compile(B0 + "(?:in|within)\\s+(?<q>" + num + ")\\s+(?<unit>" + units + ")(?:'?s)?\\s+(?:time|from\\s+now)" + B1);
        durationRx = compile(B0 + "(?<approx>(?:nearly|almost|about|some|around)\\s+)?(?<q>" + num + ")"
                + "(?:\\s+(?:more|straight|consecutive|full|additional|further))?[\\s-]+(?<unit>" + units + ")" + B1 + "(?![\\s-]+old)");
        set = compile(B0 + "(?:every|each)\\s+(?:(?<wd>" + weekday + ")|(?<unit>" + units + "|morning|evening|weekend))" + B1);
        clockRx = compile(B0 + "(?:(?<cue>at|by|from|until|around|before|after)\\s+)?(?<time>" + time + ")");
        // English news writes counts of a thousand and more with a comma ("2,000 troops"): four bare
        // digits from 1900 to 2099 are a year unless money, a percentage, a clock ("1930 GMT") or a count noun
        bareYear = compile(B0 + "(?<![$£€#]|\\d[.,]\\s?)(?<year>19\\d\\d|20\\d\\d)" + B1
                + "(?!\\s*(?:%|[.,]\\d|-\\d{3}|(?-i:GMT|UTC|ET|EST|EDT|BST|CET)\\b|hrs\\b|hours\\b|percent\\b))");
        String seasons = "(?<s>spring|summer|fall|autumn|winter)";
        season = compile(B0 + "(?:(?<rel>this|last|next|early|late|mid)[\\s-]+" + seasons + "|(?:the\\s+)?(?:(?:early|late)\\s+)?" + seasons.replace("<s>", "<s2>")
                + "\\s+(?:of\\s+)?(?=\\d{4}))" + B1 + "(?:\\s*(?<year>\\d{4})" + B1 + ")?");
        partOf = compile(B0 + "(?:the\\s+)?(?:end|beginning|start|middle|rest|remainder|balance)\\s+of\\s+(?<rel>the|this|last|next)\\s+(?<unit>week|month|year)" + B1);
        anaphor = compile(B0 + "the\\s+(?<rel>next|following|previous|preceding|prior)\\s+(?<unit>day|week|month|year)" + B1);
        countedFrom = compile(B0 + "(?:about\\s+|nearly\\s+|almost\\s+)?(?<q>" + num + ")\\s+(?<unit>" + units + ")\\s+(?<dir>earlier|later)" + B1);
        vaguePlural = compile(B0 + "(?:the\\s+)?(?:coming|past|last|next|recent|following|previous)\\s+(?:few\\s+|several\\s+)?(?<unit>hours|days|weeks|months|years|decades)" + B1);
        barePlural = compile(B0 + "(?-i:hours|days|weeks|months|years|decades)" + B1);
        isoDate = compile(B0 + "(?<y>\\d{4})-(?<m>[01]\\d)-(?<d>[0-3]\\d)" + B1);
    }

    /** Month names with a capital first letter only: "may" is a verb, "March" a month. */
    private static String capitalisedMonths(Lexicon lex) {
        return lex.set("months").stream().sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .map(k -> Pattern.quote(Character.toUpperCase(k.charAt(0)) + k.substring(1)))
                .collect(java.util.stream.Collectors.joining("|", "(?:", ")"));
    }

    private static final Pattern BARE_PLURAL_BEFORE = Pattern.compile(
            "(?s).*(?:^|[^\\p{L}])(?:for|within|in|over|waited|wait|spent|took|takes|lasted|matter\\s+of)\\s+$");
    private static final Pattern BARE_PLURAL_AFTER = Pattern.compile("(?s)\\s+(?:ago|after|later|earlier|before|of\\s+(?!the\\b|a\\b|an\\b|his\\b|her\\b|their\\b|its\\b)\\p{L}).*");
    private static final Pattern PRODUCT_CODE = Pattern.compile("(?s).*(?:^|[^\\p{L}])\\p{Lu}{2,}[\\s-]");
    private static final Pattern YEAR_NO_CUE = Pattern.compile("(?s).*(?:^|[^\\p{L}])(?:no\\.|number|route|flight|room|block|model|us|hr|h\\.r\\.|s\\.)\\s*$");

    /** Bare years, seasons, parts of a period, anaphoric offsets and vague plural durations. */
    private void extra(String text, List<Frame> out) {
        Matcher m = bareYear.matcher(text);
        while (m.find()) {
            if (YEAR_NO_CUE.matcher(left(text, m.start(), 12)).matches()) continue;
            // "RTX 2060": a model number after a capitalised code
            if (PRODUCT_CODE.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).matches()) continue;
            String next = firstWord(right(text, m.end(), 24));
            if (lex.set("measure-nouns").contains(next)) continue;
            out.add(Frame.calendar(m.start(), m.end(), parseInt(g(m, "year")), null, null, null, null));
        }
        m = season.matcher(text);
        while (m.find()) {
            String sn = g(m, "s") != null ? g(m, "s") : g(m, "s2");
            String code = lex.get("seasons", sn.toLowerCase());
            if (code == null) continue;
            String r = g(m, "rel") == null ? "" : g(m, "rel").toLowerCase();
            Frame.Rel rel = r.equals("last") ? Frame.Rel.LAST : r.equals("next") ? Frame.Rel.NEXT : r.equals("this") ? Frame.Rel.THIS : Frame.Rel.NONE;
            Integer y = g(m, "year") == null ? null : parseInt(g(m, "year"));
            out.add(Frame.calendar(m.start(), m.end(), y, null, null, null, rel).withSeason(code));
        }
        m = partOf.matcher(text);
        while (m.find()) {
            String r = g(m, "rel").toLowerCase();
            int n = r.equals("last") ? -1 : r.equals("next") ? 1 : 0;
            out.add(Frame.offset(m.start(), m.end(), lex.get("units", g(m, "unit").toLowerCase()), n, n < 0 ? Frame.Rel.LAST : n > 0 ? Frame.Rel.NEXT : Frame.Rel.THIS));
        }
        m = anaphor.matcher(text);
        while (m.find()) {
            String r = g(m, "rel").toLowerCase();
            int n = r.equals("next") || r.equals("following") ? 1 : -1;
            out.add(Frame.offset(m.start(), m.end(), lex.get("units", g(m, "unit").toLowerCase()), n, Frame.Rel.ANAPHORIC));
        }
        m = countedFrom.matcher(text);
        while (m.find()) {
            String q = quantity(g(m, "q"));
            String code = lex.get("units", g(m, "unit").toLowerCase());
            if (q == null || code == null) continue;
            boolean earlier = g(m, "dir").equalsIgnoreCase("earlier");
            if (!q.matches("\\d+")) {
                // "a few years later": only a direction
                out.add(Frame.offset(m.start(), m.end(), code, null, earlier ? Frame.Rel.LAST : Frame.Rel.NEXT));
                continue;
            }
            int n = Integer.parseInt(q);
            out.add(Frame.offset(m.start(), m.end(), code, earlier ? -n : n, Frame.Rel.ANAPHORIC));
        }
        m = vaguePlural.matcher(text);
        while (m.find()) {
            out.add(Frame.literal(m.start(), m.end(), "DURATION", duration("X", lex.get("units", g(m, "unit").toLowerCase()))));
        }
        m = barePlural.matcher(text);
        while (m.find()) {
            if (!BARE_PLURAL_BEFORE.matcher(left(text, m.start(), 16)).matches()
                    && !BARE_PLURAL_AFTER.matcher(right(text, m.end(), 16)).matches()) continue;
            out.add(Frame.literal(m.start(), m.end(), "DURATION", duration("X", lex.get("units", m.group()))));
        }
    }

    /** Words of this many letters or more are capitalised in a title-case line ("Sondland Testifies Today"). */
    private static final int TITLE_CASE_MIN_LETTERS = 4;

    /**
     * Whether a capitalised time word at {@code start} continues a name ("USA Today", "Good
     * Morning America"'s "Today" after "NBC"): the word before it, with no punctuation between, is
     * capitalised too. A title-case line capitalises every word, so there the capital says nothing.
     */
    static boolean insideName(String text, int start) {
        if (!Character.isUpperCase(text.charAt(start))) return false;
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) i--;
        if (i < 0 || i == start - 1 || !Character.isLetter(text.charAt(i))) return false;
        int w = i;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) w--;
        if (!Character.isUpperCase(text.charAt(w))) return false;
        int lineStart = text.lastIndexOf('\n', start) + 1;
        int lineEnd = text.indexOf('\n', start);
        return !titleCase(text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd));
    }

    /** Three or more words of {@link #TITLE_CASE_MIN_LETTERS} letters, every one capitalised. */
    private static boolean titleCase(String line) {
        int words = 0;
        for (String w : line.split("[^\\p{L}]+")) {
            if (w.length() < TITLE_CASE_MIN_LETTERS) continue;
            if (!Character.isUpperCase(w.charAt(0))) return false;
            words++;
        }
        return words >= 3;
    }

    private static final Pattern EN_CLOCK = Pattern.compile("(\\d{1,2})(?::(\\d\\d))?\\s*(?:([aApP])\\.?[mM]\\.?)?");

    private static String englishClock(String raw) {
        Matcher c = EN_CLOCK.matcher(raw);
        if (!c.find()) return null;
        int h = Integer.parseInt(c.group(1));
        int mi = c.group(2) == null ? 0 : Integer.parseInt(c.group(2));
        String ap = c.group(3) == null ? "" : c.group(3).toLowerCase();
        if (h > 23 || (!ap.isEmpty() && (h == 0 || h > 12))) return null;
        if (ap.equals("p") && h < 12) h += 12;
        if (ap.equals("a") && h == 12) h = 0;
        return String.format("T%02d:%02d%s", h, mi, raw.contains("GMT") || raw.contains("UTC") ? "Z" : "");
    }

    @Override
    void find(String text, List<Frame> out) {
        for (Pattern p : List.of(mdy, dmy)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Integer mo = lookupInt("months", g(m, "month"));
                int d = parseInt(g(m, "day"));
                if (mo == null || d < 1 || d > 31) continue;
                Integer y = g(m, "year") == null ? null : parseInt(g(m, "year"));
                if (y != null && !plausibleYear(y)) continue;
                Integer wd = g(m, "wd") == null ? null : lookupInt("weekdays", g(m, "wd"));
                out.add(Frame.calendar(m.start(), m.end(), y, mo, d, wd, null));
            }
        }
        Matcher m = isoDate.matcher(text);
        while (m.find()) {
            int y = parseInt(g(m, "y"));
            int mo = parseInt(g(m, "m"));
            int d = parseInt(g(m, "d"));
            if (Resolver.date(y, mo, d) != null) out.add(Frame.calendar(m.start(), m.end(), y, mo, d, null, null));
        }
        m = monthRx.matcher(text);
        while (m.find()) {
            Integer mo = lookupInt("months", g(m, "month"));
            if (mo == null) continue;
            Integer y = g(m, "year") == null ? null : parseInt(g(m, "year"));
            String l = left(text, m.start(), 12);
            boolean cued = g(m, "rel") != null || y != null || l.matches(".*\\b(?:in|since|until|by|of|from|to|through|before|after|early|late|mid|during|the)\\s*$");
            if (!cued || (g(m, "month").equals("May") && y == null && g(m, "rel") == null && !l.matches(".*\\b(?:in|since|until|of)\\s*$"))) continue;
            String r = g(m, "rel") == null ? "" : g(m, "rel").toLowerCase();
            Frame.Rel rel = r.equals("last") ? Frame.Rel.LAST : r.equals("next") ? Frame.Rel.NEXT : r.equals("this") ? Frame.Rel.THIS : Frame.Rel.NONE;
            int start = r.matches("early|late|mid|") ? m.start("month") : m.start();
            if (r.matches("early|late|mid")) start = m.start();
            out.add(Frame.calendar(start, m.end(), y, mo, null, null, rel));
        }
        m = yearRx.matcher(text);
        while (m.find()) {
            out.add(Frame.calendar(m.start("year"), m.end("year"), parseInt(g(m, "year")), null, null, null, null));
        }
        m = weekdayRx.matcher(text);
        while (m.find()) {
            Integer wd = lookupInt("weekdays", g(m, "wd"));
            String r = g(m, "rel") == null ? "" : g(m, "rel").toLowerCase();
            Frame.Rel rel = r.equals("last") ? Frame.Rel.LAST : r.equals("next") ? Frame.Rel.NEXT : r.equals("this") ? Frame.Rel.THIS : Frame.Rel.NONE;
            int start = r.equals("on") ? m.start("wd") : m.start();
            String pod = g(m, "pod") == null ? null : lex.get("parts-of-day", g(m, "pod"));
            out.add(Frame.calendar(start, m.end(), null, null, null, wd, rel).withTime(pod));
        }
        m = deictic.matcher(text);
        while (m.find()) {
            if (insideName(text, m.start())) continue;
            String w = normalizeSpaces(g(m, "w"));
            int n = w.contains("before yesterday") ? -2 : w.contains("after tomorrow") ? 2 : w.startsWith("yesterday") || w.equals("last night") ? -1
                    : w.startsWith("tomorrow") ? 1 : 0;
            Frame f = Frame.offset(m.start(), m.end(), "D", n, null);
            String pod = g(m, "pod") != null ? lex.get("parts-of-day", g(m, "pod"))
                    : w.endsWith("morning") ? "TMO" : w.endsWith("afternoon") ? "TAF" : w.endsWith("evening") ? "TEV"
                    : w.endsWith("night") ? "TNI" : null;
            out.add(f.withTime(pod));
        }
        m = relUnit.matcher(text);
        while (m.find()) {
            String r = normalizeSpaces(g(m, "rel")).toLowerCase();
            String u = g(m, "unit").toLowerCase();
            String code = u.equals("weekend") ? "WE" : lex.get("units", u);
            // "the past week", "over the last year": the period that ends now, a duration as the
            // gold and TIMEX3 read it ("last week" alone is the calendar week before)
            if ((r.equals("the past") || r.equals("the last")) && !code.equals("WE")) {
                out.add(Frame.literal(m.start(), m.end(), "DURATION", duration("1", code)));
                continue;
            }
            if (r.equals("the last")) continue; // "the last weekend": no reading
            int n = r.equals("last") || r.equals("the past") ? -1 : r.equals("this") ? 0 : 1;
            out.add(Frame.offset(m.start(), m.end(), code, n, n < 0 ? Frame.Rel.LAST : n > 0 ? Frame.Rel.NEXT : Frame.Rel.THIS));
        }
        for (Pattern p : List.of(ago, inN)) {
            m = p.matcher(text);
            while (m.find()) {
                String q = quantity(g(m, "q"));
                String code = lex.get("units", g(m, "unit"));
                if (q == null || code == null) continue;
                boolean past = p == ago;
                Integer n = q.matches("\\d+") ? Integer.valueOf(q) : null;
                out.add(Frame.offset(m.start(), m.end(), code, n == null ? null : past ? -n : n, past ? Frame.Rel.LAST : Frame.Rel.NEXT));
            }
        }
        m = spanOfN.matcher(text);
        while (m.find()) {
            String q = quantity(g(m, "q"));
            String code = lex.get("units", g(m, "unit").toLowerCase());
            if (q == null || code == null) continue;
            out.add(Frame.literal(m.start(), m.end(), "DURATION", duration(q, code)));
        }
        m = durationRx.matcher(text);
        while (m.find()) {
            String q = quantity(g(m, "q"));
            String code = lex.get("units", g(m, "unit"));
            if (q == null || code == null) continue;
            if (left(text, m.start(), 3).matches(".*\\d[.,]?\\s*$")) continue;
            // "a quarter-point", "three quarters of the vote": a fraction, not months ("several quarters of growth" is time)
            if (code.equals("Q") && !q.equals("X") && right(text, m.end(), 4).matches("(?s)(?:-|\\s+of\\s).*")) continue;
            out.add(Frame.literal(m.start(), m.end(), "DURATION", duration(q, code)));
        }
        m = set.matcher(text);
        while (m.find()) {
            if (g(m, "wd") != null) {
                out.add(Frame.literal(m.start(), m.end(), "SET", "XXXX-WXX-" + lookupInt("weekdays", g(m, "wd"))));
                continue;
            }
            String u = g(m, "unit").toLowerCase();
            String v = u.equals("morning") ? "XXXX-XX-XXTMO" : u.equals("evening") ? "XXXX-XX-XXTEV" : u.equals("weekend") ? "XXXX-WXX-WE"
                    : duration("1", lex.get("units", u));
            out.add(Frame.literal(m.start(), m.end(), "SET", v));
        }
        extra(text, out);
        m = clockRx.matcher(text);
        while (m.find()) {
            String raw = g(m, "time");
            if (g(m, "cue") == null && !raw.matches("(?s).*[ap]\\.?m.*")) continue;
            String t = englishClock(raw);
            if (t == null) continue;
            out.add(Frame.calendar(m.start("time"), m.end("time"), null, null, null, null, null).withTime(t));
        }
    }
}
