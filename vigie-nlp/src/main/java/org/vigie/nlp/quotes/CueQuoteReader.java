package org.vigie.nlp.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Span;
import org.vigie.core.model.Speaker;
import org.vigie.nlp.quotes.QuoteMarks.Passage;

/**
 * Reads the quotations of one German or Spanish text, the language's words from {@link CueWords};
 * one instance per article, used once. The French and English design with the cue positions the
 * two languages share:
 * <ul>
 *   <li>direct: {@code „…“, sagte Merkel.} / {@code «…», dijo Sánchez.} (the verb before its
 *       subject), {@code „…“, so Merkel.}, {@code «…», según el ministro.}, {@code Merkel sagte:
 *       „…“}, {@code Sánchez dijo: «…»}, Spanish dialogue ({@code —Ganaremos —dijo Sánchez—.}); a
 *       quote standing alone right after a quoted sentence continues its speaker; a passage of at
 *       most {@link #SHORT} words is speech only next to its cue;</li>
 *   <li>indirect: {@code X sagte, dass …} / {@code X dijo que …}, German reported speech in the
 *       Konjunktiv without "dass" ({@code Merkel sagte, sie habe …}; {@code Die Lage sei ernst,
 *       sagte Merkel.}), {@code …, dijo Sánchez.}, and a source before or after its clause ({@code
 *       Laut Polizei …}, {@code Según el ministro, …}, {@code …, so Merkel.}, {@code Der Polizei
 *       zufolge …}).</li>
 * </ul>
 * Speakers: the entity layer names the phrase around the cue ({@link SpeakerLookup}); a pronoun
 * ("er", "ella") is the last speaker named before; a phrase headed by a noun that can speak ("ein
 * Sprecher", "la policía") is kept as written.
 */
final class CueQuoteReader extends AbstractQuoteReader {

    static final int SHORT = 4;
    /** Words allowed between a quote and a cue before it ("Merkel sagte am Montag in Berlin: „…“"). */
    static final int MAX_LEFT_GAP = 10;
    /** Longest speaker phrase, in tokens. */
    private static final int MAX_PHRASE = 9;
    /** Tokens allowed between a verb (with its subject) and the comma or "dass" / "que" of its content. */
    private static final int MAX_VERB_GAP = 8;

    private final CueWords words;
    private final SpeakerLookup lookup;
    /** The speaker of the last cue read, for pronouns when the entity layer names no one before them. */
    private Speaker lastNamed;

    private enum Kind { VERB, ACCORDING, ACCORDING_AFTER }

    /** A reporting cue of a sentence: its words, its speaker phrase and whom it names. */
    private static final class Cue {
        Kind kind;
        int first;
        int end;
        int phraseFrom = -1;
        int phraseTo = -1;
        Speaker speaker;

        int start() {
            return phraseFrom >= 0 && phraseFrom < first ? phraseFrom : first;
        }

        int last() {
            return phraseTo > end ? phraseTo : end;
        }
    }

    CueQuoteReader(String text, SpeakerLookup lookup, CueWords words) {
        super(text, Tokenizer.tokenize(text, words.abbreviations),
                words.german() ? QuoteMarks.findGerman(text) : QuoteMarks.findSpanish(text));
        this.words = words;
        this.lookup = lookup;
    }

    @Override
    List<Quote> read() {
        List<int[]> sentences = sentences();
        Quote lastQuote = null;
        int lastQuoteSentence = -10;
        int nextPassage = 0;
        for (int si = 0; si < sentences.size(); si++) {
            int[] s = sentences.get(si);
            List<Cue> cues = cues(s[0], s[1]);
            int before = out.size();
            boolean direct = false;
            List<Cue> used = new ArrayList<>();
            // sentences and passages are both in text order: one pass over the passages for the whole text
            while (nextPassage < passages.size() && passageFirst[nextPassage] < s[0]) nextPassage++;
            for (int p = nextPassage; p < passages.size() && passageFirst[p] < s[1]; p++) {
                if (passageFirst[p] < s[0]) continue;
                int n = passageWords(p);
                Cue c = rightCue(p, s, cues);
                if (c == null) c = leftCue(p, s, cues, n);
                Passage ps = passages.get(p);
                Span quoted = quoted(ps);
                Quote q;
                if (c != null) {
                    used.add(c);
                    q = new Quote(Quote.Kind.DIRECT, quoted, c.speaker, mention(c), tokenSpan(c.first, c.end));
                } else if (lastQuote != null && lastQuote.speaker() != null && si - lastQuoteSentence <= 1
                        && onlyQuotes(s) && (n > 1 || si == lastQuoteSentence)) {
                    q = new Quote(Quote.Kind.DIRECT, quoted, lastQuote.speaker(), null, null);
                } else if (n > 2 * SHORT && onlyQuotes(s)) {
                    q = new Quote(Quote.Kind.DIRECT, quoted, null, null, null);
                } else {
                    continue; // a scare quote, a name, a title
                }
                out.add(q);
                direct = true;
                lastQuote = q;
                lastQuoteSentence = si;
            }
            // German reported speech goes on in the Konjunktiv with no cue: "„…“, sagte Weigand. Viele Bewohner hätten …"
            if (out.size() == before && cues.isEmpty() && lastQuote != null && lastQuote.speaker() != null
                    && si - lastQuoteSentence == 1 && hasReportedForm(s[0], Math.min(s[1], s[0] + 4)) && passagesIn(s) == 0) {
                addIndirect(s[0], contentEnd(s[0], s[1]), lastQuote.speaker(), null, null);
            }
            // the cues no quotation took may still report content: "«…», afirmó Casado, que anunció que …"
            List<Cue> free = new ArrayList<>(cues);
            free.removeAll(used);
            if (!direct) indirect(s, free);
            else indirect(s, free.stream().filter(c -> c.kind == Kind.VERB && used.stream().allMatch(u -> u.last() <= c.first)).toList());
            // "Scholz sagte, er habe … . „…“": a quote standing alone next continues the last attribution
            for (int k = out.size() - 1; k >= before && !direct; k--) {
                if (out.get(k).speaker() != null) {
                    lastQuote = out.get(k);
                    lastQuoteSentence = si;
                    break;
                }
            }
        }
        return out;
    }

    /** The quoted words without a comma or colon left inside the marks. */
    private Span quoted(Passage p) {
        int to = p.to();
        while (to > p.from() && (text.charAt(to - 1) == ',' || QuoteMarks.isSpace(text.charAt(to - 1)))) to--;
        return span(p.from(), to);
    }

    private Span mention(Cue c) {
        return c.phraseFrom >= 0 && c.speaker != null ? tokenSpan(c.phraseFrom, c.phraseTo) : null;
    }

    // ---- sentences

    /** A quote closing with . ! ? ends its sentence before a capital or another quote, unless a cue follows ("…?“ sagte Merkel"). */
    @Override
    boolean quoteEndsSentenceBefore(int next) {
        Tok t = toks.get(next);
        return (t.capitalized() || quoteOf[next] >= 0) && !cueWithin(next, 3);
    }

    @Override
    boolean stopEndsNothing(Tok stop, Tok next) {
        return next.is(",") || next.is(";") || next.start() <= stop.end();
    }

    private boolean cueWithin(int k, int n) {
        for (int j = k; j < toks.size() && j < k + n && quoteOf[j] < 0; j++) {
            if (toks.get(j).word() && words.verbs.contains(toks.get(j).lower())) return true;
        }
        return false;
    }

    // ---- cues

    private List<Cue> cues(int from, int to) {
        List<Cue> cues = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (quoteOf[i] >= 0 || !toks.get(i).word()) continue;
            Cue c = null;
            int len = according(i, to);
            String w = toks.get(i).lower();
            if (len > 0) {
                c = accordingCue(i, len, to);
            } else if (words.accordingAfter.contains(w)) {
                int[] np = phraseBefore(i - 1, from);
                if (np != null) {
                    c = new Cue();
                    c.kind = Kind.ACCORDING_AFTER;
                    c.first = i;
                    c.end = i + 1;
                    resolve(c, np);
                }
            } else if (words.verbs.contains(w)) {
                c = verbCue(i, from, to);
            }
            if (c != null && c.speaker != null) {
                cues.add(c);
                lastNamed = c.speaker;
                i = Math.max(i, c.last() - 1);
            }
        }
        return cues;
    }

    /** Length in tokens of a source phrase ("laut", "nach Angaben von") starting at {@code i}, or 0. */
    private int according(int i, int to) {
        for (String[] a : words.according) {
            if (i + a.length > to) continue;
            boolean match = true;
            for (int k = 0; k < a.length && match; k++) match = quoteOf[i + k] < 0 && toks.get(i + k).is(a[k]);
            if (!match) continue;
            // "so" names a source only after a comma, as in „…“, so Merkel
            if (a.length == 1 && a[0].equals("so") && (i == 0 || !toks.get(i - 1).is(","))) return 0;
            return a.length;
        }
        return 0;
    }

    private Cue accordingCue(int i, int len, int to) {
        int[] np = phraseAfter(i + len, to);
        if (np == null) return null;
        Cue c = new Cue();
        c.kind = Kind.ACCORDING;
        c.first = i;
        c.end = i + len;
        resolve(c, np);
        return c;
    }

    private Cue verbCue(int i, int from, int to) {
        Cue c = new Cue();
        c.kind = Kind.VERB;
        c.first = i;
        c.end = i + 1;
        // "Sánchez ha dicho", "Merkel hat am Montag gesagt": the subject stands around the auxiliary
        int at = i;
        for (int k = i - 1; k >= from && k >= i - 8 && quoteOf[k] < 0 && !toks.get(k).is(","); k--) {
            if (words.auxiliaries.contains(toks.get(k).lower())) {
                at = k;
                break;
            }
        }
        boolean afterQuote = i > from && (quoteOf[i - 1] >= 0 || (toks.get(i - 1).is(",") && i - 2 >= from && quoteOf[i - 2] >= 0)
                || toks.get(i - 1).is("—") || toks.get(i - 1).is("–"));
        int[] after = phraseAfter(at + 1, to);
        int[] before = phraseBefore(at - 1, from);
        // "Casado, que anunció que …": the antecedent before the comma
        if (at - 2 >= from && words.relatives.contains(toks.get(at - 1).lower()) && toks.get(at - 2).is(",")) {
            before = phraseBefore(at - 3, from);
        }
        if (afterQuote) {
            if (after != null && (resolve(c, after) || described(c, after))) return c;
            return null;
        }
        if (before != null && resolve(c, before)) return c;
        if (after != null && resolve(c, after)) return c;
        if (before != null && described(c, before)) return c;
        return null;
    }

    /**
     * A speaker no list names, described by a determiner and a capitalised noun: "ein Feuerwehrmann",
     * "el gobernador del Banco de España". Kept as written; "Am Montag" (no determiner) is not one.
     */
    private boolean described(Cue c, int[] np) {
        if (np[1] - np[0] < 2 || !words.phraseWords.contains(toks.get(np[0]).lower())) return false;
        boolean noun = false;
        for (int k = np[0] + 1; k < np[1]; k++) noun |= toks.get(k).capitalized() || words.speakerNouns.contains(toks.get(k).lower())
                || (!words.german() && !words.phraseWords.contains(toks.get(k).lower()));
        if (!noun) return false;
        c.phraseFrom = np[0];
        c.phraseTo = np[1];
        c.speaker = new Speaker(tokenSpan(np[0], np[1]).text(), null);
        return true;
    }

    /** Names the cue's speaker from phrase tokens [np[0], np[1]); false when the phrase names no one. */
    private boolean resolve(Cue c, int[] np) {
        int a = np[0];
        int b = np[1];
        Span phrase = tokenSpan(a, b);
        Speaker who = null;
        Optional<Speaker> named = named(a, b);
        if (named.isPresent()) {
            who = named.get();
        } else if (b - a == 1 && words.pronouns.containsKey(toks.get(a).lower())) {
            // the person named last before it, else the last speaker
            who = lookup.personBefore(phrase.start()).orElse(lastNamed);
        } else if (b - a == 2 && c.kind == Kind.VERB && lastNamed != null && lastNamed.entityId() != null
                && words.phraseWords.contains(toks.get(a).lower()) && words.speakerNouns.contains(toks.get(a + 1).lower())
                && !words.orgNouns.contains(toks.get(a + 1).lower())) {
            // "El presidente", "Die Kanzlerin" alone: the person last named as a speaker, as French reads "le ministre"
            who = lastNamed;
        } else {
            for (int k = a; k < b; k++) {
                if (words.speakerNouns.contains(toks.get(k).lower())) {
                    who = new Speaker(phrase.text(), null);
                    break;
                }
            }
            // a source word names a source whatever it is: "Dem Wetterdienst zufolge", "según Reuters"
            if (who == null && c.kind != Kind.VERB) who = new Speaker(phrase.text(), null);
        }
        if (who == null) return false;
        c.phraseFrom = a;
        c.phraseTo = b;
        c.speaker = who;
        return true;
    }

    /**
     * The entity a speaker phrase [a, b) names: its name in apposition ("die Bürgermeisterin von
     * Altenahr, Cornelia Weigand"), else its head before a complement ("el gobernador" of "el
     * gobernador del Banco de España" is no bank: a head that describes, with a role or a lower-case
     * noun, is kept as written by the caller), else any entity of the phrase ("Fuentes del
     * Ministerio de Economía", "Ursula von der Leyen").
     */
    private Optional<Speaker> named(int a, int b) {
        for (int k = a + 1; k < b - 1; k++) {
            if (!toks.get(k).is(",")) continue;
            int e = k + 1;
            while (e < b && !toks.get(e).is(",")) e++;
            Optional<Speaker> apposed = lookup.speakerAt(toks.get(k + 1).start(), toks.get(e - 1).end());
            if (apposed.isPresent()) return apposed;
            break;
        }
        int head = a + 1;
        while (head < b && !words.complementWords.contains(toks.get(head).lower()) && !toks.get(head).is(",")) head++;
        if (head < b) {
            Optional<Speaker> h = lookup.speakerAt(toks.get(a).start(), toks.get(head - 1).end());
            if (h.isPresent()) return h;
            // a description ("ein Sprecher", "el gobernador"), not a name ("Ursula" of "Ursula von der Leyen"): kept as written
            for (int k = a; k < head; k++) {
                String w = toks.get(k).lower();
                if (words.orgNouns.contains(w)) break;
                boolean role = words.speakerNouns.contains(w) || (!toks.get(k).capitalized() && !words.phraseWords.contains(w));
                if (role) return Optional.empty();
            }
        }
        return lookup.speakerAt(toks.get(a).start(), toks.get(b - 1).end());
    }

    /** A speaker phrase starting at {@code k}: a pronoun, or capitalised words and the phrase's lower-case words. */
    private int[] phraseAfter(int k, int to) {
        if (k >= to || quoteOf[k] >= 0 || !toks.get(k).word()) return null;
        if (words.pronouns.containsKey(toks.get(k).lower()) && !toks.get(k).capitalized()) return new int[] {k, k + 1};
        int e = k;
        while (e < to && e < k + MAX_PHRASE && quoteOf[e] < 0 && toks.get(e).word()
                && (toks.get(e).capitalized() || words.phraseWords.contains(toks.get(e).lower())
                        || (e > k && words.speakerNouns.contains(toks.get(e).lower()))
                        // the head noun or adjective right after an article: "el gobernador del Banco de España"
                        || (e == k + 1 && words.phraseWords.contains(toks.get(k).lower())))) e++;
        while (e > k && words.phraseWords.contains(toks.get(e - 1).lower()) && !toks.get(e - 1).capitalized()) e--;
        // "die Bürgermeisterin von Altenahr, Cornelia Weigand, am Freitag": a name in apposition belongs to the phrase
        if (e > k && e + 1 < to && toks.get(e).is(",") && quoteOf[e + 1] < 0 && toks.get(e + 1).capitalized()) {
            int n = e + 1;
            while (n < to && n < e + 5 && quoteOf[n] < 0 && toks.get(n).capitalized()) n++;
            if (n < to && toks.get(n).is(",") && n > e + 1) e = n;
        }
        return e > k ? new int[] {k, e} : null;
    }

    /** A speaker phrase ending at {@code k} (inclusive), read back to a clause boundary; an apposition's commas may stand inside. */
    private int[] phraseBefore(int k, int from) {
        if (k < from || quoteOf[k] >= 0) return null;
        if (toks.get(k).word() && words.pronouns.containsKey(toks.get(k).lower())) return new int[] {k, k + 1};
        int s = k + 1;
        int commas = 0;
        while (s - 1 >= from && s - 1 > k - MAX_PHRASE - 3 && quoteOf[s - 1] < 0) {
            Tok t = toks.get(s - 1);
            boolean ok = t.word() ? t.capitalized() || words.phraseWords.contains(t.lower()) || words.speakerNouns.contains(t.lower())
                    : t.is(",") && commas++ < 2 && s - 2 >= from && toks.get(s - 2).word() && toks.get(s - 2).capitalized();
            if (!ok) break;
            s--;
        }
        while (s <= k && (!toks.get(s).word() || (words.phraseWords.contains(toks.get(s).lower()) && !toks.get(s).capitalized()
                && s + 1 <= k && !toks.get(s + 1).word()))) s++;
        return s <= k ? new int[] {s, k + 1} : null;
    }

    // ---- direct quotes

    /** A cue right after passage {@code p}: „…“, sagte Merkel / «…», según X / —…—dijo X. */
    private Cue rightCue(int p, int[] s, List<Cue> cues) {
        int after = passageEnd[p];
        for (Cue c : cues) {
            if (c.first < after) continue;
            if (c.kind == Kind.ACCORDING_AFTER) continue;
            if (unquotedWords(after, c.first) > 0) return null;
            for (int k = after; k < c.first; k++) if (quoteOf[k] >= 0) return null;
            return c;
        }
        return null;
    }

    /** A cue before passage {@code p} whose phrase ends with ":" or "," right before it: Merkel sagte: „…“. */
    private Cue leftCue(int p, int[] s, List<Cue> cues, int n) {
        int first = passageFirst[p];
        Cue best = null;
        for (Cue c : cues) {
            if (c.last() > first) break;
            if (c.kind != Kind.VERB) continue;
            best = c;
        }
        if (best == null) return null;
        for (int k = best.last(); k < first; k++) if (quoteOf[k] >= 0) return null;
        int gap = unquotedWords(best.last(), first);
        Tok before = first > 0 ? toks.get(first - 1) : null;
        boolean colon = before != null && (before.is(":") || before.is(","));
        // "sagte, die Lage sei „dramatisch, aber unter Kontrolle“", "declare que propician «…»": quoted words of the reported content
        boolean inContent = false;
        for (int k = best.last(); k < first && !colon; k++) {
            if (toks.get(k).is(",") || words.clauseWords.contains(toks.get(k).lower())) inContent = true;
        }
        if (!colon && !inContent && gap > 0) return null;
        if (gap > MAX_LEFT_GAP) return null;
        if (n <= SHORT && !colon && !inContent) return null;
        return best;
    }

    // ---- indirect speech

    private void indirect(int[] s, List<Cue> cues) {
        for (Cue c : cues) {
            if (c.kind == Kind.ACCORDING || c.kind == Kind.ACCORDING_AFTER) {
                accordingClause(s, c);
                continue;
            }
            // "sagte, dass …", "dijo que …", "sagte Merkel am Dienstag, dass …", "dijo ayer que …"
            int k = c.last();
            int limit = Math.min(s[1], k + MAX_VERB_GAP);
            while (k < limit && quoteOf[k] < 0 && !toks.get(k).is(",") && !words.clauseWords.contains(toks.get(k).lower())
                    && !END_PUNCT.contains(toks.get(k).text())) k++;
            boolean comma = k < limit && toks.get(k).is(",");
            if (comma) k++;
            if (k < s[1] && quoteOf[k] < 0 && words.clauseWords.contains(toks.get(k).lower())) {
                if (k + 1 < s[1]) addIndirect(k + 1, contentEnd(k + 1, s[1]), c.speaker, mention(c), tokenSpan(c.first, c.end));
                continue;
            }
            // German: "Merkel sagte, sie habe …" — the Konjunktiv marks the content
            if (comma && k < s[1] && hasReportedForm(k, Math.min(s[1], k + 7))) {
                addIndirect(k, contentEnd(k, s[1]), c.speaker, mention(c), tokenSpan(c.first, c.end));
                continue;
            }
            // "Die Lage sei ernst, sagte Merkel." / "La situación es grave, dijo Sánchez."
            int before = c.start() - 1;
            if (before > s[0] && toks.get(before).is(",") && c.first == c.start()) { // the verb before its subject
                int from = s[0];
                if (words(from, before) >= 4 && (!words.german() || hasReportedForm(from, before))) {
                    addIndirect(from, before, c.speaker, mention(c), tokenSpan(c.first, c.end));
                }
            }
        }
    }

    /** "Laut Polizei wurde …", "Según el ministro, …", "…, so Merkel.", "Der Polizei zufolge …". */
    private void accordingClause(int[] s, Cue c) {
        int from;
        int to;
        if (c.start() > s[0] && toks.get(c.start() - 1).is(",")) {
            from = s[0];
            to = c.start() - 1;
        } else {
            from = c.last();
            if (from < s[1] && toks.get(from).is(",")) from++;
            to = contentEnd(from, s[1]);
        }
        if (words(from, to) >= 3) addIndirect(from, to, c.speaker, mention(c), tokenSpan(c.first, c.end));
    }

    private int passagesIn(int[] s) {
        int n = 0;
        for (int k = s[0]; k < s[1]; k++) if (quoteOf[k] >= 0) n++;
        return n;
    }

    private boolean hasReportedForm(int from, int to) {
        for (int k = from; k < to; k++) if (quoteOf[k] < 0 && words.reportedForms.contains(toks.get(k).lower())) return true;
        return false;
    }

    /** The end of reported content from {@code from}: the sentence's end, without its final stop. */
    private int contentEnd(int from, int to) {
        int e = to;
        while (e > from && (END_PUNCT.contains(toks.get(e - 1).text()) || ",;:".contains(toks.get(e - 1).text()))) e--;
        return e;
    }
}
