package org.vigie.nlp.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Span;
import org.vigie.nlp.quotes.QuoteMarks.Passage;

/**
 * Reads the quotations of one English text; one instance per article, used once. The French
 * design ({@link QuoteReader}) with English cue positions:
 * <ul>
 *   <li>direct: {@code "…," X said.} / {@code "…," said X.} / {@code X said: "…"} /
 *       {@code "…," X told reporters.} / {@code "…," according to X.}; a quote standing alone right
 *       after a quoted sentence continues its speaker ({@code "A," he said. "B."}); a passage of
 *       at most {@link #SHORT} words is speech only next to its cue, and never after a word that
 *       names it ({@code the so-called "peace plan"}, {@code en/scare-nouns.txt});</li>
 *   <li>indirect: {@code X said (that) …}, {@code X told Y that …}, {@code X warned that …},
 *       {@code …, X said.}, {@code according to X, …} / {@code …, according to X.}, and
 *       {@code , saying/adding …} for the subject of the sentence.</li>
 * </ul>
 */
final class EnglishQuoteReader extends AbstractQuoteReader {

    static final int SHORT = 4;
    /** Words allowed between a quote and its postposed cue. */
    static final int MAX_GAP = 8;
    private static final EnglishCues LEX = EnglishCues.get();
    /** Abbreviations that keep their dot, so "Sen. Warren" or "Feb. 14" do not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "Prof", "Rev", "St", "Jr", "Sr",
            "Gov", "Sen", "Rep", "Gen", "Lt", "Col", "Sgt", "Capt", "Cmdr", "Adm", "Maj", "Inc", "Corp", "Co",
            "Ltd", "No", "vs", "Mt", "Ft", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
            "Nov", "Dec");
    /** Words between a subject and its verb: "has also said", "later told", "would not say". */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "was", "is", "were", "are", "also",
            "later", "then", "again", "previously", "reportedly", "repeatedly", "twice", "consistently", "once",
            "would", "will", "did", "does", "not", "didn't", "doesn't", "won't", "wouldn't", "hasn't", "haven't", "first", "initially", "earlier", "further", "recently", "publicly",
            "privately", "separately", "similarly", "simply", "flatly", "firmly", "strongly", "just", "already",
            "since", "always", "never", "often", "long", "still", "now", "openly", "officially", "quickly",
            "immediately", "clearly", "ultimately", "eventually", "subsequently", "apparently", "allegedly");
    /** Words a subject phrase never runs back over. */
    private static final Set<String> STOP_LEFT = Set.of("that", "which", "who", "whom", "when", "after", "before",
            "because", "while", "if", "since", "as", "but", "and", "so", "where", "although", "though", "whether",
            "than", "until", "once", "also", "however", "meanwhile", "yet", "or", "to", "said", "says", "told", "what",
            "how", "why");
    /** Words a speaker phrase after a verb stops at. */
    private static final Set<String> STOP_RIGHT = Set.of("that", "who", "which", "in", "on", "at", "during", "after",
            "before", "when", "while", "and", "but", "because", "as", "to", "last", "this", "yesterday",
            "today", "tonight", "earlier", "later", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "by", "with", "via", "through", "about", "is", "was", "has", "had", "would", "will", "if");
    /** Words that open a subordinate clause: "Both men claimed at the time that …". */
    private static final Set<String> FINITE = Set.of("is", "was", "are", "were", "has", "had", "have", "will", "would",
            "could", "can", "should", "may", "might", "must", "did", "does", "do", "wants", "needs");
    private static final Set<String> CLAUSE_STARTS = Set.of("the", "a", "an", "he", "she", "they", "it", "we", "i",
            "his", "her", "their", "its", "our", "this", "these", "those", "there", "no", "all", "both", "some",
            "many", "most", "any", "every", "another", "one", "two", "three", "nobody", "nothing", "everyone",
            "you", "such", "whether");
    private static final Set<String> LEADING_PREPOSITIONS = Set.of("in", "on", "at", "during", "after", "before",
            "when", "while", "later", "earlier", "last", "this", "as", "since", "following", "speaking", "asked",
            "meanwhile", "however", "but", "and", "yet", "still", "instead");

    /** Words after which a coordinated clause has its own subject: "while the police deny … and say". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("while", "whereas", "although", "though", "but",
            "because", "as", "when", "after", "that");

    private enum Kind { VERB, ACCORDING }

    /** A reporting cue of a sentence and whom it names. */
    private static final class Cue {
        Kind kind;
        int first;
        int end;
        EnglishCues.Verb verb;
        /** True when the speaker follows the verb ("said Ms Grisham"). */
        boolean inverted;
        int subjectFrom = -1;
        int subjectTo = -1;
        EnglishSpeakers.Resolved who;

        boolean hasSpeaker() {
            return who != null && who.speaker() != null;
        }

        /** Where the cue, its speaker included, starts. */
        int start() {
            return subjectFrom >= 0 && subjectFrom < first ? subjectFrom : first;
        }
    }

    private final EnglishSpeakers speakers;

    EnglishQuoteReader(String text, SpeakerLookup lookup) {
        super(text, Tokenizer.tokenize(text, ABBREVIATIONS), QuoteMarks.findEnglish(text));
        this.speakers = new EnglishSpeakers(text, toks, lookup);
    }

    @Override
    List<Quote> read() {
        List<int[]> sentences = sentences();
        Quote lastDirect = null;
        int lastDirectSentence = -10;
        for (int si = 0; si < sentences.size(); si++) {
            int[] s = sentences.get(si);
            List<Cue> cues = cues(s[0], s[1]);
            for (int p = 0; p < passages.size(); p++) {
                if (passageFirst[p] < s[0] || passageFirst[p] >= s[1]) continue;
                // "the so-called 'peace plan'", "dubbed the 'Hanoi Hilton'": a name, not speech
                if (namedByNoun(p, s[0], LEX.scareNouns)) continue;
                Passage ps = passages.get(p);
                int words = passageWords(p);
                // "he said, “…,” the office said": the cue right before the quote is its speaker's
                Cue c = adjacentLeftCue(p, cues);
                if (c == null) c = rightCue(p, s, cues, words);
                if (c == null) c = leftCue(p, cues, words);
                Span quoted = quoted(ps);
                Quote q;
                if (c != null) {
                    q = new Quote(Quote.Kind.DIRECT, quoted, c.who.speaker(), c.who.mention(), tokenSpan(c.first, c.end));
                } else if (lastDirect != null && lastDirect.speaker() != null && si - lastDirectSentence <= 1
                        && onlyQuotes(s) && (words > 1 || si == lastDirectSentence)) {
                    // "A," he said. "B." — a quote standing alone continues the previous speaker
                    q = new Quote(Quote.Kind.DIRECT, quoted, lastDirect.speaker(), null, null);
                } else if (words > 2 * SHORT && onlyQuotes(s)) {
                    q = new Quote(Quote.Kind.DIRECT, quoted, null, null, null);
                } else {
                    continue; // a scare quote, a term, a title
                }
                out.add(q);
                lastDirect = q;
                lastDirectSentence = si;
            }
            indirect(s, cues);
        }
        return out;
    }

    /** The quoted words, without the comma English puts inside the marks ("…ceasefire,"). */
    private Span quoted(Passage p) {
        int to = p.to();
        while (to > p.from() && (text.charAt(to - 1) == ',' || QuoteMarks.isSpace(text.charAt(to - 1)))) to--;
        return span(p.from(), to);
    }

    // ---- sentences

    /**
     * A quote closing with . ! ? ends its sentence before a capital or another quote, unless the
     * capital starts its attribution: "…?" Mr. Putin asked.
     */
    @Override
    boolean quoteEndsSentenceBefore(int next) {
        Tok t = toks.get(next);
        return (t.capitalized() || quoteOf[next] >= 0) && !(t.word() && isCue(next));
    }

    /** "D-Minn., in March", ".45-caliber": a dot before a comma or glued to the next word ends nothing. */
    @Override
    boolean stopEndsNothing(Tok stop, Tok next) {
        return next.is(",") || next.is(";") || next.start() <= stop.end();
    }

    /** True when a capitalised word after a quote starts its attribution: "…?" Mr. Putin asked. */
    private boolean isCue(int k) {
        for (int j = k; j < toks.size() && j < k + 6 && toks.get(j).word() && quoteOf[j] < 0; j++) {
            EnglishCues.Verb v = LEX.verb(toks.get(j).lower());
            if (v != null && !v.gerund()) return true;
        }
        return false;
    }

    // ---- cues

    private List<Cue> cues(int from, int to) {
        List<Cue> cues = new ArrayList<>();
        subjectOf(from, to);
        for (int i = from; i < to; i++) {
            if (quoteOf[i] >= 0 || !toks.get(i).word()) continue;
            Tok t = toks.get(i);
            Cue c = null;
            if (t.is("according") && i + 1 < to && toks.get(i + 1).is("to")) {
                int[] np = phraseAfter(i + 2, to);
                if (np == null && i + 2 < to && toks.get(i + 2).word() && quoteOf[i + 2] < 0) {
                    // "according to data from MarketAxess": whatever follows is the source
                    int e = i + 2;
                    while (e < to && e < i + 12 && toks.get(e).word() && quoteOf[e] < 0) e++;
                    np = new int[] {i + 2, e};
                }
                if (np != null) {
                    c = new Cue();
                    c.kind = Kind.ACCORDING;
                    c.first = i;
                    c.end = i + 2;
                    spokenBy(c, np);
                }
            } else {
                EnglishCues.Verb v = LEX.verb(t.lower());
                if (v != null && !(i > from && (toks.get(i - 1).is("to") || toks.get(i - 1).is("the")))) c = verbCue(i, v, from, to, cues);
            }
            if (c != null) {
                cues.add(c);
                i = Math.max(i, c.end - 1);
            }
        }
        return cues;
    }

    /** Remembers the name opening a sentence ("Carlineo faces …") for the "he" that may follow. */
    private void subjectOf(int from, int to) {
        // "When Patrick walked into the room, …": the subject of an opening subordinate clause too
        if (from + 1 < to && Set.of("when", "after", "as", "while", "before", "since", "although", "though", "if", "once")
                .contains(toks.get(from).lower()) && speakers.runEnd(from + 1) > from + 1) {
            speakers.subject(from + 1, speakers.runEnd(from + 1));
        }
        int k = afterDateline(from, to);
        if (k < to && LEADING_PREPOSITIONS.contains(toks.get(k).lower())) {
            while (k < to && k < from + 12 && !toks.get(k).is(",")) k++;
            if (k >= to || !toks.get(k).is(",")) return;
            k++;
        }
        if (k >= to || quoteOf[k] >= 0) return;
        int run = speakers.runEnd(k);
        int[] np = run > k ? new int[] {k, run} : phraseAfter(k, to);
        if (np != null && np[1] < to && (toks.get(np[1]).word() || toks.get(np[1]).is(","))
                && !STOP_LEFT.contains(toks.get(np[1]).lower())) {
            speakers.subject(np[0], np[1]);
        }
    }

    private Cue verbCue(int i, EnglishCues.Verb v, int from, int to, List<Cue> before) {
        Cue c = new Cue();
        c.kind = Kind.VERB;
        c.verb = v;
        c.first = i;
        c.end = i + 1;
        if (i + 1 < to && toks.get(i).is("pointed") && toks.get(i + 1).is("out")) c.end = i + 2;
        // "has also said": the auxiliaries belong to the cue
        int a = i - 1;
        while (a >= from && quoteOf[a] < 0 && AUXILIARIES.contains(toks.get(a).lower())) a--;
        if (a + 1 < i && (toks.get(a + 1).is("has") || toks.get(a + 1).is("have") || toks.get(a + 1).is("had"))) c.first = a + 1;
        // "Swift's claims", "two highly critical reports", "a separate tweet": the noun, not the verb
        if (NOUN_LIKE.contains(t(i)) && a == i - 1 && a >= from && toks.get(a).word() && quoteOf[a] < 0) {
            Tok prior = toks.get(a);
            String b = prior.lower();
            boolean noun = b.endsWith("'s") || EnglishSpeakers.DETERMINERS.contains(b)
                    || (!prior.capitalized() && !LEX.speakerNoun(b) && !EnglishSpeakers.PRONOUNS.contains(b) && !STOP_LEFT.contains(b));
            if (noun) return null;
        }
        // "it didn't say when", "would not say": no statement
        for (int x = Math.max(from, a); x < i; x++) {
            String w = toks.get(x).lower();
            if (w.equals("not") || w.endsWith("n't") || w.equals("never")) return null;
        }
        // "adding to a series of problems", "added to the list": no statement
        if (v.lemma().equals("add") && i + 1 < to && toks.get(i + 1).is("to")) return null;
        // "were told that", "have been informed": the passive hides the speaker
        for (int x = Math.max(from, a); x < i; x++) {
            if (v.complement() == EnglishCues.Complement.OBJECT && PASSIVE.contains(toks.get(x).lower())) return null;
        }
        if (v.gerund() && afterText(i, from)) {
            // "sent a letter to management stating that …": the letter's sender, the sentence's subject
            return spokenBy(c, mainSubject(from, i));
        }
        if (v.gerund()) {
            // ", saying …", ", adding that …": the subject of the sentence, or of the cue before
            Cue prev = null;
            for (Cue x : before) if (x.hasSpeaker()) prev = x;
            if (prev != null) {
                c.who = prev.who;
                return c;
            }
            if (i == from || !(toks.get(i - 1).is(",") || toks.get(i - 1).is("while") || quoteOf[i - 1] >= 0)) return null;
            return spokenBy(c, mainSubject(from, i));
        }
        // "…, Carlineo's attorney, told The Hill": the name after "told" is whom it was told to
        boolean afterBreak = i > from && (toks.get(i - 1).is(",") || quoteOf[i - 1] >= 0)
                && v.complement() != EnglishCues.Complement.OBJECT;
        if (afterBreak) {
            // "…," said White House Press Secretary Stephanie Grisham. / "…, said study co-author Anezina Solomonidou"
            int[] np = phraseAfter(c.end, to);
            if (np == null && c.end < to && toks.get(c.end).word() && quoteOf[c.end] < 0 && !toks.get(c.end).capitalized()
                    && !STOP_RIGHT.contains(t(c.end)) && !CLAUSE_STARTS.contains(t(c.end)) && !NOT_CLAUSES.contains(t(c.end))) {
                for (int k = c.end + 1; k < to && k <= c.end + 2 && toks.get(k).word(); k++) {
                    if (LEX.speakerNoun(toks.get(k).lower())) {
                        int[] name = k + 1 < to && toks.get(k + 1).capitalized() ? phraseAfter(k + 1, to) : null;
                        np = new int[] {c.end, name != null ? name[1] : k + 1};
                        break;
                    }
                }
            }
            if (np != null && (clauseEndsAfter(np[1], to) || circumstanceAt(np[1], to)) && speakers.plausible(np[0], np[1])) {
                c.inverted = true;
                return spokenBy(c, np);
            }
        }
        if (a >= from && (toks.get(a).is("and") || toks.get(a).is("but"))) {
            // "… and said, …", "but added …": the speaker of the clause before
            // "while the city's police deny … and say": the subject opening the coordinated clause
            int clause = a - 1;
            while (clause >= from && quoteOf[clause] < 0 && !toks.get(clause).is(",") && !toks.get(clause).is(";")
                    && !CLAUSE_OPENERS.contains(toks.get(clause).lower())) clause--;
            int[] own = clause + 1 < a ? phraseAfter(clause + 1, a) : null;
            if (own != null && (own[1] >= a || LEX.verb(toks.get(own[1]).lower()) == null && !FINITE.contains(toks.get(own[1]).lower()))) {
                own = null; // "called Omar a terrorist": no subject there
            }
            Cue prev = null;
            for (Cue x : before) if (x.hasSpeaker()) prev = x;
            int[] subject = own != null ? own : prev == null ? mainSubject(from, a) : null;
            if (subject != null) {
                spokenBy(c, subject);
            } else if (prev != null) {
                c.who = prev.who;
            }
            return c.who == null ? null : c;
        }
        int[] subject = subjectBefore(a, from);
        if (subject == null) return null;
        // "In a separate tweet", "a deal announced at": a noun, or a participle after one, not a speaker's verb
        if (!speakers.plausible(subject[0], subject[1]) && (NOUN_LIKE.contains(t(i)) || toks.get(subject[0] > from ? subject[0] - 1 : from).is(","))) {
            return null;
        }
        return spokenBy(c, subject);
    }

    /** Cue {@code c} spoken by the phrase {from, to} it names; null without a phrase. */
    private Cue spokenBy(Cue c, int[] phrase) {
        if (phrase == null) return null;
        c.subjectFrom = phrase[0];
        c.subjectTo = phrase[1];
        c.who = speakers.phrase(phrase[0], phrase[1]);
        return c;
    }

    /** "sent a letter to management earlier this month stating …": a text its sender speaks through, just before. */
    private boolean afterText(int i, int from) {
        for (int k = i - 1; k >= from && k >= i - 6 && toks.get(k).word() && quoteOf[k] < 0; k--) {
            if (LEX.sourceNouns.contains(toks.get(k).lower())) return true;
        }
        return false;
    }

    private String t(int i) {
        return toks.get(i).lower();
    }

    /** Verb forms that are also nouns ("a separate tweet", "the reports"): a cue only after a speaker. */
    private static final Set<String> NOUN_LIKE = Set.of("tweet", "tweets", "post", "posts", "posted", "reports", "claims",
            "comments", "remarks", "notes", "estimates", "promises", "pledges", "vows", "counters", "states", "urges",
            "stresses", "claim", "report", "estimate", "comment", "remark", "note", "promise", "pledge", "vow", "state",
            "announced", "reported", "stated", "noted", "estimated", "added", "claimed");
    private static final Set<String> PASSIVE = Set.of("was", "were", "is", "are", "been", "being", "be");

    /** "…, said Marcelo Claure in an email to staff that was reviewed": an inverted subject never takes a clause. */
    private boolean circumstanceAt(int k, int to) {
        return k < to && Set.of("in", "on", "at", "during", "to", "after", "before", "from", "when", "via", "last", "this",
                "earlier", "later", "yesterday", "today").contains(toks.get(k).lower());
    }

    /** True when nothing but punctuation, a passage or a short circumstance ("in a statement") follows {@code k}. */
    private boolean clauseEndsAfter(int k, int to) {
        if (k >= to || quoteOf[k] >= 0) return true;
        if (!toks.get(k).word()) {
            // "Esper said, “We …”", "said: …": the cue opens what follows
            return !(toks.get(k).is(":") || (toks.get(k).is(",") && k + 1 < to && quoteOf[k + 1] >= 0));
        }
        if (!Set.of("in", "on", "at", "during", "after", "before", "from", "when", "last", "this", "earlier",
                "later", "yesterday", "today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                "sunday").contains(toks.get(k).lower())) return false;
        // a short circumstance ("in a statement on Wednesday"), then the clause ends
        for (int j = k; j < to && j < k + 8 && quoteOf[j] < 0; j++) {
            if (!toks.get(j).word()) return !toks.get(j).is(":");
            if (LEX.verb(toks.get(j).lower()) != null || toks.get(j).is("that")) return false;
        }
        return k + 8 >= to;
    }

    /** The subject opening a sentence (after a leading "In a statement," or "During the call,"), or null. */
    private int[] mainSubject(int from, int limit) {
        int k = afterDateline(from, limit);
        if (k < limit && LEADING_PREPOSITIONS.contains(toks.get(k).lower())) {
            while (k < limit && k < from + 12 && !toks.get(k).is(",")) k++;
            if (k >= limit) return null;
            k++;
        }
        if (k >= limit || quoteOf[k] >= 0) return null;
        int[] np = phraseAfter(k, limit);
        // "The group, WeWorkers Coalition, formed …": the name in apposition
        if (np != null && np[1] + 1 < limit && toks.get(np[1]).is(",")) {
            int e = speakers.runEnd(np[1] + 1);
            if (e > np[1] + 1 && e < limit && toks.get(e).is(",")) return new int[] {np[1] + 1, e};
        }
        return np;
    }

    private boolean startsPhrase(int k) {
        Tok t = toks.get(k);
        if (!t.word() || quoteOf[k] >= 0) return false;
        String w = t.lower();
        if (TIME_WORDS.contains(w) || t.text().equals("I")) return false; // "I wrote": the article's author
        return EnglishSpeakers.DETERMINERS.contains(w) || t.capitalized() || EnglishSpeakers.PRONOUNS.contains(w)
                || Character.isDigit(w.charAt(0)) || LEX.isTitle(w) || plausibleNoun(w);
    }

    /** Bare nouns that speak: "police said", "prosecutors said", "officials told". */
    private static boolean plausibleNoun(String w) {
        return LEX.speakerNoun(w) && (w.endsWith("s") || LEX.orgNouns.contains(w) || w.equals("people"));
    }

    /** The speaker phrase starting at {@code j}: {from, to}, or null. */
    private int[] phraseAfter(int j, int limit) {
        if (j >= limit || !startsPhrase(j)) return null;
        if (EnglishSpeakers.PRONOUNS.contains(toks.get(j).lower())) return new int[] {j, j + 1};
        int k = j;
        while (k < limit && k < j + 12 && quoteOf[k] < 0) {
            Tok t = toks.get(k);
            if (!t.word()) break;
            String w = t.lower();
            boolean complement = (w.equals("of") || w.equals("for")) && k + 1 < limit && startsPhrase(k + 1)
                    || k > j && (w.equals("with") || w.equals("on") || w.equals("to"))
                    && Set.of("familiar", "briefed", "close").contains(toks.get(k - 1).lower());
            if (k > j && !t.capitalized() && STOP_RIGHT.contains(w) && !complement) break;
            if (k > j && !t.capitalized() && LEX.verb(w) != null) break;
            if (k > j && !t.capitalized() && FINITE.contains(w)) break;
            // "The US welcomed the exchange": a past tense after the name ends the subject
            if (k > j && !t.capitalized() && w.endsWith("ed") && w.length() > 4 && !LEX.isTitle(w) && !LEX.orgNouns.contains(w)
                    && !toks.get(k - 1).lower().endsWith("ly")) break; // "recently named executive chair" goes on
            k++;
        }
        // "for the Western District of New York": keep; a trailing "of"/"for" is dropped
        while (k > j + 1 && Set.of("of", "for", "the", "a", "an").contains(toks.get(k - 1).lower())) k--;
        return k > j ? new int[] {j, k} : null;
    }

    /** The subject phrase ending at token {@code j} (inclusive) before a cue, or null. */
    private int[] subjectBefore(int j, int from) {
        if (j < from || quoteOf[j] >= 0) return null;
        if (toks.get(j).is(",")) {
            // "Cheuk Hau-yip, the commander of Kowloon West district, said": the name before the apposition
            int k = j - 1;
            while (k >= from && (toks.get(k).word() || toks.get(k).is("'")) && quoteOf[k] < 0 && j - k < 30) k--;
            if (k >= from && toks.get(k).is(",") && k - 1 >= from && toks.get(k - 1).word()) {
                // "The group that owns most of her music, Big Machine, says": the name in apposition
                int[] np = segment(k - 1, from);
                boolean nameBefore = np != null && speakers.runEnd(np[0]) == np[1];
                if (speakers.runEnd(k + 1) == j && !nameBefore) return new int[] {k + 1, j};
                if (np != null) return np;
            }
            return null;
        }
        return segment(j, from);
    }

    /** The words back from {@code j} to a clause boundary, trimmed to a phrase start; "X who …" gives X. */
    private int[] segment(int j, int from) {
        int k = j;
        while (k >= from && k > j - 12 && toks.get(k).word() && quoteOf[k] < 0
                && !STOP_LEFT.contains(toks.get(k).lower()) && (toks.get(k).capitalized() || LEX.verb(toks.get(k).lower()) == null)) k--;
        if (k >= from && toks.get(k).word() && (toks.get(k).is("who") || toks.get(k).is("which")) && k - 1 >= from) {
            return segment(k - 1, from);
        }
        int start = k + 1;
        // "trade experts say": a speaking head keeps its modifiers; else the phrase starts at a determiner or name
        boolean speakingHead = !toks.get(j).capitalized() && LEX.speakerNoun(toks.get(j).lower());
        while (start <= j && !startsPhrase(start) && !(speakingHead && toks.get(start).word())) start++;
        if (start > j) return null;
        // a possessive or name run must end the phrase: "The Afghan Taliban" fine, "the deal Trump" not checked here
        return new int[] {start, j + 1};
    }

    private Cue rightCue(int p, int[] s, List<Cue> cues, int words) {
        for (Cue c : cues) {
            if (c.start() < passageEnd[p]) continue;
            int gap = unquotedWords(passageEnd[p], c.start());
            if (gap > (words <= SHORT ? 0 : MAX_GAP)) return null;
            return c.hasSpeaker() && (c.kind == Kind.ACCORDING ? gap == 0 : c.inverted || c.subjectFrom >= 0) ? c : null;
        }
        return null;
    }

    /** A preposed cue whose verb ends right before the passage, a comma or colon between. */
    private Cue adjacentLeftCue(int p, List<Cue> cues) {
        for (Cue c : cues) {
            if (c.kind != Kind.VERB || c.inverted || !c.hasSpeaker() || c.end >= passageFirst[p]) continue;
            int k = c.end;
            while (k < passageFirst[p] && (toks.get(k).is(",") || toks.get(k).is(":"))) k++;
            if (k == passageFirst[p] && k > c.end) return c;
        }
        return null;
    }

    private Cue leftCue(int p, List<Cue> cues, int words) {
        Cue best = null;
        for (Cue c : cues) {
            if (c.end <= passageFirst[p] && c.hasSpeaker() && c.kind == Kind.VERB) best = c;
        }
        if (best == null || words > SHORT) return best;
        // a short passage is speech only right after its cue: "said: 'No.'"
        int end = Math.max(best.end, best.inverted ? best.subjectTo : best.end);
        return words(end, passageFirst[p]) == 0 ? best : null;
    }

    // ---- indirect speech

    private void indirect(int[] s, List<Cue> cues) {
        for (Cue c : cues) {
            if (!c.hasSpeaker()) continue;
            int from = -1;
            int to = s[1];
            if (c.kind == Kind.ACCORDING) {
                if (c.first == s[0] || (c.first == s[0] + 1 && !toks.get(s[0]).word())) {
                    // "According to a report in the Argus Leader of Sioux Falls, Gov. Kristi Noem launched …"
                    from = c.subjectTo;
                    int comma = from;
                    while (comma < s[1] && comma < from + 12 && toks.get(comma).word() && quoteOf[comma] < 0) comma++;
                    if (comma < s[1] && toks.get(comma).is(",")) from = comma;
                    if (from < s[1] && toks.get(from).is(",")) from++;
                } else if (toks.get(c.first - 1).is(",")) {
                    to = c.first - 1;
                    from = afterDiscourseMarker(s[0], to);
                }
            } else if (c.inverted || (c.subjectFrom > s[0] && toks.get(c.subjectFrom - 1).is(",") && endsClause(c, s[1]))) {
                // "…, prosecutors said." / "…, said the ministry."
                int comma = c.inverted ? c.first - 1 : c.subjectFrom - 1;
                if (comma > s[0] && toks.get(comma).is(",")) {
                    to = comma;
                    from = s[0];
                    from = afterDiscourseMarker(from, to);
                }
            } else {
                from = content(c, s[0], s[1]);
                if (from >= 0) to = contentEnd(from, s[1]);
                // "recalled that he said, '…,' the office said": the clause stops where another attribution starts
                for (Cue other : cues) if (other != c && other.start() >= from && other.start() < to) to = other.start();
            }
            if (from >= 0 && from == s[0]) from = afterDateline(from, to);
            if (from < 0) continue;
            while (to > from && !toks.get(to - 1).word() && quoteOf[to - 1] < 0) to--;
            while (from < to && !toks.get(from).word() && quoteOf[from] < 0) from++;
            if (from >= to || quoteOf[from] >= 0 || words(from, to) < 3) continue;
            // "…, called Omar a 'terrorist' and said, 'somebody …,' the office said": the quote's attribution
            // reported speech that ends in a quotation of its own is that quotation's attribution, as in French
            if (quoteOf[to - 1] >= 0 && passageWords(quoteOf[to - 1]) > SHORT) continue;
            addIndirect(from, to, c.who.speaker(), c.who.mention(), tokenSpan(c.first, c.end));
        }
    }

    /** "But it may …", "In sum, more than …": the reported words start after a discourse marker. */
    private int afterDiscourseMarker(int from, int to) {
        if (from >= to) return from;
        String w = toks.get(from).lower();
        if (Set.of("but", "and", "so", "yet", "still").contains(w)) return from + 1;
        if (Set.of("however", "meanwhile", "moreover", "overall", "instead").contains(w) && from + 1 < to && toks.get(from + 1).is(",")) {
            return from + 2;
        }
        if (w.equals("in") && from + 2 < to && Set.of("sum", "short", "total", "all").contains(toks.get(from + 1).lower())
                && toks.get(from + 2).is(",")) return from + 3;
        return from;
    }

    /** "VIENNA — The house …", "HANOI, Vietnam (AP) — …": the words after a dateline. */
    private int afterDateline(int from, int to) {
        for (int k = from; k < to && k < from + 8; k++) {
            Tok t = toks.get(k);
            if (t.is("—") || t.is("–")) {
                // "VIENNA —", "HANOI, Vietnam (AP) —", "(Reuters) —": capitalised words and punctuation only
                boolean dateline = k > from;
                for (int x = from; x < k; x++) dateline &= !toks.get(x).word() || toks.get(x).capitalized();
                return dateline ? k + 1 : from;
            }
        }
        return from;
    }

    /** True when the cue ends its clause: "…, the ministry said in a statement." but not "…, X said the …". */
    private boolean endsClause(Cue c, int to) {
        if (c.verb.complement() == EnglishCues.Complement.OBJECT) {
            // "…, an insurgent source told Agence France-Presse."
            int[] addressee = phraseAfter(c.end, to);
            if (addressee != null && clauseEndsAfter(addressee[1], to)) return true;
        }
        return clauseEndsAfter(c.end, to);
    }

    /** Where the reported clause after a preposed cue starts, or -1. */
    private int content(Cue c, int sentence, int limit) {
        int j = c.end;
        while (j < limit && AUXILIARIES.contains(toks.get(j).lower())) j++;
        if (j >= limit || quoteOf[j] >= 0) return -1;
        if (toks.get(j).is("that")) return j + 1;
        // "told reporters that", "said in a statement that", "claimed at the time that"; not "said the case
        // highlights that …", whose clause starts right after the verb
        boolean circumstance = c.verb.complement() == EnglishCues.Complement.OBJECT || CIRCUMSTANCES.contains(toks.get(j).lower());
        for (int k = j; circumstance && k < limit && k < j + 12 && toks.get(k).word() && quoteOf[k] < 0; k++) {
            if (toks.get(k).is("that")) return k > j && toks.get(k - 1).word() && isNounBeforeThat(k) ? -1 : k + 1;
        }
        // "“…,” Patrick said Tuesday night in Columbia.": the attribution of the quote before, nothing after it
        if (c.start() > sentence && quoteOf[c.start() - 1] >= 0) return -1;
        if (c.verb.complement() == EnglishCues.Complement.OBJECT) {
            // "Prosecutors told reporters the decision … had been taken": an addressee, then a clause
            int k = addresseeEnd(j, limit);
            return k > j && k < limit && finiteAhead(k, limit) && startsClause(k) ? k : -1;
        }
        if (c.verb.complement() != EnglishCues.Complement.BARE) return -1;
        // "Erdogan said the talks had been productive": a clause without "that"
        Tok t = toks.get(j);
        if (c.verb.lemma().equals("say")) return t.word() && !NOT_CLAUSES.contains(t.lower()) && !CIRCUMSTANCES.contains(t.lower()) ? j : -1;
        if (!startsClause(j)) return -1;
        return finiteAhead(j, limit) ? j : -1;
    }

    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "tomorrow", "january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december", "last", "this", "next");

    /** Words that open a circumstance between a verb and its "that": "said in a statement that". */
    private static final Set<String> CIRCUMSTANCES = Set.of("in", "on", "at", "during", "to", "after", "before",
            "from", "with", "last", "this", "earlier", "later", "yesterday", "today", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "publicly", "privately", "repeatedly", "again", "also", "once",
            "over", "via", "through", "separately", "recently", "for");

    /** Words after "said" that are its object, not a clause: "said nothing", "said so". */
    private static final Set<String> NOT_CLAUSES = Set.of("nothing", "so", "yes", "no", "little", "much", "goodbye",
            "hello", "sorry", "thanks", "something", "anything", "more", "less", "otherwise", "too", "as", "to", "of",
            "what", "why", "how", "hi", "about", "and");

    private boolean startsClause(int k) {
        Tok t = toks.get(k);
        return t.word() && quoteOf[k] < 0 && (CLAUSE_STARTS.contains(t.lower()) || t.capitalized()
                || Character.isDigit(t.text().charAt(0)) || LEX.speakerNoun(t.lower()));
    }

    /** A finite verb within ten words of {@code k}: the words there make a clause. */
    private boolean finiteAhead(int k, int limit) {
        for (int x = k + 1; x < limit && x < k + 10 && quoteOf[x] < 0; x++) {
            String w = toks.get(x).lower();
            if (FINITE.contains(w) || (w.endsWith("ed") && w.length() > 4 && !toks.get(x).capitalized())) return true;
        }
        return false;
    }

    /** The end of the addressee of "told": a pronoun, a bare plural ("reporters"), a name ("the BBC"), or j. */
    private int addresseeEnd(int j, int limit) {
        Tok t = toks.get(j);
        String w = t.lower();
        if (Set.of("them", "him", "her", "us", "me", "you").contains(w)) return j + 1;
        if (!t.capitalized() && w.endsWith("s") && LEX.speakerNoun(w)) return j + 1;
        int k = w.equals("the") ? j + 1 : j;
        int e = k < limit ? speakers.runEnd(k) : k;
        return e > k ? e : j;
    }

    /** "the same report that": a relative clause after a noun, not the reported content. */
    private boolean isNounBeforeThat(int k) {
        String w = toks.get(k - 1).lower();
        return Set.of("report", "claim", "statement", "fact", "idea", "news", "possibility", "allegation").contains(w);
    }

    /** Where a reported clause ends: the sentence, a semicolon, ", but", or a colon opening a quote. */
    private int contentEnd(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            Tok t = toks.get(k);
            if (quoteOf[k] >= 0) continue;
            if (t.is(";")) return k;
            if (t.is(":") && k + 1 < to && quoteOf[k + 1] >= 0) return k;
            if (t.is(",") && k + 1 < to && (Set.of("but", "while", "whereas", "although", "though").contains(toks.get(k + 1).lower())
                    || LEX.verb(toks.get(k + 1).lower()) != null)) return k;
        }
        return to;
    }
}
