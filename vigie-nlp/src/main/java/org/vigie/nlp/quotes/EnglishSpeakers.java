package org.vigie.nlp.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigie.core.model.Span;
import org.vigie.core.model.Speaker;
import org.vigie.nlp.quotes.SpeakerNames.Gender;

/**
 * English speaker phrases to speakers, in reading order; one instance per article. As
 * {@link Attributor} does for French: a name loses its titles and honorific ("White House Press
 * Secretary Stephanie Grisham" -> "Stephanie Grisham", "Mr. Putin" -> "Putin") and a surname is
 * completed by the full name the article uses ("Esper" -> "Mark Esper"); "he" / "she" go to the
 * last person of their gender who spoke or opened a sentence, "they" and "it" to the last
 * organisation or group; "the company" to the last organisation, "the statement" to the last
 * speaker, and a definite role ("the Russian president") to the name the article gives that
 * title ("Russian President Vladimir Putin"). The entity layer names a speaker only when its
 * mention agrees with the name the text gives (same surname, no longer phrase): a layer built for
 * another language must not rename "Putin" to "Putin told".
 */
final class EnglishSpeakers {

    enum Kind { PERSON, ORG, PLURAL, UNKNOWN }

    record Resolved(Speaker speaker, Span mention, Kind kind) {
    }

    /** Someone the text has named, for pronouns and descriptions that follow. */
    private record Candidate(Speaker speaker, Kind kind, Gender gender, int at) {
    }

    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we");
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "these", "those", "his", "her",
            "its", "their", "our", "both", "two", "three", "four", "several", "some", "many", "another", "other",
            "one", "most", "all", "multiple", "senior", "top", "former");
    private static final Set<String> HONORIFICS = Set.of("mr.", "mrs.", "ms.", "miss", "dr.", "prof.", "sir", "dame",
            "lord", "lady", "rev.", "mr", "mrs", "ms", "dr");
    private static final Set<String> PARTICLES = Set.of("of", "de", "van", "von", "der", "bin", "al", "el", "da", "di",
            "la", "le", "du", "dos", "del");
    private static final Set<String> SUFFIXES = Set.of("jr.", "sr.", "jr", "sr", "ii", "iii");
    /** Prepositions after which a phrase's head is over: "a spokesman for the ministry". */
    private static final Set<String> HEAD_ENDS = Set.of("of", "for", "at", "from", "with", "in", "on");
    private static final EnglishCues LEX = EnglishCues.get();

    private final String text;
    private final List<Tok> toks;
    private final SpeakerLookup lookup;
    /** Lower-cased surname -> the person names of the article ending with it. */
    private final Map<String, Set<String>> fullNames = new HashMap<>();
    /** Person name -> the title words the article puts before it ("russian", "president"). */
    private final Map<String, List<Set<String>>> titlesOf = new HashMap<>();
    private final Map<String, Gender> genders = new HashMap<>();
    /** The names of the article the text marks as people: a given name, a title, an honorific, an initial. */
    private final Set<String> persons = new java.util.HashSet<>();
    private final List<Candidate> candidates = new ArrayList<>();

    EnglishSpeakers(String text, List<Tok> toks, SpeakerLookup lookup) {
        this.text = text;
        this.toks = toks;
        this.lookup = lookup;
        for (int i = 0; i < toks.size(); ) {
            int e = runEnd(i);
            if (e <= i) {
                i++;
                continue;
            }
            int name = nameStart(i, e);
            if (name < e && (e - name >= 2 || name > i) && !toks.get(e - 1).lower().endsWith("'s")) {
                String full = span(name, e);
                Set<String> titles = new LinkedHashSet<>();
                for (int k = i; k < name; k++) titles.add(toks.get(k).lower().replaceAll("'s$", ""));
                // lower-case roles before the run: "Taliban spokesman Zabihullah Mujahid", "Carlineo's attorney, Sonya Zoghlin"
                int k = i - 1;
                if (k >= 0 && toks.get(k).is(",")) k--;
                for (int stop = Math.max(0, k - 3); k >= stop && toks.get(k).word() && !toks.get(k).capitalized(); k--) {
                    if (LEX.isTitle(toks.get(k).lower())) {
                        for (int x = k; x >= stop && toks.get(x).word() && x >= k - 2; x--) titles.add(toks.get(x).lower().replaceAll("'s$", ""));
                    }
                }
                // a role in apposition after the name: "Matt Maley, equity strategist at Miller Tabak"
                if (e + 1 < toks.size() && toks.get(e).is(",")) {
                    for (int x = e + 1; x < toks.size() && x < e + 5 && toks.get(x).word() && !toks.get(x).capitalized(); x++) {
                        if (LEX.isTitle(toks.get(x).lower()) || LEX.personNouns.contains(toks.get(x).lower())) {
                            titles.add(toks.get(x).lower());
                            break;
                        }
                    }
                }
                boolean person = (e - name >= 2 && LEX.isGivenName(toks.get(name).text())) || !titles.isEmpty()
                        || initialAt(name + 1, e) || (i > 0 && HONORIFICS.contains(toks.get(i - 1).lower()));
                if (!isOrg(e - 1) && (person || e - name >= 2)) {
                    fullNames.computeIfAbsent(surname(name, e), x -> new LinkedHashSet<>()).add(full);
                }
                if (person && !isOrg(e - 1)) {
                    persons.add(full);
                    titlesOf.computeIfAbsent(full, x -> new ArrayList<>()).add(titles);
                    Gender g = LEX.givenName(toks.get(name).text());
                    if (g != null) genders.putIfAbsent(full, g);
                }
            }
            i = e;
        }
    }

    // ---- names in the text

    /** Capitalised words that open sentences but never names. */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "this", "that", "these", "those",
            "his", "her", "its", "their", "our", "both", "when", "after", "before", "because", "while", "if", "as",
            "but", "and", "so", "although", "however", "meanwhile", "in", "on", "at", "during", "for", "from", "with",
            "by", "to", "of", "it", "he", "she", "they", "we", "i", "you", "there", "then", "now", "later", "earlier",
            "last", "since", "until", "according", "some", "many", "most", "all", "one", "two", "three", "several",
            "another", "other", "no", "not", "yes", "what", "why", "how", "who", "where", "which", "also", "still",
            "yet", "instead", "even", "just", "only", "here", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
            "october", "november", "december", "today", "yesterday", "tonight");

    private boolean cap(int k) {
        Tok t = toks.get(k);
        return t.capitalized() && !FUNCTION_WORDS.contains(t.lower());
    }

    /** True when a token is an initial ("W.") or a name suffix ("Jr."). */
    private boolean initialAt(int from, int to) {
        for (int k = from; k < to; k++) {
            String w = toks.get(k).text();
            if (w.length() == 2 && w.charAt(1) == '.' && Character.isUpperCase(w.charAt(0))) return true;
        }
        return false;
    }

    /** The end of the run of capitalised words starting at {@code i} (particles between capitals inside), or i. */
    int runEnd(int i) {
        if (i >= toks.size() || !cap(i) || HONORIFICS.contains(toks.get(i).lower())) return i;
        int e = i + 1;
        while (e < toks.size()) {
            Tok t = toks.get(e);
            if (toks.get(e - 1).lower().endsWith("'s") || toks.get(e - 1).lower().endsWith("’s")) break;
            if (cap(e) || SUFFIXES.contains(t.lower())) {
                e++;
            } else if (PARTICLES.contains(t.lower()) && e + 1 < toks.size() && cap(e + 1) && !gapBetween(e - 1, e + 1)) {
                e += 2;
            } else {
                break;
            }
            if (gapBetween(e - 2, e - 1)) {
                e--;
                break;
            }
        }
        return e;
    }

    /** True when a newline separates two tokens: a name never runs over a paragraph. */
    private boolean gapBetween(int a, int b) {
        for (int k = toks.get(a).end(); k < toks.get(b).start(); k++) if (text.charAt(k) == '\n') return true;
        return false;
    }

    /** Where the name of the run [from, to) starts once titles, nationalities and honorifics are stripped. */
    int nameStart(int from, int to) {
        int start = from;
        for (int k = from; k < to; k++) {
            String w = toks.get(k).lower();
            if (LEX.isTitle(w) || HONORIFICS.contains(w)) start = k + 1;
            // "Secretary of State Mike Pompeo": the complement of a title is part of it
            else if (k > from && toks.get(k - 1).is("of") && start == k - 1) start = k + 1;
        }
        // "ambassador to Britain Liu Xiaming": the place completes the title before the name
        if (start == from && from >= 2 && to - from >= 3 && (toks.get(from - 1).is("to") || toks.get(from - 1).is("of"))
                && LEX.isTitle(toks.get(from - 2).lower())) {
            start = from + 1;
        }
        return start;
    }

    private String surname(int from, int to) {
        int e = to;
        while (e - 1 > from && SUFFIXES.contains(toks.get(e - 1).lower())) e--;
        return Lexicons.lower(toks.get(e - 1).text());
    }

    private boolean isOrg(int k) {
        String w = toks.get(k).lower();
        String t = toks.get(k).text();
        return LEX.orgNouns.contains(w) || (t.length() > 1 && t.chars().allMatch(c -> Character.isUpperCase(c) || c == '.'));
    }

    private String span(int from, int to) {
        return text.substring(toks.get(from).start(), toks.get(to - 1).end());
    }

    /** The full name the article gives a lone surname ("Esper" -> "Mark Esper"), or the name itself. */
    private String expand(String name) {
        if (name.contains(" ")) return name;
        Set<String> full = fullNames.get(Lexicons.lower(name));
        if (full != null) return full.size() == 1 ? full.iterator().next() : name;
        // "Liu" for "Liu Xiaming": a family name written first, when one two-word name starts with it
        String found = null;
        for (Set<String> names : fullNames.values()) {
            for (String f : names) {
                String[] w = f.split(" ");
                if (w.length == 2 && w[0].equals(name)) {
                    if (found != null && !found.equals(f)) return name;
                    found = f;
                }
            }
        }
        return found != null ? found : name;
    }

    // ---- resolving phrases

    /** A subject that opens a sentence: a candidate for "he", "she", "it" that follow, not a speaker. */
    void subject(int from, int to) {
        if (to - from > 8) return;
        Resolved r = resolve(from, to, false);
        if (r != null && r.speaker() != null && (r.kind() != Kind.UNKNOWN || r.speaker().canonical().indexOf(' ') > 0)) remember(r);
    }

    /** The speaker of the phrase [from, to). */
    Resolved phrase(int from, int to) {
        if (to - from == 1 && PRONOUNS.contains(toks.get(from).lower())) return pronoun(from);
        Resolved r = resolve(from, to, true);
        if (r.speaker() != null) remember(r);
        return r;
    }

    private void remember(Resolved r) {
        Speaker s = r.speaker();
        if (!plausible(r.mention())) return;
        candidates.add(new Candidate(s, r.kind(), genders.get(s.canonical()), r.mention().start()));
    }

    /** True when the words of {@code mention} can speak: a pronoun, a name, or a head noun that speaks. */
    boolean plausible(Span mention) {
        int from = tokenAt(mention.start());
        int to = from;
        while (to < toks.size() && toks.get(to).end() <= mention.end()) to++;
        return from < toks.size() && toks.get(from).start() == mention.start() && to > from && plausible(from, to);
    }

    /** The first token starting at or after {@code offset}. */
    private int tokenAt(int offset) {
        int lo = 0, hi = toks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toks.get(mid).start() < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** True when the phrase [from, to) can speak (see {@link #plausible(Span)}). */
    boolean plausible(int from, int to) {
        if (to - from == 1 && PRONOUNS.contains(toks.get(from).lower())) return true;
        int head = headEnd(from, to);
        if (cap(head - 1)) return true;
        for (int k = from; k < head; k++) {
            // "Rudolph's supporters", "China's commerce ministry": someone's people speak for them
            if (cap(k) && toks.get(k).lower().endsWith("'s") && k + 1 < head) return true;
            String w = toks.get(k).lower();
            if (LEX.speakerNoun(w) || (k == head - 1 && (w.equals("some") || w.equals("others") || w.equals("both")))) return true;
        }
        return false;
    }

    /**
     * Where the head of [from, to) ends: at a preposition ("a spokesman for the ministry", "The US Embassy
     * in New Delhi"), but "of" and "for" between capitals belong to a name ("Bank of America").
     */
    private int headEnd(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            String w = toks.get(k).lower();
            boolean inName = (w.equals("of") || w.equals("for")) && cap(k - 1) && k + 1 < to && cap(k + 1);
            if (HEAD_ENDS.contains(w) && !inName) return k;
        }
        return to;
    }

    /** "he", "she", "they", "it", "we" at token {@code k}: the last compatible candidate before it. */
    Resolved pronoun(int k) {
        Tok t = toks.get(k);
        String p = t.lower();
        Span mention = Span.of(text, t.start(), t.end());
        // people and groups the text marks as such first, then names of unknown kind: "Singh Jabarjung"
        // for "he", "Big Machine" for "they"
        for (int pass = 0; pass < 2; pass++) for (int c = candidates.size() - 1; c >= 0; c--) {
            Candidate x = candidates.get(c);
            if (x.at() >= t.start()) continue;
            boolean unknownName = x.kind() == Kind.UNKNOWN && x.speaker().canonical().indexOf(' ') > 0
                    && Character.isUpperCase(x.speaker().canonical().charAt(0));
            boolean fits = switch (p) {
                case "he" -> (pass == 0 ? x.kind() == Kind.PERSON : unknownName) && x.gender() != Gender.F;
                case "she" -> (pass == 0 ? x.kind() == Kind.PERSON : unknownName) && x.gender() != Gender.M;
                case "it" -> pass == 0 ? x.kind() == Kind.ORG : x.kind() == Kind.UNKNOWN;
                default -> pass == 0 ? x.kind() == Kind.ORG || x.kind() == Kind.PLURAL : x.kind() == Kind.UNKNOWN;
            };
            if (fits) {
                if (p.equals("he") || p.equals("she")) {
                    genders.putIfAbsent(x.speaker().canonical(), p.equals("he") ? Gender.M : Gender.F);
                }
                Candidate again = new Candidate(x.speaker(), x.kind(), genders.get(x.speaker().canonical()), t.start());
                candidates.add(again);
                return new Resolved(x.speaker(), mention, x.kind());
            }
        }
        return new Resolved(null, mention, Kind.UNKNOWN);
    }

    /** The last speaker of any kind before {@code offset}, for "the statement said". */
    private Candidate last(int offset, Set<Kind> kinds) {
        for (int c = candidates.size() - 1; c >= 0; c--) {
            Candidate x = candidates.get(c);
            if (x.at() < offset && kinds.contains(x.kind())) return x;
        }
        return null;
    }

    private Resolved resolve(int from, int to, boolean describe) {
        Span mention = Span.of(text, toks.get(from).start(), toks.get(to - 1).end());
        // the head ends at a preposition outside a name: "a spokesman for the ministry", not "Bank of America"
        int head = headEnd(from, to);
        int last = head - 1;
        Tok lastTok = toks.get(last);
        if (cap(last) && !lastTok.lower().endsWith("'s") && !lastTok.lower().endsWith("’s")) {
            int runStart = last;
            while (runStart > from && runEnd(runStart - 1) > last) runStart--;
            int e = runEnd(runStart);
            if (e <= last) e = last + 1;
            int name = nameStart(runStart, e);
            boolean honorific = runStart > from && HONORIFICS.contains(toks.get(runStart - 1).lower());
            if (name >= e || isOrg(e - 1)) {
                // "the Interior Ministry", "Dick Clark Productions", "the U.S. Attorney’s Office": an organisation
                int s = runStart;
                while (s > from && (toks.get(s - 1).capitalized() || toks.get(s - 1).lower().endsWith("'s")
                        || toks.get(s - 1).lower().endsWith("’s")) && !DETERMINERS.contains(toks.get(s - 1).lower())) s--;
                return new Resolved(layerOr(s, e, span(s, e)), mention, Kind.ORG);
            }
            String n = expand(span(name, e));
            // a given name is evidence only before a surname: a lone "Omar" may be anyone's surname
            Kind kind = persons.contains(n) || honorific || name > runStart
                    || (e - name >= 2 && LEX.isGivenName(toks.get(name).text())) ? Kind.PERSON : Kind.UNKNOWN;
            if (honorific) {
                String h = toks.get(runStart - 1).lower();
                if (h.startsWith("mr")) genders.putIfAbsent(n, Gender.M);
                else if (h.startsWith("m") || h.equals("miss") || h.equals("lady") || h.equals("dame")) genders.putIfAbsent(n, Gender.F);
            }
            return new Resolved(layerOr(name, e, n), mention, kind);
        }
        if (!describe) return null;
        String headWord = lastTok.lower();
        boolean definite = toks.get(from).is("the");
        int words = head - from;
        Kind kind = LEX.orgNouns.contains(headWord) ? Kind.ORG
                : headWord.endsWith("s") && !headWord.endsWith("ss") || headWord.equals("people") ? Kind.PLURAL
                : LEX.isTitle(headWord) ? Kind.PERSON : Kind.UNKNOWN;
        Optional<Speaker> layer = lookup.speakerAt(mention.start(), mention.end());
        if (layer.isPresent() && isName(layer.get().canonical())) return new Resolved(layer.get(), mention, Kind.PERSON);
        if (definite && words <= 3 && head == to && LEX.sourceNouns.contains(headWord)) {
            Candidate c = last(mention.start(), Set.of(Kind.ORG, Kind.PERSON, Kind.PLURAL, Kind.UNKNOWN));
            if (c != null) return new Resolved(c.speaker(), mention, c.kind());
        }
        if (definite && words <= 2 && head == to && kind == Kind.ORG) {
            Candidate c = last(mention.start(), Set.of(Kind.ORG, Kind.UNKNOWN));
            if (c != null) return new Resolved(c.speaker(), mention, Kind.ORG);
        }
        // "the defense secretary", "Austria's interior minister", and in a lead "A California transit chief says"
        if ((definite || toks.get(from).is("a") || toks.get(from).is("an") || toks.get(from).lower().endsWith("'s"))
                && head == to && LEX.isTitle(headWord)) {
            String holder = titleHolder(from, head);
            if (holder != null) return new Resolved(new Speaker(holder, null), mention, Kind.PERSON);
        }
        return new Resolved(new Speaker(mention.text(), null), mention, kind);
    }

    /**
     * The one person the article gives the title of [from, to) ("the Russian president" ->
     * "Vladimir Putin" of "Russian President Vladimir Putin"): same head title, and every other
     * capitalised or title word of the description among that person's title words.
     */
    private String titleHolder(int from, int to) {
        String head = toks.get(to - 1).lower();
        String found = null;
        for (Map.Entry<String, List<Set<String>>> e : titlesOf.entrySet()) {
            for (Set<String> titles : e.getValue()) {
                if (!titles.contains(head) && titles.stream().noneMatch(t -> t.endsWith("-" + head))) continue; // "co-founder"
                boolean all = true;
                for (int k = from; k < to - 1; k++) {
                    String raw = toks.get(k).lower();
                    String w = raw.replaceAll("'s$", "");
                    if (DETERMINERS.contains(w)) continue;
                    if (toks.get(k).capitalized()) {
                        // "Austria's interior minister": the country owns the office; "A California transit chief": a
                        // place says where; but "the Russian president" is not the Turkish one
                        boolean personsOwn = raw.endsWith("'s") && fullNames.containsKey(w); // "Morrison's lawyer" is not Trump's
                        if ((personsOwn || !raw.endsWith("'s") && nationality(w)) && !titles.contains(w)) all = false;
                    } else if (LEX.isTitle(w) && !titles.contains(w)) {
                        all = false; // "the defense secretary" is not the press secretary
                    }
                }
                if (all) {
                    if (found != null && !found.equals(e.getKey())) return null; // two holders: unsure
                    found = e.getKey();
                }
            }
        }
        return found;
    }

    /** A nationality adjective: "russian", "turkish", "chinese", "israeli", "french", "swiss". */
    private static boolean nationality(String w) {
        return w.length() > 3 && (w.endsWith("an") || w.endsWith("ese") || w.endsWith("ish") || w.endsWith("i")
                || w.endsWith("ch") || w.equals("greek") || w.equals("thai") || w.equals("swiss"));
    }

    private static boolean isName(String s) {
        String[] words = s.split(" ");
        if (words.length < 2) return false;
        for (String w : words) if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return false;
        return true;
    }

    /**
     * The entity layer's speaker for the name [from, to) when it agrees with the text's name
     * {@code name} (same last word, at most one word longer), else the text's name.
     */
    private Speaker layerOr(int from, int to, String name) {
        Optional<Speaker> layer = lookup.speakerAt(toks.get(from).start(), toks.get(to - 1).end());
        if (layer.isPresent()) {
            String[] l = layer.get().canonical().split(" ");
            String[] n = name.split(" ");
            if (Lexicons.lower(l[l.length - 1]).equals(Lexicons.lower(n[n.length - 1])) && l.length <= n.length + 1) {
                return layer.get();
            }
        }
        return new Speaker(name, null);
    }
}
