package org.vigie.nlp.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Speaker names read from the text itself, for when no entity layer names the speaker: the
 * capitalised name in a speaker phrase stripped of honorifics ("M. Poutine" -> "Poutine"), a
 * surname completed by the full name the article uses elsewhere ("Poutine" -> "Vladimir
 * Poutine"), and a role description tied by the article to a name ("le président russe
 * Vladimir Poutine", "le procureur, Alexandre de Bosschère"). One instance per article.
 */
final class SpeakerNames {

    enum Gender { M, F }

    static final Map<String, Gender> HONORIFICS = honorifics();
    /** Roles one person holds: a definite description with such a head may name someone already named. */
    static final Set<String> ROLE_NOUNS = Lexicons.set("role-nouns.txt");
    /** Every head noun that can speak: roles, institutions, groups, sources. */
    static final Set<String> SPEAKER_NOUNS = union(ROLE_NOUNS, Lexicons.set("source-nouns.txt"));
    /** Lowercase words that join the parts of a name: "Alexandre de Bosschère", "Ben Ali". */
    private static final Set<String> PARTICLES = Set.of("de", "d'", "du", "des", "van", "von", "der", "den",
            "al", "el", "ben", "bin", "di", "da", "dos", "del", "la", "le", "y");
    static final Set<String> GENITIVE = Set.of("de", "d'", "du", "des");
    /** Words a phrase never ends with: « l'hôte de » is cut to « l'hôte ». */
    static final Set<String> PARTICLES_AND_ARTICLES = Set.of("de", "d'", "du", "des", "le", "la", "l'", "les", "un",
            "une", "et");
    /** Capitalised words that start sentences but never names. */
    private static final Set<String> NOT_NAME_START = Set.of("le", "la", "les", "l'", "un", "une", "des", "d'",
            "de", "du", "ce", "cet", "cette", "ces", "selon", "pour", "en", "au", "aux", "mais", "et", "à", "a",
            "dans", "lors", "après", "avant", "depuis", "par", "sur", "avec", "il", "elle", "ils", "elles", "on",
            "nous", "je", "son", "sa", "ses", "leur", "leurs", "si", "quand", "comme", "ainsi", "alors", "c'",
            "qu'", "s'", "n'", "j'", "m'", "t'", "cela", "ceci", "tous", "toutes", "tout", "plus", "pas",
            "of", "deux", "trois", "quatre", "cinq", "six", "dix", "cent", "mille", "plusieurs", "certains", "certaines",
            "autres", "chaque", "aucun", "aucune",
            // « le Premier ministre », « la Première ministre »: a capitalised role, no name
            "premier", "première");
    /**
     * Capitalised alone, they qualify a description (« de la côte Est »), never name a speaker; the
     * compounds stay names: « selon Sud-Ouest » is the newspaper.
     */
    private static final Set<String> CARDINAL_POINTS = Set.of("nord", "sud", "est", "ouest");
    static final Set<String> ARTICLES = Set.of("le", "la", "l'", "les", "un", "une", "des", "d'", "du", "ce",
            "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "notre", "nos");

    private final String text;
    private final List<Tok> toks;
    /** Lowercased last word of a full name -> the full names the article uses. */
    private final Map<String, Set<String>> fullNames = new HashMap<>();
    /** Full name -> head nouns of the roles the article gives it ("ministre" for "le ministre, Gérard Collomb"). */
    private final Map<String, Set<String>> roles = new HashMap<>();
    private final Map<String, String> roleNames = new HashMap<>();
    /**
     * Role words -> the name tied to them: the answer depends on the words only, and a long page
     * repeating one cue phrase (« selon un communiqué » in every paragraph) would otherwise scan the
     * whole article once per occurrence.
     */
    private final Map<List<String>, String> tiedNames = new HashMap<>();
    /** How many times the article's tokens were scanned for a tied name (tests check it stays linear). */
    int roleScans;
    /**
     * Lower-cased word -> its token positions, in text order, built on the first scan: a long page
     * has hundreds of distinct roles, and scanning every token for each was quadratic.
     */
    private Map<String, List<Integer>> positions;
    /** Name -> the same name with the capitalised article the text gives it inside a sentence (« Le Parisien »). */
    private final Map<String, String> articleTitles = new HashMap<>();
    /** Full name -> gender the text gives it: honorific (Mme X) or the article of its role (la ministre X). */
    private final Map<String, Gender> genders = new HashMap<>();
    /** Token index and full name of each person-like name of the article, in text order. */
    private final List<Map.Entry<Integer, String>> mentions = new ArrayList<>();
    /** Token index and full name of every person-like name (also without honorific or role), in text order. */
    private final List<Map.Entry<Integer, String>> persons = new ArrayList<>();

    SpeakerNames(String text, List<Tok> toks) {
        this.text = text;
        this.toks = toks;
        for (int i = 0; i < toks.size(); ) {
            int end = nameEnd(i, toks.size());
            if (end > i && i > 0 && titleArticle(i - 1)) {
                articleTitles.putIfAbsent(text.substring(toks.get(i).start(), toks.get(end - 1).end()),
                        text.substring(toks.get(i - 1).start(), toks.get(end - 1).end()));
            }
            if (end > i) {
                int caps = 0;
                for (int k = i; k < end; k++) if (toks.get(k).capitalized()) caps++;
                String full = text.substring(toks.get(i).start(), toks.get(end - 1).end());
                // « le ministre de l'Économie Bruno Le Maire »: a name after a genitive may start with the institution
                boolean afterGenitive = genitive(i, 0);
                if (caps >= 2 && !afterGenitive) {
                    fullNames.computeIfAbsent(toks.get(end - 1).lower(), k -> new LinkedHashSet<>()).add(full);
                }
                // the role words just before a name: « le président russe Vladimir Poutine », « le ministre, X »
                int k = i - 1;
                if (k >= 0 && toks.get(k).is(",")) k--;
                for (int stop = Math.max(0, k - 5); k >= stop && toks.get(k).word(); k--) {
                    String w = toks.get(k).lower();
                    if (ROLE_WINDOW_STOPS.contains(w)) break; // « la ministre X était à Lyon »: Lyon holds no role
                    if (ROLE_NOUNS.contains(w) || ROLE_NOUNS.contains(stripPlural(w))) {
                        roles.computeIfAbsent(full, x -> new HashSet<>()).add(roleAt(k));
                        Gender g = k > 0 ? genderOf(k - 1, k) : null;
                        if (g == null && FEMININE_ROLES.contains(w)) g = Gender.F;
                        if (g != null) genders.putIfAbsent(full, g);
                    }
                }
                if (i > 0 && isHonorific(toks.get(i - 1)) && HONORIFICS.get(toks.get(i - 1).lower()) != null) {
                    genders.putIfAbsent(full, HONORIFICS.get(toks.get(i - 1).lower()));
                }
                // a person for pronouns when no one has spoken: a name with an honorific or a role
                boolean marked = (i > 0 && isHonorific(toks.get(i - 1))) || roles.containsKey(full);
                if (!afterGenitive && marked) {
                    mentions.add(Map.entry(i, full));
                }
                // any person-like name, for « ce dernier »: a full name (also in a complement: « la liste de Pascal
                // Lelièvre »), or a surname with an honorific or a role (not « le gouverneur de Kinshasa »)
                if (caps >= 2 || (marked && !afterGenitive)) persons.add(Map.entry(i, full));
                i = end;
            } else {
                i++;
            }
        }
    }

    /**
     * Verbs and prepositions that end the window of role words before a name (« à » stays inside:
     * « la secrétaire d'État à l'Économie Agnès Pannier-Runacher »).
     */
    private static final Set<String> ROLE_WINDOW_STOPS = Set.of("est", "était", "a", "ont", "sont", "avait", "dans",
            "avec", "pour", "par", "sur", "chez", "vers", "contre");

    /** Feminine role forms: « présidente », « directrice », « avocate »… */
    private static final Set<String> FEMININE_ROLES = Set.of("présidente", "directrice", "avocate", "ambassadrice",
            "chancelière", "conseillère", "députée", "sénatrice", "fondatrice", "patronne", "procureure", "reine",
            "cheffe", "policière", "journaliste", "porte-parole", "dirigeante", "élue", "experte", "princesse",
            "duchesse", "comtesse", "baronne", "miss");

    /** The gender the article gives a full name, or null. */
    Gender genderOfName(String full) {
        Gender g = genders.get(full);
        if (g != null) return g;
        for (Map.Entry<String, Gender> e : genders.entrySet()) {
            if (e.getKey().endsWith(" " + full) || full.endsWith(" " + e.getKey())) return e.getValue();
        }
        return null;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new HashSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }

    private static Map<String, Gender> honorifics() {
        Map<String, Gender> m = new HashMap<>();
        for (String line : Lexicons.lines("honorifics.txt")) {
            String[] p = line.split("=", 2);
            String g = p.length > 1 ? p[1].strip() : "";
            m.put(Lexicons.lower(p[0].strip()), g.equals("m") ? Gender.M : g.equals("f") ? Gender.F : null);
        }
        return m;
    }

    static boolean isHonorific(Tok t) {
        return HONORIFICS.containsKey(t.lower());
    }

    /** End (exclusive) of the name starting at token i, or i when no name starts there. */
    int nameEnd(int i, int limit) {
        Tok t = toks.get(i);
        if (!t.capitalized() || NOT_NAME_START.contains(t.lower()) || isHonorific(t)) return i;
        int end = i + 1;
        while (end < limit) {
            Tok n = toks.get(end);
            if (n.capitalized() && !isHonorific(n) && adjacent(end)) {
                end++;
            } else if (PARTICLES.contains(n.lower()) && end + 1 < limit && toks.get(end + 1).capitalized()
                    && adjacent(end) && adjacent(end + 1)) {
                end += 2;
            } else {
                break;
            }
        }
        return end;
    }

    /** True when token k follows its predecessor on the same line (names do not cross lines). */
    private boolean adjacent(int k) {
        for (int c = toks.get(k - 1).end(); c < toks.get(k).start(); c++) if (text.charAt(c) == '\n') return false;
        return true;
    }

    /** Titles that stand before a name inside a complement: « les fils du prince Charles ». */
    private static final Set<String> TITLES = Set.of("prince", "princesse", "duc", "duchesse", "pape", "général",
            "cardinal", "imam", "rabbin", "abbé", "saint", "sainte", "comte", "comtesse", "baron", "baronne");

    /**
     * True when token k belongs to a genitive complement ("l'entourage d'Élisabeth Borne", "le
     * procureur de la République de Rennes"), not to a name with a particle ("Alexandre de Bosschère").
     */
    boolean genitive(int k, int from) {
        return genitive(k, from, 4);
    }

    private boolean genitive(int k, int from, int depth) {
        if (k - 1 < from || depth == 0) return false;
        Tok prev = toks.get(k - 1);
        String p = prev.lower();
        if (GENITIVE.contains(p)) {
            if (k - 2 < from) return true;
            Tok head = toks.get(k - 2);
            return !head.capitalized() || genitive(k - 2, from, depth - 1);
        }
        // « les avocats de M. Depp », « l'entourage de Mme Borne »: an honorific inside a complement keeps its name there
        if (isHonorific(prev) && k - 2 >= from && GENITIVE.contains(toks.get(k - 2).lower())) {
            return genitive(k - 1, from, depth - 1);
        }
        if ((p.equals("l'") || p.equals("la") || p.equals("le") || p.equals("les")) && k - 2 >= from) {
            String pp = toks.get(k - 2).lower();
            return GENITIVE.contains(pp) || pp.equals("à");
        }
        // « de Paris Match »: a name inside a complement continues it, unless an acronym closed it (« du PS Olivier Faure »)
        if (prev.capitalized() && !isHonorific(prev) && !acronym(prev)) {
            if (!genitive(k - 1, from, depth - 1)) return false;
            // « de l'Intérieur Gérard Collomb »: one word of institution, then a person of two or more
            boolean prevStartsRun = k - 2 < 0 || !toks.get(k - 2).capitalized();
            int run = 0;
            for (int j = k; j < toks.size() && toks.get(j).capitalized(); j++) run++;
            return !(prevStartsRun && run >= 2);
        }
        if (TITLES.contains(p) || ROLE_NOUNS.contains(p)) {
            // « du prince Charles »: a title inside a complement keeps its name there
            for (int j = k - 2; j >= from && j >= k - 4; j--) {
                if (GENITIVE.contains(toks.get(j).lower())) return true;
            }
        }
        return false;
    }

    private static boolean acronym(Tok t) {
        String w = t.text();
        if (w.length() < 2) return false;
        for (int i = 0; i < w.length(); i++) if (!Character.isUpperCase(w.charAt(i))) return false;
        return true;
    }

    /** The name inside phrase [from, to), stripped of articles, honorifics and a genitive tail; or null. */
    int[] nameIn(int from, int to) {
        // a person's name closing the phrase wins: « le député La République en marche Aurélien Taché »,
        // « le Premier ministre Édouard Philippe », « le ministre de l'Intérieur Gérard Collomb »
        int end = to;
        while (end > from && !toks.get(end - 1).capitalized()) end--;
        int start = end;
        while (start - 1 > from && (toks.get(start - 1).capitalized()
                || (PARTICLES.contains(toks.get(start - 1).lower()) && start - 2 >= from && toks.get(start - 2).capitalized()))
                && !genitive(start - 1, from) && !isHonorific(toks.get(start - 1))
                && !NOT_NAME_START.contains(toks.get(start - 1).lower())) {
            start--;
        }
        if (end - start >= 2 && end == to && toks.get(start).capitalized() && !genitive(start, from)
                && (start == from || !toks.get(start - 1).capitalized() || isHonorific(toks.get(start - 1)))
                && !(start > from && toks.get(start - 1).is("et"))) { // « Viviane et Pierre Lambert » is two people
            return new int[] {start, end};
        }
        for (int k = from; k < to; k++) {
            Tok t = toks.get(k);
            if (!t.word()) return null;
            if (t.capitalized() && !genitive(k, from) && !(k == from && ARTICLES.contains(t.lower()))
                    && !isHonorific(t) && !NOT_NAME_START.contains(t.lower())) {
                // « dans une vidéo partagée sur Facebook », « sur BFMTV »: where it was said, not who said it
                if (k > from && CHANNEL_PREPOSITIONS.contains(toks.get(k - 1).lower())) continue;
                int tail = nameTail(k, to);
                if (tail == k + 1 && CARDINAL_POINTS.contains(t.lower())) continue; // « de la côte Est » qualifies
                return new int[] {k, tail}; // « la Cour des comptes », « Santé publique France »
            }
        }
        return null;
    }

    /** Prepositions of the channel a speaker used: a name after them is no speaker. */
    static final Set<String> CHANNEL_PREPOSITIONS = Set.of("sur", "via");

    /** Lowercase words that end a name when another lowercase word follows (« X en vue du scrutin »). */
    private static final Set<String> NAME_BREAKS = Set.of("en", "à", "au", "aux", "sur", "dans", "pour", "par", "avec",
            "lors", "après", "avant", "depuis", "pendant", "contre", "vers", "qui", "que", "et", "auprès", "devant");

    /** The end of a name starting at {@code k} within a phrase ending at {@code to}. */
    private int nameTail(int k, int to) {
        for (int j = k + 1; j < to - 1; j++) {
            if (!toks.get(j).capitalized() && NAME_BREAKS.contains(toks.get(j).lower()) && !toks.get(j + 1).capitalized()) {
                return j;
            }
        }
        return to;
    }

    /**
     * True when token k is an article written with a capital inside a sentence, so part of the name
     * that follows: « révèle Le Parisien », « selon La Voix du Nord » (a sentence's first word says nothing).
     */
    private boolean titleArticle(int k) {
        Tok t = toks.get(k);
        if (!TITLE_ARTICLES.contains(t.text()) || k == 0 || !adjacent(k + 1)) return false;
        Tok prev = toks.get(k - 1);
        if (!adjacent(k)) return false;
        return prev.word() || prev.is(",");
    }

    static final Set<String> TITLE_ARTICLES = Set.of("Le", "La", "Les", "L'", "L’");

    /** A title with its article when the article writes it so inside a sentence (« Parisien » -> « Le Parisien »), else the name. */
    String withArticle(String name) {
        return articleTitles.getOrDefault(name, name);
    }

    /** A surname completed by the longest full name of the article ending with it, when only one does. */
    String expand(String name) {
        String[] words = name.split("\\s+");
        if (words.length > 1) return name; // already a full name
        Set<String> fulls = fullNames.get(Lexicons.lower(words[words.length - 1]));
        if (fulls == null) return name;
        String best = null;
        for (String f : fulls) {
            if (f.length() <= name.length() || !f.endsWith(name)) continue;
            if (best == null || f.endsWith(best)) best = f;
            else if (!best.endsWith(f)) return name; // two different people share the surname
        }
        return best == null ? name : best;
    }

    /** The gender an article or honorific at the start of [from, to) implies, or null. */
    Gender genderOf(int from, int to) {
        for (int k = from; k < Math.min(to, from + 2); k++) {
            String w = toks.get(k).lower();
            Gender g = HONORIFICS.get(w);
            if (g != null) return g;
            switch (w) {
                case "le", "un", "ce", "cet", "du", "au" -> { return Gender.M; }
                case "la", "une", "cette" -> { return Gender.F; }
                default -> { }
            }
        }
        return null;
    }

    /** True when the phrase's head (before any genitive) is a noun that can speak, or a name. */
    boolean canSpeak(int from, int to) {
        if (nameIn(from, to) != null) return true;
        for (int k = from; k < to; k++) {
            String w = toks.get(k).lower();
            if (GENITIVE.contains(w)) break;
            if (SPEAKER_NOUNS.contains(w) || SPEAKER_NOUNS.contains(stripPlural(w))) return true;
        }
        return false;
    }

    /**
     * The person « ce dernier » / « cette dernière » designates: the last person-like name before
     * token {@code before} and at or after token {@code after}, skipping names the article gives the
     * other gender ({@code g} null accepts any). Null when there is none.
     */
    Map.Entry<Integer, String> lastPersonBetween(int after, int before, Gender g) {
        for (int i = persons.size() - 1; i >= 0; i--) {
            int at = persons.get(i).getKey();
            if (at >= before) continue;
            if (at < after) break;
            String full = expand(persons.get(i).getValue());
            Gender known = genderOfName(full);
            if (g == null || known == null || known == g) return Map.entry(at, full);
        }
        return null;
    }

    /** Person-like names mentioned before token {@code before}, nearest first. */
    List<String> namesBefore(int before) {
        List<String> out = new ArrayList<>();
        for (int i = mentions.size() - 1; i >= 0; i--) {
            if (mentions.get(i).getKey() < before) out.add(expand(mentions.get(i).getValue()));
        }
        return out;
    }

    /** Person-role head nouns of a phrase, before any genitive ("président" for "l'ancien président du parti"). */
    Set<String> roleNouns(int from, int to) {
        Set<String> out = new HashSet<>();
        for (int k = from; k < to; k++) {
            String w = toks.get(k).lower();
            if (GENITIVE.contains(w)) break;
            if (ROLE_NOUNS.contains(w) || ROLE_NOUNS.contains(stripPlural(w))) out.add(roleAt(k));
        }
        return out;
    }

    /** The role noun at token k: « premier ministre » after « Premier », a role of its own (no minister is the Prime Minister). */
    private String roleAt(int k) {
        String w = stripPlural(toks.get(k).lower());
        if (w.equals("ministre") && k > 0 && (toks.get(k - 1).is("premier") || toks.get(k - 1).is("première"))) return PRIME_MINISTER;
        return w;
    }

    static final String PRIME_MINISTER = "premier ministre";

    /**
     * False when the article gives {@code name} a role other than every noun of {@code nouns}
     * (« le ministre de l'Intérieur Christophe Castaner » is no « Premier ministre »).
     */
    boolean mayHold(String name, Set<String> nouns) {
        Set<String> known = roles.get(name);
        if (known == null || nouns.isEmpty()) return true;
        for (String n : nouns) if (known.contains(n)) return true;
        return false;
    }

    /** True when the article gives {@code name} one of the roles {@code nouns} (« la députée Marie-George Buffet »). */
    boolean holds(String name, Set<String> nouns) {
        Set<String> known = roles.get(name);
        if (known == null) return false;
        for (String n : nouns) if (known.contains(n)) return true;
        return false;
    }

    /** True when the phrase starts with a definite article ("le procureur", "l'ancien président"). */
    boolean definite(int from) {
        String w = toks.get(from).lower();
        return w.equals("le") || w.equals("la") || w.equals("l'") || w.equals("les");
    }

    private static String stripPlural(String w) {
        return w.endsWith("s") || w.endsWith("x") ? w.substring(0, w.length() - 1) : w;
    }

    /**
     * The name a role description is tied to elsewhere in the article: the same words followed by a
     * name, directly or after a comma. Null when the article never ties them.
     */
    String roleName(int from, int to) {
        String key = from + ":" + to;
        if (roleNames.containsKey(key)) return roleNames.get(key);
        String name = tiedName(from, to);
        for (int k = from + 1; name == null && k < to; k++) {
            // « le procureur d'Amiens » is tied through « le procureur, Alexandre de Bosschère »
            if (GENITIVE.contains(toks.get(k).lower())) name = tiedName(from, k);
        }
        roleNames.put(key, name);
        return name;
    }

    private String tiedName(int from, int to) {
        int start = from;
        while (start < to && ARTICLES.contains(toks.get(start).lower())) start++;
        int len = to - start;
        if (len <= 0 || !canSpeak(start, to)) return null;
        List<String> role = new ArrayList<>(len);
        for (int k = start; k < to; k++) role.add(toks.get(k).lower());
        if (tiedNames.containsKey(role)) return tiedNames.get(role);
        String name = scanTiedName(role);
        tiedNames.put(role, name);
        return name;
    }

    private String scanTiedName(List<String> role) {
        roleScans++;
        int len = role.size();
        if (positions == null) {
            positions = new HashMap<>();
            for (int i = 0; i < toks.size(); i++) positions.computeIfAbsent(toks.get(i).lower(), w -> new ArrayList<>()).add(i);
        }
        outer:
        for (int i : positions.getOrDefault(role.get(0), List.of())) {
            if (i + len >= toks.size()) break;
            for (int k = 1; k < len; k++) {
                if (!toks.get(i + k).lower().equals(role.get(k))) continue outer;
            }
            int n = i + len;
            boolean comma = toks.get(n).is(",") && n + 1 < toks.size();
            if (comma) n++;
            int end = nameEnd(n, toks.size());
            if (end == n + 1 && acronym(toks.get(n))) continue; // « le député LR »: the party, no person's name
            // « le procureur, Alexandre de Bosschère, » is an apposition; « plusieurs médias, Johnny Hallyday toucherait » is not
            if (end > n && (!comma || end == toks.size() || !toks.get(end).word())) {
                return expand(text.substring(toks.get(n).start(), toks.get(end - 1).end()));
            }
        }
        return null;
    }
}
