package org.vigie.nlp.times;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French time expressions, by family: calendar dates ("le 3 octobre 2016", "ce mardi 13 avril"),
 * months and years ("fin mars", "en août dernier", "début 2020"), weekdays ("lundi", "samedi
 * prochain"), deictics ("hier", "cette année"), offsets ("il y a trois jours", "dans deux mois",
 * "la semaine dernière"), durations ("pendant trois ans"), sets ("chaque lundi"), clock times.
 *
 * <p>Extent convention: determiners and demonstratives belong to the expression ("le 3 octobre",
 * "ce jeudi", "la semaine dernière"), prepositions do not ("en 2016" is tagged "2016").
 */
final class FrenchRules extends Rules {

    private static final List<String> PM = List.of("du soir", "de l'après-midi", "de l’après-midi");
    private static final List<String> UTC = List.of("GMT", "UTC", "TU");

    private final String month;
    private final String weekday;
    private final String num;
    private final String units;
    private final Set<String> measureNouns;

    private final Pattern date;
    private final Pattern numericDate;
    private final Pattern dayList;
    private final Pattern isoDate;
    private final Pattern weekdayRx;
    private final Pattern monthRx;
    private final Pattern yearRx;
    private final Pattern yearRange;
    private final Pattern decade;
    private final Pattern century;
    private final Pattern deictic;
    private final Pattern relUnit;
    private final Pattern agoIn;
    private final Pattern durationRx;
    private final Pattern vague;
    private final Pattern season;
    private final Pattern rentree;
    private final Pattern holiday;
    private final Pattern set;
    private final Pattern clockRx;
    private final Pattern noon;
    private final Pattern yearPeriod;

    // Trigger words: a rule's regex runs only around them (see TextIndex).
    private final Set<String> tMonth;
    private final Set<String> tWeekday;
    private final Set<String> tUnits;
    private final Set<String> tHoliday;
    private static final Set<String> tNumDate = Set.of("#numdate");
    private static final Set<String> tYear = Set.of("#year");
    private static final Set<String> tClock = Set.of("#clock");
    private static final Set<String> tSet = Set.of("chaque", "tous", "toutes");
    private static final Set<String> tYearPeriod = Set.of("année");
    private static final Set<String> tDecade = Set.of("années");
    private static final Set<String> tCentury = Set.of("siècle", "siècles");
    private static final Set<String> tDeictic = Set.of("hier", "demain", "aujourd", "matin", "soir", "nuit", "après",
            "semaine", "mois", "année", "week", "trimestre", "semestre");
    private static final Set<String> tRel = Set.of("dernier", "dernière", "passé", "passée", "prochain", "prochaine");
    private static final Set<String> tSeason = Set.of("printemps", "été", "automne", "hiver");
    private static final Set<String> tRentree = Set.of("rentrée");
    private static final Set<String> tNoon = Set.of("midi", "minuit");

    FrenchRules(Lexicon lex) {
        super(lex);
        month = lex.alternation("months");
        weekday = lex.alternation("weekdays");
        String words = lex.alternation("numbers");
        num = "(?:\\d{1,3}(?:[.,]\\d+)?|" + words + "(?:(?:-et-|\\s+et\\s+|-)" + words + ")*)";
        units = lex.alternation("units");
        measureNouns = lex.set("measure-nouns");
        tMonth = triggers(lex.set("months"));
        tWeekday = triggers(lex.set("weekdays"));
        tUnits = triggers(lex.set("units"));
        tHoliday = triggers(lex.set("holidays"));

        String hm = "(?:(?:[01]?\\d|2[0-4])\\s?[hH](?:\\s?[0-5]\\d)?(?![\\p{L}\\p{N}/])|(?:[01]?\\d|2[0-3]):[0-5]\\d(?![\\d:]))";
        String time = hm + "(?:\\s+(?:du\\s+matin|du\\s+soir|de\\s+l" + APOS + "après-midi))?(?:\\s*(?-i:GMT|UTC|TU)" + B1 + "|\\s*\\((?-i:GMT|UTC|TU)\\))?";
        String timeTail = "(?:\\s*,?\\s*(?:à\\s+|vers\\s+|dès\\s+)?(?<time>" + time + "))?";
        String podPrefix = "(?<pod>la\\s+soirée|la\\s+nuit|le\\s+matin|la\\s+matinée|l" + APOS + "après-midi|le\\s+soir|la\\s+journée)\\s+(?:du|de)\\s+";

        date = compile(B0 + "(?:" + podPrefix + "|(?<det>le|ce)\\s+)?(?:(?<wd>" + weekday + ")\\s+)?"
                + "(?<day>1er|1ᵉʳ|premier|[0-3]?\\d)(?:\\s*-\\s*|\\s+)(?<month>" + month + ")" + B1
                + "(?:\\s+(?<year>\\d{4})" + B1 + ")?(?:\\s+(?<rel>dernier|prochain|passé)" + B1 + ")?" + timeTail);
        // "les 22 et 29 novembre", "du 3 au 5 octobre": the first day takes the month of the second
        dayList = compile(B0 + "(?<day>1er|[0-3]?\\d)\\s*(?:,|et|ou|au|à)\\s+(?=(?:le\\s+)?(?:1er|[0-3]?\\d)\\s+" + "(?:" + month + ")" + B1 + ")");
        numericDate = compile(B0 + "(?<!\\d[.,/])(?<d>[0-3]?\\d)(?<sep>[/.])(?<m>[01]?\\d)\\k<sep>(?<y>\\d{4}|\\d{2})" + B1 + "(?![/.,]\\d)");
        isoDate = compile(B0 + "(?<y>\\d{4})-(?<m>[01]\\d)-(?<d>[0-3]\\d)" + B1);
        weekdayRx = compile(B0 + "(?:" + podPrefix + "|(?<det>ce)\\s+)?(?<wd>" + weekday + ")" + B1
                + "(?:\\s+(?<rel>prochain|dernier|passé)" + B1 + ")?"
                + "(?:\\s+(?<pod2>matin|soir|après-midi|midi|en\\s+soirée|en\\s+matinée|en\\s+fin\\s+de\\s+journée|en\\s+fin\\s+de\\s+matinée|en\\s+fin\\s+d" + APOS + "après-midi|en\\s+début\\s+de\\s+soirée|en\\s+début\\s+d" + APOS + "après-midi|soir)" + B1 + ")?"
                + timeTail);
        monthRx = compile(B0 + "(?:(?<mod>début|fin|mi|courant)(?:\\s*-\\s*|\\s+))?(?<month>" + month + ")" + B1
                + "(?:\\s+(?<year>\\d{4})" + B1 + ")?(?:\\s+(?<rel>dernier|prochain|passé)" + B1 + ")?");
        yearRx = compile(B0 + "(?<!\\d[.,])(?<pre>(?:(?:la|le)\\s+)?(?:début|fin|milieu|mi)(?:\\s*-\\s*|\\s+)(?:(?:de\\s+l" + APOS
                + "année|d" + APOS + "année|de\\s+l" + APOS + "an)\\s+)?|l" + APOS + "année\\s+|l" + APOS + "an\\s+|l" + APOS
                + "exercice\\s+)?(?<year>1[5-9]\\d\\d|20\\d\\d)" + B1);
        yearPeriod = compile(B0 + "(?<pre>(?:(?:la|le)\\s+)?(?:début|fin|milieu)\\s+(?:de\\s+l" + APOS + "année|d" + APOS + "année)" + B1 + ")(?!\\s+\\d)");
        yearRange = compile(B0 + "(?<y1>1[5-9]\\d\\d|20\\d\\d)\\s*[-–/]\\s*(?<y2>1[5-9]\\d\\d|20\\d\\d|\\d\\d)" + B1 + "(?![-–/.,]\\d)");
        decade = compile(B0 + "(?:les\\s+)?années\\s+(?<dec>(?:1[5-9]|20)?\\d0)(?:" + APOS + "?s)?" + B1);
        century = compile(B0 + "(?:(?<det>le)\\s+)?(?<c>(?-i:[XVI]{1,5})|\\d{1,2})(?:e|è|ème|eme)\\s+siècle" + B1);
        deictic = compile(B0 + "(?:(?<time1>" + time + ")\\s*,?\\s+)?(?<w>avant-hier|après-demain|aujourd" + APOS + "hui|hier|demain|ce\\s+matin|ce\\s+soir|cette\\s+nuit|cet\\s+après-midi|cette\\s+semaine|ce\\s+mois(?:-ci)?|cette\\s+année|ce\\s+week-end|ce\\s+trimestre|ce\\s+semestre)" + B1
                + "(?:\\s+(?<pod>matin|soir|après-midi|midi)" + B1 + ")?(?:\\s*,?\\s*(?:à\\s+|vers\\s+|dès\\s+)(?<time2>" + time + "))?");
        relUnit = compile(B0 + "(?<det>la|le|l" + APOS + ")\\s*(?<unit>semaine|mois|année|an|week-end|trimestre|semestre|décennie)\\s+(?<rel>dernière|dernier|passée|passé|prochaine|prochain)" + B1);
        agoIn = compile(B0 + "(?<dir>il\\s+y\\s+a|voilà|voici|dans|d" + APOS + "ici)\\s+(?:(?:environ|près\\s+de|plus\\s+de|moins\\s+de|presque)\\s+)?(?<q>" + num + ")(?:\\s+|(?<=['’]))(?<unit>" + units + ")" + B1);
        durationRx = compile(B0 + "(?<approx>(?:presque|près\\s+de|environ|quasiment|pratiquement)\\s+)?(?<q>" + num + ")(?:\\s+|(?<=['’]))"
                + "(?:(?:seule?s?|petite?s?|longue?s?|bonne?s?|courte?s?|pleine?s?|dernière?s?|derniers|premiers|premières?|prochaine?s?|prochains)\\s+)?(?<unit>" + units + ")" + B1);
        vague = compile(B0 + "(?<det>les|ces|des)\\s+(?:(?<adj1>prochaine?s|prochains|dernière?s|derniers)\\s+)?(?<unit>jours|semaines|mois|années|ans|heures|minutes|décennies|siècles|trimestres)" + B1
                + "(?:\\s+(?<adj2>suivante?s|suivants|qui\\s+(?:ont\\s+suivi|suivent|suivront|viennent)|à\\s+venir|passée?s|passés|écoulée?s|écoulés|précédente?s|précédents)" + B1 + ")?");
        season = compile(B0 + "(?:(?<det>l" + APOS + "|cet|ce)\\s*)?(?<s>printemps|été|automne|hiver)" + B1
                + "(?:\\s+(?<year>\\d{4})" + B1 + "|\\s+(?<rel>dernier|prochain)" + B1 + ")?");
        rentree = compile(B0 + "(?<det>la|cette)\\s+rentrée" + B1 + "(?:\\s+(?<year>\\d{4})" + B1 + "|\\s+(?<rel>prochaine|dernière)" + B1 + ")?"
                + "(?!\\s+(?:d" + APOS + "argent|fiscale|de\\s+fonds|financière|des\\s+recettes))");
        holiday = compile(B0 + "(?<h>" + lex.alternation("holidays") + ")" + B1 + "(?:\\s+(?<year>\\d{4})" + B1 + "|\\s+(?<rel>dernier|dernière|prochain|prochaine)" + B1 + ")?");
        set = compile(B0 + "(?:chaque|tous\\s+les|toutes\\s+les)\\s+(?:(?<n>" + num + ")\\s+)?(?:(?<wd>" + weekday + ")s?|(?<unit>" + units + "|matins?|soirs?|week-ends?))" + B1);
        clockRx = compile(B0 + "(?:(?<cue>à|vers|dès|depuis|jusqu" + APOS + "à|avant|après|entre|et|en|pendant|durant|sous|les|de)\\s+)?(?<time>" + time + ")");
        noon = compile(B0 + "(?:à|vers|dès|jusqu" + APOS + "à|avant|après)\\s+(?<t>midi|minuit)" + B1);
    }

    private static final Pattern DE_BEFORE = Pattern.compile("\\bde\\s*$");
    private static final Pattern MEASURE_AFTER = Pattern.compile("\\s*(?:%|€|\\$|[.,]\\d|\\d)");
    private static final Pattern YEAR_AFTER = Pattern.compile("\\s*(?:à|au|et|-)\\s*(?:1[5-9]\\d\\d|20\\d\\d)");
    private static final Pattern AU_BEFORE = Pattern.compile("\\b(?:au|du)\\s*$");
    private static final Pattern EN_BEFORE = Pattern.compile("\\ben\\s*$");
    private static final Pattern NAME_AFTER = Pattern.compile("\\s\\p{Lu}");
    private static final Pattern HOLIDAY_CUE = Pattern.compile(
            "(?:^|[^\\p{L}])(?:à|avant|après|pour|depuis|d'ici|de|jusqu'à|veille\\s+de|lendemain\\s+de|fêtes\\s+de)\\s*$");
    private static final Pattern CLOCK_MINUTES = Pattern.compile("\\d\\s?[hH:]\\s?\\d");
    private static final Pattern HOURS = Pattern.compile("(\\d+)\\s?[hH]\\s?(\\d\\d)?");
    private static final Set<String> DURATION_CUES = Set.of("en", "pendant", "durant", "sous", "les");

    @Override
    void find(String text, List<Frame> out) {
        TextIndex ix = new TextIndex(text);
        dates(text, ix, out);
        weekdays(text, ix, out);
        months(text, ix, out);
        years(text, ix, out);
        relatives(text, ix, out);
        durations(text, ix, out);
        others(text, ix, out);
    }

    private String podCode(String pod) {
        if (pod == null) return null;
        String p = normalizeSpaces(pod);
        if (p.contains("journée")) return null;
        return lex.get("parts-of-day", p);
    }

    private String timeOf(Matcher m, String group) {
        String t = m.group(group);
        return t == null ? null : clock(t, PM, UTC);
    }

    private Integer day(String s) {
        String d = s.toLowerCase();
        if (d.startsWith("1er") || d.startsWith("1ᵉʳ") || d.equals("premier")) return 1;
        int v = parseInt(d);
        return v >= 1 && v <= 31 ? v : null;
    }

    private static Frame.Rel rel(String r) {
        if (r == null) return Frame.Rel.NONE;
        String s = r.toLowerCase();
        if (s.startsWith("dernier") || s.startsWith("dernière") || s.startsWith("pass")) return Frame.Rel.LAST;
        if (s.startsWith("prochain")) return Frame.Rel.NEXT;
        return Frame.Rel.NONE;
    }

    private void dates(String text, TextIndex ix, List<Frame> out) {
        Matcher m = date.matcher(text);
        for (TextIndex.Regions rg = ix.regions(tMonth); rg.find(m); ) {
            Integer d = day(g(m, "day"));
            Integer mo = lookupInt("months", g(m, "month"));
            if (d == null || mo == null) continue;
            Integer y = g(m, "year") == null ? null : parseInt(g(m, "year"));
            int end = m.end();
            if (y != null && !plausibleYear(y)) {
                y = null;
                end = m.end("month");
            }
            if (y == null && !isLower(g(m, "month")) && g(m, "wd") == null && !text.startsWith("-", m.end("day"))
                    && g(m, "month").equalsIgnoreCase("mars")) continue; // "3 Mars": a name, not a date
            Integer wd = g(m, "wd") == null ? null : lookupInt("weekdays", g(m, "wd"));
            Frame.Rel r = rel(g(m, "rel"));
            if (r == Frame.Rel.NONE && "ce".equalsIgnoreCase(g(m, "det"))) r = Frame.Rel.THIS;
            Frame f = Frame.calendar(m.start(), end, y, mo, d, wd, r);
            String t = end == m.end() ? timeOf(m, "time") : null;
            if (t == null) t = podCode(g(m, "pod"));
            f = f.withTime(t);
            out.add(f);
        }
        m = dayList.matcher(text);
        for (TextIndex.Regions rg = ix.regions(tMonth); rg.find(m); ) {
            Integer d = day(g(m, "day"));
            if (d != null) out.add(Frame.calendar(m.start(), m.end("day"), null, null, d, null, null));
        }
        m = numericDate.matcher(text);
        for (TextIndex.Regions rg = ix.regions(tNumDate); rg.find(m); ) {
            int d = parseInt(g(m, "d"));
            int mo = parseInt(g(m, "m"));
            int y = parseInt(g(m, "y"));
            if (g(m, "y").length() == 2) y += y > 50 ? 1900 : 2000;
            if (Resolver.date(y, mo, d) == null || !plausibleYear(y)) continue;
            out.add(Frame.calendar(m.start(), m.end(), y, mo, d, null, null));
        }
        m = isoDate.matcher(text);
        for (TextIndex.Regions rg = ix.regions(tNumDate); rg.find(m); ) {
            int y = parseInt(g(m, "y"));
            int mo = parseInt(g(m, "m"));
            int d = parseInt(g(m, "d"));
            if (Resolver.date(y, mo, d) == null) continue;
            out.add(Frame.calendar(m.start(), m.end(), y, mo, d, null, null));
        }
    }

    private void weekdays(String text, TextIndex ix, List<Frame> out) {
        Matcher m = weekdayRx.matcher(text);
        for (TextIndex.Regions rg = ix.regions(tWeekday); rg.find(m); ) {
            Integer wd = lookupInt("weekdays", g(m, "wd"));
            if (wd == null) continue;
            Frame.Rel r = rel(g(m, "rel"));
            if (r == Frame.Rel.NONE && "ce".equalsIgnoreCase(g(m, "det"))) r = Frame.Rel.THIS;
            Frame f = Frame.calendar(m.start(), m.end(), null, null, null, wd, r);
            String t = timeOf(m, "time");
            if (t == null) t = podCode(g(m, "pod2"));
            if (t == null) t = podCode(g(m, "pod"));
            out.add(f.withTime(t));
        }
        m = set.matcher(text);
        for (TextIndex.Regions rg = ix.regions(tSet); rg.find(m); ) {
            String q = g(m, "n") == null ? "1" : quantity(g(m, "n"));
            if (q == null) continue;
            if (g(m, "wd") != null) {
                out.add(Frame.literal(m.start(), m.end(), "SET", "XXXX-WXX-" + lookupInt("weekdays", g(m, "wd"))));
                continue;
            }
            String u = g(m, "unit").toLowerCase();
            String code = u.startsWith("matin") ? "TMO" : u.startsWith("soir") ? "TEV" : u.startsWith("week-end") ? "WE"
                    : lex.get("units", u);
            if (code == null) continue;
            String v = switch (code) {
                case "TMO", "TEV" -> "XXXX-XX-XX" + code;
                case "WE" -> "XXXX-WXX-WE";
                default -> duration(q, code);
            };
            out.add(Frame.literal(m.start(), m.end(), "SET", v));
        }
    }

    private static final Pattern MONTH_CUE = Pattern.compile(
            "(?:^|[^\\p{L}])(?:en|depuis|dès|d'ici|jusqu'en|jusqu'à|avant|après|entre|de|d'|puis|et|ou|au|à|mois\\s+de|fin|début|courant|mi)\\s*-?\\s*$");

    private void months(String text, TextIndex ix, List<Frame> out) {
        Matcher m = monthRx.matcher(text);
        for (TextIndex.Regions rg = ix.regions(tMonth); rg.find(m); ) {
            Integer mo = lookupInt("months", g(m, "month"));
            if (mo == null) continue;
            Integer y = g(m, "year") == null ? null : parseInt(g(m, "year"));
            int end = m.end();
            if (y != null && !plausibleYear(y)) {
                y = null;
                end = m.end("month");
            }
            boolean lower = isLower(g(m, "month"));
            boolean cued = g(m, "mod") != null || g(m, "rel") != null
                    || MONTH_CUE.matcher(left(text, m.start(), 24)).find();
            // A bare month needs a cue and lower case: "Mars" the planet, "Mai" a first name.
            if (y == null && !(cued && lower)) continue;
            if (y != null && !lower && !cued && g(m, "month").equalsIgnoreCase("mars")) continue;
            if (y == null && g(m, "month").equalsIgnoreCase("mai") && g(m, "rel") == null && g(m, "mod") == null
                    && DE_BEFORE.matcher(left(text, m.start(), 4)).find()) continue; // "de mai" is too often part of a name
            out.add(Frame.calendar(m.start(), end, y, mo, null, null, rel(g(m, "rel"))));
        }
    }

    private static final Pattern YEAR_CUE = Pattern.compile(
            "(?:^|[^\\p{L}])(?:en|depuis|dès|avant|après|jusqu'en|jusqu'à|d'ici|pour|entre|vers|courant|fin|début|mi|saison|exercice|printemps|été|automne|hiver|rentrée|millésime|promotion|cuvée|budget|année|an|et|ou|à|au|de|puis|\\()\\s*-?\\s*$");
    private static final Pattern WEAK_CUE = Pattern.compile("(?:^|[^\\p{L}])(?:et|ou|à|au|de|puis)\\s*$");
    private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)(?:1[5-9]\\d\\d|20\\d\\d)(?!\\d)");

    private void years(String text, TextIndex ix, List<Frame> out) {
        Matcher m = yearRange.matcher(text);
        for (TextIndex.Regions rg = ix.regions(tYear); rg.find(m); ) {
            int y1 = parseInt(g(m, "y1"));
            String s2 = g(m, "y2");
            int y2 = s2.length() == 2 ? (y1 / 100) * 100 + parseInt(s2) : parseInt(s2);
            if (y2 <= y1 || y2 - y1 > 100) continue;
            out.add(Frame.calendar(m.start("y1"), m.end("y1"), y1, null, null, null, null));
            out.add(Frame.literal(m.start("y2"), m.end("y2"), "DATE", String.format("%04d", y2)));
        }
        m = yearRx.matcher(text);
        for (TextIndex.Regions rg = ix.regions(tYear); rg.find(m); ) {
            int y = parseInt(g(m, "year"));
            String after = right(text, m.end(), 24);
            if (MEASURE_AFTER.matcher(after).lookingAt()) continue;
            String next = firstWord(after);
            if (measureNouns.contains(next)) continue;
            if (g(m, "pre") == null) {
                String l = left(text, m.start(), 30);
                if (!YEAR_CUE.matcher(l).find()) continue;
                if (WEAK_CUE.matcher(l).find()) {
                    // "et 2016", "de 2012 à": only between years
                    boolean yearBefore = ANY_YEAR.matcher(l).find();
                    boolean yearAfter = YEAR_AFTER.matcher(after).lookingAt();
                    if (!yearBefore && !yearAfter) continue;
                }
            }
            out.add(Frame.calendar(m.start(), m.end(), y, null, null, null, null));
        }
        m = yearPeriod.matcher(text);
        for (TextIndex.Regions rg = ix.regions(tYearPeriod); rg.find(m); ) out.add(Frame.offset(m.start(), m.end(), "Y", 0, Frame.Rel.THIS));
        m = decade.matcher(text);
        for (TextIndex.Regions rg = ix.regions(tDecade); rg.find(m); ) {
            String d = g(m, "dec");
            String v = d.length() == 4 ? d.substring(0, 3) : "19" + d.charAt(0);
            out.add(Frame.literal(m.start(), m.end(), "DATE", v));
        }
        m = century.matcher(text);
        for (TextIndex.Regions rg = ix.regions(tCentury); rg.find(m); ) {
            String c = g(m, "c");
            int n = c.chars().allMatch(Character::isDigit) ? parseInt(c) : roman(c);
            if (n < 1 || n > 21) continue;
            out.add(Frame.literal(m.start(), m.end(), "DATE", String.format("%02d", n - 1)));
        }
    }

    static int roman(String s) {
        int total = 0;
        int prev = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            int v = switch (s.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                default -> 0;
            };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }

    private void relatives(String text, TextIndex ix, List<Frame> out) {
        Matcher m = deictic.matcher(text);
        for (TextIndex.Regions rg = ix.regions(tDeictic); rg.find(m); ) {
            String w = normalizeSpaces(g(m, "w"));
            if (text.startsWith("-là", m.end("w")) || text.startsWith("-la", m.end("w"))) continue; // "ce soir-là": anaphoric
            Frame f;
            if (w.startsWith("avant-hier")) f = Frame.offset(m.start(), m.end(), "D", -2, null);
            else if (w.startsWith("après-demain")) f = Frame.offset(m.start(), m.end(), "D", 2, null);
            else if (w.startsWith("hier")) f = Frame.offset(m.start(), m.end(), "D", -1, null);
            else if (w.startsWith("demain")) f = Frame.offset(m.start(), m.end(), "D", 1, null);
            else if (w.startsWith("aujourd")) f = Frame.offset(m.start(), m.end(), "D", 0, null);
            else if (w.equals("ce matin")) f = Frame.offset(m.start(), m.end(), "D", 0, null).withTime("TMO");
            else if (w.equals("ce soir")) f = Frame.offset(m.start(), m.end(), "D", 0, null).withTime("TEV");
            else if (w.equals("cette nuit")) f = Frame.offset(m.start(), m.end(), "D", 0, null).withTime("TNI");
            else if (w.equals("cet après-midi")) f = Frame.offset(m.start(), m.end(), "D", 0, null).withTime("TAF");
            else if (w.equals("cette semaine")) f = Frame.offset(m.start(), m.end(), "W", 0, null);
            else if (w.startsWith("ce mois")) f = Frame.offset(m.start(), m.end(), "M", 0, null);
            else if (w.equals("cette année")) f = Frame.offset(m.start(), m.end(), "Y", 0, null);
            else if (w.equals("ce week-end")) f = Frame.offset(m.start(), m.end(), "WE", 0, null);
            else if (w.equals("ce trimestre")) f = Frame.offset(m.start(), m.end(), "Q", 0, null);
            else f = Frame.offset(m.start(), m.end(), "HALF", 0, null);
            String t = timeOf(m, "time1");
            if (t == null) t = timeOf(m, "time2");
            if (t == null) t = podCode(g(m, "pod"));
            if (t != null && "D".equals(f.unit())) f = f.withTime(t);
            out.add(f);
        }
        m = relUnit.matcher(text);
        for (TextIndex.Regions rg = ix.regions(tRel); rg.find(m); ) {
            String u = g(m, "unit").toLowerCase();
            String code = u.equals("week-end") ? "WE" : lex.get("units", u);
            Frame.Rel r = rel(g(m, "rel"));
            out.add(Frame.offset(m.start(), m.end(), code, r == Frame.Rel.LAST ? -1 : 1, r));
        }
        m = agoIn.matcher(text);
        for (TextIndex.Regions rg = ix.regions(tUnits); rg.find(m); ) {
            String q = quantity(g(m, "q"));
            String code = lex.get("units", g(m, "unit"));
            if (q == null || code == null) continue;
            String dir = normalizeSpaces(g(m, "dir"));
            boolean past = dir.startsWith("il y a") || dir.startsWith("voi");
            Integer n = isDigits(q) ? Integer.valueOf(q) : null;
            if (n == null && !q.equals("X")) continue;
            String unit = switch (code) {
                case "DE" -> "Y";
                case "CE" -> "Y";
                default -> code;
            };
            if (n != null && code.equals("DE")) n *= 10;
            if (n != null && code.equals("CE")) n *= 100;
            Frame.Rel r = past ? Frame.Rel.LAST : Frame.Rel.NEXT;
            out.add(Frame.offset(m.start(), m.end(), unit, n == null ? null : past ? -n : n, r));
        }
        m = season.matcher(text);
        for (TextIndex.Regions rg = ix.regions(tSeason); rg.find(m); ) {
            String det = g(m, "det");
            String s = g(m, "s").toLowerCase();
            if (det == null) {
                String l = left(text, m.start(), 6);
                boolean cue = s.equals("printemps") ? AU_BEFORE.matcher(l).find() : EN_BEFORE.matcher(l).find();
                if (!cue) continue;
            }
            Integer y = g(m, "year") == null ? null : parseInt(g(m, "year"));
            Frame.Rel r = rel(g(m, "rel"));
            if (r == Frame.Rel.NONE && det != null && det.toLowerCase().startsWith("ce")) r = Frame.Rel.THIS;
            out.add(Frame.calendar(m.start(), m.end(), y, null, null, null, r).withSeason(lex.get("seasons", s)));
        }
        m = rentree.matcher(text);
        for (TextIndex.Regions rg = ix.regions(tRentree); rg.find(m); ) {
            Integer y = g(m, "year") == null ? null : parseInt(g(m, "year"));
            Frame.Rel r = rel(g(m, "rel"));
            // "la rentrée" is this year's, coming or just past, whatever the tense
            if (r == Frame.Rel.NONE) r = Frame.Rel.THIS;
            out.add(Frame.calendar(m.start(), m.end(), y, 9, null, null, r));
        }
        m = holiday.matcher(text);
        for (TextIndex.Regions rg = ix.regions(tHoliday); rg.find(m); ) {
            String h = normalizeSpaces(g(m, "h"));
            if (h.equals("noël")) {
                if (!g(m, "h").startsWith("N")) continue;
                if (NAME_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 3)).lookingAt()) continue;
                if (!HOLIDAY_CUE.matcher(left(text, m.start(), 20)).find()) continue;
            }
            String[] md = lex.get("holidays", h).split("-");
            Integer y = g(m, "year") == null ? null : parseInt(g(m, "year"));
            out.add(Frame.calendar(m.start(), m.end(), y, parseInt(md[0]), parseInt(md[1]), null, rel(g(m, "rel"))));
        }
    }

    private static final Pattern YEARS_CUE = Pattern.compile(
            "(?:^|[^\\p{L}])(?:pendant|durant|depuis|en|sur|dans|pour|après|avant|au\\s+bout\\s+de|plus\\s+de|moins\\s+de|près\\s+de|presque|environ|ces|les|des|quelque|bientôt|voilà|d'au\\s+moins|au\\s+moins|il\\s+y\\s+a|encore|toutes\\s+les|tous\\s+les)\\s*$");
    private static final Pattern CLOCK_BEFORE = Pattern.compile(
            "(?:^|[^\\p{L}])(?:à|vers|avant|après|dès|jusqu'à|environs\\s+de|alentours\\s+de|entre|aux\\s+environs\\s+de)\\s*$");
    private static final Pattern AND_HALF = Pattern.compile("\\s+et\\s+demie?(?![\\p{L}])");
    private static final Pattern OF_AFTER = Pattern.compile("\\s*(?:de\\b|d')");
    private static final Pattern MINUTES_AFTER = Pattern.compile("\\s+([0-5]\\d)(?![\\p{L}\\p{N}])");
    private static final Pattern PM_AFTER = Pattern.compile("\\s+(?:du\\s+soir|de\\s+l'après-midi|de\\s+l’après-midi)");
    private static final Pattern ORDINAL_SECONDE = Pattern.compile("\\s+(?!de\\b|d'|plus\\b|après\\b|avant\\b|et\\b|à\\b|pour\\b|ou\\b)\\p{L}");
    private static final Pattern YEARS_AND_MORE = Pattern.compile("\\s+et\\s+\\S+\\s+(?:mois|semaines|jours)\\b");
    private static final Pattern NOT_DURATION_AFTER = Pattern.compile(
            "^\\s+(?:de\\s+(?:prison|réclusion|détention|travaux|sursis|mariage|carrière|âge|ma|sa|son|leur)|ferme|avec\\s+sursis|et\\s+plus|révolus|d'âge|de\\s+moins|ou\\s+plus).*");

    private void durations(String text, TextIndex ix, List<Frame> out) {
        Matcher m = durationRx.matcher(text);
        for (TextIndex.Regions rg = ix.regions(tUnits); rg.find(m); ) {
            String q = quantity(g(m, "q"));
            String code = lex.get("units", g(m, "unit"));
            if (q == null || code == null) continue;
            if (!isLower(g(m, "unit"))) continue; // "les 24 Heures du Mans": a name
            String unitWord = g(m, "unit").toLowerCase();
            String after = right(text, m.end(), 24);
            if (code.equals("H") && isDigits(q) && Integer.parseInt(q) <= 24 && g(m, "approx") == null
                    && CLOCK_BEFORE.matcher(left(text, m.start(), 30)).find()
                    && !OF_AFTER.matcher(after).lookingAt()) { // "après quatre heures de discussions": a duration
                // "à 21 heures", "vers 8 heures 30": a clock time, not a duration
                Matcher mm = MINUTES_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 6));
                int end = m.end();
                int minutes = 0;
                if (mm.lookingAt()) {
                    minutes = Integer.parseInt(mm.group(1));
                    end = mm.end();
                }
                int h = Integer.parseInt(q);
                if (PM_AFTER.matcher(text).region(end, Math.min(text.length(), end + 24)).lookingAt() && h < 12) h += 12;
                out.add(Frame.calendar(m.start(), end, null, null, null, null, null).withTime(String.format("T%02d:%02d", h, minutes)));
                continue;
            }
            if (unitWord.equals("seconde") && (q.equals("1")) && ORDINAL_SECONDE.matcher(after).lookingAt()) continue; // "une seconde explosion"
            boolean approx = g(m, "approx") != null;
            String l = left(text, m.start(), 24);
            if (code.equals("Y") && !approx) {
                // "à 57 ans", "avait 24 ans", "30 ans de prison": ages and sentences, not spans of time
                if (!YEARS_CUE.matcher(l).find() && !YEARS_AND_MORE.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 30)).lookingAt()) continue;
                if (NOT_DURATION_AFTER.matcher(right(text, m.end(), 30)).matches()) continue;
            }
            if (unitWord.equals("jour") && q.equals("1") && !approx && !YEARS_CUE.matcher(l).find()) continue; // "un jour": someday
            Matcher half = AND_HALF.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 10));
            if (half.lookingAt() && isDigits(q) && !code.equals("MIN") && !code.equals("S")) {
                // "deux ans et demi": P2.5Y
                out.add(Frame.literal(m.start(), half.end(), "DURATION", duration(q + ".5", code)));
                continue;
            }
            if ((l.length() >= 2 && Character.isDigit(l.charAt(l.length() - 2)) && (l.endsWith(".") || l.endsWith(",")))) continue; // the tail of a longer number ("1.000 jours")
            out.add(Frame.literal(m.start(), m.end(), "DURATION", duration(q, code)));
        }
        m = vague.matcher(text);
        for (TextIndex.Regions rg = ix.regions(tUnits); rg.find(m); ) {
            if (g(m, "adj1") == null && g(m, "adj2") == null) continue;
            String code = lex.get("units", g(m, "unit"));
            if (code == null) continue;
            out.add(Frame.literal(m.start(), m.end(), "DURATION", duration("X", code)));
        }
    }

    private void others(String text, TextIndex ix, List<Frame> out) {
        Matcher m = clockRx.matcher(text);
        for (TextIndex.Regions rg = ix.regions(tClock); rg.find(m); ) {
            String cue = g(m, "cue") == null ? "" : g(m, "cue").toLowerCase();
            String raw = g(m, "time");
            boolean minutes = CLOCK_MINUTES.matcher(raw).find();
            if (DURATION_CUES.contains(cue)) {
                Matcher c = HOURS.matcher(raw);
                if (!c.find()) continue;
                String v = "PT" + Integer.parseInt(c.group(1)) + "H" + (c.group(2) == null || c.group(2).equals("00") ? "" : Integer.parseInt(c.group(2)) + "M");
                out.add(Frame.literal(m.start("time"), m.end("time"), "DURATION", v));
                continue;
            }
            if (cue.isEmpty() && !minutes) continue;
            if (raw.contains(":") && cue.isEmpty()) continue;
            String t = clock(raw, PM, UTC);
            if (t == null) continue;
            out.add(Frame.calendar(m.start("time"), m.end("time"), null, null, null, null, null).withTime(t));
        }
        m = noon.matcher(text);
        for (TextIndex.Regions rg = ix.regions(tNoon); rg.find(m); ) {
            String t = g(m, "t").equalsIgnoreCase("midi") ? "T12:00" : "T24:00";
            out.add(Frame.calendar(m.start("t"), m.end("t"), null, null, null, null, null).withTime(t));
        }
    }
}
