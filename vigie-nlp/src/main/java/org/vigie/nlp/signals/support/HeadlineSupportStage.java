package org.vigie.nlp.signals.support;

import java.util.ArrayList;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Signal;
import org.vigie.core.model.Span;
import org.vigie.core.model.TimeExpression;
import org.vigie.core.pipeline.Stage;
import org.vigie.nlp.signals.Fold;
import org.vigie.nlp.signals.LanguageCoverage;
import org.vigie.nlp.signals.Lexicon;
import org.vigie.nlp.signals.Messages;
import org.vigie.nlp.signals.Parts;
import org.vigie.nlp.signals.Parts.Range;
import org.vigie.nlp.signals.Words;
import org.vigie.nlp.signals.Words.Word;

/**
 * Flags names, acronyms and numbers of the headline or standfirst that the body never mentions:
 * a re-publisher's framing ("un membre de l'OTAN qui passe du côté de la Russie") that the
 * reprinted text does not support. A name counts as supported when the body has it under any
 * form: same folded stem, another mention of the same entity (entity layer: "le président russe"
 * is a mention of the headline's "Poutine" when the text ties the title to him or, failing that,
 * when the dated table of office holders gives him the office on the story's date), an equivalent name
 * ({@code name-variants.txt}: acronym and expansion, capital for its state), or an acronym whose
 * letters are the initials of a body phrase (small words may give a letter: "JDD"). Other forms
 * that count: a spelling one letter apart for long names, a place's demonym ("colombienne"), a
 * compound's parts ("Hidalgo-Dati"); for figures, a rank written out ("neuvième" for "9e"), a
 * glued unit ("30kg"), a share as a percentage ("un sur 4", "25 %"), the story's year (its date, a
 * resolved body time, the next year for a story dated from October) and ages or anniversaries
 * reckoned from the date. A chapô that is the story's own lead (dated or attributed and about the
 * story, a long one restating the body's words, or one introducing the speaker of the body's
 * opening quote) is not checked. Headline rubrics that locate the story ({@link PlaceRubrics}), metonyms whose referent
 * the story gives ({@link Metonyms}) and places whose part it names ("Asie" over "Thaïlande",
 * "Marne" over "Châlons-en-Champagne": {@code support/place-parts.txt}, {@code communes.txt}) are
 * not claims, nor are a government portfolio ("ministre des Comptes publics") and a verb opening a
 * clause that the tagger took for a name ("Suivez en direct ...", {@link VerbForms}). A person the
 * story calls by the title of an office held on its date ("le président", "l'ancien président de
 * la République") is supported ({@link OfficeTitles}), and so is the person the title and chapô
 * name first when the story, naming nobody else before, calls someone by a profession ("Johnny
 * Hallyday" over "la tombe du rockeur": {@link Epithets}); so are a title's number written as a
 * rank ("Taxi 5", "un cinquième opus"), a Roman numeral ("Phase II", "la deuxième phase") and a
 * two-digit year ("Mustang 66" over "1966"). A figure is supported by the same quantity written
 * otherwise ("1,5 million" over "1 500 000", "3 000" over "3000", "1,6 tonne" over "1.600 kilos")
 * and by a rounding or a hedge's reach ("250" over "251", "plus de 150.000" over "155.000"; see
 * {@link Figures#quantities}). An entity mention the tagger ran over several names ("Capital sur
 * M6") is judged name by name ({@link #unsupportedParts}).
 * {@code bench/run org.vigie.bench.signals.SupportRecall} measures recall on synthetic
 * re-publisher edits; {@code SupportDump} the firings on wire copy.
 */
public final class HeadlineSupportStage implements Stage {

    public static final String HEADLINE = "headline-not-supported-by-body";
    public static final String STANDFIRST = "standfirst-not-supported-by-body";

    private static final Pattern GROUP_SPLIT = Pattern.compile(",");
    private static final Pattern HYPHEN = Pattern.compile("-");
    private static final Lexicon VARIANTS = variants();
    /** Places and the places they contain: continents, foreign regions, French départements and regions and their towns. */
    private static final Referents PLACE_PARTS = Referents.load(true, "support/place-parts.txt", "support/communes.txt");
    private static final Set<String> STOP = keys(Lexicon.load("headline-stopwords.txt"));
    private static final Set<String> NUMBER_WORDS_IGNORED = Set.of("1", "2");
    private static final Pattern NUMBER_SEPARATORS = Pattern.compile("[.\u202f\u00a0]");
    private static final Pattern ZERO_DECIMALS = Pattern.compile(",0+$");
    /** A figure and a unit written together: "30kg", "25m2", "1,5g", "24h". */
    private static final Pattern GLUED_UNIT = Pattern.compile("(\\d(?:[\\d.,\u202f\u00a0]*\\d)?)\\p{L}{1,3}\\d?");
    /** A rank in digits: "9e", "2ème", "1er", "1re", "3rd"; written "9e" once normalised. */
    private static final Pattern ORDINAL = Pattern.compile("(\\d+)(?:e|è|ème|eme|er|re|ère|nd|nde|st|rd|th)");
    /** Folded ordinal words and their rank ("neuvieme" 9), from {@code support/ordinal-words.txt}. */
    private static final Map<String, Integer> ORDINAL_WORDS = ordinalWords();
    /** A rubric label in capitals before a dash, colon or full stop: "FAIT DIVERS - ", "ÉCLAIRAGE. ". */
    private static final Pattern RUBRIC = Pattern.compile("(\\p{Lu}[\\p{Lu}' ]{1,39}?)\\s?[-–:.]\\s");
    /** An English label of up to four words ending on a kind of piece, before a colon: "HS Roundup: ". */
    private static final Pattern ENGLISH_RUBRIC = Pattern.compile(
            "(?:[\\p{Lu}\\d][\\p{L}\\d&'’.-]*\\s){1,3}(?:Roundup|Recap|Preview|Notebook|Briefs|Digest|Scores|Results)\\s?:\\s");
    /** Short rubric words; any other single capitalised word of six letters or fewer may be an acronym (OTAN, ONU). */
    private static final Set<String> SHORT_RUBRICS = Set.of("video", "photo", "photos", "info", "infos", "exclu", "direct",
            "audio", "alerte", "edito", "recit", "quiz");
    /**
     * The office words before a portfolio: "ministre des", "ministère de l'", "secrétaire d'État
     * chargée du", "ministre déléguée aux" (as {@code entities/portfolio-heads.txt} lists them for the
     * entity layer, which makes no entity of a portfolio either).
     */
    private static final Pattern PORTFOLIO = Pattern.compile("(?iu)\\b(?:ministres?|ministères?|secrétaires? d['’][ée]tat)"
            + "(?:\\s+(?:délégués?|déléguées?|chargés?|chargées?))?\\s+(?:de la|du|des|de l['’]|à la|aux|au)\\s*$");
    /** A news lead says who, what, where and when: at least this many words. */
    private static final int LEAD_WORDS = 12;
    /** When a lead dates its fact: a weekday, a day and month, "hier", "la veille", "dans la nuit", "ce matin". */
    private static final Pattern LEAD_TIME = Pattern.compile("(?iu)\\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
            + "|\\d{1,2}(?:er)?\\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
            + "|hier|avant-hier|la veille|ce week-end|cette semaine|dans la nuit|ce matin|cet après-midi|ce soir"
            + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last night)\\b");

    /** A date in October, November or December: "2019-12-22". */
    private static final Pattern LATE_IN_YEAR = Pattern.compile("\\d{4}-1[0-2]");
    /** A year opening a date or a time value: "2020", "2020-03", "2018-W29". */
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d(?!\\d)");

    /** Body words counted once, to test support cheaply. */
    /** {@code english}: the article is English, whose abbreviations ({@link Abbreviations}) and hyphenated titles give initials too. */
    private record BodyIndex(Set<String> keys, Set<String> numbers, Set<String> groups, List<Word> words, boolean english) {
    }

    @Override
    public String name() {
        return "signals-headline-support";
    }

    @Override
    public Article process(Article a) {
        // its stop words, verb forms and figure words are French and English
        String lang = LanguageCoverage.of(a, LanguageCoverage.FRENCH_ENGLISH);
        if (lang == null) return LanguageCoverage.skipped(a, "headline-support", "headline-support word lists");
        Range body = Parts.body(a);
        if (body.end() <= body.start()) return a;
        String text = a.text();
        Range standfirst = Parts.standfirst(a);
        // One tokenisation serves both indexes: the body's words are the tail of the
        // standfirst-and-body words when a non-word character separates the two parts.
        List<Word> headAndBody = null;
        List<Word> bodyWords;
        if (standfirst != null && standfirst.start() < body.start() && !Character.isLetterOrDigit(text.charAt(body.start() - 1))) {
            headAndBody = Words.of(text, standfirst.start(), body.end());
            int k = 0;
            while (k < headAndBody.size() && headAndBody.get(k).start() < body.start()) k++;
            bodyWords = headAndBody.subList(k, headAndBody.size());
        } else {
            bodyWords = Words.of(text, body.start(), body.end());
        }
        boolean english = lang.equals("en");
        BodyIndex index = index(bodyWords, english);
        Set<String> years = years(a);
        spans(a, bodyWords, years, index.numbers());
        // the chapô's "les 75 ans de la fin de la guerre" dates a headline's "commémorations de 1945" too
        if (standfirst != null) spans(a, Words.of(text, standfirst.start(), standfirst.end()), years, new HashSet<>());
        addYears(index, years);
        List<Signal> out = new ArrayList<>(a.signals());
        if (standfirst != null && !newsLead(a, standfirst, bodyWords) && !summary(text, standfirst, bodyWords) && !introducesQuote(a, standfirst, body)) {
            check(a, standfirst, STANDFIRST, index, lang, out);
        }
        // The headline may lean on the standfirst (a wire lead states what the title sums up); a
        // claim both make without the body is reported once, on the standfirst.
        Range title = Parts.title(a);
        BodyIndex leads = standfirst == null ? index
                : headAndBody != null ? leads(index, headAndBody, headAndBody.size() - bodyWords.size())
                : index(Words.of(text, standfirst.start(), body.end()), english);
        if (leads != index && !(leads.keys() instanceof Union)) addYears(leads, years);
        check(a, title, HEADLINE, leads, lang, out);
        return out.size() == a.signals().size() ? a : a.withSignals(out);
    }

    private void check(Article a, Range part, String kind, BodyIndex body, String lang, List<Signal> out) {
        String text = a.text();
        List<Span> unsupported = new ArrayList<>();
        double weight = 0;
        Set<Integer> covered = new HashSet<>();
        boolean english = lang.equals("en");
        // a desk's rubric label opening the part ("FAIT DIVERS - ", "VIDÉO. ") is layout, not a claim
        Matcher rubric = RUBRIC.matcher(text).region(part.start(), part.end());
        int from = part.start();
        if (rubric.lookingAt() && isRubric(rubric.group(1))) {
            for (int i = part.start(); i < rubric.end(); i++) covered.add(i);
            from = rubric.end();
        } else if (english) {
            // an English desk's label names the kind of piece: "HS Roundup: ", "NFL Week 11 Recap: "
            Matcher label = ENGLISH_RUBRIC.matcher(text).region(part.start(), part.end());
            if (label.lookingAt()) {
                for (int i = part.start(); i < label.end(); i++) covered.add(i);
                from = label.end();
            }
        }
        // a desk's place rubric ("Moselle : ") locates the story; see PlaceRubrics
        int place = kind.equals(HEADLINE) ? PlaceRubrics.end(a, from, part.end(), body.words(), VARIANTS) : -1;
        for (int i = from; i < place; i++) covered.add(i);
        // a metonym whose referent the story gives ("Matignon" over "le Premier ministre")
        for (int[] m : Metonyms.supported(text, part.start(), part.end(), body.words())) {
            for (int i = m[0]; i < m[1]; i++) covered.add(i);
        }
        // a place whose part the story names ("Californie" over "Los Angeles", "Moselle" over "Amnéville")
        for (int[] m : PLACE_PARTS.supported(text, part.start(), part.end(), body.words())) {
            for (int i = m[0]; i < m[1]; i++) covered.add(i);
        }
        // 1. Entities of the entity layer with a mention in this part.
        for (Entity e : a.entities()) {
            List<Span> here = e.mentions().stream().filter(m -> m.start() >= part.start() && m.end() <= part.end()
                    && !covered.contains(m.start())).toList();
            if (here.isEmpty()) continue;
            here.forEach(m -> { for (int i = m.start(); i < m.end(); i++) covered.add(i); });
            // a verb opening a clause ("Suivez en direct ...", "Flashé à 112 km/h, ...") that the tagger took for a name
            if (here.size() == 1 && verbAtClauseStart(text, part, here.get(0))) continue;
            if (entityInBody(e, a, body)) continue;
            // "Macron" over "le président", "Hollande" over "l'ancien président de la République"
            if (OfficeTitles.supports(e, a.metadata().date(), body.words())) continue;
            // "Johnny Hallyday" over a story that says only "le rockeur", "le défunt chanteur"
            if (Epithets.supports(e, a.entities(), text, leads(a), body.words())) continue;
            List<Span> missing = new ArrayList<>();
            boolean anySupported = false;
            for (Span m : here) {
                List<Span> u = unsupportedParts(a, part, m, body, english);
                anySupported |= u.isEmpty();
                missing.addAll(u);
            }
            if (!anySupported) {
                unsupported.addAll(missing);
                weight += 1;
            }
        }
        // 2. Names, acronyms and numbers the entity layer did not cover (or no entity layer at all).
        List<Word> words = Words.of(text, part.start(), part.end());
        List<Figures.Quantity> quantities = null;
        double[] bodyValues = null;
        for (Lexicon.Hit h : VARIANTS.find(words)) {
            // judged through the entity layer already, or a common word that spells a place
            if (covered.contains(h.start()) || commonWord(h, words)) continue;
            for (int i = h.start(); i < h.end(); i++) covered.add(i);
            if (!inGroups(h, body.groups()) && !inCompounds(words.subList(h.from(), h.to()), body)) {
                unsupported.add(a.span(h.start(), h.end()));
                weight += 1;
            }
        }
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (covered.contains(w.start())) continue;
            if (w.isNumber()) {
                // "3 000", "1 500 000": the digit groups of one figure are judged, and reported, together
                if (quantities == null) quantities = Figures.quantities(text, words, english);
                Figures.Quantity q = quantityAt(quantities, i);
                int last = q == null ? i : Math.max(i, q.lastDigits());
                // a group is judged as a whole: the body's "1 500 000" has a "500" but no "2 500 000"
                boolean all = last == i && numberSupported(text, words, i, body, english);
                // the same quantity written otherwise: "1,5 million" for "1 500 000", "près de 300" for "297"
                if (!all && q != null) {
                    if (bodyValues == null) bodyValues = bodyValues(text, body, english);
                    all = anyWithin(bodyValues, q) || q.converted() != null && anyWithin(bodyValues, q.converted());
                }
                if (!all) {
                    unsupported.add(a.span(w.start(), words.get(last).end()));
                    weight += 0.7;
                }
                // the figure's multiplier ("2,3 Md€", "1,5 million") is no name of its own
                i = q == null ? last : Math.max(last, q.to() - 1);
                continue;
            }
            // one letter ("C'est", "31°C", "A 5 ans") is no name; "M6", "G7" are
            if (!nameLike(w, english) || isStop(w) || letters(w) < 2 && w.text().chars().noneMatch(Character::isDigit)) continue;
            // A name is a run of capitalised words ("Gérard Collomb"): supported when the body has
            // any of them ("M. Collomb"). A lone capitalised word opening a clause may be a common noun.
            int j = i + 1;
            while (j < words.size() && nameLike(words.get(j), english) && !isStop(words.get(j))
                    && !covered.contains(words.get(j).start()) && !words.get(j).isNumber()) {
                j++;
            }
            List<Word> run = words.subList(i, j);
            i = j - 1;
            // a government portfolio ("ministre des Comptes publics") is a field of the office, no name
            if (PORTFOLIO.matcher(text).region(Math.max(part.start(), run.get(0).start() - 60), run.get(0).start()).find()) continue;
            boolean acronym = run.size() == 1 && w.isAllCaps() && w.text().length() >= 2 && w.text().length() <= 6;
            if (run.size() == 1 && !acronym && clauseStart(text, part, w)) continue;
            boolean supported = false;
            for (Word r : run) {
                if (body.keys().contains(r.key()) || nameForm(r, body)) {
                    supported = true;
                }
            }
            if (supported) continue;
            unsupported.add(a.span(run.get(0).start(), run.get(run.size() - 1).end()));
            weight += acronym ? 1 : 0.8;
        }
        if (unsupported.isEmpty()) return;
        // Numbers alone are weak for a standfirst: a lead states figures the rest need not repeat.
        if (kind.equals(STANDFIRST) && unsupported.stream().allMatch(u -> Character.isDigit(u.text().charAt(0)))) return;
        unsupported.sort(null);
        double score = Math.min(0.95, 0.45 + 0.2 * weight);
        Map<String, Boolean> distinct = new LinkedHashMap<>();
        unsupported.forEach(s -> distinct.put(s.text(), true));
        String explanation = Messages.format(kind, lang, "words", Messages.quoteAll(lang, distinct.keySet()));
        out.add(new Signal(kind, score, unsupported, explanation));
    }

    /**
     * Whether a standfirst is written as the story's own news lead: at least {@link #LEAD_WORDS}
     * words that date the fact ("mardi", "le 12 mars", "dans la nuit") or attribute it ("a annoncé",
     * "selon", "révèle Le Parisien"). Such a chapô states the who, where and when that the body then
     * develops without repeating, so names it alone gives are no sign of a framing added by a
     * re-publisher: on 2,000 wire articles, 29 % of the standfirsts were flagged before this test,
     * none of 15 sampled of them a framing. But a lead is the story's own only when it is about the
     * story: at least {@link #LEAD_TOPIC_SHARE} of its content words in the body, or a name the body
     * names. Another story's lead put over a reprint is dated and attributed too (on 3,000 OrangeSum
     * articles, 1.1 % of the leads of 12 words or more fail this against their own body, 66 % against
     * another article's).
     */
    static boolean newsLead(Article a, Range standfirst, List<Word> bodyWords) {
        String text = a.text();
        if (Words.count(Words.of(text, standfirst.start(), standfirst.end())) < LEAD_WORDS) return false;
        if (!LEAD_TIME.matcher(text).region(standfirst.start(), standfirst.end()).find() && Parts.reported(a, standfirst).isEmpty()) {
            return false;
        }
        int[] shared = sharedContent(text, standfirst, bodyWords);
        return shared[0] == 0 || shared[1] >= LEAD_TOPIC_SHARE * shared[0] || sharesName(text, standfirst, bodyWords);
    }

    /**
     * Whether a capitalised word inside a sentence of the standfirst (a name: "Saint-Brieuc", "Leeb")
     * is a body word too: a short body that goes on from its lead in other words ("l'octogénaire"
     * for "un homme de 85 ans") still names its people and places.
     */
    private static boolean sharesName(String text, Range standfirst, List<Word> bodyWords) {
        Set<String> body = new HashSet<>();
        for (Word w : bodyWords) if (w.isCapitalized()) body.add(w.key());
        for (Word w : Words.of(text, standfirst.start(), standfirst.end())) {
            if (!w.isCapitalized() || letters(w) < 3 || STOP.contains(w.key()) || clauseStart(text, standfirst, w)) continue;
            if (body.contains(w.key())) return true;
        }
        return false;
    }

    /** The share of a news lead's content words that the body must use for the lead to be the story's. */
    private static final double LEAD_TOPIC_SHARE = 0.15;

    /** Where a quotation opens: straight, typographic or French marks. */
    private static final String QUOTE_MARKS = "\"\u00ab\u201c\u201e";

    /**
     * Whether the standfirst introduces the speaker of the quotation the body opens with: a chapô
     * of {@link #LEAD_WORDS} words or more ("Anny Duperey, Brigitte Macron même combat. Comme la
     * première dame, l'actrice de 70 ans ...") over a body that starts on the quote and gives its
     * speaker only as a pronoun or a description (", raconte-t-elle", "explique la présentatrice"),
     * the chapô naming a person (by the entity layer) who may be that speaker. The body then reads as the chapô's continuation: the names the chapô alone gives (the
     * speaker, the magazine of the interview) are the story's own, not a framing added to it.
     */
    static boolean introducesQuote(Article a, Range standfirst, Range body) {
        String text = a.text();
        int i = body.start();
        while (i < body.end() && Character.isWhitespace(text.charAt(i))) i++;
        if (i >= body.end() || QUOTE_MARKS.indexOf(text.charAt(i)) < 0) return false;
        if (Words.count(Words.of(text, standfirst.start(), standfirst.end())) < LEAD_WORDS) return false;
        boolean person = false;
        for (Entity e : a.entities()) {
            if (e.type() != EntityType.PER) continue;
            for (Span m : e.mentions()) person |= m.start() >= standfirst.start() && m.end() <= standfirst.end();
        }
        if (!person) return false;
        for (Quote q : a.quotes()) {
            if (q.kind() != Quote.Kind.DIRECT || q.text().start() < i || q.text().start() > i + 2) continue;
            Span who = q.speakerMention();
            return who != null && Character.isLowerCase(who.text().charAt(0));
        }
        return false;
    }

    /**
     * The years the article speaks of without writing them: its date's, and those of the body's
     * time expressions, resolved against that date ("mars prochain", "le mois dernier"). A
     * headline's "Municipales 2020" or "Silverstone Classic 2018" states the time of the story,
     * which such a body supports.
     */
    private static Set<String> years(Article a) {
        Set<String> out = new HashSet<>();
        String date = a.metadata().date();
        if (date != null && YEAR.matcher(date).lookingAt()) {
            out.add(date.substring(0, 4));
            // from October on, a story speaks of the coming year without writing it: "Municipales 2020"
            // in December 2019, "Budget 2021" in the autumn's debates
            if (LATE_IN_YEAR.matcher(date).lookingAt()) out.add(Integer.toString(Integer.parseInt(date.substring(0, 4)) + 1));
        }
        int bodyStart = a.bodyStart();
        for (TimeExpression t : a.times()) {
            if (t.text().start() >= bodyStart && YEAR.matcher(t.value()).lookingAt()) out.add(t.value().substring(0, 4));
        }
        return out;
    }

    /** Fraction words and the percentage they say. */
    private static final Map<String, String> FRACTIONS = Map.of("moitie", "50", "quart", "25", "tiers", "33",
            // spans of time written as words: "une demi-heure" is a headline's "30 minutes", "une décennie" its "10 ans"
            "demi-heure", "30", "demi-siecle", "50", "decennie", "10");

    /**
     * Whether the headline number at {@code i} is the denominator of a share ("un Français sur 4",
     * "une femme sur 3") that the body gives as a percentage ("25 %", "33 %", within a point) or a
     * fraction word ("un quart").
     */
    private static boolean shareInBody(List<Word> words, int i, BodyIndex body) {
        if (i < 2 || !words.get(i - 1).folded().equals("sur")) return false;
        boolean one = false;
        for (int k = Math.max(0, i - 4); k < i - 1; k++) {
            String f = words.get(k).folded();
            if (f.equals("un") || f.equals("une") || f.equals("1")) one = true;
        }
        String d = digits(words.get(i).text());
        if (!one || !d.chars().allMatch(Character::isDigit) || d.isEmpty() || d.length() > 3 || Integer.parseInt(d) < 2) return false;
        long pct = Math.round(100.0 / Integer.parseInt(d));
        return body.numbers().contains(Long.toString(pct)) || body.numbers().contains(Long.toString(pct - 1))
                || body.numbers().contains(Long.toString(pct + 1));
    }

    /** "ans", "an", "years": after a number, a span of years (an age, an anniversary). */
    private static final Set<String> YEARS_WORDS = Set.of("ans", "an", "years", "year");

    /**
     * Spans of years the body gives by their ends, reckoned from the article's date: a body year
     * {@code Y} supports a headline's "N ans" when the date's year less {@code Y} is N or N + 1
     * ("Mort à 103 ans" over "née le 1er mai 1917", "les 120 ans de la première Mercedes" over
     * "en 1886"); a body's "N ans" supports a headline year that far back ("commémorations de
     * 1945" over "les 75 ans de la fin de la guerre"). Adds "N ans" keys to {@code numbers} and
     * years to {@code years}.
     */
    private static void spans(Article a, List<Word> bodyWords, Set<String> years, Set<String> numbers) {
        String date = a.metadata().date();
        if (date == null || !YEAR.matcher(date).lookingAt()) return;
        int now = Integer.parseInt(date.substring(0, 4));
        for (int i = 0; i < bodyWords.size(); i++) {
            Word w = bodyWords.get(i);
            if (!w.isNumber() || !w.text().chars().allMatch(Character::isDigit) || w.text().length() > 4) continue;
            int v = Integer.parseInt(w.text());
            if (w.text().length() == 4 && v >= 1800 && v <= now) {
                numbers.add((now - v) + " ans");
                numbers.add((now - v - 1) + " ans");
            } else if (v > 0 && v <= 150 && i + 1 < bodyWords.size() && YEARS_WORDS.contains(bodyWords.get(i + 1).folded())) {
                years.add(Integer.toString(now - v));
                years.add(Integer.toString(now - v - 1));
            }
        }
    }

    private static void addYears(BodyIndex index, Set<String> years) {
        for (String y : years) {
            index.numbers().add(y);
            index.keys().add(Fold.key(y));
        }
    }

    /** A chapô this long may be a summary of the story. */
    private static final int SUMMARY_WORDS = 20;
    /** The share of a summary's content words the body uses too. */
    private static final double SUMMARY_SHARE = 0.35;
    /** Words compared on their first letters, so that "protéger" meets "protection". */
    private static final int SUMMARY_PREFIX = 5;

    /**
     * Whether the standfirst summarises the body: {@link #SUMMARY_WORDS} words or more, and more
     * than a third of its content words (lower-case, four letters or more, small words aside) found
     * in the body by their first five letters. Such a chapô is the newsroom's lead even undated: it
     * names the who and where that the body then develops without repeating ("Anouchka Delon fait
     * la Une du Paris Match belge" over "l'actrice ... dans le magazine"). A framing pasted on a
     * reprint brings its own words: over 2,435 random pairings of an OrangeSum chapô with another
     * story's body, 1.7 % reached that share, against half of the chapôs the stage flagged on the
     * wire articles themselves. Short framings ("Turquie, un membre de l'OTAN qui passe du côté de
     * la Russie") are always checked.
     */
    static boolean summary(String text, Range standfirst, List<Word> bodyWords) {
        if (Words.count(Words.of(text, standfirst.start(), standfirst.end())) < SUMMARY_WORDS) return false;
        int[] shared = sharedContent(text, standfirst, bodyWords);
        return shared[0] >= 4 && shared[1] >= SUMMARY_SHARE * shared[0];
    }

    /**
     * The standfirst's content words (lower-case words of four letters or more, no stop word) and how
     * many of them the body uses too, compared on their first letters: {content, shared}.
     */
    private static int[] sharedContent(String text, Range standfirst, List<Word> bodyWords) {
        Set<String> body = new HashSet<>();
        for (Word w : bodyWords) body.add(prefix(w.folded()));
        int content = 0;
        int shared = 0;
        for (Word w : Words.of(text, standfirst.start(), standfirst.end())) {
            if (w.isCapitalized() || w.isNumber() || w.folded().length() < 4 || STOP.contains(w.key()) || STOP.contains(w.folded())) continue;
            content++;
            if (body.contains(prefix(w.folded()))) shared++;
        }
        return new int[] {content, shared};
    }

    private static String prefix(String folded) {
        return folded.length() <= SUMMARY_PREFIX ? folded : folded.substring(0, SUMMARY_PREFIX);
    }

    private static boolean isRubric(String label) {
        String l = label.strip();
        return l.contains(" ") || l.length() > 6 || SHORT_RUBRICS.contains(Fold.fold(l));
    }

    private static int letters(Word w) {
        int n = 0;
        for (int i = 0; i < w.text().length(); i++) {
            if (Character.isLetter(w.text().charAt(i))) n++;
        }
        return n;
    }

    private static boolean isStop(Word w) {
        return STOP.contains(w.key()) || STOP.contains(w.folded());
    }

    private static boolean entityInBody(Entity e, Article a, BodyIndex body) {
        int bodyStart = a.bodyStart();
        for (Span m : e.mentions()) {
            if (m.start() >= bodyStart) return true;
        }
        // Aliases: the canonical name or any mention's form appearing in the body as words.
        if (supported(Words.of(e.canonical()), body)) return true;
        for (Span m : e.mentions()) {
            if (supported(Words.of(m.text()), body)) return true;
        }
        return false;
    }

    /** The {start, end} of the title and of the standfirst, where there is one. */
    private static List<int[]> leads(Article a) {
        List<int[]> out = new ArrayList<>();
        Range title = Parts.title(a);
        if (title != null) out.add(new int[] {title.start(), title.end()});
        Range standfirst = Parts.standfirst(a);
        if (standfirst != null) out.add(new int[] {standfirst.start(), standfirst.end()});
        return out;
    }

    /** Small words inside a name: "Geneviève de Fontenay", "Puy du Fou", "Ludwig van Beethoven". */
    private static final Set<String> NAME_PARTICLES = Set.of("de", "du", "des", "d'", "la", "le", "les", "von", "van", "der",
            "den", "di", "da", "del", "della", "dos", "das", "y", "al", "el", "ben", "bin");

    /**
     * What a mention of the checked part names that the body does not support: nothing, the
     * mention, or, when the tagger ran a mention over words around a name, those of its names the
     * body lacks. A mention holding two names apart ("Capital sur M6", "Emirats arabes unis Gulf
     * News", "l'Océan atlantique proche du Lac Rose") is judged name by name, and a lone
     * capitalised word opening the part's clause may be a common noun there, as for names outside
     * the entity layer: "Cing générations de Supra" is the body's Supra, and "Version trafic
     * international de drogue" after "C'est une pêche miraculeuse..." names nothing.
     */
    private static List<Span> unsupportedParts(Article a, Range part, Span m, BodyIndex body, boolean english) {
        String text = a.text();
        List<Word> words = Words.of(text, wordStart(text, m.start()), wordEnd(text, m.end()));
        if (supported(words, body)) return List.of();
        List<List<Word>> runs = nameRuns(words, english);
        if (runs.isEmpty()) {
            // an English title-case phrase the tagger took for a name ("Football Violence") names nobody
            if (english && words.stream().allMatch(w -> w.isCapitalized() || isStop(w) || w.isNumber())) return List.of();
            return List.of(m); // a role description ("président palestinien") is judged whole
        }
        boolean opening = runs.get(0).size() == 1 && runs.get(0).get(0) == words.get(0)
                && !words.get(0).isAllCaps() && !words.get(0).isNumber() && clauseStart(text, part, words.get(0));
        // English title case stretches a name over the headline's verb ("Google Bets", "Stadia Falls
        // Short"): the name alone is the claim. Words such as "Falls" or "Short" are names too in the
        // dictionary, so trailing words that are also common words are dropped while a name is left.
        if (english && runs.size() == 1) {
            List<Word> name = runs.get(0);
            int end = name.size();
            while (end > 1 && TitleCase.alsoCommon(name.get(end - 1).text())) end--;
            if (end < words.size() && supported(name.subList(0, end), body)) return List.of();
        }
        if (runs.size() == 1) {
            int lower = 0;
            for (Word w : words) {
                if (!w.isCapitalized() && !w.isNumber() && !isStop(w) && !NAME_PARTICLES.contains(w.folded())) lower++;
            }
            return opening && lower >= 2 ? List.of() : List.of(m);
        }
        List<Span> out = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            List<Word> run = runs.get(r);
            if (r == 0 && opening) continue;
            if (!supported(run, body)) out.add(a.span(run.get(0).start(), run.get(run.size() - 1).end()));
        }
        return out;
    }

    /**
     * A capitalised word that may be (part of) a name; in English, not a common word that a
     * title-case headline capitalises ("Republicans Are Following Trump to Nowhere": {@link TitleCase}).
     */
    private static boolean nameLike(Word w, boolean english) {
        return w.isCapitalized() && !(english && TitleCase.commonWord(w.text()));
    }

    /**
     * The names of a mention's words: runs of capitalised words or numbers, joined by name
     * particles ("Puy du Fou") and cut by any other lower-case word ("Capital | sur | M6").
     */
    private static List<List<Word>> nameRuns(List<Word> words, boolean english) {
        List<List<Word>> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= words.size(); i++) {
            boolean name = i < words.size() && (nameLike(words.get(i), english) || words.get(i).isNumber());
            boolean particle = i < words.size() && start >= 0 && NAME_PARTICLES.contains(words.get(i).folded())
                    && i + 1 < words.size() && (words.get(i + 1).isCapitalized() || words.get(i + 1).isNumber());
            if (name || particle) {
                if (start < 0) start = i;
            } else if (start >= 0) {
                runs.add(words.subList(start, i));
                start = -1;
            }
        }
        return runs;
    }

    /**
     * True when every capitalised or content word of {@code words} (an entity's mention or name)
     * occurs in the body under some form. A mention naming two or more capitalised words the body
     * has may hold lower-case words it lacks: the entity layer stretches a product or event name over
     * the headline's verb or adjective ("Une Lexus LFA Art Car exposée à Spa", "Alfa Romeo Spider
     * électrique chez Garage Italia"), which are no part of the name. A name of one capitalised
     * word and its lower-case words ("Parti communiste") must have them all.
     */
    private static boolean supported(List<Word> words, BodyIndex body) {
        boolean any = false;
        for (Lexicon.Hit h : VARIANTS.find(words)) {
            if (inGroups(h, body.groups())) return true;
        }
        int names = 0;
        boolean lowerMissing = false;
        for (Word w : words) {
            if (STOP.contains(w.key()) || w.text().length() < 2) continue;
            any = true;
            if (body.keys().contains(w.key()) || nameForm(w, body)) {
                if (w.isCapitalized()) names++;
            } else if (w.isCapitalized() || w.isNumber()) {
                return false;
            } else {
                lowerMissing = true;
            }
        }
        return any && (!lowerMissing || names >= 2);
    }

    /** Whether the body writes the name {@code w} under another form (see {@link NameForms}). */
    private static boolean nameForm(Word w, BodyIndex body) {
        return w.isAllCaps() && (NameForms.initialsInBody(w.folded(), body.words(), STOP) || NameForms.camelCapitalsInBody(w, body.words())
                        || body.english() && (NameForms.hyphenInitialsInBody(w.folded(), body.words(), STOP)
                                || Abbreviations.expandedInBody(w.text(), body.words())))
                || NameForms.spelledOtherwise(w, body.words())
                || romanInBody(w, body) || NameForms.demonymInBody(w, body.words()) || NameForms.clippedInBody(w, body.words())
                || NameForms.placeInBody(w, body.words()) || partsInBody(w, body) || shortYearInBody(w, body);
    }

    /** A model's or an event's year in two digits ("Mustang 66", "Mai 68") that the body writes in full ("en 1966"). */
    private static boolean shortYearInBody(Word w, BodyIndex body) {
        String t = w.text();
        return t.length() == 2 && Character.isDigit(t.charAt(0)) && Character.isDigit(t.charAt(1))
                && (body.numbers().contains("19" + t) || body.numbers().contains("20" + t));
    }

    /** A Roman numeral of two letters or more ("II", "XIV"): one letter may be an initial. */
    private static final Pattern ROMAN = Pattern.compile("(?=[IVXLC]{2,7}$)C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");
    private static final Map<Character, Integer> ROMAN_VALUES = Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50, 'C', 100);

    /** Whether {@code w} is a Roman numeral the body gives as a figure or a rank: "Phase II" for "la deuxième phase". */
    private static boolean romanInBody(Word w, BodyIndex body) {
        String t = w.text();
        if (!ROMAN.matcher(t).matches()) return false;
        int value = 0;
        for (int i = 0; i < t.length(); i++) {
            int v = ROMAN_VALUES.get(t.charAt(i));
            value += i + 1 < t.length() && ROMAN_VALUES.get(t.charAt(i + 1)) > v ? -v : v;
        }
        return body.numbers().contains(Integer.toString(value)) || body.numbers().contains(value + "e");
    }

    /**
     * Whether every part of a hyphenated compound is in the body: "Hidalgo-Dati" and
     * "Villani-Griveaux" (a duel) for a body naming both, "Nice-Lorient" (a route) for one naming
     * both towns, "11-Novembre" for "11 novembre". Parts of three letters or more and numbers are
     * checked; lower-case links ("Seine-et-Marne") are not parts. The body's own compounds count
     * by their parts too (its "Drôme-Ardèche" names the Drôme).
     */
    private static boolean partsInBody(Word w, BodyIndex body) {
        if (w.text().indexOf('-') < 0) return false;
        int parts = 0;
        for (String p : HYPHEN.split(w.text())) {
            if (p.isEmpty()) continue;
            if (Character.isDigit(p.charAt(0))) {
                if (!body.numbers().contains(digits(p))) return false;
                parts++;
            } else if ((p.length() >= 3 || p.length() == 2 && p.equals(p.toUpperCase(Locale.ROOT))) && Character.isUpperCase(p.charAt(0))) {
                if (!body.keys().contains(Fold.key(p))) return false;
                parts++;
            }
        }
        return parts >= 2;
    }

    /** Whether each word of a listed name is a part of a body compound ("Drôme" in "Drôme-Ardèche"). */
    private static boolean inCompounds(List<Word> name, BodyIndex body) {
        boolean any = false;
        for (Word w : name) {
            if (isStop(w)) continue;
            if (!body.keys().contains(w.key())) return false;
            any = true;
        }
        return any;
    }

    /** The start of the word {@code i} falls in: the entity layer may cut a token ("TF" of "TF1"). */
    private static int wordStart(String text, int i) {
        while (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) i--;
        return i;
    }

    /** The end of the word {@code i} falls in (see {@link #wordStart}). */
    private static int wordEnd(String text, int i) {
        while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) i++;
        return i;
    }

    /**
     * Whether a mention is one word, a verb form only (see {@link VerbForms}), opening a clause of
     * the part; not a label before a colon ("Testez : ..."), the place of a rubric or a speaker.
     */
    private static boolean verbAtClauseStart(String text, Range part, Span m) {
        List<Word> words = Words.of(text, m.start(), m.end());
        if (words.size() != 1 || words.get(0).isNumber() || words.get(0).isAllCaps() || !clauseStart(text, part, words.get(0))) return false;
        int k = m.end();
        while (k < part.end() && Character.isWhitespace(text.charAt(k))) k++;
        return (k >= part.end() || text.charAt(k) != ':') && VerbForms.onlyVerb(words.get(0).text());
    }

    private static boolean clauseStart(String text, Range part, Word w) {
        int i = w.start() - 1;
        while (i >= part.start() && (Character.isWhitespace(text.charAt(i)) || "«\"“'(".indexOf(text.charAt(i)) >= 0)) i--;
        return i < part.start() || ".:!?;–—-|/".indexOf(text.charAt(i)) >= 0;
    }

    private static BodyIndex index(List<Word> words, boolean english) {
        return index(words, VARIANTS.find(words), english);
    }

    /** The index of {@code words}, whose name-variant matches are {@code variants}. */
    private static BodyIndex index(List<Word> words, List<Lexicon.Hit> variants, boolean english) {
        Set<String> keys = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        for (Word w : words) {
            keys.add(w.key());
            if (w.text().indexOf('-') > 0) {
                // a compound's parts: "Drôme-Ardèche" names the Drôme
                for (String p : HYPHEN.split(w.text())) {
                    if (p.length() >= 3) keys.add(Fold.key(p));
                }
            }
            if (w.isNumber()) {
                String d = digits(w.text());
                numbers.add(d);
                numbers.add(unglued(w.text()));
                // a figure glued to a word or hyphened to it ("71.6million", "13-inch", "5-year-old")
                String lead = leadingFigure(w.text());
                if (lead != null) numbers.add(lead);
                // an amount's whole part: "10.530,89 euros" supports a headline's "10.530 euros"
                int comma = d.indexOf(',');
                if (comma >= 3) numbers.add(d.substring(0, comma));
            }
            // "four-door", "two-year" in the body support a headline's "4-door", "2-year"
            if (!w.isNumber() && w.text().indexOf('-') > 0) {
                Double first = Figures.numberValue(Fold.key(HYPHEN.split(w.text(), 2)[0]));
                if (first != null && first == Math.rint(first)) numbers.add(Long.toString(first.longValue()));
            }
            // "douze", "dix-sept", "mille", "une quarantaine" in the body support a headline's "12", "17", "1000", "40"
            Double v = w.isNumber() ? null : Figures.spelledValue(w);
            if (v != null && v == Math.rint(v)) numbers.add(Long.toString(v.longValue()));
            // "la moitié", "un quart", "un tiers" in the body support a headline's "50 %", "25 %", "33 %"
            String share = FRACTIONS.get(w.folded());
            if (share != null) numbers.add(share);
            // "neuvième", "second" in the body support a headline's "9e", "2e"
            Integer rank = ordinal(w);
            if (rank != null) numbers.add(rank + "e");
        }
        Set<String> groups = new HashSet<>();
        for (Lexicon.Hit h : variants) groups.addAll(GROUP_SPLIT.splitAsStream(h.entry().category()).toList());
        return new BodyIndex(keys, numbers, groups, words, english);
    }

    /**
     * The index of the standfirst and body words {@code words}, whose tail from {@code k} is the
     * body's words {@code body} indexes: the body's sets plus the standfirst's words, instead of
     * indexing the body twice. Name variants spanning the two parts fall back on a full index.
     */
    private static BodyIndex leads(BodyIndex body, List<Word> words, int k) {
        List<Lexicon.Hit> hits = new ArrayList<>();
        if (VARIANTS.find(words, 0, k, hits) != k) return index(words, body.english());
        BodyIndex head = index(words.subList(0, k), hits, body.english());
        return new BodyIndex(new Union(body.keys(), head.keys()), new Union(body.numbers(), head.numbers()),
                new Union(body.groups(), head.groups()), words, body.english());
    }

    /** Two sets seen as their union, without copying either. */
    private static final class Union extends AbstractSet<String> {
        private final Set<String> a;
        private final Set<String> b;

        Union(Set<String> a, Set<String> b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public boolean contains(Object o) {
            return a.contains(o) || b.contains(o);
        }

        @Override
        public Iterator<String> iterator() {
            return Stream.concat(a.stream(), b.stream().filter(x -> !a.contains(x))).iterator();
        }

        @Override
        public int size() {
            return (int) (a.size() + b.stream().filter(x -> !a.contains(x)).count());
        }
    }

    private static String digits(String number) {
        Matcher m = ORDINAL.matcher(number);
        if (m.matches()) return m.group(1) + "e";
        return ZERO_DECIMALS.matcher(NUMBER_SEPARATORS.matcher(number).replaceAll("")).replaceAll("");
    }

    /** A figure followed by letters, glued or after a hyphen: "71.6million", "13-Inch", "4-door". Not a rank ("9e"). */
    private static final Pattern LEADING_FIGURE = Pattern.compile("(\\d+(?:[.,]\\d+)?)-?\\p{L}[\\p{L}-]*");

    /** The figure opening {@code number} when letters follow it ("71.6" for "71.6m", "13" for "13-Inch"), or null. */
    private static String leadingFigure(String number) {
        if (ORDINAL.matcher(number).matches()) return null;
        Matcher m = LEADING_FIGURE.matcher(number);
        return m.matches() ? digits(m.group(1)) : null;
    }

    /** The figure of a number word, a unit glued to it dropped: "30kg" is "30", "17h" "17", "9e" stays a rank. */
    private static String unglued(String number) {
        Matcher glued = GLUED_UNIT.matcher(number);
        return glued.matches() && !ORDINAL.matcher(number).matches() ? digits(glued.group(1)) : digits(number);
    }

    /** The rank an ordinal word writes ("neuvième", "secondes"), or null. */
    private static Integer ordinal(Word w) {
        Integer r = ORDINAL_WORDS.get(w.folded());
        return r != null || !w.folded().endsWith("s") ? r : ORDINAL_WORDS.get(w.folded().substring(0, w.folded().length() - 1));
    }

    private static Map<String, Integer> ordinalWords() {
        Map<String, Integer> m = new HashMap<>();
        for (var line : org.vigie.nlp.signals.Resources.lines("support/ordinal-words.txt")) {
            String[] f = line.fields();
            if (f.length != 2) throw line.error("expected: word | rank");
            try {
                m.put(Fold.fold(f[0]), Integer.parseInt(f[1]));
            } catch (NumberFormatException e) {
                throw line.error("the rank is not a whole number");
            }
        }
        return m;
    }

    /**
     * Every variant becomes a lexicon entry whose category lists the numbers of the lines that hold
     * it: "Paris" stands for France and for Île-de-France, "Bruxelles" for the EU and for Belgium.
     */
    private static Lexicon variants() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        Map<String, org.vigie.nlp.signals.Resources.Line> first = new HashMap<>();
        for (var line : org.vigie.nlp.signals.Resources.lines("name-variants.txt")) {
            for (String v : line.fields()) {
                if (v.isEmpty()) continue;
                String key = Fold.fold(v);
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(Integer.toString(line.number()));
                first.putIfAbsent(key, new org.vigie.nlp.signals.Resources.Line(line.source(), line.number(), v));
            }
        }
        List<org.vigie.nlp.signals.Resources.Line> lines = new ArrayList<>();
        groups.forEach((key, numbers) -> {
            var line = first.get(key);
            lines.add(new org.vigie.nlp.signals.Resources.Line(line.source(), line.number(),
                    line.text().replace("|", " ") + " | " + String.join(",", numbers)));
        });
        return Lexicon.of(lines);
    }

    /**
     * Whether the body gives the number word {@code i} of a headline or standfirst as written or
     * under a form that names the same figure: digits, a word, a glued unit ("30kg"), a rank of a
     * title ("Taxi 5"), an age reckoned from the date, a share as a percentage, a rounding of a
     * counted figure, or the parts of a compound ("11-Novembre"). "1" and "2" count as supported.
     */
    private static boolean numberSupported(String text, List<Word> words, int i, BodyIndex body, boolean english) {
        Word w = words.get(i);
        // a unit glued to the figure ("30kg", "35km", "1,5g") is the body's "30 kg"
        String n = unglued(w.text());
        boolean years = i + 1 < words.size() && YEARS_WORDS.contains(words.get(i + 1).folded());
        // a title's number ("Taxi 5", "Rocky 4") is the body's rank ("le cinquième opus")
        boolean sequel = i > 0 && words.get(i - 1).isCapitalized() && !words.get(i - 1).isNumber() && body.numbers().contains(n + "e");
        String lead = leadingFigure(w.text());
        return NUMBER_WORDS_IGNORED.contains(n) || body.numbers().contains(n) || lead != null && body.numbers().contains(lead) || sequel || years && body.numbers().contains(n + " ans")
                || shareInBody(words, i, body) || roundedInBody(text, words, w, body, english) || partsInBody(w, body);
    }

    /** The quantity word {@code i} is part of, or null. */
    private static Figures.Quantity quantityAt(List<Figures.Quantity> quantities, int i) {
        for (Figures.Quantity q : quantities) {
            if (q.from() <= i && i < q.to()) return q;
        }
        return null;
    }

    /**
     * Every value the supporting words write, in digits or words, multiplied ("1 000 millions":
     * 1e9), and the totals they make of a count and the new items added to it, sorted.
     */
    private static double[] bodyValues(String text, BodyIndex body, boolean english) {
        return Stream.concat(Figures.values(text, body.words(), english).stream(), Figures.totals(text, body.words(), english).stream())
                .mapToDouble(Double::doubleValue).sorted().toArray();
    }

    /** Whether a sorted value falls in the quantity's interval. */
    private static boolean anyWithin(double[] sorted, Figures.Quantity q) {
        int k = java.util.Arrays.binarySearch(sorted, q.lo());
        if (k < 0) k = -k - 1;
        return k < sorted.length && sorted[k] <= q.hi();
    }

    /**
     * Whether the headline figure at {@code w} rounds a body figure: "20 millions d'euros" for the
     * body's "20,4 millions", within the rounding {@link Figures} allows a round figure.
     */
    private static boolean roundedInBody(String text, List<Word> words, Word w, BodyIndex body, boolean english) {
        for (Figures.Figure f : Figures.find(text, words, english)) {
            if (f.start() > w.start() || f.end() < w.end()) continue;
            return Figures.values(text, body.words(), english).stream().anyMatch(f::contains);
        }
        return false;
    }

    /**
     * A one-word proper name of the list matched by a lower-case word of a headline: "cher" is not
     * the Cher, "tour" not Tours, so neither is a claim to check (in the body such a match only
     * supports, which at worst spares a signal). Demonyms, listed in lower case, are claims as
     * written, and so are longer names ("l'alliance atlantique").
     */
    private static boolean commonWord(Lexicon.Hit h, List<Word> words) {
        return h.to() - h.from() == 1 && Character.isUpperCase(h.entry().phrase().charAt(0))
                && !words.get(h.from()).isCapitalized();
    }

    /** Whether a name-variant match belongs to one of {@code groups}. */
    private static boolean inGroups(Lexicon.Hit h, Set<String> groups) {
        for (String g : GROUP_SPLIT.split(h.entry().category())) {
            if (groups.contains(g)) return true;
        }
        return false;
    }

    private static Set<String> keys(Lexicon lexicon) {
        Set<String> s = new HashSet<>();
        for (Lexicon.Entry e : lexicon.entries()) {
            s.addAll(e.tokens());
            s.add(Fold.fold(e.phrase()));
        }
        return s;
    }
}
