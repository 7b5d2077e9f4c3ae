package org.vigie.bench.signals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.bench.BenchFiles;
import org.vigie.core.model.Article;
import org.vigie.core.model.Signal;
import org.vigie.nlp.signals.support.HeadlineContradictionStage;

/**
 * How often {@code headline-contradicts-body} fires on wire copy (OrangeSum: title, lead as
 * standfirst, body), and the firings themselves, headline evidence against body evidence, for a
 * human to judge precision (wire copy rarely contradicts its own headline: most firings on it are
 * false alarms, so the rate is an upper bound of the false-alarm rate). Also prints throughput.
 *
 * <p>Then a recall estimate on synthetic contradictions made from the same articles: a headline
 * figure the body restates ("19 morts" with "19 morts" in the lead) is changed (×1.5, ×2 under 10)
 * so that the body now contradicts it, and a headline direction word is swapped ("hausse" for
 * "baisse"; headlines with a movement are few, so the standfirst's first sentence with one is
 * edited too, counted apart); it prints how many of those the stage catches, the first misses, and a table of the
 * rules that dropped the misses ({@link HeadlineContradictionStage#dropped}).
 *
 * <p>The edits must make real contradictions, so these are left out of the denominator (and
 * counted by rule): a headline figure the body does not restate (same digits, same next word);
 * years and numbers glued to a word ("COP26", "Covid-19"), numbers followed by no counted thing
 * ("Acte 29 des gilets jaunes", "perd 8 points"); a headline figure under an upper bound
 * ("jusqu'à 135 euros" raised still holds the body's 135); a body restatement under a lower bound
 * ("au moins 35 morts" holds 53 as well); a new value the body itself states; a headline or
 * standfirst sentence with two movements ("Macron en baisse, celle de Philippe en hausse": the
 * body states both, and a swap of one is about another subject than the quantity's); a denied,
 * wished or quoted movement ("pas de hausse", "prône une hausse", "« hausse des salaires »");
 * a movement word more than seven words from the quantity or in another clause ("popularité à
 * 34 %, Philippe recule"). A noun is swapped for a noun ("une chute" becomes "une hausse", not
 * "une grimpe").
 *
 * <p>{@code --skip N} starts after the first N articles: a slice the rules were not tuned on.
 *
 * <pre>args: [--data jsonl.gz, default ../shared/corpora/orangesum/orangesum_parsed.jsonl.gz] [--n 5000] [--skip 0] [--show 30] [--misses 10] [--leads CHARS: print that much of each miss's lead]</pre>
 */
public final class ContradictionRate {

    private static final String USAGE = "ContradictionRate [--data FILE] [--n N] [--skip N] [--show K] [--misses K] [--leads CHARS]";
    /** A headline count: digits (no separators, not glued to a word: "COP26", "Covid-19"), a space, a lower-case word. */
    private static final Pattern COUNT = Pattern.compile("(?<![\\p{L}\\d.,\\-])(\\d{1,6})(?![\\d.,])( [a-zéèàç]{3,})");
    /** A word after a number that is no counted thing: a rank or a name ("numéro 4 des", "France 2 des"), points of a score. */
    private static final Pattern NOT_A_THING = Pattern.compile("des|du|de|les|aux|pour|sur|dans|par|avec|sans|et|ou|qui|que|points?");
    /** Before a headline figure: an upper bound, which a raised figure keeps satisfying. */
    private static final Pattern UPPER_BOUND = Pattern.compile("(?i)(jusqu['’]à|moins de|au plus|au maximum|up to|less than)\\s*$");
    /** Before a body figure: a lower bound, which a raised headline figure keeps satisfying. */
    private static final Pattern LOWER_BOUND = Pattern.compile("(?i)(au moins|plus de|pas moins de|au minimum|au bas mot|over|more than|at least)\\s*$");
    /** Any movement word (more forms than the swapped ones), to tell a headline with two movements. */
    private static final Pattern MOVEMENT = Pattern.compile("(?i)(?<![\\p{L}'’])(hausse|baisse|augment\\p{L}*|diminu\\p{L}*|progress\\p{L}*|"
            + "recul\\p{L}*|bond\\p{L}*|chut\\p{L}*|grimp\\p{L}*|flamb\\p{L}*|s'envol\\p{L}*|envolée|s'effondr\\p{L}*|explos\\p{L}*|"
            + "remont\\p{L}*|dégringol\\p{L}*|baiss\\p{L}*|repli\\p{L}*|plong\\p{L}*|rebond\\p{L}*)(?!\\p{L})");
    /** A movement wished, demanded or planned, not stated. */
    private static final Pattern INTENT = Pattern.compile("(?i)\\b(prône\\p{L}*|veu\\p{L}*|réclam\\p{L}*|demand\\p{L}*|exig\\p{L}*|propos\\p{L}*|"
            + "pour une|contre la|contre une|souhait\\p{L}*|promet\\p{L}*|devrai\\p{L}*|pourrai\\p{L}*|vers une)\\b[^,;.]*$");
    /** An open quotation before the word. */
    private static final Pattern QUOTES = Pattern.compile("([«“\"])[^»”\"]*$");
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?i)\\b(une|la|sa|leur|cette|en|de|d'|forte|nette|importante|légère)\\s+$");
    /** Swaps of the words that are nouns too, used after an article ("une chute", "en hausse"). */
    private static final Map<String, String> NOUN_SWAP = Map.of("hausse", "baisse", "baisse", "hausse", "recul", "hausse",
            "chute", "hausse");
    private static final Pattern SENTENCE = Pattern.compile("[^.!?]+[.!?]*");
    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(pas|ne|n['’]|sans|non|aucune?|ni)\\b[^,;:]*$");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;()«»\"]|\\b(et|mais|alors que|tandis que|qui|que)\\b");
    /** Words after a number that make it a date, a duration or an age: not made into a contradiction. */
    private static final Pattern NOT_COUNTS = Pattern.compile("ans?|années?|mois|semaines?|jours?|heures?|minutes?|fois|"
            + "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre");
    /** Headlines about a measured quantity, where a swapped direction word makes a contradiction. */
    private static final Pattern QUANTITY = Pattern.compile("(?i)\\b(chômage|prix|inflation|ventes|popularité|consommation|"
            + "délinquance|mortalité|natalité|naissances|production|croissance|bourse|salaires|loyers|immatriculations|"
            + "exportations|importations|dette|déficit|bénéfices?|fréquentation|audiences?)\\b");
    /** A direction word and its swap (one case per headline: the headline's first such word). */
    private static final Map<String, String> SWAP = Map.ofEntries(Map.entry("hausse", "baisse"), Map.entry("baisse", "hausse"),
            Map.entry("augmente", "diminue"), Map.entry("diminue", "augmente"), Map.entry("progresse", "recule"),
            Map.entry("recule", "progresse"), Map.entry("bondit", "chute"), Map.entry("grimpe", "chute"), Map.entry("flambe", "chute"),
            Map.entry("chute", "grimpe"), Map.entry("s'envole", "s'effondre"), Map.entry("explose", "s'effondre"),
            Map.entry("s'effondre", "s'envole"), Map.entry("remonte", "recule"), Map.entry("recul", "hausse"),
            Map.entry("dégringole", "grimpe"));
    private static final Pattern DIRECTION = Pattern.compile("(?i)(?<![\\p{L}'’])(" + String.join("|", SWAP.keySet()) + ")(?!\\p{L})");

    public static void main(String[] args) throws Exception {
        Map<String, String> o = BenchFiles.options(args, USAGE);
        Path data = BenchFiles.orangesum(o.get("data"));
        int n = Integer.parseInt(o.getOrDefault("n", "5000"));
        int show = Integer.parseInt(o.getOrDefault("show", "30"));
        int skip = Integer.parseInt(o.getOrDefault("skip", "0"));
        List<Article> articles = BenchFiles.orangesumRead(data, skip, n);
        HeadlineContradictionStage stage = new HeadlineContradictionStage();
        for (int i = 0; i < Math.min(200, articles.size()); i++) stage.process(articles.get(i)); // warm-up
        int fired = 0;
        int signals = 0;
        int shown = 0;
        Map<String, Integer> byRule = new TreeMap<>();
        long t0 = System.nanoTime();
        StringBuilder examples = new StringBuilder();
        for (Article a : articles) {
            List<Signal> s = stage.process(a).signals();
            if (s.isEmpty()) continue;
            fired++;
            signals += s.size();
            for (Signal x : s) {
                String rule = x.explanation().contains("affirme le contraire") ? "negation"
                        : x.explanation().contains("contraire") ? "direction" : "figure";
                byRule.merge(rule, 1, Integer::sum);
                if (shown < show) {
                    shown++;
                    examples.append(String.format(Locale.ROOT, "%n#%d %s %s [%s %.2f]%n  title: %s%n  head:  %s%n  body:  %s%n  why:   %s%n",
                            shown, a.id(), rule, x.kind(), x.score(), a.title(), x.evidence().get(0).text(),
                            context(a, x.evidence().get(1).start(), x.evidence().get(1).end()), x.explanation()));
                }
            }
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        System.out.printf(Locale.ROOT, "articles %d (after %d skipped), fired on %d (%.2f %%), signals %d %s%n", articles.size(), skip, fired,
                100.0 * fired / Math.max(1, articles.size()), signals, byRule);
        System.out.printf(Locale.ROOT, "%.3f ms/article%n", ms / Math.max(1, articles.size()));
        System.out.print(examples);
        synthetic(articles, stage, Integer.parseInt(o.getOrDefault("misses", "10")), Integer.parseInt(o.getOrDefault("leads", "0")));
    }

    /** Recall on contradictions made by editing headlines the body agrees with; unfair edits are excluded and counted by rule. */
    private static void synthetic(List<Article> articles, HeadlineContradictionStage stage, int misses, int leads) {
        int figures = 0;
        int figuresCaught = 0;
        int directions = 0;
        int directionsCaught = 0;
        int standfirstDirections = 0;
        int standfirstCaught = 0;
        StringBuilder missed = new StringBuilder();
        int shownMisses = 0;
        Map<String, Integer> rules = new TreeMap<>();
        Map<String, Integer> excluded = new TreeMap<>();
        for (Article a : articles) {
            if (!stage.process(a).signals().isEmpty()) continue;
            String lead = a.text().substring(a.title().length());
            Matcher m = COUNT.matcher(a.title());
            if (m.find() && NOT_A_THING.matcher(m.group(2).strip()).matches()) {
                // "Acte 29 des gilets jaunes", "perd 8 points"; counted only when the body restates it, as the others
                if (unfairFigure(a.title(), m, lead, 0) != null) excluded.merge("figure    number-not-a-count", 1, Integer::sum);
            } else if (m.find(0) && !NOT_COUNTS.matcher(m.group(2).strip()).matches()) {
                int n = Integer.parseInt(m.group(1));
                int changed = n < 10 ? 2 * n : (int) Math.round(1.5 * n);
                String unfair = n <= 1 || m.group(1).length() == 4 && n >= 1900 && n <= 2100 ? null
                        : unfairFigure(a.title(), m, lead, changed);
                if (unfair != null && !unfair.isEmpty()) {
                    excluded.merge("figure    " + unfair, 1, Integer::sum);
                } else if (unfair != null) {
                    figures++;
                    String title = a.title().substring(0, m.start(1)) + changed + a.title().substring(m.end(1));
                    Article edited = edit(a, title);
                    if (!stage.process(edited).signals().isEmpty()) {
                        figuresCaught++;
                    } else {
                        String rule = rule(stage, edited, "part.title", "figure", Integer.toString(changed));
                        rules.merge("figure    " + rule.replaceFirst(":.*", ""), 1, Integer::sum);
                        if (shownMisses++ < misses) missed.append("  figure miss [").append(rule).append("]: ").append(title)
                                .append("\n      was: ").append(a.title()).append('\n').append(lead(a, leads));
                    }
                }
            }
            for (int part = 0; part < 2; part++) {
                // the headline, then the standfirst's first sentence with a movement (headlines with one are few)
                String whole = part == 0 ? a.title() : a.standfirst();
                if (whole == null) continue;
                int offset = 0;
                String sentence = whole;
                Matcher w = DIRECTION.matcher(whole);
                if (part == 1) {
                    Matcher bounds = SENTENCE.matcher(whole);
                    sentence = null;
                    while (bounds.find()) {
                        if (DIRECTION.matcher(bounds.group()).find() && QUANTITY.matcher(bounds.group()).find()) {
                            offset = bounds.start();
                            sentence = bounds.group();
                            break;
                        }
                    }
                    if (sentence == null) continue;
                    w = DIRECTION.matcher(sentence);
                }
                if (!QUANTITY.matcher(sentence).find() || !w.find()) continue;
                String which = part == 0 ? "direction " : "direction (standfirst) ";
                String unfair = unfairDirection(sentence, w);
                if (unfair != null) {
                    excluded.merge(which + unfair, 1, Integer::sum);
                    continue;
                }
                String word = w.group(1).toLowerCase(Locale.ROOT);
                boolean noun = NOUN_SWAP.containsKey(word) && ARTICLE_BEFORE.matcher(sentence.substring(0, w.start(1))).find();
                String edit = whole.substring(0, offset + w.start(1)) + (noun ? NOUN_SWAP.get(word) : SWAP.get(word))
                        + whole.substring(offset + w.end(1));
                Article edited = part == 0 ? edit(a, edit) : edit(a, a.title(), edit);
                int from = part == 0 ? 0 : edited.title().length();
                int to = part == 0 ? edited.title().length() : edited.bodyStart();
                boolean caught = stage.process(edited).signals().stream()
                        .anyMatch(x -> x.evidence().get(0).start() >= from && x.evidence().get(0).end() <= to);
                if (part == 0) {
                    directions++;
                    if (caught) directionsCaught++;
                } else {
                    standfirstDirections++;
                    if (caught) standfirstCaught++;
                }
                if (!caught) {
                    String rule = rule(stage, edited, part == 0 ? "part.title" : "part.standfirst", "direction", null);
                    rules.merge(which + rule.replaceFirst(":.*", ""), 1, Integer::sum);
                    if (shownMisses++ < misses) missed.append("  ").append(which).append("miss [").append(rule).append("]: ")
                            .append(edit).append("\n      was: ").append(whole).append('\n').append(lead(a, leads));
                }
            }
        }
        System.out.printf(Locale.ROOT, "%nsynthetic contradictions: figures caught %d / %d (%.1f %%), directions caught %d / %d (%.1f %%)%n",
                figuresCaught, figures, 100.0 * figuresCaught / Math.max(1, figures),
                directionsCaught, directions, 100.0 * directionsCaught / Math.max(1, directions));
        System.out.printf(Locale.ROOT, "  standfirst directions caught %d / %d (%.1f %%)%n", standfirstCaught, standfirstDirections,
                100.0 * standfirstCaught / Math.max(1, standfirstDirections));
        System.out.println("excluded as no contradiction (rule -> cases)");
        excluded.forEach((r, k) -> System.out.printf(Locale.ROOT, "  %-50s %d%n", r, k));
        System.out.println("rule -> misses");
        rules.forEach((r, k) -> System.out.printf(Locale.ROOT, "  %-50s %d%n", r, k));
        System.out.print(missed);
    }

    /**
     * Whether changing headline figure {@code m} to {@code changed} makes no fair contradiction:
     * null when the body does not restate it (nothing to contradict), the exclusion rule's name
     * when the edited headline stays compatible with the body, "" when the edit is a fair case.
     */
    private static String unfairFigure(String title, Matcher m, String lead, int changed) {
        Matcher restated = Pattern.compile("(?<![\\d.,\u202f\u00a0]|\\d )" + m.group(1) + "[ \u00a0]" + Pattern.quote(m.group(2).strip()))
                .matcher(lead);
        List<Integer> at = new java.util.ArrayList<>();
        while (restated.find()) at.add(restated.start());
        if (at.isEmpty()) return null;
        // "jusqu'à 135 euros" raised to "jusqu'à 203 euros" still holds the body's 135
        if (UPPER_BOUND.matcher(title.substring(Math.max(0, m.start(1) - 20), m.start(1))).find()) return "headline-upper-bound";
        // "au moins 35 morts" in the body holds 53 as well
        for (int i : at) {
            if (LOWER_BOUND.matcher(lead.substring(Math.max(0, i - 20), i)).find()) return "body-open-upward";
        }
        // the new value is itself a figure of the body
        String v = Integer.toString(changed);
        String grouped = changed >= 1000 ? v.substring(0, v.length() - 3) + "[.\\s\u202f\u00a0]?" + v.substring(v.length() - 3) : v;
        if (Pattern.compile("(?<![\\d.,])" + grouped + "(?![\\d]|[.,]\\d)").matcher(lead).find()) return "new-value-in-body";
        return "";
    }

    /**
     * Whether swapping direction word {@code w} makes no fair contradiction: the rule's name, or
     * null for a fair case.
     */
    private static String unfairDirection(String title, Matcher w) {
        // "Macron en baisse, celle de Philippe en hausse": two movements, the body states both
        Matcher other = MOVEMENT.matcher(title);
        int count = 0;
        while (other.find()) count++;
        if (count > 1) return "two-movements-in-headline";
        // "pas de hausse de production": the edit swaps a denied movement
        if (NEGATION.matcher(title.substring(Math.max(0, w.start(1) - 25), w.start(1))).find()) return "negated-movement";
        // "Le syndicat prône une « hausse des salaires »": a wish, or someone else's words
        if (INTENT.matcher(title.substring(0, w.start(1))).find()) return "wished-movement";
        if (QUOTES.matcher(title.substring(0, w.start(1))).find()) return "quoted-movement";

        // the swapped word must move a quantity of its own clause ("la popularité de Macron en baisse",
        // "Popularité : Macron repart à la hausse"), not another subject ("..., Philippe recule")
        Matcher q = QUANTITY.matcher(title);
        while (q.find()) {
            int from = Math.min(q.end(), w.end(1));
            int to = Math.max(q.start(), w.start(1));
            String between = title.substring(Math.min(from, to), Math.max(from, to));
            if (between.strip().split("\\s+").length <= 7 && !CLAUSE_BREAK.matcher(between).find()) return null;
        }
        return "movement-not-of-the-quantity";
    }

    /** The first {@code chars} characters after the title (standfirst and body), for a reader to judge a miss; "" when 0. */
    private static String lead(Article a, int chars) {
        if (chars <= 0) return "";
        String rest = a.text().substring(a.title().length()).strip();
        return "      lead: " + rest.substring(0, Math.min(chars, rest.length())).replace('\n', ' ') + "\n";
    }

    private static Article edit(Article a, String title) {
        return edit(a, title, a.standfirst());
    }

    private static Article edit(Article a, String title, String standfirst) {
        List<String> paragraphs = a.paragraphs().stream().map(p -> a.text().substring(p.start(), p.end())).toList();
        return Article.compose(title, standfirst, paragraphs);
    }

    /**
     * The rule that dropped the edited headline's claim of {@code kind} (for a figure, the claim
     * holding the edited number {@code number}); "claim not read" when the stage saw no such claim.
     */
    private static String rule(HeadlineContradictionStage stage, Article edited, String part, String kind, String number) {
        for (HeadlineContradictionStage.Dropped d : stage.dropped(edited)) {
            if (!d.part().equals(part) || !d.kind().equals(kind)) continue;
            if (number != null && !d.claim().contains(number)) continue;
            return d.evidence().isEmpty() ? d.rule() : d.rule() + ": " + d.evidence().replace('\n', ' ');
        }
        return "claim-not-read";
    }

    /** The body evidence with some words around it, the conflicting figure marked [[...]]. */
    private static String context(Article a, int s, int e) {
        String t = a.text();
        int from = Math.max(a.bodyStart() > s ? 0 : a.bodyStart(), s - 90);
        int to = Math.min(t.length(), e + 60);
        return ("…" + t.substring(from, s) + "[[" + t.substring(s, e) + "]]" + t.substring(e, to) + "…").replace('\n', ' ');
    }
}
