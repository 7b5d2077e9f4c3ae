package org.vigie.nlp.times;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spanish time expressions with the French and English design: dates ("el 3 de marzo de 2020",
 * "el lunes 3 de marzo", "el 3/3/2020"), months and years ("en marzo", "a finales de marzo",
 * "marzo de 2020", "en 2019", "el año 2019"), weekdays ("el lunes", "el próximo viernes", "el
 * pasado martes", "el martes pasado", "este lunes"), deictics ("hoy", "ayer por la tarde",
 * "mañana", "anteayer", "pasado mañana", "anoche", "esta mañana"), relative periods ("la semana
 * pasada", "el próximo año", "este mes"), offsets ("hace tres días", "dentro de dos meses"),
 * durations ("durante tres años", "desde hace dos años", "los últimos cinco años"), sets ("cada
 * lunes", "todos los días"), clock times ("a las 15.30", "a las 8 de la mañana") and anaphoric
 * offsets counted from the text's previous date ("al día siguiente", "un año después").
 *
 * <p>Extent: determiners in ("el lunes", "la semana pasada"), prepositions out ("en 2016" is
 * tagged "2016"), as in French. Homographs: "mañana" is tomorrow, but the morning after a
 * determiner ("la mañana", "esta mañana", "por la mañana", "cada mañana"); weekday and month
 * names are written in lower case, so "Domingo" or "Mayo" with a capital are names unless a
 * determiner or cue introduces them; a bare month needs a cue ("en marzo"); a year needs a cue
 * too (Spanish writes counts without a separator: "más de 2000 vidas"); ages ("de 47 años", "a
 * los 57 años") and sentences ("diez años de prisión") are no durations.
 */
final class SpanishRules extends Rules {

    private static final String LAST = "pasado|pasada|último|última";
    private static final String NEXT = "próximo|próxima|que\\s+viene|entrante";
    private static final String THIS = "este|esta";
    private static final String POD = "(?:por|de|en)\\s+la\\s+(?<pod>mañana|tarde|noche|madrugada)|al\\s+(?<pod2>mediodía)";

    private final Pattern date;
    private final Pattern dayList;
    private final Pattern numericDate;
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
    private final Pattern vaguePlural;
    private final Pattern anaphor;
    private final Pattern countedFrom;
    private final Pattern set;
    private final Pattern season;
    private final Pattern clockRx;
    private final Pattern quarter;

    SpanishRules(Lexicon lex) {
        super(lex);
        String month = lex.alternation("months");
        String weekday = lex.alternation("weekdays");
        String words = lex.alternation("numbers");
        String num = "(?:\\d{1,3}(?:[.,]\\d+)?|" + words + "(?:\\s+y\\s+" + words + ")?)";
        String units = lex.alternation("units");
        String hm = "(?<h>2[0-4]|[01]?\\d)(?:[.:](?<mi>[0-5]\\d))?";
        String clockTail = "(?:\\s*(?:h|horas|hs\\.?)" + B1 + ")?(?:\\s+(?:de\\s+la\\s+|del\\s+)(?<cpod>mañana|tarde|noche|madrugada|mediodía)" + B1 + ")?";
        String timeTail = "(?:,?\\s+(?:a|hacia|sobre|desde)\\s+las?\\s+(?<time>(?:2[0-4]|[01]?\\d)(?:[.:][0-5]\\d)?)(?:\\s*(?:h|horas|hs\\.?)" + B1 + ")?"
                + "(?:\\s+de\\s+la\\s+(?<tpod>mañana|tarde|noche|madrugada)" + B1 + ")?)?";

        date = compile(B0 + "(?:(?<det>el|este|ese)\\s+)?(?:(?<wd>" + weekday + ")\\s*,?\\s+)?(?<day>1º|1°|1ro|primero|[0-3]?\\d)\\s+de\\s+(?<month>" + month + ")" + B1
                + "(?:\\s+(?:de|del)\\s+(?<year>\\d{4})" + B1 + ")?(?:\\s+(?<rel>pasado|próximo)" + B1 + ")?" + timeTail);
        // "los días 3 y 4 de marzo", "del 3 al 5 de marzo": the first day takes the month of the second
        dayList = compile(B0 + "(?<day>1º|[0-3]?\\d)\\s*(?:,|y|o|al|a)\\s+(?=(?:el\\s+)?(?:1º|[0-3]?\\d)\\s+de\\s+(?:" + month + ")" + B1 + ")");
        numericDate = compile(B0 + "(?:(?<det>el)\\s+)?(?<!\\d[.,/])(?<d>[0-3]?\\d)(?<sep>[/.-])(?<m>[01]?\\d)\\k<sep>(?<y>\\d{4}|\\d{2})" + B1 + "(?![/.,]\\d)" + timeTail);
        isoDate = compile(B0 + "(?<y>\\d{4})-(?<m>[01]\\d)-(?<d>[0-3]\\d)" + B1);
        weekdayRx = compile(B0 + "(?:(?<det>el|este|ese|aquel)\\s+)?(?:(?<rel>pasado|próximo|último)\\s+)?(?<wd>" + weekday + ")" + B1
                + "(?:\\s+(?<rel2>pasado|próximo|que\\s+viene)" + B1 + ")?(?:\\s+(?:" + POD + ")" + B1 + ")?" + timeTail);
        weekdaySet = compile(B0 + "(?:todos\\s+)?los\\s+(?<wd>lunes|martes|miércoles|miercoles|jueves|viernes|sábados|sabados|domingos)" + B1);
        monthRx = compile(B0 + "(?:(?<mod>(?:a\\s+)?(?:principios|comienzos|inicios|finales|fines|mediados)\\s+de)\\s+)?(?:(?<det>este|el\\s+pasado|el\\s+próximo)\\s+)?(?<month>" + month + ")" + B1
                + "(?:\\s+(?:de|del)\\s+(?<year>\\d{4})" + B1 + ")?(?:\\s+(?<rel>pasado|próximo)" + B1 + ")?");
        yearRx = compile(B0 + "(?<!\\d[.,]\\s?)(?<pre>(?:(?:a\\s+)?(?:principios|comienzos|inicios|finales|fines|mediados)\\s+de(?:l\\s+año)?\\s+)|(?:el\\s+)?año\\s+)?(?<year>1[5-9]\\d\\d|20\\d\\d)" + B1);
        yearRange = compile(B0 + "(?<y1>1[5-9]\\d\\d|20\\d\\d)\\s*[-–/]\\s*(?<y2>1[5-9]\\d\\d|20\\d\\d|\\d\\d)" + B1 + "(?![-–/.,]\\d)");
        decade = compile(B0 + "(?:(?:los|la)\\s+)?(?:años\\s+(?<dec>(?:19|20)?\\d0)|década\\s+de(?:\\s+los)?\\s+(?<dec2>(?:19|20)?\\d0))(?:['’]?s)?" + B1);
        century = compile(B0 + "(?:(?:a\\s+)?(?<mod>(?:finales|fines|principios|comienzos|mediados)\\s+del)\\s+|el\\s+)?siglo\\s+(?<c>(?-i:[XVI]{1,5}))" + B1);
        quarter = compile(B0 + "(?:el\\s+)?(?<n>primer|segundo|tercer|cuarto|último)\\s+trimestre\\s+(?:de|del)\\s+(?<year>\\d{4})" + B1);
        deictic = compile(B0 + "(?<w>pasado\\s+mañana|antes\\s+de\\s+ayer|anteayer|antier|anoche|hoy|ayer|mañana|esta\\s+mañana|esta\\s+tarde|esta\\s+noche|esta\\s+madrugada)" + B1
                + "(?:\\s+(?:" + POD + ")" + B1 + ")?" + timeTail);
        relUnit = compile(B0 + "(?:(?<det>el|la|este|esta)\\s+)?(?:(?<rel1>" + LAST + "|" + NEXT + ")\\s+)?(?<unit>semana|mes|año|fin\\s+de\\s+semana|trimestre|semestre|década)" + B1
                + "(?:\\s+(?<rel2>" + LAST + "|" + NEXT + ")" + B1 + ")?");
        partOf = compile(B0 + "(?:(?:a\\s+)?(?:principios|comienzos|inicios|finales|fines|mediados)|el\\s+resto|lo\\s+que\\s+queda)\\s+(?:de|del)\\s+(?:(?<det>este|esta|la|el)\\s+)?(?:(?<rel1>" + LAST + "|" + NEXT + ")\\s+)?(?<unit>año|mes|semana)" + B1
                + "(?:\\s+(?<rel2>" + LAST + "|" + NEXT + ")" + B1 + ")?");
        agoIn = compile(B0 + "(?<desde>desde\\s+)?(?<dir>hace|dentro\\s+de)\\s+(?:(?:unos|unas|casi|más\\s+de|menos\\s+de|cerca\\s+de|apenas)\\s+)?(?<q>" + num + ")\\s+(?<unit>" + units + ")" + B1);
        spanOfN = compile(B0 + "(?:(?<det>los|las)\\s+)?(?:últimos|últimas|próximos|próximas|pasados|pasadas)\\s+(?:(?<q>" + num + ")\\s+)?(?<unit>días|semanas|meses|años|décadas|horas|siglos)" + B1);
        durationRx = compile(B0 + "(?<approx>(?:casi|cerca\\s+de|unos|unas|más\\s+de|menos\\s+de|apenas|al\\s+menos|por\\s+lo\\s+menos)\\s+)?(?<q>" + num + ")\\s+(?<unit>" + units + ")" + B1);
        vaguePlural = compile(B0 + "(?:durante|desde\\s+hace|hace|por|tras|en)\\s+(?<unit>días|semanas|meses|años|décadas|horas|siglos)" + B1);
        anaphor = compile(B0 + "(?:(?<det>el|al)\\s+)(?<unit>día|año|mes)\\s+(?<rel>siguiente|anterior|previo)" + B1
                + "|" + B0 + "(?<det2>la)\\s+(?<unit2>semana)\\s+(?<rel2>siguiente|anterior|previa)" + B1);
        countedFrom = compile(B0 + "(?<q>" + num + ")\\s+(?<unit>" + units + ")\\s+(?<dir>después|más\\s+tarde|antes|atrás)" + B1);
        set = compile(B0 + "(?:cada|todos\\s+los|todas\\s+las)\\s+(?:(?<wd>" + weekday + ")|(?<unit>día|días|semana|semanas|mes|meses|año|años|mañana|mañanas|noche|noches|fin\\s+de\\s+semana|fines\\s+de\\s+semana))" + B1);
        season = compile(B0 + "(?:(?<det>el|la|este|esta|en)\\s+)?(?:(?<rel1>pasado|pasada|próximo|próxima)\\s+)?(?<s>(?-i:primavera|verano|otoño|invierno))" + B1
                + "(?:\\s+(?:de|del)\\s+(?<year>\\d{4})" + B1 + "|\\s+(?<rel2>pasado|pasada|próximo|próxima)" + B1 + ")?");
        clockRx = compile(B0 + "(?:(?<cue>a|hacia|sobre|desde|hasta|entre)\\s+)?(?<det>las?)\\s+(?<time>" + hm + clockTail + ")");

        // each rule's regex runs only around the words it needs (TextIndex), as the French rules do
        java.util.Set<String> months = triggers(lex.set("months"));
        java.util.Set<String> unitWords = triggers(lex.set("units"));
        java.util.Set<String> days = new java.util.HashSet<>(triggers(lex.set("weekdays")));
        days.addAll(java.util.Set.of("sábados", "sabados", "domingos"));
        trigger(months, date, dayList, monthRx);
        trigger(java.util.Set.of("#numdate"), numericDate, isoDate);
        trigger(days, weekdayRx, weekdaySet);
        trigger(java.util.Set.of("cada", "todos", "todas"), set);
        trigger(java.util.Set.of("#year"), yearRx, yearRange);
        trigger(java.util.Set.of("años", "década"), decade);
        trigger(java.util.Set.of("siglo"), century);
        trigger(java.util.Set.of("trimestre"), quarter);
        trigger(java.util.Set.of("hoy", "ayer", "mañana", "anteayer", "antier", "anoche", "tarde", "noche", "madrugada"), deictic);
        trigger(java.util.Set.of("semana", "mes", "año", "trimestre", "semestre", "década"), relUnit, partOf);
        trigger(unitWords, agoIn, durationRx, countedFrom, spanOfN, vaguePlural);
        trigger(java.util.Set.of("día", "año", "mes", "semana"), anaphor);
        trigger(triggers(lex.set("seasons")), season);
        trigger(java.util.Set.of("las", "la"), clockRx);
    }

    private static Frame.Rel rel(String r) {
        if (r == null) return Frame.Rel.NONE;
        String s = normalizeSpaces(r);
        if (s.matches(".*(?:" + LAST + ")")) return Frame.Rel.LAST;
        if (s.matches(".*(?:" + NEXT + ")")) return Frame.Rel.NEXT;
        if (s.matches(THIS)) return Frame.Rel.THIS;
        return Frame.Rel.NONE;
    }

    private String pod(Matcher m) {
        String p = g(m, "pod") != null ? g(m, "pod") : g(m, "pod2");
        return p == null ? null : lex.get("parts-of-day", p.toLowerCase());
    }

    private static final Pattern TAIL_CLOCK = Pattern.compile("(2[0-4]|[01]?\\d)(?:[.:]([0-5]\\d))?");

    private static String timeTail(Matcher m) {
        String t = g(m, "time");
        if (t == null) return null;
        Matcher c = TAIL_CLOCK.matcher(t);
        if (!c.find()) return null;
        int h = Integer.parseInt(c.group(1));
        String pod = g(m, "tpod") == null ? "" : g(m, "tpod").toLowerCase();
        if (h < 12 && (pod.equals("tarde") || (pod.equals("noche") && h >= 7))) h += 12;
        return String.format("T%02d:%02d", h, c.group(2) == null ? 0 : Integer.parseInt(c.group(2)));
    }

    private static final Pattern MONTH_CUE = Pattern.compile(
            "(?:^|[^\\p{L}])(?:en|de|desde|hasta|para|antes\\s+de|después\\s+de|entre|a\\s+partir\\s+de|mes\\s+de|y|o|a|al)\\s*$");
    private static final Pattern YEAR_CUE = Pattern.compile(
            "(?:^|[^\\p{L}])(?:en|desde|hasta|antes\\s+de|después\\s+de|tras|para|entre|hacia|durante|a\\s+partir\\s+de|año|temporada|ejercicio|verano|invierno|otoño|primavera|y|o|a|de|del|\\()\\s*$");
    private static final Pattern WEAK_CUE = Pattern.compile("(?:^|[^\\p{L}])(?:y|o|a|de|del)\\s*$");
    private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)(?:1[5-9]\\d\\d|20\\d\\d)(?!\\d)");
    private static final Pattern YEAR_AFTER = Pattern.compile("\\s*(?:y|a|al|-|–|hasta)\\s*(?:1[5-9]\\d\\d|20\\d\\d)");
    private static final Pattern MEASURE_AFTER = Pattern.compile("\\s*(?:%|€|\\$|[.,]\\d|\\d)");
    /** Words before "mañana" that make it a noun, the morning. */
    private static final Pattern MORNING_BEFORE = Pattern.compile(
            "(?:^|[^\\p{L}])(?:la|una|esa|esta|aquella|cada|toda|buena|media|misma|sus?)\\s*$");
    private static final Pattern YEARS_CUE = Pattern.compile(
            "(?:^|[^\\p{L}])(?:durante|desde|hace|en|por|tras|después\\s+de|antes\\s+de|más\\s+de|menos\\s+de|casi|cerca\\s+de|unos|unas|al\\s+menos|lleva|llevan|llevaba|llevaban|los|las|otros|otras|a\\s+lo\\s+largo\\s+de|apenas|últimos|próximos|cumple|cumplió|tardó|tardará|dentro\\s+de|plazo\\s+de|período\\s+de|periodo\\s+de)\\s*$");
    private static final Pattern NOT_DURATION_AFTER = Pattern.compile(
            "\\s+(?:de\\s+(?:prisión|cárcel|condena|reclusión|edad|vida)|y\\s+\\d+\\s+meses\\s+de\\s+prisión|de\\s+años).*", Pattern.DOTALL);
    private static final Pattern AGE_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:a\\s+los|a\\s+sus|de\\s+sus|tiene|tenía|tenga|cumplir|con)\\s*$");
    /** "un hombre de 47 años" is an age; "más de 10 años", "a lo largo de 15 años" are spans. */
    private static final Pattern DE_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(\\p{L}+)\\s+de\\s*$");
    private static final java.util.Set<String> SPAN_BEFORE_DE = java.util.Set.of("más", "menos", "cerca", "después", "antes",
            "largo", "plazo", "período", "periodo", "espacio", "lapso", "alrededor", "través", "dentro", "partir");
    private static final Pattern CLOCK_AFTER = Pattern.compile(
            "(?s)(?:\\s*[^\\p{L}\\s].*|\\s*|\\s+(?:y|de|del|en|cuando|hasta|hora|horas|a|se|el|la|los|las|para|según|por)(?![\\p{L}]).*)");
    private static final Pattern ORDINAL_SEGUNDO = Pattern.compile("\\s+(?!de\\b|más\\b|después\\b|antes\\b|y\\b|a\\b|para\\b|o\\b|en\\b)\\p{L}");

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
            String cue = g(m, "cue");
            String cpod = g(m, "cpod");
            boolean marked = g(m, "mi") != null || cpod != null || m.group("time").matches("(?s).*\\d\\s*(?:h|horas|hs\\.?)$");
            if (cue == null && !marked) continue; // "las 20": a count unless a clock says so
            if (!marked && !CLOCK_AFTER.matcher(right(text, m.end(), 16)).matches()) continue; // "a las 20 personas"
            int h = parseInt(g(m, "h"));
            int mi = g(m, "mi") == null ? 0 : parseInt(g(m, "mi"));
            if (cpod != null && h < 12 && (cpod.equalsIgnoreCase("tarde") || (cpod.equalsIgnoreCase("noche") && h >= 7))) h += 12;
            if (h > 24) continue;
            // "las 8": the article is part of the hour as the determiner of a date is
            out.add(Frame.calendar(m.start("det"), m.end(), null, null, null, null, null).withTime(String.format("T%02d:%02d", h, mi)));
        }
    }

    private Integer day(String s) {
        String d = s.toLowerCase();
        if (d.startsWith("1º") || d.startsWith("1°") || d.startsWith("1ro") || d.equals("primero")) return 1;
        int v = parseInt(d);
        return v >= 1 && v <= 31 ? v : null;
    }

    private void dates(String text, TextIndex ix, List<Frame> out) {
        Matcher m = date.matcher(text);
        for (TextIndex.Regions rg = regions(ix, date); rg.find(m); ) {
            Integer mo = lookupInt("months", g(m, "month"));
            Integer d = day(g(m, "day"));
            if (mo == null || d == null) continue;
            Integer y = g(m, "year") == null ? null : parseInt(g(m, "year"));
            int end = m.end();
            if (y != null && !plausibleYear(y)) {
                y = null;
                end = m.end("month");
            }
            Integer wd = g(m, "wd") == null ? null : lookupInt("weekdays", g(m, "wd"));
            Frame.Rel r = rel(g(m, "rel"));
            if (r == Frame.Rel.NONE && g(m, "det") != null && g(m, "det").equalsIgnoreCase("este")) r = Frame.Rel.THIS;
            String t = end == m.end() ? timeTail(m) : null;
            out.add(Frame.calendar(m.start(), end, y, mo, d, wd, r).withTime(t));
        }
        m = dayList.matcher(text);
        for (TextIndex.Regions rg = regions(ix, dayList); rg.find(m); ) {
            Integer d = day(g(m, "day"));
            if (d != null) out.add(Frame.calendar(m.start(), m.end("day"), null, null, d, null, null));
        }
        for (Pattern p : List.of(numericDate, isoDate)) {
            m = p.matcher(text);
            for (TextIndex.Regions rg = regions(ix, p); rg.find(m); ) {
                int d = parseInt(g(m, "d"));
                int mo = parseInt(g(m, "m"));
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
            // weekdays are written in lower case: "Domingo" alone is a name
            if (!isLower(g(m, "wd")) && g(m, "det") == null && g(m, "rel") == null) continue;
            // "los lunes" is every Monday (weekdaySet); "el último lunes" of a month is no reading
            if (left(text, m.start(), 4).matches("(?s).*\\blos\\s+$")) continue;
            if ("último".equalsIgnoreCase(g(m, "rel"))) continue;
            Frame.Rel r = rel(g(m, "rel") != null ? g(m, "rel") : g(m, "rel2"));
            if (r == Frame.Rel.NONE && g(m, "det") != null && g(m, "det").toLowerCase().startsWith("este")) r = Frame.Rel.THIS;
            String t = timeTail(m);
            if (t == null) t = pod(m);
            out.add(Frame.calendar(m.start(), m.end(), null, null, null, wd, r).withTime(t));
        }
        m = weekdaySet.matcher(text);
        for (TextIndex.Regions rg = regions(ix, weekdaySet); rg.find(m); ) {
            if (!isLower(g(m, "wd"))) continue;
            String w = g(m, "wd").toLowerCase();
            Integer wd = lookupInt("weekdays", w);
            if (wd == null) wd = lookupInt("weekdays", w.substring(0, w.length() - 1)); // "los domingos"
            if (wd != null) out.add(Frame.literal(m.start(), m.end(), "SET", "XXXX-WXX-" + wd));
        }
        m = set.matcher(text);
        for (TextIndex.Regions rg = regions(ix, set); rg.find(m); ) {
            if (g(m, "wd") != null) {
                out.add(Frame.literal(m.start(), m.end(), "SET", "XXXX-WXX-" + lookupInt("weekdays", g(m, "wd"))));
                continue;
            }
            String u = normalizeSpaces(g(m, "unit"));
            String v = u.startsWith("mañana") ? "XXXX-XX-XXTMO" : u.startsWith("noche") ? "XXXX-XX-XXTNI"
                    : u.startsWith("fin") ? "XXXX-WXX-WE" : duration("1", lex.get("units", u));
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
            boolean lower = isLower(g(m, "month"));
            boolean cued = g(m, "mod") != null || g(m, "rel") != null || g(m, "det") != null
                    || MONTH_CUE.matcher(left(text, m.start(), 24)).find();
            // a bare month needs a cue and lower case: "Mayo" is a surname
            if (y == null && !(cued && lower)) continue;
            int start = m.start();
            if (g(m, "mod") != null && g(m, "mod").toLowerCase().startsWith("a ")) start = m.start("mod") + 2;
            String det = g(m, "det") == null ? "" : normalizeSpaces(g(m, "det"));
            Frame.Rel r = rel(g(m, "rel") != null ? g(m, "rel") : det.contains("pasado") ? "pasado" : det.contains("próximo") ? "próximo" : null);
            if (r == Frame.Rel.NONE && det.equals("este")) r = Frame.Rel.THIS;
            out.add(Frame.calendar(start, end, y, mo, null, null, r));
        }
        m = season.matcher(text);
        for (TextIndex.Regions rg = regions(ix, season); rg.find(m); ) {
            String det = g(m, "det");
            if (det == null && g(m, "rel1") == null && g(m, "year") == null) continue; // "Primavera" alone, a name
            Integer y = g(m, "year") == null ? null : parseInt(g(m, "year"));
            Frame.Rel r = rel(g(m, "rel1") != null ? g(m, "rel1") : g(m, "rel2"));
            if (r == Frame.Rel.NONE && det != null && det.toLowerCase().startsWith("est")) r = Frame.Rel.THIS;
            int start = det != null && det.equalsIgnoreCase("en") ? m.start("det") + 3 : m.start();
            start = skipSpaces(text, start);
            out.add(Frame.calendar(start, m.end(), y, null, null, null, r).withSeason(lex.get("seasons", g(m, "s").toLowerCase())));
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
            int start = m.start();
            if (g(m, "pre") == null) {
                // Spanish writes counts of a thousand and more without a separator ("más de 2000 vidas"): a year needs a cue
                String l = left(text, m.start(), 30);
                if (!YEAR_CUE.matcher(l).find()) continue;
                if (WEAK_CUE.matcher(l).find() && !ANY_YEAR.matcher(l).find() && !YEAR_AFTER.matcher(after).lookingAt()
                        && !l.matches("(?s).*(?:" + lex.alternation("months") + ")\\s+(?:de|del)\\s*$")) continue;
            } else if (g(m, "pre").toLowerCase().startsWith("a ")) {
                start += 2;
            }
            out.add(Frame.calendar(start, m.end(), parseInt(g(m, "year")), null, null, null, null));
        }
        m = decade.matcher(text);
        for (TextIndex.Regions rg = regions(ix, decade); rg.find(m); ) {
            String d = g(m, "dec") != null ? g(m, "dec") : g(m, "dec2");
            out.add(Frame.literal(m.start(), m.end(), "DATE", d.length() == 4 ? d.substring(0, 3) : "19" + d.charAt(0)));
        }
        m = century.matcher(text);
        for (TextIndex.Regions rg = regions(ix, century); rg.find(m); ) {
            int n = FrenchRules.roman(g(m, "c"));
            int start = g(m, "mod") != null ? m.start("mod") : m.start(); // "a finales del siglo XX": the preposition stays out
            if (n >= 1 && n <= 21) out.add(Frame.literal(start, m.end(), "DATE", String.format("%02d", n - 1)));
        }
        m = quarter.matcher(text);
        for (TextIndex.Regions rg = regions(ix, quarter); rg.find(m); ) {
            String w = g(m, "n").toLowerCase();
            int q = w.equals("primer") ? 1 : w.equals("segundo") ? 2 : w.equals("tercer") ? 3 : 4;
            out.add(Frame.literal(m.start(), m.end(), "DATE", g(m, "year") + "-Q" + q));
        }
    }

    private void relatives(String text, TextIndex ix, List<Frame> out) {
        Matcher m = deictic.matcher(text);
        for (TextIndex.Regions rg = regions(ix, deictic); rg.find(m); ) {
            String w = normalizeSpaces(g(m, "w"));
            if (w.equals("mañana")) {
                // "la mañana", "por la mañana", "cada mañana": the morning, not tomorrow
                if (MORNING_BEFORE.matcher(left(text, m.start(), 12)).find()) continue;
            }
            if (w.equals("hoy") && right(text, m.end(), 8).matches("(?s)\\s+en\\s+día.*")) continue; // "hoy en día": nowadays
            Frame f = switch (w) {
                case "pasado mañana" -> Frame.offset(m.start(), m.end(), "D", 2, null);
                case "antes de ayer", "anteayer", "antier" -> Frame.offset(m.start(), m.end(), "D", -2, null);
                case "ayer" -> Frame.offset(m.start(), m.end(), "D", -1, null);
                case "anoche" -> Frame.offset(m.start(), m.end(), "D", -1, null).withTime("TNI");
                case "mañana" -> Frame.offset(m.start(), m.end(), "D", 1, null);
                case "esta mañana" -> Frame.offset(m.start(), m.end(), "D", 0, null).withTime("TMO");
                case "esta tarde" -> Frame.offset(m.start(), m.end(), "D", 0, null).withTime("TAF");
                case "esta noche" -> Frame.offset(m.start(), m.end(), "D", 0, null).withTime("TNI");
                case "esta madrugada" -> Frame.offset(m.start(), m.end(), "D", 0, null).withTime("TNI");
                default -> Frame.offset(m.start(), m.end(), "D", 0, null);
            };
            String t = timeTail(m);
            if (t == null) t = pod(m);
            out.add(f.withTime(t));
        }
        for (Pattern p : List.of(relUnit, partOf)) {
            m = p.matcher(text);
            for (TextIndex.Regions rg = regions(ix, p); rg.find(m); ) {
                String u = normalizeSpaces(g(m, "unit"));
                String det = g(m, "det") == null ? "" : g(m, "det").toLowerCase();
                Frame.Rel r = rel(g(m, "rel1") != null ? g(m, "rel1") : g(m, "rel2"));
                if (g(m, "rel1") != null && g(m, "rel1").toLowerCase().startsWith("últim")) continue; // "el último año": the past twelve months, no reading
                if (g(m, "rel2") != null && g(m, "rel2").toLowerCase().startsWith("últim")) continue;
                if (r == Frame.Rel.NONE && det.startsWith("est")) r = Frame.Rel.THIS;
                if (r == Frame.Rel.NONE && p == relUnit) continue; // "el año", "la semana": no reading alone
                if (r == Frame.Rel.NONE) r = Frame.Rel.THIS; // "a finales de año"
                String code = u.startsWith("fin") ? "WE" : lex.get("units", u);
                int n = r == Frame.Rel.LAST ? -1 : r == Frame.Rel.NEXT ? 1 : 0;
                int start = p == partOf && text.regionMatches(true, m.start(), "a ", 0, 2) ? m.start() + 2 : m.start();
                out.add(Frame.offset(start, m.end(), code, n, r));
            }
        }
        m = agoIn.matcher(text);
        for (TextIndex.Regions rg = regions(ix, agoIn); rg.find(m); ) {
            if (g(m, "desde") != null) continue; // "desde hace dos años": a duration (durations)
            String q = quantity(g(m, "q"));
            String code = lex.get("units", g(m, "unit"));
            if (q == null || code == null) continue;
            boolean past = g(m, "dir").equalsIgnoreCase("hace");
            Integer n = isDigits(q) ? Integer.valueOf(q) : null;
            if (n == null && !q.equals("X")) continue;
            String unit = code.equals("DE") || code.equals("CE") ? "Y" : code;
            if (n != null && code.equals("DE")) n *= 10;
            if (n != null && code.equals("CE")) n *= 100;
            out.add(Frame.offset(m.start(), m.end(), unit, n == null ? null : past ? -n : n, past ? Frame.Rel.LAST : Frame.Rel.NEXT));
        }
        m = anaphor.matcher(text);
        for (TextIndex.Regions rg = regions(ix, anaphor); rg.find(m); ) {
            String u = g(m, "unit") != null ? g(m, "unit") : g(m, "unit2");
            String r = g(m, "rel") != null ? g(m, "rel") : g(m, "rel2");
            int n = r.toLowerCase().startsWith("siguiente") ? 1 : -1;
            int start = "al".equalsIgnoreCase(g(m, "det")) ? m.start("unit") : m.start(); // "al" = a + el: the preposition stays out
            out.add(Frame.offset(start, m.end(), lex.get("units", u.toLowerCase()), n, Frame.Rel.ANAPHORIC));
        }
        m = countedFrom.matcher(text);
        for (TextIndex.Regions rg = regions(ix, countedFrom); rg.find(m); ) {
            String q = quantity(g(m, "q"));
            String code = lex.get("units", g(m, "unit").toLowerCase());
            if (q == null || code == null) continue;
            boolean earlier = g(m, "dir").toLowerCase().matches("antes|atrás");
            if (!isDigits(q)) {
                out.add(Frame.offset(m.start(), m.end(), code, null, earlier ? Frame.Rel.LAST : Frame.Rel.NEXT));
                continue;
            }
            int n = Integer.parseInt(q);
            out.add(Frame.offset(m.start(), m.end(), code, earlier ? -n : n, Frame.Rel.ANAPHORIC));
        }
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
            if (q == null || code == null) continue;
            String unitWord = g(m, "unit").toLowerCase();
            String l = left(text, m.start(), 24);
            if (l.matches("(?s).*\\d[.,]?\\s*$")) continue; // the tail of a longer number ("40.000 años")
            String after = right(text, m.end(), 30);
            if (unitWord.equals("segundo") && ORDINAL_SEGUNDO.matcher(after).lookingAt()) continue; // "un segundo mandato"
            if (unitWord.equals("mañana") || unitWord.equals("tarde")) continue;
            if (code.equals("Y") && g(m, "approx") == null) {
                // "de 47 años", "a los 57 años", "diez años de prisión": ages and sentences
                if (NOT_DURATION_AFTER.matcher(after).matches()) continue;
                if (AGE_BEFORE.matcher(l).find()) continue;
                Matcher de = DE_BEFORE.matcher(l);
                if (de.find() && !SPAN_BEFORE_DE.contains(de.group(1))) continue;
                if (!YEARS_CUE.matcher(l).find() && !right(text, m.end(), 14).matches("(?s)\\s+(?:después|antes|más\\s+tarde|atrás).*")) continue;
            }
            if (code.equals("D") && q.equals("1") && g(m, "approx") == null && !YEARS_CUE.matcher(l).find()) continue; // "un día": someday
            out.add(Frame.literal(m.start(), m.end(), "DURATION", duration(q, code)));
        }
        m = vaguePlural.matcher(text);
        for (TextIndex.Regions rg = regions(ix, vaguePlural); rg.find(m); ) {
            String code = lex.get("units", g(m, "unit").toLowerCase());
            if (code != null) out.add(Frame.literal(m.start("unit"), m.end(), "DURATION", duration("X", code)));
        }
    }
}
