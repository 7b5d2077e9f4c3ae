package org.vigie.nlp.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Span;
import org.vigie.nlp.entities.EntityLexicon;
import org.vigie.nlp.quotes.QuoteMarks.Passage;

/** Reads the quotations of one text; one instance per article, used once. */
final class QuoteReader extends AbstractQuoteReader {

    /** A passage of at most this many words is speech only when a cue attributes it. */
    static final int SHORT = 4;
    /** Words allowed between a quote and its postposed cue (« … » aux pays européens, a-t-il conclu). */
    static final int MAX_GAP = 8;

    private static final CueLexicon LEX = CueLexicon.get();
    private static final Set<String> WORK_NOUNS = Lexicons.set("work-nouns.txt");
    /** Reporting verbs whose object carries what was said (« annonce un retour »). */
    private static final Set<String> OBJECT_CUES = Lexicons.set("object-cues.txt");
    /** « sa volonté de », « son intention de »: the content is the infinitive that follows. */
    private static final Set<String> INTENT_NOUNS = Lexicons.set("intent-nouns.txt");
    private static final Set<String> NOT_INFINITIVES = Lexicons.set("infinitive-exceptions.txt");
    /** « dit vouloir », « a promis de revenir »: lemmas (with " de" when the infinitive follows « de »). */
    private static final Set<String> INFINITIVE_CUES = Lexicons.set("infinitive-cues.txt");
    /** Time phrases that may open an object: « a annoncé la semaine dernière des possibilités… ». */
    private static final Set<String> TIME_NOUNS = Set.of("semaine", "mois", "année", "an", "veille", "lendemain",
            "week-end", "jour", "nuit", "matinée", "soirée", "journée");
    /** Relative pronouns: « les situations auxquelles X assure porter une attention, sont… ». */
    private static final Set<String> RELATIVES = Set.of("dont", "où", "auxquelles", "auxquels", "auquel", "lesquels",
            "lesquelles", "laquelle", "lequel");
    /** Words that open another clause after a comma: the content stops there. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("tandis", "alors", "lorsque", "lorsqu'", "quand", "pendant");
    /** Conjunctions that open a subordinate clause: its object ends at the clause's comma. */
    private static final Set<String> SUBORDINATORS = Set.of("où", "dont", "quand", "lorsque", "lorsqu'", "si", "s'",
            "comme", "puisque", "puisqu'", "alors", "tandis", "bien", "après", "avant", "auxquelles", "auxquels", "auquel",
            "lesquels", "lesquelles", "laquelle", "lequel");
    /** A noun-phrase object is speech only when it says something: « annonce un retour de charité », not « confirme l'information ». */
    static final int MIN_OBJECT_WORDS = 4;
    /** Endings of the productive infinitive classes (-er, -ir, -oir, -dre, -ttre, -aître, -uire, -ivre). */
    private static final java.util.regex.Pattern INFINITIVE = java.util.regex.Pattern.compile(
            "[\\p{L}-]+(er|ir|oir|ndre|rdre|ttre|aître|oître|uire|ivre)");
    /** Infinitives of the closed classes, whose endings nouns share (« affaire », « histoire », « empire »). */
    private static final Set<String> OTHER_INFINITIVES = Set.of("être", "faire", "refaire", "défaire", "satisfaire",
            "plaire", "déplaire", "taire", "croire", "boire", "dire", "redire", "interdire", "prédire", "contredire",
            "lire", "élire", "réélire", "rire", "écrire", "décrire", "inscrire", "suffire", "vaincre", "convaincre",
            "conclure", "exclure", "inclure");
    /** -ier verbs; every other -ier word is taken for a noun (« dossier », « ouvrier », « quartier »). */
    private static final Set<String> IER_VERBS = Set.of("oublier", "publier", "étudier", "vérifier", "remercier",
            "apprécier", "confier", "modifier", "justifier", "négocier", "nier", "multiplier", "identifier", "parier",
            "envier", "qualifier", "certifier", "financer");
    /** Object clitics that may stand before an infinitive: « assure l'avoir vu », « dit s'être trompé ». */
    private static final Set<String> INFINITIVE_CLITICS = Set.of("l'", "s'", "se", "y", "en", "lui", "leur", "m'", "me",
            "nous", "vous");
    /** Object determiners (« ce »/« cette » are read as adverbs only before a time word). */
    private static final Set<String> OBJECT_DETERMINERS = Set.of("le", "la", "l'", "les", "un", "une", "des", "du",
            "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "ces", "notre", "nos", "plusieurs", "certains",
            "certaines");
    private static final Set<String> COLLECTIVE_NOUNS = Lexicons.set("collective-nouns.txt");
    /** Given names (the entity package's list, first column): « Luc Besson » is no band. */
    /** Given names (the entity stage's list, matched as it matches them: accents folded). */
    private static final EntityLexicon LEXICON = EntityLexicon.french();
    /** Lowercase words inside foreign names: « Eagles of Death Metal », « Bank of America ». */
    private static final Set<String> FOREIGN_PARTICLES = Set.of("of", "the", "and", "de", "du", "des", "la", "le");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("à", "en", "dans", "vers", "depuis", "sur", "près");
    private static final Set<String> POSSESSIVES = Set.of("son", "sa", "ses", "leur", "leurs", "notre", "nos");
    /** Words after which a subject phrase is followed by its verb: « Le ministre a inauguré », « La société s'est ». */
    private static final Set<String> VERB_START = Set.of("a", "ont", "avait", "avaient", "aura", "auront", "aurait",
            "est", "sont", "était", "étaient", "sera", "seront", "serait", "s'", "se", "ne", "n'", "y", "lui", "leur",
            "va", "vont", "allait", "doit", "doivent", "devait", "veut", "veulent", "voulait", "peut", "peuvent",
            "pouvait", "vient", "viennent", "venait", "fait", "font", "faisait");
    private static final Set<String> PREPOSITIONS = Set.of("à", "au", "aux", "dans", "devant", "sur", "lors",
            "auprès", "sous");
    private static final Set<String> NP_DETERMINERS = Set.of("le", "la", "l'", "les", "un", "une", "des",
            "d'", "son", "sa", "ses", "leur", "leurs", "ce", "cette", "ces", "notre", "nos", "plusieurs",
            "certains", "certaines", "deux", "trois", "quatre");
    private static final Set<String> PP_STOP_DETERMINERS = Set.of("le", "la", "l'", "les", "un", "une", "son",
            "sa", "ses", "ce", "cette", "ces", "leur", "leurs");
    private static final Set<String> STOP_RIGHT = Set.of("à", "au", "aux", "dans", "sur", "lors", "pour", "par",
            "après", "avant", "devant", "en", "qui", "que", "qu'", "dont", "où", "car", "mais", "alors", "selon",
            "depuis", "pendant", "avec", "vers", "lorsque", "lorsqu'", "quand", "comme", "ne", "n'", "se", "s'",
            "y", "a", "ont", "est", "sont", "était", "avait", "contre", "sans", "parce", "tandis", "puis", "dès",
            "jusqu'", "afin", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier",
            "aujourd'hui", "mi", "fin", "début", "ainsi", "notamment", "également", "aussi", "encore", "ou");
    private static final Set<String> STOP_LEFT = Set.of("que", "qu'", "qui", "et", "mais", "car", "donc", "or",
            "où", "dont", "lorsque", "lorsqu'", "quand", "puisque", "puisqu'", "si", "comme", "puis", "alors",
            "tandis", "selon", "après", "ainsi", "pourtant", "cependant", "toutefois", "ou", "quoi", "à",
            "s'"); // « S'il dit comprendre »: « s' » is « si » here, the subject is « il »
    private static final Set<String> LEADING_PREPOSITIONS = Set.of("à", "a", "au", "aux", "dans", "en", "lors",
            "pour", "après", "avant", "depuis", "par", "sur", "avec", "dès", "devant", "face", "outre", "vendredi",
            "lundi", "mardi", "mercredi", "jeudi", "samedi", "dimanche", "hier");
    private static final Set<String> CLITICS = Set.of("lui", "leur", "n'", "ne", "y", "l'", "m'", "t'", "nous",
            "vous", "en", "s'", "se", "est", "sont", "était", "étaient", "a", "ont", "avait", "avaient", "aurait",
            "pas", "jamais", "plus");

    private enum Kind { VERB, SELON, POUR }

    /** A reporting cue of a sentence and whom it names. */
    private static final class Cue {
        int first;
        int end;
        Kind kind;
        CueLexicon.Match match;
        boolean postposed;
        int phraseEnd = -1;
        Attributor.Resolved who;
        /** True when the speaker phrase is a name, a pronoun or a noun that can speak (not « les analyses »). */
        boolean plausible;

        boolean hasSpeaker() {
            return who != null && who.speaker() != null;
        }
    }

    private final Attributor attributor;
    private final SpeakerNames names;
    /** The sentence read before the current one, and whether a cue of it named a speaker. */
    private int[] previousSentence;
    private boolean previousSpoke;

    QuoteReader(String text, SpeakerLookup lookup) {
        super(text, Tokenizer.tokenize(text), QuoteMarks.find(text));
        this.attributor = new Attributor(text, toks, lookup);
        this.names = attributor.names();
    }

    @Override
    List<Quote> read() {
        List<int[]> sentences = sentences();
        List<Cue> previousCues = List.of();
        Quote lastDirect = null;
        int lastDirectSentence = -10;
        for (int si = 0; si < sentences.size(); si++) {
            int[] s = sentences.get(si);
            previousSentence = si > 0 ? sentences.get(si - 1) : null;
            previousSpoke = lastWithSpeaker(previousCues) != null;
            List<Cue> cues = cues(s[0], s[1]);
            boolean colonBefore = si > 0 && toks.get(sentences.get(si - 1)[1] - 1).is(":");
            for (int p = 0; p < passages.size(); p++) {
                if (passageFirst[p] < s[0] || passageFirst[p] >= s[1]) continue;
                if (namedByNoun(p, s[0], WORK_NOUNS)) continue;
                Passage ps = passages.get(p);
                int words = passageWords(p);
                List<Quote> split = words > SHORT ? innerIncise(p) : List.of();
                if (!split.isEmpty()) {
                    out.addAll(split);
                    lastDirect = split.get(split.size() - 1);
                    lastDirectSentence = si;
                    continue;
                }
                Cue c = rightCue(p, s, cues);
                if (c == null) c = leftCue(p, cues);
                if (c == null && colonBefore && passageFirst[p] == s[0]) c = lastWithSpeaker(previousCues);
                Quote q;
                Attributor.Resolved headline = c == null ? colonSpeaker(p, s[0]) : null;
                if (headline != null) {
                    Tok colon = toks.get(passageFirst[p] - 1);
                    q = new Quote(Quote.Kind.DIRECT, span(ps.from(), ps.to()), headline.speaker(), headline.mention(),
                            span(colon.start(), colon.end()));
                } else if (c != null) {
                    q = new Quote(Quote.Kind.DIRECT, span(ps.from(), ps.to()), c.who.speaker(), c.who.mention(), tokenSpan(c.first, c.end));
                } else if (lastDirect != null && lastDirect.speaker() != null && si - lastDirectSentence <= 1
                        && words > SHORT && onlyQuotes(s)) {
                    // « … », a-t-il dit. « … » — a quote standing alone continues the previous speaker
                    q = new Quote(Quote.Kind.DIRECT, span(ps.from(), ps.to()), lastDirect.speaker(), null, null);
                } else if (words > 2 * SHORT && onlyQuotes(s)) {
                    q = new Quote(Quote.Kind.DIRECT, span(ps.from(), ps.to()), null, null, null);
                } else {
                    continue; // a scare quote or a term
                }
                out.add(q);
                lastDirect = q;
                lastDirectSentence = si;
            }
            indirect(s, cues);
            previousCues = cues;
        }
        return out;
    }

    // ---- sentences

    /** « … », a-t-il dit: the attribution after a quote is lowercase, a capital opens the next sentence. */
    @Override
    boolean quoteEndsSentenceBefore(int next) {
        return toks.get(next).capitalized() && quoteOf[next] < 0;
    }

    // ---- cues

    private List<Cue> cues(int from, int to) {
        List<Cue> cues = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (quoteOf[i] >= 0) continue;
            int limit = i;
            while (limit < to && quoteOf[limit] < 0) limit++;
            CueLexicon.Match m = LEX.match(toks, i, limit);
            Cue c = null;
            if (m != null) {
                c = new Cue();
                c.kind = Kind.VERB;
                c.match = m;
                c.first = m.first();
                c.end = m.end();
                verbSpeaker(c, from, to, cues);
            } else if (toks.get(i).is("selon") || (toks.get(i).is("d'") && i + 1 < limit && toks.get(i + 1).is("après"))) {
                c = prepositionCue(i, toks.get(i).is("selon") ? i + 1 : i + 2, Kind.SELON, from, to);
            } else if (toks.get(i).is("pour") && (i == from || (quoteOf[i - 1] >= 0))) {
                c = prepositionCue(i, i + 1, Kind.POUR, from, to);
            }
            if (c != null) {
                cues.add(c);
                i = Math.max(i, c.end - 1);
            }
        }
        return cues;
    }

    private void verbSpeaker(Cue c, int from, int to, List<Cue> before) {
        CueLexicon.Match m = c.match;
        if (m.inverted()) {
            Tok t = toks.get(m.pronounTok());
            Span mention = span(t.end() - m.pronoun().length(), t.end());
            c.who = attributor.pronoun(m.pronoun(), mention);
            c.postposed = true;
            c.plausible = true;
            return;
        }
        // a participle never has its subject after it: « …, accusant le camp adverse de … » is no inversion
        boolean afterBreak = c.first > from && (toks.get(c.first - 1).is(",") || quoteOf[c.first - 1] >= 0)
                && m.tense() != CueLexicon.Tense.GERUND
                && !m.lemma().endsWith(" de") && !m.lemma().endsWith(" à"); // « a fait état de X »: X is the object
        if (afterBreak && toks.get(c.first - 1).is(",") && enclosedApposition(c.first - 1, from)) afterBreak = false;
        if (afterBreak) {
            int j = LEX.skipAdverbs(toks, c.end, to);
            boolean complement = j < to && (toks.get(j).is("que") || toks.get(j).is("qu'") || toks.get(j).is(":"));
            int[] np = complement ? null : phraseAfter(c.end, to, true);
            if (np != null) {
                c.postposed = true;
                c.phraseEnd = np[1];
                c.who = attributor.phrase(np[0], np[1], np[2], np[3]);
                c.plausible = plausible(np[0], np[1]);
                return;
            }
        }
        // a participial clause (« estimant que ») has the subject of its main clause
        int[] subject = m.tense() == CueLexicon.Tense.GERUND ? null : phraseBefore(c.first, from);
        int[] antecedent = subject != null ? antecedentBefore(subject, from) : null;
        if (antecedent != null) {
            Span mention = tokenSpan(subject[0], subject[1]);
            c.who = subject[1] - subject[0] > 1 ? attributor.organisation(antecedent[0], antecedent[1], mention)
                    : attributor.antecedent(antecedent[0], antecedent[1], mention);
            c.plausible = true;
        } else if (subject != null) {
            c.who = attributor.phrase(subject[0], subject[1], -1, -1);
            c.plausible = plausible(subject[0], subject[1]);
        } else if (m.tense() == CueLexicon.Tense.GERUND && modifiesNoun(c, lastWithSpeaker(before))) {
            // « une pétition dénonçant une farce », « des appels lui demandant de… »: the noun's content, no speaker
            c.who = new Attributor.Resolved(null, null);
        } else if (m.tense() == CueLexicon.Tense.GERUND) {
            Cue prev = lastWithSpeaker(before);
            int[] own = prev == null ? gerundSubject(c.first, from) : null;
            if (prev != null) {
                c.who = prev.who;
                c.plausible = prev.plausible;
            } else if (own != null) {
                c.who = attributor.phrase(own[0], own[1], -1, -1);
                c.plausible = plausible(own[0], own[1]);
            } else {
                c.who = new Attributor.Resolved(attributor.last(null), null);
            }
        }
    }

    /**
     * « Mais les récentes sorties du leader, Jesse Hughes, ont changé la donne. Il avait accusé… »:
     * a subject « il »/« elle » opening its sentence refers to the one person the sentence before
     * names, when no one spoke in that sentence (else the pronoun continues the last speaker).
     * Returns the name's tokens, or null.
     */
    private int[] antecedentBefore(int[] subject, int from) {
        if (previousSentence == null || previousSpoke) return null;
        if (subject[1] - subject[0] > 1) return collectiveAntecedent(subject);
        if (subject[1] - subject[0] != 1) return null;
        String pronoun = toks.get(subject[0]).lower();
        if (!pronoun.equals("il") && !pronoun.equals("elle")) return null;
        int lead = subject[0] - from;
        if (lead > 1 || (lead == 1 && !Set.of("mais", "et", "puis", "or", "pourtant", "ainsi", "alors").contains(toks.get(from).lower()))) {
            return null;
        }
        int[] found = null;
        String foundName = null;
        for (int i = previousSentence[0]; i < previousSentence[1]; ) {
            int e = quoteOf[i] < 0 ? names.nameEnd(i, previousSentence[1]) : i;
            if (e <= i) {
                i++;
                continue;
            }
            int caps = 0;
            for (int k = i; k < e; k++) if (toks.get(k).capitalized()) caps++;
            boolean honorific = i > previousSentence[0] && SpeakerNames.isHonorific(toks.get(i - 1));
            if ((caps >= 2 || honorific) && !names.genitive(i, previousSentence[0])) {
                String name = names.expand(text.substring(toks.get(i).start(), toks.get(e - 1).end()));
                if (foundName != null && !foundName.equals(name)) return null; // two people: unsure
                SpeakerNames.Gender g = names.genderOfName(name);
                if (g != null && g != (pronoun.equals("elle") ? SpeakerNames.Gender.F : SpeakerNames.Gender.M)) return null;
                found = new int[] {honorific ? i - 1 : i, e};
                foundName = name;
            }
            i = e;
        }
        return found;
    }

    /**
     * « La question de la venue des Eagles of Death Metal. Le groupe de rock avait fait part de… »: a
     * definite description headed by a collective noun, that names no one and that the article
     * never ties to a name, takes the one name of several capitalised words (« of », « the »
     * inside) of the sentence before, unless a place preposition introduces it.
     */
    private int[] collectiveAntecedent(int[] subject) {
        int from = subject[0];
        if (!names.definite(from) || from + 1 >= subject[1] || !COLLECTIVE_NOUNS.contains(toks.get(from + 1).lower())) return null;
        if (names.nameIn(from, subject[1]) != null || names.roleName(from, subject[1]) != null) return null;
        int[] found = null;
        for (int i = previousSentence[0]; i < previousSentence[1]; i++) {
            if (quoteOf[i] >= 0 || !toks.get(i).capitalized() || (i > previousSentence[0] && toks.get(i - 1).capitalized())) continue;
            int e = i + 1;
            int caps = 1;
            while (e < previousSentence[1] && quoteOf[e] < 0 && (toks.get(e).capitalized()
                    || (FOREIGN_PARTICLES.contains(toks.get(e).lower()) && e + 1 < previousSentence[1] && toks.get(e + 1).capitalized()))) {
                if (toks.get(e).capitalized()) caps++;
                e++;
            }
            int start = i;
            i = e - 1;
            if (start == previousSentence[0] || caps < 2) continue; // the capital opening a sentence names nothing
            if (start > 0 && PLACE_PREPOSITIONS.contains(toks.get(start - 1).lower())) continue;
            String name = names.expand(text.substring(toks.get(start).start(), toks.get(e - 1).end()));
            if (LEXICON.isFirstName(toks.get(start).text()) || person(start) || names.namesBefore(e).contains(name)) {
                return null; // a person (a given name, a role, an honorific): unsure
            }
            if (found != null) return null; // two candidates: unsure
            found = new int[] {start, e};
        }
        return found;
    }

    /** True when a role noun or an honorific stands just before the name at {@code k} (« le patron, Luca de Meo »). */
    private boolean person(int k) {
        for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
            Tok t = toks.get(j);
            if (SpeakerNames.isHonorific(t) || SpeakerNames.ROLE_NOUNS.contains(t.lower())) return true;
            if (!t.word() && !t.is(",")) return false;
        }
        return false;
    }

    private boolean plausible(int from, int to) {
        return attributor.isPronoun(from, to) || names.canSpeak(from, to);
    }

    /**
     * The subject of a gerund's clause when no cue of the sentence named one: the antecedent of
     * « qui » (« Mike Tyson qui, à 53 ans, s'est montré à l'entraînement en évoquant… »), else the
     * subject opening the sentence (« Le ministre a inauguré l'usine en annonçant… »). Null when unsure.
     */
    private int[] gerundSubject(int cue, int from) {
        for (int k = cue - 1; k >= from && k >= cue - 16; k--) {
            Tok t = toks.get(k);
            if (quoteOf[k] >= 0 || t.is(";") || t.is(":") || END_PUNCT.contains(t.text()) || t.is("que") || t.is("qu'")
                    || t.is("dont") || t.is("où") || (t.is("en") && k + 1 < cue && LEX.match(toks, k, cue) != null)) {
                break;
            }
            if (!t.is("qui")) continue;
            int a = k - 1;
            if (a >= from && toks.get(a).is(",")) a--;
            if (a < from || !toks.get(a).word()) return null;
            if (toks.get(a).capitalized()) {
                // the name just before « qui »: « son ancien rival Mike Tyson qui »
                int st = a;
                while (st - 1 >= from && (toks.get(st - 1).capitalized()
                        || (SpeakerNames.PARTICLES_AND_ARTICLES.contains(toks.get(st - 1).lower()) && st - 2 >= from
                        && toks.get(st - 2).capitalized() && !SpeakerNames.ARTICLES.contains(toks.get(st - 1).lower())))
                        && quoteOf[st - 1] < 0 && !SpeakerNames.isHonorific(toks.get(st - 1))) {
                    st--;
                }
                if (st - 1 >= from && SpeakerNames.isHonorific(toks.get(st - 1))) st--;
                return new int[] {st, a + 1};
            }
            return segment(a, from);
        }
        int p = from;
        // « Lundi, le ministre … », « Dans un communiqué, la société … »
        if (p < cue && (LEADING_PREPOSITIONS.contains(toks.get(p).lower()) || LEX.adverbAt(toks, p, cue) > 0)) {
            int comma = p;
            while (comma < cue && comma < p + 10 && toks.get(comma).word()) comma++;
            if (comma >= cue || !toks.get(comma).is(",")) return null;
            p = comma + 1;
        }
        if (p >= cue || !startsPhrase(p)) return null;
        int[] np = phraseAfter(p, cue, false);
        if (np == null || np[1] >= cue || !VERB_START.contains(toks.get(np[1]).lower())) return null;
        return new int[] {np[0], np[1]};
    }

    /**
     * True when the words before {@code comma} are an apposition or relative clause set between
     * commas after a subject (« Neymar, 25 ans, a annoncé », « Meghan Markle, qui a épousé Harry,
     * avait confié »): the cue that follows is preposed, not an inversion.
     */
    private boolean enclosedApposition(int comma, int from) {
        int k = comma - 1;
        while (k >= from && toks.get(k).word() && quoteOf[k] < 0) k--;
        if (k < from || !toks.get(k).is(",") || k - 1 < from || !toks.get(k - 1).word()) return false;
        int first = k + 1;
        int len = comma - first;
        if (len <= 0) return false;
        String w = toks.get(first).lower();
        if (w.equals("qui") || w.equals("dont")) return true;
        // « Kevin Hassett, conseiller économique de Donald Trump, a résumé »: a bare role after a name
        if (len <= 12 && SpeakerNames.ROLE_NOUNS.contains(w) && toks.get(k - 1).capitalized()) return true;
        if (len > 6) return false;
        // « Renault, en difficulté financière, a annoncé »: a short verbless aside
        for (int j = first; j < comma; j++) {
            if (LEX.match(toks, j, comma) != null || CLITICS.contains(toks.get(j).lower()) && j > first) return false;
        }
        // a noun phrase (« 25 ans », « le patron ») or a short prepositional aside (« en difficulté financière »)
        return startsPhrase(first) || Character.isDigit(w.charAt(0))
                || ((w.equals("en") || w.equals("à")) && len <= 4);
    }

    private Cue prepositionCue(int i, int after, Kind kind, int from, int to) {
        Cue c = new Cue();
        c.kind = kind;
        c.first = i;
        c.end = after;
        if (after < to && kind == Kind.SELON && (after < to && toks.get(after).is("qui"))) {
            int k = i - 1;
            if (k >= from && toks.get(k).is(",")) k--;
            int[] np = phraseBefore(k + 1, from);
            if (np == null) return null;
            c.who = attributor.phrase(np[0], np[1], -1, -1);
            c.phraseEnd = after + 1;
            return c;
        }
        if (after < to && kind == Kind.SELON && (toks.get(after).is("lui") || toks.get(after).is("elle"))) {
            c.who = attributor.pronoun(toks.get(after).lower(), tokenSpan(after, after + 1));
            c.phraseEnd = after + 1;
            return c;
        }
        int[] np = phraseAfter(after, to, false);
        if (np == null) return null;
        if (kind == Kind.SELON) {
            // « selon les chiffres publiés mercredi par l'agence »: the agent speaks
            int k = np[1];
            while (k < to && k < np[1] + 8 && toks.get(k).word() && !toks.get(k).is("par")) k++;
            int[] agent = k < to && toks.get(k).is("par") ? phraseAfter(k + 1, to, false) : null;
            if (agent != null && names.canSpeak(agent[0], agent[1])) {
                c.phraseEnd = agent[1];
                c.who = attributor.phrase(agent[0], agent[1], agent[2], agent[3]);
                return c;
            }
        }
        if (!names.canSpeak(np[0], np[1]) && np[2] < 0) return null;
        if (kind == Kind.POUR && i == from && !(np[1] < to && toks.get(np[1]).is(","))) return null;
        c.phraseEnd = np[2] >= 0 ? np[3] : np[1];
        c.who = attributor.phrase(np[0], np[1], np[2], np[3]);
        return c;
    }

    /** Object pronouns between a noun and the participle that modifies it (« des appels lui demandant »). */
    private static final Set<String> OBJECT_CLITICS = Set.of("lui", "leur", "se", "s'", "me", "m'", "nous", "vous", "y",
            "les", "la", "le", "l'");
    /** An inverted subject pronoun ending a verb form: « a-t-elle », « t-il », « avait-il ». */
    private static final java.util.regex.Pattern INVERTED = java.util.regex.Pattern.compile("-(?:t-)?(?:il|elle|ils|elles|on)$");
    /** Texts the clause's subject wrote, signed or voted: a participle after them is the subject's message. */
    private static final Set<String> AUTHORED_NOUNS = Lexicons.set("authored-nouns.txt");
    /** Lowercase words before a participle that are no noun: pronouns, and the adverbs and day words of cues. */
    private static final Set<String> NOT_NOUNS = notNouns();

    private static Set<String> notNouns() {
        Set<String> out = new java.util.HashSet<>(Set.of("eux", "elle", "elles", "il", "ils", "lui", "même", "cela", "ceci",
                "ça", "tous", "toutes", "tout", "plus", "moins", "bien", "non", "pas", "puis", "donc", "mais", "et", "ou"));
        for (String a : Lexicons.lines("cue-adverbs.txt")) if (!a.contains(" ")) out.add(Lexicons.lower(a));
        return Set.copyOf(out);
    }

    /**
     * True when a bare present participle (no « en ») follows a common noun that is not the end of the
     * previous cue's speaker or of that cue itself: the participle then modifies that noun (« une
     * pétition dénonçant… », « des clientes accusant… »), while « a ajouté le porte-parole militaire
     * soulignant… » and « a-t-il déclaré estimant… » keep the speaker.
     */
    private boolean modifiesNoun(Cue c, Cue prev) {
        Tok participle = toks.get(c.first);
        if (!participle.lower().endsWith("ant")) return false; // « en dénonçant », « tout en estimant »
        int k = c.first - 1;
        while (k >= 0 && OBJECT_CLITICS.contains(toks.get(k).lower())) k--;
        if (k < 0) return false;
        Tok t = toks.get(k);
        if (!t.word() || t.capitalized() || !Character.isLetter(t.text().charAt(0)) || NOT_NOUNS.contains(t.lower())) return false;
        if (t.is("en")) return false; // « en lui reprochant »: a gerund
        String w = t.lower();
        boolean authored = AUTHORED_NOUNS.contains(w) || (w.endsWith("s") && AUTHORED_NOUNS.contains(w.substring(0, w.length() - 1)));
        if (authored && k == c.first - 1) return false; // « ont signé une tribune dénonçant »: the signatories' words
        // the participle right after a reporting verb: « a-t-elle avancé rappelant », « a t-elle estimé ajoutant »
        if (k > 0 && INVERTED.matcher(toks.get(k - 1).lower()).find()) return false;
        for (int j = Math.max(0, k - 4); j <= k; j++) {
            CueLexicon.Match cue = LEX.match(toks, j, c.first);
            if (cue != null && cue.end() == k + 1) return false;
        }
        if (prev != null) {
            if (k + 1 == prev.end || k + 1 == prev.phraseEnd) return false; // « a-t-il déclaré estimant », « X, le leader syndical affirmant »
            Span mention = prev.who.mention();
            if (mention != null && mention.end() == t.end()) return false; // the end of the speaker phrase
            // words (and commas) just after the cue are its postposed speaker: « reconnaît X, le leader syndical affirmant »
            boolean speakerPhrase = k >= prev.end && k - prev.end < 10;
            for (int j = prev.end; speakerPhrase && j <= k; j++) speakerPhrase = toks.get(j).word() || toks.get(j).is(",");
            if (speakerPhrase) return false;
        }
        return true;
    }

    private static Cue lastWithSpeaker(List<Cue> cues) {
        for (int i = cues.size() - 1; i >= 0; i--) {
            if (cues.get(i).hasSpeaker()) return cues.get(i);
        }
        return null;
    }

    private boolean startsPhrase(int k) {
        Tok t = toks.get(k);
        return t.word() && (NP_DETERMINERS.contains(t.lower()) || t.capitalized() || SpeakerNames.isHonorific(t)
                || Attributor.PRONOUNS.contains(t.lower()));
    }

    /**
     * The speaker phrase after a cue: adverbs and one prepositional phrase skipped ("a déclaré
     * jeudi à l'AFP le ministre"). Returns {from, to, appositionFrom, appositionTo} or null.
     */
    private int[] phraseAfter(int j, int limit, boolean skip) {
        return phraseAfter(j, limit, skip, -1);
    }

    private int[] phraseAfter(int j, int limit, boolean skip, int inside) {
        if (skip) {
            j = LEX.skipAdverbs(toks, j, limit);
            if (j < limit && PREPOSITIONS.contains(toks.get(j).lower())) {
                int k = j + 1;
                boolean content = false;
                while (k < limit && k < j + 7 && toks.get(k).word() && quoteOf[k] == inside) {
                    Tok t = toks.get(k);
                    if (content && t.capitalized()) {
                        k = channelEnd(k, limit, inside);
                        break;
                    }
                    if (content && (PP_STOP_DETERMINERS.contains(t.lower()) || SpeakerNames.isHonorific(t))) break;
                    if (!NP_DETERMINERS.contains(t.lower())) content = true;
                    k++;
                }
                k = LEX.skipAdverbs(toks, k, limit);
                if (k < limit && startsPhrase(k)) j = k;
            }
        }
        if (j >= limit || !startsPhrase(j) || quoteOf[j] != inside) return null;
        int k = j;
        while (k < limit && k < j + 12 && quoteOf[k] == inside) {
            Tok t = toks.get(k);
            if (!t.word() || (k > j && !t.capitalized() && STOP_RIGHT.contains(t.lower()))) break;
            if (k > j && t.is("et") && !(k + 1 < limit && startsPhrase(k + 1))) break;
            if (k > j && (t.lower().equals("ce") || t.lower().equals("cette")) && k + 1 < limit
                    && LEX.adverbAt(toks, k + 1, limit) > 0) break;
            if (k > j && !t.capitalized() && LEX.match(toks, k, limit) != null) break; // « une athlète estimant … »
            k++;
        }
        boolean content = false;
        for (int x = j; x < k; x++) content |= !NP_DETERMINERS.contains(toks.get(x).lower());
        if (!content) return null;
        while (k > j + 1 && SpeakerNames.PARTICLES_AND_ARTICLES.contains(toks.get(k - 1).lower())) k--;
        if (k == j) return null;
        int appFrom = -1;
        int appTo = -1;
        if (names.nameIn(j, k) == null) {
            // « l'ancien candidat du NPA à l'élection présidentielle, Olivier Besancenot »
            int comma = k;
            while (comma < limit && comma < k + 8 && toks.get(comma).word() && quoteOf[comma] == inside) comma++;
            if (comma + 1 < limit && toks.get(comma).is(",")) {
                int e = names.nameEnd(comma + 1, limit);
                if (e > comma + 1 && (e == limit || !toks.get(e).word())) {
                    appFrom = comma + 1;
                    appTo = e;
                }
            }
        }
        return new int[] {j, k, appFrom, appTo};
    }

    /**
     * Where the complement skipped before a postposed speaker ends when a capitalised word {@code k}
     * follows its noun: after the name when the name is the complement's, a channel or a medium
     * followed by the speaker's determiner (« a indiqué sur sa page Facebook le zoo », « a confié au
     * Washington Post le quadragénaire ») or by a verb, the subject then standing before the cue
     * (« a indiqué sur sa page Facebook avoir été… »); else at the name, the speaker (« a déclaré à
     * l'AFP Jean Dupont »).
     */
    private int channelEnd(int k, int limit, int inside) {
        int e = names.nameEnd(k, limit); // k itself when an honorific opens the speaker's name (« dans un tweet M. Roux »)
        if (e == k || e >= limit || quoteOf[e] != inside || !toks.get(e).word()) return k;
        return PP_STOP_DETERMINERS.contains(toks.get(e).lower()) || infinitiveAt(e, limit) ? e : k;
    }

    /** True when tokens [from, to) are an age: « 40 ans ». */
    private boolean age(int from, int to) {
        return to - from == 2 && Character.isDigit(toks.get(from).text().charAt(0)) && toks.get(from + 1).is("ans");
    }

    /** The subject phrase before a cue ("Le président russe a rappelé"), or null. */
    private int[] phraseBefore(int cue, int from) {
        int j = cue - 1;
        while (j >= from && CLITICS.contains(toks.get(j).lower())) j--;
        if (j >= from && toks.get(j).is("qui")) {
            j--;
            if (j >= from && toks.get(j).is(",")) j--;
        } else if (j >= from && toks.get(j).is(",")) {
            // « Swaroop Rani, une responsable de la police, a déclaré »: the subject precedes the apposition
            int k = j - 1;
            while (k >= from && toks.get(k).word() && quoteOf[k] < 0) k--;
            if (k >= from && toks.get(k).is(",")) {
                int[] before = segment(k - 1, from);
                if (before != null) return before;
                // « Henda Ayari, 40 ans, présidente de l'association Libératrices, a indiqué »: an age first
                int m = k - 1;
                while (m >= from && toks.get(m).word() && quoteOf[m] < 0) m--;
                if (m > from && toks.get(m).is(",") && age(m + 1, k)) {
                    before = segment(m - 1, from);
                    if (before != null) return before;
                }
            }
            return segment(j - 1, from);
        }
        int[] head = exemplified(j, from);
        return head != null ? head : segment(j, from);
    }

    /**
     * « D'autres magasins comme le Bricorama de Villabé ou le Castorama de Montgeron ont signalé »:
     * examples after « comme » illustrate the subject, which is the phrase before « comme ».
     */
    private int[] exemplified(int j, int from) {
        for (int k = j; k >= from && k > j - 20; k--) {
            Tok t = toks.get(k);
            if (!t.word() || quoteOf[k] >= 0) return null;
            if (t.is("comme")) {
                int[] seg = k - 1 >= from ? segment(k - 1, from) : null;
                return seg != null && seg[1] == k && k < j ? seg : null;
            }
            if (STOP_LEFT.contains(t.lower()) && !t.is("ou") && !t.is("et")) return null;
        }
        return null;
    }

    /** The noun phrase ending at token {@code j}, read leftwards to punctuation or a conjunction. */
    private int[] segment(int j, int from) {
        int end = j + 1;
        int k = j;
        while (k >= from && k > j - 10 && quoteOf[k] < 0 && toks.get(k).word() && !STOP_LEFT.contains(toks.get(k).lower())) k--;
        int start = k + 1;
        if (start >= end) return null;
        // « Dans un communiqué, le ministre »: drop a leading prepositional phrase
        if (LEADING_PREPOSITIONS.contains(toks.get(start).lower())) {
            int s = start + 2;
            while (s < end && !(PP_STOP_DETERMINERS.contains(toks.get(s).lower()) || toks.get(s).capitalized())) s++;
            if (s >= end) return null;
            start = s;
        }
        if (!startsPhrase(start)) return null;
        return new int[] {start, end};
    }

    // ---- direct quotes

    /**
     * A cue set inside the quote marks (« Cette hausse surviendra après deux autres, rappelle
     * Naima Idir, présidente de l'association. Compte tenu du climat… »): two quotes around it.
     */
    private List<Quote> innerIncise(int p) {
        int first = passageFirst[p] + 1;
        int last = passageEnd[p] - 1; // the closing mark
        Passage ps = passages.get(p);
        for (int k = first + 3; k < last - 3; k++) {
            if (quoteOf[k] != p || !toks.get(k - 1).is(",")) continue;
            CueLexicon.Match m = LEX.match(toks, k, last);
            if (m == null || m.tense() == CueLexicon.Tense.GERUND) continue;
            Attributor.Resolved who;
            int end;
            if (m.inverted()) {
                Tok t = toks.get(m.pronounTok());
                who = attributor.pronoun(m.pronoun(), span(t.end() - m.pronoun().length(), t.end()));
                end = m.end();
            } else {
                int[] np = phraseAfter(m.end(), last, true, p);
                if (np == null) continue;
                who = attributor.phrase(np[0], np[1], np[2], np[3]);
                end = np[3] > 0 ? np[3] : np[1];
            }
            if (who.speaker() == null || end >= last) continue;
            int resume;
            if (toks.get(end).is(",")) {
                int dot = end + 1;
                while (dot < last && dot < end + 14 && toks.get(dot).word()) dot++;
                boolean apposition = dot < last - 2 && toks.get(dot).is(".") && end + 1 < last
                        && Character.isLowerCase(toks.get(end + 1).text().charAt(0));
                resume = apposition ? dot + 1 : end + 1;
            } else if (END_PUNCT.contains(toks.get(end).text())) {
                resume = end + 1;
            } else {
                continue;
            }
            if (words(first, k - 1) < 3 || words(resume, last) < 3) continue;
            Span cue = tokenSpan(m.first(), m.end());
            return List.of(
                    new Quote(Quote.Kind.DIRECT, span(ps.from(), toks.get(k - 2).end()), who.speaker(), who.mention(), cue),
                    new Quote(Quote.Kind.DIRECT, span(toks.get(resume).start(), ps.to()), who.speaker(), who.mention(), cue));
        }
        return List.of();
    }

    /**
     * Headline style « Macron : "Nous sommes en guerre" »: a person's name, a colon and the quote
     * open the sentence. The name must be a person's (two capitalised words, an honorific, a role,
     * or a surname the article completes), so « Coronavirus : "…" » names no one.
     */
    private Attributor.Resolved colonSpeaker(int p, int sentenceStart) {
        int colon = passageFirst[p] - 1;
        if (colon - 1 < sentenceStart || !toks.get(colon).is(":")) return null;
        int from = sentenceStart;
        int to = colon;
        if (to - from > 5) return null;
        for (int k = from; k < to; k++) if (!toks.get(k).word() || quoteOf[k] >= 0) return null;
        int[] name = names.nameIn(from, to);
        boolean person;
        if (name != null) {
            // the whole segment is the name, and the article uses it again or completes it (« Affaire Fillon » is no one)
            String n = text.substring(toks.get(name[0]).start(), toks.get(name[1] - 1).end());
            boolean whole = name[1] == to && (name[0] == from || SpeakerNames.isHonorific(toks.get(name[0] - 1)));
            boolean elsewhere = text.indexOf(n, toks.get(to - 1).end()) >= 0 || !names.expand(n).equals(n);
            person = whole && elsewhere;
        } else {
            person = !names.roleNouns(from, to).isEmpty() && names.definite(from);
        }
        return person ? attributor.phrase(from, to, -1, -1) : null;
    }

    private Cue rightCue(int p, int[] s, List<Cue> cues) {
        for (Cue c : cues) {
            if (c.first < passageEnd[p]) continue;
            int gap = unquotedWords(passageEnd[p], c.first);
            if (gap > MAX_GAP) return null;
            if (c.kind == Kind.VERB) return c.postposed && c.hasSpeaker() ? c : null;
            return gap == 0 && c.hasSpeaker() ? c : null;
        }
        return null;
    }

    private Cue leftCue(int p, List<Cue> cues) {
        Cue best = null;
        for (Cue c : cues) {
            if (c.end <= passageFirst[p] && c.hasSpeaker()) best = c;
        }
        return best;
    }

    // ---- indirect speech

    private void indirect(int[] s, List<Cue> cues) {
        for (Cue c : cues) {
            if (!c.hasSpeaker()) continue;
            int from = -1;
            int to = s[1];
            int minWords = 3;
            if (c.kind == Kind.VERB) {
                int j = LEX.skipAdverbs(toks, c.end, s[1]);
                if (j < s[1] && toks.get(j).is(",")) j = LEX.skipAdverbs(toks, j + 1, s[1]);
                int object;
                boolean headlineCaps = shouting(c.first, c.end); // « MATIGNON DÉMENT Le Premier ministre… »: a heading
                if (j < s[1] && (toks.get(j).is("que") || toks.get(j).is("qu'"))) {
                    from = j + 1;
                } else if (j < s[1] && (toks.get(j).is("avoir") || toks.get(j).is("être")) && !c.postposed) {
                    from = j; // « ont signalé avoir écoulé tous leurs stocks »
                } else if (headlineCaps) {
                    from = -1;
                } else if (!c.postposed && INFINITIVE_CUES.contains(c.match.lemma()) && infinitiveAt(j, s[1])) {
                    from = j; // « dit vouloir », « assure n'avoir rien vu »
                    to = contentEnd(c, s[0], from, s[1]);
                } else if (!c.postposed && j + 1 < s[1] && (toks.get(j).is("de") || toks.get(j).is("d'"))
                        && INFINITIVE_CUES.contains(c.match.lemma() + " de") && infinitiveAt(j + 1, s[1])) {
                    from = j + 1; // « a promis de revenir », « a demandé de ne pas »
                    to = contentEnd(c, s[0], from, s[1]);
                } else if (!c.postposed && c.plausible && OBJECT_CUES.contains(c.match.lemma())
                        && (object = objectContent(c, s[1])) >= 0) {
                    from = object; // « Holyfield annonce un retour de charité à 57 ans »
                    to = contentEnd(c, s[0], from, s[1]);
                    minWords = infinitiveAt(from, s[1]) ? 3 : MIN_OBJECT_WORDS; // « sa volonté de jouer en clôture »
                } else if (c.postposed && c.first > s[0] && toks.get(c.first - 1).is(",")) {
                    to = c.first - 1;
                    from = attributedStart(s[0], to);
                }
            } else if (c.phraseEnd > 0) {
                if (c.first == s[0] || (c.kind == Kind.SELON && toks.get(c.phraseEnd - 1).is("qui"))) {
                    from = c.phraseEnd;
                    if (from < s[1] && toks.get(from).is(",")) from++;
                } else if (c.kind == Kind.SELON && toks.get(c.first - 1).is(",")) {
                    to = c.first - 1;
                    from = attributedStart(s[0], to);
                }
            }
            if (from < 0) continue;
            while (to > from && ".,;:!?…".contains(toks.get(to - 1).text()) && quoteOf[to - 1] < 0) to--;
            while (from < to && !toks.get(from).word() && quoteOf[from] < 0) from++;
            // a clause before a postposed cue that holds a quote is that quote's attribution, not a second statement
            boolean before = to <= c.first;
            if (words(from, to) < minWords || hasLongQuote(from, to) || (before && hasQuote(from, to))) continue;
            addIndirect(from, to, c.who.speaker(), c.who.mention(), tokenSpan(c.first, c.end));
        }
    }

    private static final Set<String> FRAME_STARTS = Set.of("en", "depuis", "dès", "début", "fin", "mi", "le", "au",
            "vers", "courant");
    private static final Set<String> PAST_AUXILIARIES = Set.of("a", "ont", "avait", "avaient");
    private static final Set<String> MONTHS = Set.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet",
            "août", "septembre", "octobre", "novembre", "décembre");

    /**
     * Where the words before a postposed cue start saying what the source said: after a leading
     * time frame (« En 2016, le nombre de cas a été estimé à…, selon l'agence »), and at the
     * conjunct in the conditional when a fact in the indicative comes first (« L'électricité a
     * augmenté de 7 % et pourrait encore augmenter de 3,5 %, selon Le Parisien »: the conditional
     * of reported information, Grevisse § 859).
     */
    private int attributedStart(int from, int to) {
        int comma = from;
        while (comma < to && comma < from + 7 && toks.get(comma).word() && quoteOf[comma] < 0) comma++;
        if (comma < to && comma > from + 1 && toks.get(comma).is(",") && FRAME_STARTS.contains(toks.get(from).lower())) {
            boolean date = false;
            for (int k = from + 1; k < comma; k++) {
                String w = toks.get(k).lower();
                date |= MONTHS.contains(w) || (w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && w.chars().allMatch(Character::isDigit));
            }
            if (date) from = comma + 1;
        }
        for (int k = from + 2; k < to - 2; k++) {
            if (quoteOf[k] >= 0 || !toks.get(k).is("et")) continue;
            String next = toks.get(k + 1).lower();
            if (!(next.endsWith("rait") || next.endsWith("raient")) || next.length() < 6) continue;
            boolean conditionalBefore = false;
            boolean pastBefore = false; // « a augmenté »: a completed fact, told in the indicative
            for (int x = from; x < k; x++) {
                String w = toks.get(x).lower();
                conditionalBefore |= w.endsWith("rait") || w.endsWith("raient");
                pastBefore |= PAST_AUXILIARIES.contains(w);
            }
            return conditionalBefore || !pastBefore ? from : k + 1;
        }
        return from;
    }

    /**
     * Where an object or infinitive content ends: the sentence end, or earlier where another
     * predicate starts: « mais », « et » + verb (« a confirmé la suspension mais n'a pas souhaité »),
     * a participle after a comma (« , laissant entendre »), a semicolon, and the comma that closes a
     * subordinate clause holding the cue (« En France, où le gouvernement a annoncé un plan, des villes… »).
     */
    private int contentEnd(Cue c, int sentence, int from, int to) {
        int subject = c.first - 1;
        while (subject >= sentence && toks.get(subject).word() && !SUBORDINATORS.contains(toks.get(subject).lower())
                && subject > c.first - 8) subject--;
        // « Si BMW a confirmé son choix …, le constructeur d'Ingolstadt a … »
        boolean subordinate = subject >= sentence && SUBORDINATORS.contains(toks.get(subject).lower())
                && (subject == sentence || toks.get(subject - 1).is(",") || RELATIVES.contains(toks.get(subject).lower()));
        for (int k = from + 1; k < to; k++) {
            Tok t = toks.get(k);
            if (quoteOf[k] >= 0) continue;
            if (t.is(";") || t.is("mais")) return k;
            if ((t.is("et") || t.is("puis")) && k + 1 < to && VERB_START.contains(toks.get(k + 1).lower())) return k;
            if (t.is(",") && k + 1 < to) {
                if (subordinate) return k;
                if (LEX.match(toks, k + 1, to) != null) return k; // « , confirmant », « , a annoncé l'Insee »
                if (CLAUSE_OPENERS.contains(toks.get(k + 1).lower())) return k; // « , tandis que le député … »
                String w = toks.get(k + 1).lower();
                if (w.endsWith("ant") && w.length() > 5 && !toks.get(k + 1).capitalized()) return k; // « , laissant entendre »
            }
        }
        return to;
    }

    /**
     * An infinitive at {@code j}, after an optional negation and object clitics (« n'avoir rien vu »,
     * « ne pas vouloir », « l'avoir vu », « s'être trompé »): the content of « dit », « assure »…
     */
    private boolean infinitiveAt(int j, int limit) {
        int k = j;
        if (k < limit && (toks.get(k).is("ne") || toks.get(k).is("n'"))) {
            k++;
            if (k < limit && (toks.get(k).is("pas") || toks.get(k).is("plus") || toks.get(k).is("jamais")
                    || toks.get(k).is("rien") || toks.get(k).is("guère"))) k++;
        }
        while (k < limit && k < j + 4 && INFINITIVE_CLITICS.contains(toks.get(k).lower())) k++;
        if (k >= limit || quoteOf[k] >= 0) return false;
        Tok t = toks.get(k);
        String w = t.lower();
        if (!t.word() || t.capitalized() || NOT_INFINITIVES.contains(w)) return false;
        if (OTHER_INFINITIVES.contains(w)) return true;
        if (!INFINITIVE.matcher(w).matches()) return false;
        return !w.endsWith("ier") || IER_VERBS.contains(w);
    }

    /**
     * Where the content carried by the object of {@code c} starts, or -1: a noun phrase
     * (« annonce un retour », « accusé la sécurité du Bataclan de complicité »), the infinitive
     * after an intention (« fait part de sa volonté d'être »), or « appelle à » + infinitive.
     */
    private int objectContent(Cue c, int limit) {
        int j = c.end;
        int k;
        // adverbs and time words (« mardi », « ce matin »), but « ce projet » is the object
        while (j < limit && (k = LEX.adverbAt(toks, j, limit)) > 0) {
            String w = toks.get(j).lower();
            if (k == 1 && (w.equals("ce") || w.equals("cette")) && LEX.adverbAt(toks, j + 1, limit) == 0) break;
            j += k;
        }
        if (j >= limit || quoteOf[j] >= 0) return -1;
        // « la semaine dernière », « le lendemain »: a time phrase, then the object
        if (j + 1 < limit && SpeakerNames.ARTICLES.contains(toks.get(j).lower()) && TIME_NOUNS.contains(toks.get(j + 1).lower())) {
            j += 2;
            while (j < limit && (k = LEX.adverbAt(toks, j, limit)) > 0) j += k;
            if (j < limit && (toks.get(j).is("prochain") || toks.get(j).is("prochaine") || toks.get(j).is("passé")
                    || toks.get(j).is("passée"))) j++;
            if (j >= limit || quoteOf[j] >= 0) return -1;
        }
        Tok t = toks.get(j);
        String lemma = c.match.lemma();
        if (lemma.equals("appeler à") && infinitiveAt(j, limit)) return j;
        boolean np = OBJECT_DETERMINERS.contains(t.lower()) && j + 1 < limit && toks.get(j + 1).word()
                && !Character.isDigit(toks.get(j + 1).text().charAt(0)); // « le 12 mars » is a date
        // « a fait état du plus grand nombre de cas »: the article is inside the cue
        String last = toks.get(c.end - 1).lower();
        np |= (last.equals("du") || last.equals("des")) && t.word() && !t.capitalized();
        boolean name = t.capitalized() && names.nameEnd(j, limit) > j && lemma.equals("accuser");
        if (!np && !name) return -1;
        // « sa volonté d'être le premier »: the infinitive carries the content
        if (np && j + 3 < limit && POSSESSIVES.contains(t.lower()) && INTENT_NOUNS.contains(toks.get(j + 1).lower())
                && (toks.get(j + 2).is("de") || toks.get(j + 2).is("d'")) && infinitiveAt(j + 3, limit)) {
            return j + 3;
        }
        if (lemma.endsWith(" de") && INTENT_NOUNS.contains(toks.get(j + 1).lower())) return -1;
        if (lemma.equals("accuser")) {
            // « accuser X de … »; « il a accusé le coup » says nothing
            for (int x = j + 1; x < limit && x < j + 12 && toks.get(x).word(); x++) {
                if (toks.get(x).is("de") || toks.get(x).is("d'")) return j;
            }
            return -1;
        }
        return j;
    }

    /** True when a word of [from, to) is written in capitals (two letters or more). */
    private boolean shouting(int from, int to) {
        for (int k = from; k < to; k++) {
            String w = toks.get(k).text();
            if (w.length() > 1 && toks.get(k).word() && w.equals(w.toUpperCase(java.util.Locale.ROOT))
                    && !w.equals(w.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private boolean hasQuote(int from, int to) {
        for (int k = from; k < to; k++) if (quoteOf[k] >= 0) return true;
        return false;
    }

    private boolean hasLongQuote(int from, int to) {
        for (int k = from; k < to; k++) {
            if (quoteOf[k] >= 0 && passageWords(quoteOf[k]) > SHORT) return true;
        }
        return false;
    }

}
