package org.vigie.bench.signals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.bench.BenchFiles;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Section;
import org.vigie.core.model.Signal;
import org.vigie.core.model.Span;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.nlp.quotes.QuoteStage;
import org.vigie.nlp.registry.EntityPipelines;
import org.vigie.nlp.signals.Fold;
import org.vigie.nlp.signals.Resources;
import org.vigie.nlp.signals.Words;
import org.vigie.nlp.signals.Words.Word;
import org.vigie.nlp.signals.support.HeadlineSupportStage;

/**
 * Recall of {@code headline-not-supported-by-body} / {@code standfirst-not-supported-by-body} on
 * synthetic re-publisher edits of OrangeSum wire articles, and the firing rate on the same
 * articles unedited (wire headlines are the newsroom's own, so that rate is mostly false alarms).
 * Precision work alone could silently kill the signal; this is its counterweight.
 *
 * <p>The stage reads the entity layer (and quotes, for attributed leads), so every article, the
 * original and each edit, goes through the real analysis (CoreNLP tokens and NER, entities, entity
 * ids, quotes): an inserted name is found, or not, by the same NER as in production. That costs
 * about 25 ms an article, hence the modest default N.
 *
 * <p>Edits (at most one of each of the four kinds per article; choices seeded by the article's index):
 * <ol>
 * <li><b>headline name</b>: a person, place or organisation mentioned in the title whose entity
 * the body also mentions (so the original claim is supported) is replaced by a name of the same
 * type that the entity layer found in another article's title (names as written: capitalised
 * mentions only, not roles such as "le maire").</li>
 * <li><b>standfirst actor</b>: the standfirst (added when there is none) becomes one clause of
 * another article's standfirst (the text between clause punctuation , ; : . ( ) – around a capitalised
 * person, place or organisation mention, 3 to 20 words), the way the Aleppo re-publisher put "Turquie, un
 * membre de l'OTAN qui passe du côté de la Russie" over a reprint that never names NATO.</li>
 * <li><b>standfirst lead</b>: the standfirst becomes another article's whole standfirst, a wire
 * lead of one or more sentences, chosen for a capitalised person, place or organisation it names
 * that this body never does: a long framing, which the stage must not take for the story's own
 * lead. (A dated or attributed one is exempt by design, so this recall is below the others.)</li>
 * <li><b>headline figure</b>: a whole number of the title (not a year 1900–2100, not "1" or "2"),
 * which the standfirst or body gives in digits, becomes ×3, else ×2 + 7, else + 11.</li>
 * </ol>
 * <p>Fairness: an edit is made only when neither the standfirst (which may support a headline) nor
 * the body supports the new claim: no content word of the inserted name (3 letters or more)
 * shares its first five folded letters with a standfirst or body word ("Marseille" is not put
 * over a body saying "marseillais"), and no group of {@code name-variants.txt} holding the name
 * has a member there ("Moscou" is not put over a body saying "Russie"); an inserted figure is no
 * figure of the standfirst or body, in digits or in words (including "moitié", "quart", "tiers"
 * as 50, 25, 33), nor within 25 % of one (not a rounding). An edit counts as caught only when a
 * signal of the matching kind has evidence overlapping the inserted text.
 *
 * <pre>args: [--data jsonl.gz, default ../shared/corpora/orangesum/orangesum_parsed.jsonl.gz] [--n 600] [--misses 8]</pre>
 */
public final class SupportRecall {

    private static final String USAGE = "SupportRecall [--data FILE] [--n N] [--misses K]";
    private static final Set<EntityType> NAMED = Set.of(EntityType.PER, EntityType.LOC, EntityType.ORG);
    /** Where a standfirst clause starts or ends. */
    private static final Pattern CLAUSE_MARK = Pattern.compile("[,;:.()–—!?]");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,7}");
    /** Clauses shorter than this are framings; the stage takes longer dated or attributed ones for the story's own lead. */
    private static final int SHORT_CLAUSE = 12;
    private static final Map<String, Double> NUMBER_WORDS = numberWords();
    /** Folded name-variant → the numbers of the lines (groups) that hold it. */
    private static final Map<String, Set<Integer>> VARIANT_GROUPS = new HashMap<>();
    private static final Map<Integer, List<String>> GROUP_VARIANTS = new HashMap<>();

    static {
        for (Resources.Line line : Resources.lines("name-variants.txt")) {
            for (String v : line.fields()) {
                if (v.isEmpty()) continue;
                String f = Fold.fold(v);
                VARIANT_GROUPS.computeIfAbsent(f, k -> new HashSet<>()).add(line.number());
                GROUP_VARIANTS.computeIfAbsent(line.number(), k -> new ArrayList<>()).add(f);
            }
        }
    }

    private enum Kind { HEADLINE_NAME, STANDFIRST_ACTOR, STANDFIRST_LEAD, HEADLINE_FIGURE }

    /** A name the entity layer found in an article's title or standfirst. */
    private record Name(int article, EntityType type, String text) {
    }

    /** A standfirst clause and, inside it, the actor it names. */
    private record Clause(int article, String text, int actorStart, int actorEnd) {
    }

    /** An edited article and the inserted text's span in it. */
    private record Edit(Kind kind, int article, Article edited, int start, int end, String what, boolean shortClause) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = BenchFiles.options(args, USAGE);
        Path data = BenchFiles.orangesum(o.get("data"));
        int n = Integer.parseInt(o.getOrDefault("n", "600"));
        int misses = Integer.parseInt(o.getOrDefault("misses", "8"));
        long t0 = System.nanoTime();
        Pipeline nlp = EntityPipelines.french().then(new QuoteStage());
        HeadlineSupportStage stage = new HeadlineSupportStage();

        List<Article> base = new ArrayList<>();
        for (Article a : BenchFiles.orangesumRead(data, n)) base.add(nlp.process(french(recompose(a, a.title(), a.standfirst()))));

        // The unedited articles: how often each kind fires.
        int headFired = 0;
        int standFired = 0;
        int withStandfirst = 0;
        for (Article a : base) {
            Article x = stage.process(a);
            if (has(x, HeadlineSupportStage.HEADLINE)) headFired++;
            if (has(x, HeadlineSupportStage.STANDFIRST)) standFired++;
            if (a.standfirst() != null) withStandfirst++;
        }

        // Pools of names and clauses to insert.
        List<Name> titleNames = new ArrayList<>();
        List<Clause> clauses = new ArrayList<>();
        List<Clause> leads = new ArrayList<>();
        for (int i = 0; i < base.size(); i++) {
            Article a = base.get(i);
            Section sf = part(a, Section.Kind.STANDFIRST);
            for (Entity e : a.entities()) {
                if (!NAMED.contains(e.type())) continue;
                for (Span m : e.mentions()) {
                    if (m.end() <= a.title().length() && capitalised(m.text())) titleNames.add(new Name(i, e.type(), m.text()));
                    if (sf != null && m.start() >= sf.start() && m.end() <= sf.end() && capitalised(m.text())) {
                        Clause c = clause(a.text(), sf.start(), sf.end(), m, i);
                        if (c != null) clauses.add(c);
                        leads.add(new Clause(i, a.text().substring(sf.start(), sf.end()), m.start() - sf.start(), m.end() - sf.start()));
                    }
                }
            }
        }

        Map<Kind, int[]> tally = new HashMap<>(); // made, caught, unfair (skipped)
        for (Kind k : Kind.values()) tally.put(k, new int[3]);
        Map<Kind, List<String>> missed = new HashMap<>();
        int[] shortClauses = new int[2];
        for (int i = 0; i < base.size(); i++) {
            Article a = base.get(i);
            Random r = new Random(31L * i + 7);
            List<Edit> edits = new ArrayList<>();
            Edit e = headlineName(a, i, titleNames, r, tally.get(Kind.HEADLINE_NAME));
            if (e != null) edits.add(e);
            e = standfirstActor(a, i, clauses, r, tally.get(Kind.STANDFIRST_ACTOR), Kind.STANDFIRST_ACTOR);
            if (e != null) edits.add(e);
            e = standfirstActor(a, i, leads, r, tally.get(Kind.STANDFIRST_LEAD), Kind.STANDFIRST_LEAD);
            if (e != null) edits.add(e);
            e = headlineFigure(a, i, tally.get(Kind.HEADLINE_FIGURE));
            if (e != null) edits.add(e);
            for (Edit ed : edits) {
                Article x = stage.process(nlp.process(ed.edited()));
                String kind = ed.kind() == Kind.STANDFIRST_ACTOR || ed.kind() == Kind.STANDFIRST_LEAD ? HeadlineSupportStage.STANDFIRST : HeadlineSupportStage.HEADLINE;
                boolean caught = false;
                for (Signal s : x.signals()) {
                    if (!s.kind().equals(kind)) continue;
                    for (Span sp : s.evidence()) {
                        if (sp.start() < ed.end() && sp.end() > ed.start()) caught = true;
                    }
                }
                tally.get(ed.kind())[0]++;
                if (ed.shortClause()) {
                    shortClauses[0]++;
                    if (caught) shortClauses[1]++;
                }
                if (caught) {
                    tally.get(ed.kind())[1]++;
                } else {
                    List<String> m = missed.computeIfAbsent(ed.kind(), k -> new ArrayList<>());
                    if (m.size() < misses) {
                        m.add(String.format(Locale.ROOT, "  [%d] %s%n      title: %s%n      standfirst: %s%n      signals: %s",
                                i, ed.what(), x.title(), x.standfirst(), summary(x)));
                    }
                }
            }
        }

        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%d OrangeSum articles (%d with a standfirst), analysed with CoreNLP, entities, quotes; %.0f s%n",
                base.size(), withStandfirst, secs);
        System.out.printf(Locale.ROOT, "unedited: headline fires on %d (%.1f %%), standfirst on %d (%.1f %% of all, %.1f %% of those with one)%n",
                headFired, 100.0 * headFired / base.size(), standFired, 100.0 * standFired / base.size(),
                100.0 * standFired / Math.max(1, withStandfirst));
        System.out.println("edit kind            edits  caught  recall   (skipped as supported by the body)");
        int allMade = 0;
        int allCaught = 0;
        for (Kind k : Kind.values()) {
            int[] t = tally.get(k);
            allMade += t[0];
            allCaught += t[1];
            System.out.printf(Locale.ROOT, "%-19s %6d  %6d  %5.1f %%  (%d)%n", k.name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    t[0], t[1], 100.0 * t[1] / Math.max(1, t[0]), t[2]);
        }
        System.out.printf(Locale.ROOT, "(standfirst actor: clauses of fewer than %d words: %d, caught %d, %.1f %%)%n", SHORT_CLAUSE,
                shortClauses[0], shortClauses[1], 100.0 * shortClauses[1] / Math.max(1, shortClauses[0]));
        System.out.printf(Locale.ROOT, "%-19s %6d  %6d  %5.1f %%%n", "all", allMade, allCaught, 100.0 * allCaught / Math.max(1, allMade));
        for (Kind k : Kind.values()) {
            List<String> m = missed.getOrDefault(k, List.of());
            if (m.isEmpty()) continue;
            System.out.println();
            System.out.println("first misses, " + k.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ":");
            m.forEach(System.out::println);
        }
    }

    /** Edit (a): a title name the body supports becomes another article's title name of the same type. */
    private static Edit headlineName(Article a, int i, List<Name> pool, Random r, int[] tally) {
        int bodyStart = a.bodyStart();
        List<Span> candidates = new ArrayList<>();
        List<EntityType> types = new ArrayList<>();
        for (Entity e : a.entities()) {
            if (!NAMED.contains(e.type()) || e.mentions().stream().noneMatch(m -> m.start() >= bodyStart)) continue;
            for (Span m : e.mentions()) {
                if (m.end() <= a.title().length() && capitalised(m.text())) {
                    candidates.add(m);
                    types.add(e.type());
                }
            }
        }
        if (candidates.isEmpty() || pool.isEmpty()) return null;
        int c = r.nextInt(candidates.size());
        Span m = candidates.get(c);
        Set<String> support = supportWords(a);
        String supportText = supportText(a);
        for (int tries = 0; tries < 60; tries++) {
            Name nm = pool.get(r.nextInt(pool.size()));
            if (nm.article() == i || nm.type() != types.get(c) || Fold.fold(nm.text()).equals(Fold.fold(m.text()))) continue;
            if (!unsupported(nm.text(), support, supportText)) {
                tally[2]++;
                continue;
            }
            String title = a.title().substring(0, m.start()) + nm.text() + a.title().substring(m.end());
            Article x = french(recompose(a, title, a.standfirst()));
            return new Edit(Kind.HEADLINE_NAME, i, x, m.start(), m.start() + nm.text().length(),
                    "\"" + m.text() + "\" -> \"" + nm.text() + "\"", false);
        }
        return null;
    }

    /** Edit (b): the standfirst becomes a clause of another article's standfirst naming an actor this body never names. */
    private static Edit standfirstActor(Article a, int i, List<Clause> pool, Random r, int[] tally, Kind kind) {
        if (pool.isEmpty()) return null;
        Set<String> support = new HashSet<>();
        StringBuilder b = new StringBuilder(" ");
        for (Word w : Words.of(a.text(), a.bodyStart(), a.text().length())) {
            support.add(w.folded());
            b.append(w.folded()).append(' ');
        }
        String supportText = b.toString();
        for (int tries = 0; tries < 60; tries++) {
            Clause c = pool.get(r.nextInt(pool.size()));
            if (c.article() == i) continue;
            if (!unsupported(c.text().substring(c.actorStart(), c.actorEnd()), support, supportText)) {
                tally[2]++;
                continue;
            }
            Article x = french(recompose(a, a.title(), c.text()));
            int at = part(x, Section.Kind.STANDFIRST).start();
            return new Edit(kind, i, x, at + c.actorStart(), at + c.actorEnd(),
                    "\"" + c.text().substring(c.actorStart(), c.actorEnd()) + "\" in \"" + c.text() + "\"",
                    kind == Kind.STANDFIRST_ACTOR && Words.of(c.text()).size() < SHORT_CLAUSE);
        }
        return null;
    }

    /** Edit (c): a title figure the standfirst or body gives becomes one they neither give nor round. */
    private static Edit headlineFigure(Article a, int i, int[] tally) {
        List<Double> figures = new ArrayList<>();
        Set<String> given = new HashSet<>();
        int from = a.title().length();
        for (Word w : Words.of(a.text(), from, a.text().length())) {
            if (w.isNumber()) {
                String d = w.text().replaceAll("[.\u202f\u00a0]", "").replace(',', '.');
                given.add(d);
                try {
                    figures.add(Double.parseDouble(d));
                } catch (NumberFormatException ignored) {
                    // "3e", "24h": not a plain figure
                }
            } else if (NUMBER_WORDS.containsKey(w.folded())) {
                figures.add(NUMBER_WORDS.get(w.folded()));
            }
        }
        for (Word w : Words.of(a.title())) {
            Matcher m = WHOLE_NUMBER.matcher(w.text());
            if (!m.matches() || !given.contains(w.text())) continue;
            long v = Long.parseLong(w.text());
            if (v <= 2 || v >= 1900 && v <= 2100) continue;
            for (long nv : new long[] {v * 3, v * 2 + 7, v + 11}) {
                if (nv >= 1900 && nv <= 2100 || figures.stream().anyMatch(f -> Math.abs(nv - f) <= 0.25 * Math.max(nv, f))) {
                    tally[2]++;
                    continue;
                }
                String s = Long.toString(nv);
                String title = a.title().substring(0, w.start()) + s + a.title().substring(w.end());
                return new Edit(Kind.HEADLINE_FIGURE, i, french(recompose(a, title, a.standfirst())), w.start(), w.start() + s.length(),
                        "\"" + w.text() + "\" -> \"" + s + "\"", false);
            }
        }
        return null;
    }

    /**
     * Whether nothing in {@code support} (folded words of the standfirst and body) backs the name:
     * no content word sharing its first five letters, no name-variant group member.
     */
    private static boolean unsupported(String name, Set<String> support, String supportText) {
        boolean any = false;
        for (Word w : Words.of(name)) {
            if (w.folded().length() < 3 || w.isNumber()) continue;
            any = true;
            String p = w.folded().substring(0, Math.min(5, w.folded().length()));
            for (String s : support) {
                if (s.startsWith(p)) return false;
            }
        }
        String folded = " " + String.join(" ", Words.of(name).stream().map(Word::folded).toList()) + " ";
        for (Map.Entry<String, Set<Integer>> v : VARIANT_GROUPS.entrySet()) {
            if (!folded.contains(" " + v.getKey() + " ")) continue;
            for (int g : v.getValue()) {
                for (String member : GROUP_VARIANTS.get(g)) {
                    if (supportText.contains(" " + member + " ")) return false;
                }
            }
        }
        return any;
    }

    /** Folded words of the standfirst and body (what may support a headline). */
    private static Set<String> supportWords(Article a) {
        Set<String> s = new HashSet<>();
        for (Word w : Words.of(a.text(), a.title().length(), a.text().length())) s.add(w.folded());
        return s;
    }

    private static String supportText(Article a) {
        StringBuilder b = new StringBuilder(" ");
        for (Word w : Words.of(a.text(), a.title().length(), a.text().length())) b.append(w.folded()).append(' ');
        return b.toString();
    }

    /** A name as written, not a role the entity layer keeps as a mention ("le maire"). */
    private static boolean capitalised(String s) {
        return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
    }

    /** The clause of the standfirst {@code [from, to)} around mention {@code m}: 3 to 20 words, or null. */
    private static Clause clause(String text, int from, int to, Span m, int article) {
        int s = m.start();
        while (s > from && !CLAUSE_MARK.matcher(String.valueOf(text.charAt(s - 1))).matches()) s--;
        int e = m.end();
        while (e < to && !CLAUSE_MARK.matcher(String.valueOf(text.charAt(e))).matches()) e++;
        while (s < m.start() && Character.isWhitespace(text.charAt(s))) s++;
        while (e > m.end() && Character.isWhitespace(text.charAt(e - 1))) e--;
        String c = text.substring(s, e);
        int words = Words.of(c).size();
        if (words < 3 || words > 20) return null;
        return new Clause(article, c, m.start() - s, m.end() - s);
    }

    private static Article recompose(Article a, String title, String standfirst) {
        List<String> paragraphs = a.paragraphs().stream().map(p -> a.text().substring(p.start(), p.end())).toList();
        return Article.compose(title, standfirst, paragraphs).withMetadata(a.metadata());
    }

    private static Article french(Article a) {
        return a.withLanguage("fr", 1.0);
    }

    private static Section part(Article a, Section.Kind kind) {
        for (Section s : a.sections()) {
            if (s.kind() == kind) return s;
        }
        return null;
    }

    private static boolean has(Article a, String kind) {
        return a.signals().stream().anyMatch(s -> s.kind().equals(kind));
    }

    private static String summary(Article a) {
        List<String> out = new ArrayList<>();
        for (Signal s : a.signals()) {
            if (s.kind().endsWith("-not-supported-by-body")) {
                out.add(s.kind().substring(0, s.kind().indexOf('-')) + " " + s.evidence().stream().map(Span::text).toList());
            }
        }
        return out.isEmpty() ? "none" : String.join("; ", out);
    }

    private static Map<String, Double> numberWords() {
        String[] small = {"zero", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
                "treize", "quatorze", "quinze", "seize"};
        Map<String, Double> m = new HashMap<>();
        for (int k = 0; k < small.length; k++) m.put(small[k], (double) k);
        m.put("une", 1.0);
        m.put("vingt", 20.0);
        m.put("trente", 30.0);
        m.put("quarante", 40.0);
        m.put("cinquante", 50.0);
        m.put("soixante", 60.0);
        m.put("cent", 100.0);
        m.put("cents", 100.0);
        m.put("mille", 1000.0);
        m.put("moitie", 50.0);
        m.put("quart", 25.0);
        m.put("tiers", 33.0);
        m.put("dizaine", 10.0);
        m.put("douzaine", 12.0);
        m.put("centaine", 100.0);
        return m;
    }
}
