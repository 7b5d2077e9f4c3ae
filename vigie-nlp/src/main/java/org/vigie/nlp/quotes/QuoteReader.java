package org.vigie.nlp.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Span;
import org.vigie.nlp.quotes.QuoteMarks.Passage;

/** Reads the quotations of one text; one instance per article, used once. */
final class QuoteReader {

    /** A passage of at most this many words is speech only when a cue attributes it. */
    static final int SHORT = 4;
    /** Words allowed between a quote and its postposed cue (« … » aux pays européens, a-t-il conclu). */
    static final int MAX_GAP = 8;

    private static final CueLexicon LEX = CueLexicon.get();
    private static final Set<String> WORK_NOUNS = Lexicons.set("work-nouns.txt");
    private static final Set<String> END_PUNCT = Set.of(".", "!", "?", "…");
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
            "tandis", "selon", "après", "ainsi", "pourtant", "cependant", "toutefois", "ou", "quoi", "à");
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

        boolean hasSpeaker() {
            return who != null && who.speaker() != null;
        }
    }

    private final String text;
    private final List<Tok> toks;
    private final List<Passage> passages;
    private final int[] quoteOf;
    private final int[] passageFirst;
    private final int[] passageEnd;
    private final Attributor attributor;
    private final SpeakerNames names;
    private final List<Quote> out = new ArrayList<>();

    QuoteReader(String text, SpeakerLookup lookup) {
        this.text = text;
        this.toks = Tokenizer.tokenize(text);
        this.passages = QuoteMarks.find(text);
        this.quoteOf = new int[toks.size()];
        this.passageFirst = new int[passages.size()];
        this.passageEnd = new int[passages.size()];
        java.util.Arrays.fill(quoteOf, -1);
        java.util.Arrays.fill(passageFirst, -1);
        int p = 0;
        for (int i = 0; i < toks.size(); i++) {
            int start = toks.get(i).start();
            while (p < passages.size() && passages.get(p).close() <= start) p++;
            if (p < passages.size() && passages.get(p).open() <= start) {
                quoteOf[i] = p;
                if (passageFirst[p] < 0) passageFirst[p] = i;
                passageEnd[p] = i + 1;
            }
        }
        this.attributor = new Attributor(text, toks, lookup);
        this.names = attributor.names();
    }

    List<Quote> read() {
        List<int[]> sentences = sentences();
        List<Cue> previousCues = List.of();
        Quote lastDirect = null;
        int lastDirectSentence = -10;
        for (int si = 0; si < sentences.size(); si++) {
            int[] s = sentences.get(si);
            List<Cue> cues = cues(s[0], s[1]);
            boolean colonBefore = si > 0 && toks.get(sentences.get(si - 1)[1] - 1).is(":");
            for (int p = 0; p < passages.size(); p++) {
                if (passageFirst[p] < s[0] || passageFirst[p] >= s[1]) continue;
                if (namedByNoun(p, s[0])) continue;
                Passage ps = passages.get(p);
                int words = words(passageFirst[p], passageEnd[p]);
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
                    q = new Quote(Quote.Kind.DIRECT, span(ps.from(), ps.to()), c.who.speaker(), c.who.mention(), cueSpan(c));
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

    /** Sentence ranges of tokens; quoted passages never split a sentence. */
    private List<int[]> sentences() {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        int n = toks.size();
        for (int i = 0; i < n; i++) {
            boolean end = i == n - 1;
            if (!end) {
                Tok t = toks.get(i);
                Tok next = toks.get(i + 1);
                boolean nextLower = next.word() && Character.isLowerCase(next.text().charAt(0));
                if (quoteOf[i] >= 0) {
                    if (quoteOf[i + 1] != quoteOf[i]) {
                        Passage p = passages.get(quoteOf[i]);
                        char last = text.charAt(p.to() - 1);
                        end = newlineBetween(t, next) || ("!?.…".indexOf(last) >= 0 && next.capitalized()
                                && quoteOf[i + 1] < 0);
                    }
                } else {
                    end = newlineBetween(t, next) || (END_PUNCT.contains(t.text()) && !nextLower
                            && !END_PUNCT.contains(next.text()) && !next.is(")"));
                }
            }
            if (end) {
                out.add(new int[] {from, i + 1});
                from = i + 1;
            }
        }
        return out;
    }

    private boolean newlineBetween(Tok a, Tok b) {
        for (int k = a.end(); k < b.start(); k++) if (text.charAt(k) == '\n') return true;
        return false;
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
            return;
        }
        boolean afterBreak = c.first > from && (toks.get(c.first - 1).is(",") || quoteOf[c.first - 1] >= 0);
        if (afterBreak && toks.get(c.first - 1).is(",") && enclosedApposition(c.first - 1, from)) afterBreak = false;
        if (afterBreak) {
            int j = LEX.skipAdverbs(toks, c.end, to);
            boolean complement = j < to && (toks.get(j).is("que") || toks.get(j).is("qu'") || toks.get(j).is(":"));
            int[] np = complement ? null : phraseAfter(c.end, to, true);
            if (np != null) {
                c.postposed = true;
                c.phraseEnd = np[1];
                c.who = attributor.phrase(np[0], np[1], np[2], np[3]);
                return;
            }
        }
        // a participial clause (« estimant que ») has the subject of its main clause
        int[] subject = m.tense() == CueLexicon.Tense.GERUND ? null : phraseBefore(c.first, from);
        if (subject != null) {
            c.who = attributor.phrase(subject[0], subject[1], -1, -1);
        } else if (m.tense() == CueLexicon.Tense.GERUND) {
            Cue prev = lastWithSpeaker(before);
            c.who = prev != null ? prev.who : new Attributor.Resolved(attributor.last(null), null);
        }
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
            c.who = attributor.pronoun(toks.get(after).lower(), span(toks.get(after).start(), toks.get(after).end()));
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
                    if (content && (PP_STOP_DETERMINERS.contains(t.lower()) || t.capitalized()
                            || SpeakerNames.isHonorific(t))) break;
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
            }
            return segment(j - 1, from);
        }
        return segment(j, from);
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
            Span cue = span(toks.get(m.first()).start(), toks.get(m.end() - 1).end());
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
            int gap = 0;
            for (int k = passageEnd[p]; k < c.first; k++) {
                if (quoteOf[k] < 0 && toks.get(k).word()) gap++;
            }
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

    /** « l'émission "Questions d'info" », « le mot "terroristes" »: a name, not speech. */
    private boolean namedByNoun(int p, int from) {
        for (int k = passageFirst[p] - 1; k >= from && k >= passageFirst[p] - 2; k--) {
            if (quoteOf[k] >= 0) return false;
            if (WORK_NOUNS.contains(toks.get(k).lower())) return true;
        }
        return false;
    }

    private boolean onlyQuotes(int[] s) {
        for (int k = s[0]; k < s[1]; k++) {
            if (quoteOf[k] < 0 && toks.get(k).word()) return false;
        }
        return true;
    }

    // ---- indirect speech

    private void indirect(int[] s, List<Cue> cues) {
        for (Cue c : cues) {
            if (!c.hasSpeaker()) continue;
            int from = -1;
            int to = s[1];
            if (c.kind == Kind.VERB) {
                int j = LEX.skipAdverbs(toks, c.end, s[1]);
                if (j < s[1] && toks.get(j).is(",")) j = LEX.skipAdverbs(toks, j + 1, s[1]);
                if (j < s[1] && (toks.get(j).is("que") || toks.get(j).is("qu'"))) {
                    from = j + 1;
                } else if (j < s[1] && (toks.get(j).is("avoir") || toks.get(j).is("être")) && !c.postposed) {
                    from = j; // « ont signalé avoir écoulé tous leurs stocks »
                } else if (c.postposed && c.first > s[0] && toks.get(c.first - 1).is(",")) {
                    from = s[0];
                    to = c.first - 1;
                }
            } else if (c.phraseEnd > 0) {
                if (c.first == s[0] || (c.kind == Kind.SELON && toks.get(c.phraseEnd - 1).is("qui"))) {
                    from = c.phraseEnd;
                    if (from < s[1] && toks.get(from).is(",")) from++;
                } else if (c.kind == Kind.SELON && toks.get(c.first - 1).is(",")) {
                    from = s[0];
                    to = c.first - 1;
                }
            }
            if (from < 0) continue;
            while (to > from && ".,;:!?…".contains(toks.get(to - 1).text()) && quoteOf[to - 1] < 0) to--;
            while (from < to && !toks.get(from).word() && quoteOf[from] < 0) from++;
            // a clause before a postposed cue that holds a quote is that quote's attribution, not a second statement
            boolean before = to <= c.first;
            if (words(from, to) < 3 || hasLongQuote(from, to) || (before && hasQuote(from, to))) continue;
            Span clause = span(toks.get(from).start(), toks.get(to - 1).end());
            boolean overlaps = false;
            for (Quote q : out) overlaps |= q.kind() == Quote.Kind.INDIRECT && q.text().overlaps(clause);
            if (overlaps) continue;
            out.add(new Quote(Quote.Kind.INDIRECT, clause, c.who.speaker(), c.who.mention(), cueSpan(c)));
        }
    }

    private boolean hasQuote(int from, int to) {
        for (int k = from; k < to; k++) if (quoteOf[k] >= 0) return true;
        return false;
    }

    private boolean hasLongQuote(int from, int to) {
        for (int k = from; k < to; k++) {
            if (quoteOf[k] >= 0 && words(passageFirst[quoteOf[k]], passageEnd[quoteOf[k]]) > SHORT) return true;
        }
        return false;
    }

    // ---- helpers

    private int words(int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) if (toks.get(k).word()) n++;
        return n;
    }

    private Span span(int start, int end) {
        return Span.of(text, start, end);
    }

    private Span cueSpan(Cue c) {
        return span(toks.get(c.first).start(), toks.get(c.end - 1).end());
    }
}
