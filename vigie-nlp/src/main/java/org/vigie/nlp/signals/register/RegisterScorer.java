package org.vigie.nlp.signals.register;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.core.model.Article;
import org.vigie.nlp.quotes.ReportingVerbs;
import org.vigie.nlp.signals.Fold;
import org.vigie.nlp.signals.Lexicon;
import org.vigie.nlp.signals.Parts;
import org.vigie.nlp.signals.Parts.Range;
import org.vigie.nlp.signals.Words;
import org.vigie.nlp.signals.Words.Word;
import org.vigie.nlp.signals.labels.LoadedLabelStage;
import org.vigie.nlp.signals.style.StyleScorer;

/**
 * Measures the register of an article: how it addresses the reader, whom it cites, how anchored
 * it is in dates, numbers and institutions. Each feature is a rate per 1,000 words (or a share, or
 * a mean) and, when it counts something, keeps the words it counted as cues, so that a score
 * built on these features can always point at the words behind it.
 *
 * <p>Lexicon features come from {@code register/register-cues.txt} and are counted in the outlet's
 * own voice (quotations excluded); layout features (dates, numbers, acronyms, names) are counted
 * over the whole text.
 */
public final class RegisterScorer {

    /** The features, in a fixed order (the order of {@link Profile#vector()}). */
    public static final List<String> FEATURES = List.of(
            "address", "first-person", "anonymous-source", "generic-person", "irony", "sensational",
            "precise-source", "fabricated-statistic", "first-name-witness", "date", "number", "acronym",
            "name", "exclamation", "question", "quote-share", "sentence-length", "subjectivity", "vagueness",
            "loaded-label", "title-generic-subject", "colloquial", "hedged-report", "titled-name",
            "named-quote", "unnamed-quote", "mock-announcement", "title-incongruity", "dated-sentences",
            "reporting-act", "media-citation", "place-department", "title-quote", "present-attribution",
            "past-attribution", "expressive-attribution");

    /** One counted cue: where, which feature, weight. */
    public record Cue(int start, int end, String feature, double weight) {
    }

    /** Features of one article and the cues behind them. */
    public record Profile(int words, Map<String, Double> features, List<Cue> cues) {

        /** Feature values in {@link #FEATURES} order. */
        public double[] vector() {
            double[] v = new double[FEATURES.size()];
            for (int i = 0; i < v.length; i++) v[i] = features.getOrDefault(FEATURES.get(i), 0.0);
            return v;
        }

        public List<Cue> cues(String feature) {
            return cues.stream().filter(c -> c.feature().equals(feature)).toList();
        }
    }

    private static final Lexicon CUES = Lexicon.load("register/register-cues.txt");
    /** Everyday trivial objects and pastimes, the second half of a parody headline's incongruity. */
    private static final Lexicon EVERYDAY = Lexicon.load("register/register-everyday.txt");
    /**
     * The newsroom's legwork ("contacté par", "n'a pas donné suite") and news outlets, counted when
     * credited as a source ({@link #credited}): one pass, apart from {@link #CUES} so that its longer
     * phrases ("a indiqué à") take no words from the cues there ("a indiqué").
     */
    private static final Lexicon SOURCING = Lexicon.of(concat(
            org.vigie.nlp.signals.Resources.lines("register/register-reporting.txt"),
            org.vigie.nlp.signals.Resources.lines("register/register-media.txt")));
    /** Words that, next to an outlet's name, make it the source of what is reported. */
    private static final Set<String> CREDIT_WORDS = keys("selon", "après", "rapporte", "rapportent", "révèle",
            "révèlent", "révélé", "indique", "indiqué", "précisé", "précise", "confié", "confie", "déclaré", "déclare",
            "expliqué", "explique", "affirmé", "affirme", "assuré", "raconté", "raconte", "interrogé", "contacté", "joint",
            "sollicité", "interview", "entretien", "micro", "antenne", "colonnes", "invité", "cité", "citée", "relayé",
            "publié", "publiée", "auprès", "annoncé", "annonce", "confirmé", "confirme", "écrit", "écrivent", "note",
            "souligne", "dévoilé", "dévoile", "repéré", "signalé", "dit", "lu");
    /** How many words before an outlet's name (and after it) a credit word is looked for. */
    private static final int CREDIT_REACH_BEFORE = 4;
    private static final int CREDIT_REACH_AFTER = 2;
    /** "Saint-Étienne (Loire)": a place located by its département or province in parentheses. */
    private static final Pattern PARENTHESIS = Pattern.compile("\\(([^()\\n]{2,40})\\)");
    private static final Set<String> DEPARTEMENTS = departements();
    /**
     * Speech verbs of an incise after a quotation: third-person present forms (the quote stage's
     * reporting verbs and the register's own extras), and mood verbs by prefix.
     */
    private static final Set<String> SPEECH_PRESENT = speechPresent();
    private static final List<String> SPEECH_EXPRESSIVE = List.copyOf(speechVerbs("expressive"));
    private static final Set<String> AUXILIARIES = Set.of("a", "ont", "avait", "avaient");
    private static final Set<String> REFLEXIVE_AUXILIARIES = Set.of("est", "sont", "etait", "etaient");
    private static final Pattern INCISE_GAP = Pattern.compile("[\\s,]*");
    private static final Pattern INVERTED_SUBJECT = Pattern.compile("(?:-t)?-(?:il|elle|ils|elles|on)$");
    /** A quotation shorter than this many words is a scare quote or a title, not someone's speech. */
    private static final int SPEECH_WORDS = 6;
    /** How far (characters) from a quotation, within its sentence, its speaker is looked for. */
    private static final int ATTRIBUTION_REACH = 120;
    /** Capitalised words that open a sentence or a name-like pair without being a name. */
    private static final Set<String> NOT_NAMES = keys("le", "la", "les", "l", "un", "une", "des", "du", "de", "selon",
            "pour", "mais", "et", "en", "au", "aux", "dans", "ce", "cette", "ces", "il", "elle", "ils", "elles", "on",
            "son", "sa", "ses", "leur", "leurs", "quand", "si", "lors", "après", "avant", "depuis", "comme", "pourtant",
            "alors", "ainsi", "puis", "enfin", "madame", "monsieur", "mme", "m");
    private static final Set<String> HONORIFICS = keys("m", "mme", "mlle", "me", "dr", "pr", "monsieur", "madame");
    private static final Set<String> DEFINITE = keys("le", "la", "l", "les", "du", "au", "des");
    /** Cue features that name a speaker without identifying them. */
    private static final Set<String> UNNAMED_SPEAKERS = Set.of("generic-person", "anonymous-source", "first-name-witness");
    private static final String MONTHS = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|"
            + "octobre|novembre|décembre|decembre";
    private static final String WEEKDAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";
    /** "6 juillet", "1er mai 2017", "jeudi", "2017", "14h30": a text anchored in time. */
    private static final Pattern DATE = Pattern.compile("(?iu)\\b(?:\\d{1,2}(?:er)?\\s+(?:" + MONTHS + ")(?:\\s+\\d{4})?"
            + "|(?:" + WEEKDAYS + ")|(?:19|20)\\d{2}|\\d{1,2}\\s?h\\s?\\d{0,2})\\b");
    /** "87 % des Français", "64% des sondés": a share of a whole population, the favourite figure of parody. */
    private static final Pattern SHARE = Pattern.compile(
            "(?iu)\\b\\d{1,3}(?:[.,]\\d+)?\\s?(?:%|pour\\s?cent)\\s+(?:des|de\\s+la\\s+population|d['’]entre\\s+eux|de\\s+nos)\\s+(\\p{L}+)");
    private static final Set<String> POPULATIONS = Set.of("francai", "personne", "gen", "habitant", "sonde",
            "citoyen", "homme", "femme", "jeune", "parent", "enfant", "salarie", "internaute", "utilisateur",
            "automobiliste", "consommateur", "europeen", "americain", "belge", "suisse", "quebecoi", "etudiant",
            "retraite", "chomeur", "electeur", "fonctionnaire", "patron", "cadre", "adolescent", "senior",
            "proprietaire", "locataire", "couple", "celibataire", "mari", "epouse", "medecin", "policier",
            "enseignant", "professeur", "eleve", "agriculteur", "musulman", "chretien", "catholique", "juif",
            "parisien", "humain", "terrien", "lecteur", "spectateur", "fan", "supporter", "joueur", "chien",
            "chat", "animal", "animaux");
    /** "Jérôme, 45 ans": an adult witness known by a first name and an age only. */
    private static final Pattern FIRST_NAME_AGE = Pattern.compile("(?u)(?<![\\p{L}\\-’'])(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?),\\s+(\\d{1,3})\\s+ans\\b");
    /**
     * Offices that introduce a person in a report: "le ministre de l'Intérieur, Jean Dupont", "la
     * députée LR Anne Martin" (matched on word keys, so feminine and plural forms count too).
     */
    private static final Set<String> OFFICES = keys("ministre", "président", "député", "eurodéputé", "sénateur",
            "sénatrice", "maire", "porte-parole", "secrétaire", "candidat", "chef", "cheffe", "patron", "dirigeant",
            "directeur", "directrice", "responsable", "procureur", "avocat", "juge", "préfet", "conseiller", "conseillère",
            "élu", "adjoint", "leader", "fondateur", "fondatrice", "économiste", "politologue", "sociologue", "historien",
            "historienne", "chercheur", "chercheuse", "professeur", "commissaire", "ambassadeur", "ambassadrice", "gouverneur");
    /** Characters that end the clause an office and its holder's name share (a comma does not). */
    private static final String CLAUSE_BREAK = ".!?;:«»\"“”()\n";
    private static final Pattern SECTION_LABEL = Pattern.compile("(?m)^[\\p{Lu}\\d' ]{2,40}?\\s[-–:]\\s");
    private static final Set<String> TITLE_GENERIC = Set.of("un", "une", "des");

    private RegisterScorer() {
    }

    /**
     * The profile of an article's text. Quoted stretches are those between quotation marks only,
     * whatever quote layer the article has: the model is fitted and its threshold calibrated on
     * texts without NLP layers, and a quote layer (indirect speech above all) would shift every
     * own-voice rate away from what the weights were fitted on.
     */
    public static Profile profile(Article article) {
        Article a = article.quotes().isEmpty() ? article : article.withQuotes(List.of());
        String text = a.text();
        Range all = new Range(0, text.length(), null);
        List<Range> quoted = Parts.quoted(a, all);
        List<Word> allWords = Words.of(text);
        List<Word> own = new ArrayList<>();
        for (Word w : allWords) {
            if (Parts.covering(quoted, w.start(), w.end()) == null) own.add(w);
        }
        int words = Math.max(1, Words.count(allWords));
        int ownWords = Math.max(1, Words.count(own));
        List<Cue> cues = new ArrayList<>();
        Map<String, Double> f = new LinkedHashMap<>();
        for (String name : FEATURES) f.put(name, 0.0);

        for (Lexicon.Hit h : CUES.find(own)) {
            if (h.entry().weight() <= 0) continue;
            String cat = h.entry().category();
            cues.add(new Cue(h.start(), h.end(), cat, h.entry().weight()));
        }
        for (Lexicon.Hit h : SOURCING.find(own)) {
            if (h.entry().category().equals("reporting-act")) cues.add(new Cue(h.start(), h.end(), "reporting-act", h.entry().weight()));
            else if (credited(own, h)) cues.add(new Cue(h.start(), h.end(), "media-citation", 1));
        }
        localisedPlaces(text, cues);
        Matcher m = SHARE.matcher(text);
        while (m.find()) {
            if (POPULATIONS.contains(Fold.key(m.group(1))) || isDemonym(m.group(1))) {
                cues.add(new Cue(m.start(), m.end(), "fabricated-statistic", 1));
            }
        }
        m = FIRST_NAME_AGE.matcher(text);
        while (m.find()) {
            // minors are named by first name only as a matter of privacy, in every newsroom
            if (!afterCapitalisedWord(text, m.start()) && Integer.parseInt(m.group(2)) >= 18) cues.add(new Cue(m.start(), m.end(), "first-name-witness", 1));
        }
        titledNames(text, allWords, cues);
        m = DATE.matcher(text);
        while (m.find()) cues.add(new Cue(m.start(), m.end(), "date", 1));
        List<Range> sentences = Parts.sentences(text, all);
        names(text, allWords, sentences, cues);
        List<Range> quotations = merge(quoted);
        attributions(text, allWords, quotations, sentences, cues);
        incises(text, allWords, quotations, cues);
        for (Cue c : cues) {
            if (!f.containsKey(c.feature())) continue;
            f.merge(c.feature(), c.weight(), Double::sum);
        }
        // lexicon features are rates of own-voice words; layout features of all words
        for (String name : List.of("address", "first-person", "anonymous-source", "generic-person", "irony",
                "sensational", "precise-source", "colloquial", "hedged-report", "mock-announcement", "reporting-act",
                "media-citation")) {
            f.put(name, f.get(name) * 1000 / ownWords);
        }
        for (String name : List.of("fabricated-statistic", "first-name-witness", "date", "number", "acronym", "name",
                "titled-name", "place-department", "past-attribution", "expressive-attribution")) {
            f.put(name, f.get(name) * 1000 / words);
        }
        // the narrative present as a share of incises: how much a text quotes is quote-share's business
        double incises = f.get("present-attribution") + f.get("past-attribution") * words / 1000;
        f.put("present-attribution", incises == 0 ? 0 : f.get("present-attribution") / incises);

        StyleScorer.Profile style = StyleScorer.profile(a);
        Map<String, Double> cats = style.perCategory();
        f.put("exclamation", cats.getOrDefault("exclamation", 0.0));
        f.put("question", cats.getOrDefault("question", 0.0));
        f.put("subjectivity", style.subjectivityPer1000());
        f.put("vagueness", style.vaguenessPer1000());
        for (StyleScorer.Cue c : style.subjective()) {
            String feat = c.category().equals("exclamation") || c.category().equals("question") ? c.category() : "subjectivity";
            cues.add(new Cue(c.start(), c.end(), feat, c.weight()));
        }
        for (StyleScorer.Cue c : style.vague()) cues.add(new Cue(c.start(), c.end(), "vagueness", c.weight()));
        double loaded = 0;
        for (Lexicon.Hit h : LoadedLabelStage.labels(text)) {
            loaded += h.entry().weight();
            cues.add(new Cue(h.start(), h.end(), "loaded-label", h.entry().weight()));
        }
        f.put("loaded-label", loaded * 1000 / words);

        int quotedChars = 0;
        for (Range q : quotations) quotedChars += q.end() - q.start();
        f.put("quote-share", text.isEmpty() ? 0 : (double) quotedChars / text.length());
        f.put("sentence-length", sentences.isEmpty() ? 0 : (double) words / sentences.size());
        f.put("named-quote", f.get("named-quote") * 1000 / words);
        f.put("unnamed-quote", f.get("unnamed-quote") * 1000 / words);
        f.put("dated-sentences", datedShare(sentences, cues));
        Range title = Parts.title(a);
        List<Word> tw = Words.of(text, title.start(), title.end());
        if (!tw.isEmpty() && TITLE_GENERIC.contains(Fold.fold(tw.get(0).text())) && tw.size() > 1
                && !tw.get(1).isCapitalized()) {
            f.put("title-generic-subject", 1.0);
            cues.add(new Cue(tw.get(0).start(), tw.get(1).end(), "title-generic-subject", 1));
        }
        titleIncongruity(tw, cues, f);
        titleQuote(text, title, allWords, quotations, cues, f);
        cues.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return new Profile(words, f, List.copyOf(cues));
    }

    private static Set<String> keys(String... words) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : words) out.add(Fold.key(w));
        return Set.copyOf(out);
    }

    /** An office followed, in the same clause and within eight words, by a full name (two capitalised words). */
    private static void titledNames(String text, List<Word> words, List<Cue> out) {
        for (int i = 0; i < words.size(); i++) {
            Word office = words.get(i);
            if (!OFFICES.contains(office.key())) continue;
            for (int j = i + 1; j + 1 < words.size() && j <= i + 8; j++) {
                if (breaks(text, words.get(j - 1).end(), words.get(j).start())) break;
                Word first = words.get(j);
                Word last = words.get(j + 1);
                if (isNamePart(first) && isNamePart(last) && text.substring(first.end(), last.start()).isBlank()) {
                    out.add(new Cue(office.start(), last.end(), "titled-name", 1));
                    i = j + 1;
                    break;
                }
            }
        }
    }

    /**
     * Each quotation of at least {@link #SPEECH_WORDS} words is looked at with its attribution: the
     * rest of its sentence, within {@link #ATTRIBUTION_REACH} characters. An identified speaker there
     * (a full name, "M."/"Mme" and a name, or an office: "a déclaré Emmanuel Macron", "selon le
     * ministre") makes it a {@code named-quote}, the sourcing of reporting; an unnamed character (a
     * generic person, an anonymous source, a first name and an age: "confie un habitant", "explique
     * Gérard, 54 ans") an {@code unnamed-quote}, the invented witness of parody. A quotation
     * attributed by a pronoun alone ("a-t-il ajouté") is neither. The cue is the quotation itself.
     */
    private static void attributions(String text, List<Word> words, List<Range> quotes, List<Range> sentences, List<Cue> out) {
        List<Cue> unnamed = out.stream().filter(c -> UNNAMED_SPEAKERS.contains(c.feature())).toList();
        List<Cue> found = new ArrayList<>();
        for (int k = 0; k < quotes.size(); k++) {
            Range q = quotes.get(k);
            if (wordAt(words, q.end()) - wordAt(words, q.start()) < SPEECH_WORDS) continue;
            Range s = null;
            for (Range r : sentences) {
                if (r.end() > q.start() && r.start() < q.end()) {
                    s = s == null ? r : new Range(s.start(), Math.max(s.end(), r.end()), null);
                }
            }
            // the attribution never reaches past a neighbouring quotation (French "… » « …" is not
            // always split into sentences)
            int from = s == null ? q.start() : Math.max(s.start(), q.start() - ATTRIBUTION_REACH);
            int to = s == null ? q.end() : Math.min(s.end(), q.end() + ATTRIBUTION_REACH);
            if (k > 0) from = Math.max(from, Math.min(q.start(), quotes.get(k - 1).end()));
            if (k + 1 < quotes.size()) to = Math.min(to, Math.max(q.end(), quotes.get(k + 1).start()));
            int zoneFrom = from;
            int zoneTo = to;
            if (identified(text, words, from, q.start()) || identified(text, words, q.end(), to)) {
                found.add(new Cue(q.start(), q.end(), "named-quote", 1));
            } else if (unnamed.stream().anyMatch(c -> c.start() >= zoneFrom && c.end() <= zoneTo
                    && (c.end() <= q.start() || c.start() >= q.end()))) {
                found.add(new Cue(q.start(), q.end(), "unnamed-quote", 1));
            }
        }
        out.addAll(found);
    }

    /**
     * An identified speaker within {@code [from, to)}: two capitalised words in a row (the first not a
     * determiner or connective), "M." or "Mme" and a capitalised word, or an office after a
     * definite article ("le ministre", "la porte-parole", "du président").
     */
    private static boolean identified(String text, List<Word> words, int from, int to) {
        for (int i = wordAt(words, from); i < words.size(); i++) {
            Word a = words.get(i);
            if (a.end() > to) break;
            Word b = i + 1 < words.size() && words.get(i + 1).end() <= to ? words.get(i + 1) : null;
            if (b != null && isNamePart(b) && text.substring(a.end(), b.start()).isBlank()) {
                if (isNamePart(a) && !NOT_NAMES.contains(a.key())) return true;
                if (HONORIFICS.contains(a.key())) return true;
            }
            if (b != null && OFFICES.contains(b.key()) && DEFINITE.contains(a.key())) return true;
        }
        return false;
    }

    /** Index of the first word starting at or after {@code pos} (words are in text order). */
    private static int wordAt(List<Word> words, int pos) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).start() < pos) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Share of sentences holding at least one date cue. */
    private static double datedShare(List<Range> sentences, List<Cue> cues) {
        if (sentences.isEmpty()) return 0;
        int dated = 0;
        int c = 0;
        List<Cue> dates = cues.stream().filter(x -> x.feature().equals("date")).sorted((x, y) -> Integer.compare(x.start(), y.start())).toList();
        for (Range s : sentences) {
            while (c < dates.size() && dates.get(c).start() < s.start()) c++;
            if (c < dates.size() && dates.get(c).start() < s.end()) dated++;
        }
        return (double) dated / sentences.size();
    }

    /**
     * A headline that names a public actor (a capitalised word other than its first, or an acronym)
     * and an everyday trivial thing ({@code register-everyday.txt}) other than that name: "Bielsa sort
     * un barbecue en plein match". The cues are the everyday words.
     */
    private static void titleIncongruity(List<Word> title, List<Cue> cues, Map<String, Double> f) {
        List<Lexicon.Hit> hits = EVERYDAY.find(title);
        if (hits.isEmpty()) return;
        boolean actor = false;
        for (int i = 0; i < title.size() && !actor; i++) {
            Word w = title.get(i);
            boolean inHit = false;
            for (Lexicon.Hit h : hits) inHit |= i >= h.from() && i < h.to();
            if (inHit || w.isNumber()) continue;
            actor = w.isAllCaps() && w.text().length() >= 2 && w.text().length() <= 6
                    || i > 0 && isNamePart(w) && !NOT_NAMES.contains(w.key());
        }
        if (!actor) return;
        for (Lexicon.Hit h : hits) cues.add(new Cue(h.start(), h.end(), "title-incongruity", h.entry().weight()));
        f.put("title-incongruity", 1.0);
    }

    /**
     * An outlet's name written with the entry's capitals ("Le Monde", not "le monde") and a credit
     * word within {@link #CREDIT_REACH_BEFORE} words before it or {@link #CREDIT_REACH_AFTER} after it
     * ("selon Le Parisien", "a indiqué au Monde", "interrogé sur France Inter", "Mediapart révèle").
     */
    private static boolean credited(List<Word> words, Lexicon.Hit h) {
        List<Word> entry = Words.of(h.entry().phrase());
        for (int k = 0; k < entry.size(); k++) {
            Word e = entry.get(k);
            Word w = words.get(h.from() + k);
            if (Character.isUpperCase(e.text().charAt(0)) != Character.isUpperCase(w.text().charAt(0))) return false;
            if (e.isAllCaps() && !w.isAllCaps()) return false;
        }
        for (int i = Math.max(0, h.from() - CREDIT_REACH_BEFORE); i < h.from(); i++) {
            if (CREDIT_WORDS.contains(words.get(i).key())) return true;
        }
        for (int i = h.to(); i < Math.min(words.size(), h.to() + CREDIT_REACH_AFTER); i++) {
            if (CREDIT_WORDS.contains(words.get(i).key())) return true;
        }
        return false;
    }

    /**
     * The incise right after a quotation, in the speaker's tense and mood: "» explique le maire"
     * ({@code present-attribution}), "», a-t-il déclaré" ({@code past-attribution}), "», s'emporte
     * l'élu" ({@code expressive-attribution}, in either tense). The cue is the verb (with its auxiliary).
     */
    private static void incises(String text, List<Word> words, List<Range> quotes, List<Cue> out) {
        for (Range q : quotes) {
            int k = wordAt(words, q.end());
            if (k >= words.size() || !INCISE_GAP.matcher(text.substring(q.end(), words.get(k).start())).matches()) continue;
            Word first = words.get(k);
            String verb = verbBase(first.folded());
            boolean reflexive = verb.equals("s'") || verb.equals("se");
            if (reflexive) {
                if (++k >= words.size()) continue;
                verb = verbBase(words.get(k).folded());
            }
            Word last = words.get(k);
            if (AUXILIARIES.contains(verb) || reflexive && REFLEXIVE_AUXILIARIES.contains(verb)) {
                Word participle = k + 1 < words.size() ? words.get(k + 1) : null;
                if (participle != null) last = participle;
                out.add(new Cue(first.start(), last.end(), "past-attribution", 1));
                if (participle != null && expressive(participle.folded())) {
                    out.add(new Cue(first.start(), last.end(), "expressive-attribution", 1));
                }
                continue;
            }
            boolean mood = expressive(verb);
            if (SPEECH_PRESENT.contains(verb) || mood) out.add(new Cue(first.start(), last.end(), "present-attribution", 1));
            if (mood) out.add(new Cue(first.start(), last.end(), "expressive-attribution", 1));
        }
    }

    /** A verb without its inverted subject: "explique-t-il" is "explique". */
    private static String verbBase(String folded) {
        return INVERTED_SUBJECT.matcher(folded).replaceFirst("");
    }

    private static boolean expressive(String folded) {
        String verb = verbBase(folded);
        for (String prefix : SPEECH_EXPRESSIVE) if (verb.startsWith(prefix)) return true;
        return false;
    }

    /** "Saint-Étienne (Loire)": a capitalised place right before its département in parentheses. */
    private static void localisedPlaces(String text, List<Cue> out) {
        Matcher m = PARENTHESIS.matcher(text);
        while (m.find()) {
            if (!DEPARTEMENTS.contains(Fold.fold(m.group(1).strip()))) continue;
            int i = m.start() - 1;
            while (i >= 0 && text.charAt(i) == ' ') i--;
            if (i < 0 || !Character.isLetter(text.charAt(i))) continue;
            if (afterCapitalisedWord(text, i + 1)) out.add(new Cue(m.start(), m.end(), "place-department", 1));
        }
    }

    /**
     * A headline carrying somebody's words: a quotation of at least two words inside the title
     * ("Macron : « Nous ne céderons pas »"), the way reports headline what was said.
     */
    private static void titleQuote(String text, Range title, List<Word> words, List<Range> quotes, List<Cue> cues,
            Map<String, Double> f) {
        for (Range q : quotes) {
            if (q.start() < title.start() || q.end() > title.end()) continue;
            if (wordAt(words, q.end()) - wordAt(words, q.start()) < 2) continue;
            cues.add(new Cue(q.start(), q.end(), "title-quote", 1));
            f.put("title-quote", 1.0);
            return;
        }
    }

    private static Set<String> speechPresent() {
        Set<String> out = new java.util.LinkedHashSet<>(speechVerbs("present"));
        for (String form : ReportingVerbs.present()) out.add(Fold.fold(form));
        return java.util.Collections.unmodifiableSet(out);
    }

    /** Folded forms of one category of {@code register-speech-verbs.txt}, reflexive pronoun and "*" dropped. */
    private static Set<String> speechVerbs(String category) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (Lexicon.Entry e : Lexicon.load("register/register-speech-verbs.txt").entries()) {
            if (e.category().equals(category)) out.add(Fold.fold(e.phrase()).replaceFirst("^(?:s'|se )", "").replace("*", ""));
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static Set<String> departements() {
        Set<String> out = new java.util.HashSet<>();
        for (Lexicon.Entry e : Lexicon.load("register/register-departements.txt").entries()) out.add(Fold.fold(e.phrase()));
        return Set.copyOf(out);
    }

    private static boolean isNamePart(Word w) {
        return w.text().length() >= 2 && w.isCapitalized() && !w.isAllCaps() && !w.isNumber();
    }

    private static boolean breaks(String text, int from, int to) {
        for (int k = from; k < to; k++) if (CLAUSE_BREAK.indexOf(text.charAt(k)) >= 0) return true;
        return false;
    }

    private static boolean isDemonym(String w) {
        String f = Fold.fold(w);
        return Character.isUpperCase(w.charAt(0)) && (f.endsWith("ais") || f.endsWith("aises") || f.endsWith("ains")
                || f.endsWith("aines") || f.endsWith("iens") || f.endsWith("iennes") || f.endsWith("ois"));
    }

    private static boolean afterCapitalisedWord(String text, int pos) {
        int i = pos - 1;
        while (i >= 0 && text.charAt(i) == ' ') i--;
        int end = i + 1;
        while (i >= 0 && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) i--;
        return end > i + 1 && Character.isUpperCase(text.charAt(i + 1));
    }

    /**
     * Numbers, acronyms and capitalised words inside sentences (a sentence's first word is
     * capitalised whatever it is): how dense the text is in precise figures, institutions and names.
     * Section labels at the head of a paragraph ("SEXE - ", "POLITIQUE : ") are layout, not acronyms.
     */
    private static void names(String text, List<Word> words, List<Range> sentences, List<Cue> out) {
        List<Range> labels = new ArrayList<>();
        Matcher m = SECTION_LABEL.matcher(text);
        while (m.find()) labels.add(new Range(m.start(), m.end(), null));
        int s = 0;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            while (s < sentences.size() && sentences.get(s).end() <= w.start()) s++;
            boolean first = s >= sentences.size() || w.start() <= sentences.get(s).start()
                    || i > 0 && words.get(i - 1).end() <= sentences.get(s).start();
            if (w.isNumber()) {
                out.add(new Cue(w.start(), w.end(), "number", 1));
            } else if (w.isAllCaps() && w.text().length() >= 2 && w.text().length() <= 6) {
                if (Parts.covering(labels, w.start(), w.end()) == null) out.add(new Cue(w.start(), w.end(), "acronym", 1));
            } else if (!first && w.isCapitalized() && w.text().length() >= 2) {
                out.add(new Cue(w.start(), w.end(), "name", 1));
            }
        }
    }

    private static List<Range> merge(List<Range> ranges) {
        List<Range> sorted = new ArrayList<>(ranges);
        sorted.sort((x, y) -> Integer.compare(x.start(), y.start()));
        List<Range> out = new ArrayList<>();
        for (Range r : sorted) {
            if (!out.isEmpty() && r.start() <= out.get(out.size() - 1).end()) {
                Range last = out.remove(out.size() - 1);
                out.add(new Range(last.start(), Math.max(last.end(), r.end()), null));
            } else {
                out.add(r);
            }
        }
        return out;
    }

}
