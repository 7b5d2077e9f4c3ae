package org.vigie.nlp.entities;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigie.core.model.EntityType;

/**
 * Groups the name mentions of one article into entities:
 * <ul>
 *   <li>same name up to case, accents, hyphens and a leading article ("Onu" = "ONU",
 *       "Le Parisien" = "Parisien");</li>
 *   <li>acronyms with their expansion, given in parentheses or read from the initials
 *       ("Organisation des Nations unies" = "ONU");</li>
 *   <li>a surname (or shorter tail of a name) with the full name it ends ("Poutine" =
 *       "Vladimir Poutine"); when two people share it ("Jean Martin", "Marie Martin"), each
 *       occurrence goes to the one an honorific's gender allows and, among those, the one named
 *       most recently before it; a company a cue names ("le groupe Bolloré") never goes to a
 *       person ("Vincent Bolloré").</li>
 * </ul>
 * A full name and the same with a generational suffix ("James P. Kennedy" and "James P. Kennedy
 * Jr.") are one person, whose surname alone joins it too.
 * The canonical name is the longest name of the group (honorifics were trimmed before; a wire
 * dateline's capitals, "WASHINGTON —", only when the text writes the name no other way), the
 * type is the gazetteer's when the name is well known, else the type a cue gave any mention
 * ("l'enseigne Castorama"), else the majority of the tagger's, where a place that acts ("Enedis
 * a indiqué") and is never put "à" or "en" is an organisation.
 */
final class MentionGrouper {

    /** An entity under construction. */
    static final class Group {
        final List<Mention> mentions = new ArrayList<>();
        String canonical;
        EntityType type;

        boolean isPerson() {
            return type == EntityType.PER;
        }
    }

    private final EntityLexicon lex;
    private final KnownNames known;
    private java.util.Set<Mention> cued = java.util.Set.of();
    private java.util.Set<Mention> agents = java.util.Set.of();
    private java.util.Set<Mention> placed = java.util.Set.of();
    /** Keys of which some mention is a person (the tagger's type or an honorific). */
    private java.util.Set<String> personKeys = java.util.Set.of();
    /** Keys of given names some mention of which introduces an anonymous witness by an age. */
    private java.util.Set<String> witnessKeys = java.util.Set.of();

    /** Mentions of an all-capital dateline ("WASHINGTON —"): they give the canonical name only when nothing else does. */
    private java.util.Set<Mention> datelines = java.util.Set.of();

    MentionGrouper(EntityLexicon lex, KnownNames known) {
        this.lex = lex;
        this.known = known;
    }

    /** {@code mentions}: those of a dateline ({@link EntityStage#datelines}), whose capitals are layout. */
    MentionGrouper datelines(java.util.Set<Mention> mentions) {
        this.datelines = mentions;
        return this;
    }

    List<Group> group(List<Mention> mentions, List<Mention[]> links) {
        return group(mentions, links, java.util.Set.of());
    }

    /** {@code cued}: mentions a cue noun typed ("le quotidien Bild"), whose type wins the group's vote. */
    List<Group> group(List<Mention> mentions, List<Mention[]> links, java.util.Set<Mention> cued) {
        return group(mentions, links, cued, java.util.Set.of(), java.util.Set.of());
    }

    /**
     * {@code agents}: unknown "places" that act or speak ("Enedis a indiqué"), which make a group
     * of places an organisation unless one of its mentions is in {@code placed} ("à Grigny").
     */
    List<Group> group(List<Mention> mentions, List<Mention[]> links, java.util.Set<Mention> cued,
                      java.util.Set<Mention> agents, java.util.Set<Mention> placed) {
        return group(mentions, links, cued, agents, placed, java.util.Set.of());
    }

    /**
     * {@code witnesses}: given names introduced with an age ("Julien, 34 ans"), the way reports
     * name an anonymous witness: never an alias of a namesake with a full name.
     */
    List<Group> group(List<Mention> mentions, List<Mention[]> links, java.util.Set<Mention> cued,
                      java.util.Set<Mention> agents, java.util.Set<Mention> placed, java.util.Set<Mention> witnesses) {
        this.witnessKeys = new java.util.HashSet<>();
        for (Mention w : witnesses) witnessKeys.add(key(w.text()));
        this.cued = cued;
        this.agents = agents;
        this.placed = placed;
        int n = mentions.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        Map<Mention, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) index.put(mentions.get(i), i);
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) keys[i] = key(mentions.get(i).text());

        // Which keys name people: the tagger's majority, or an honorific in front.
        Map<String, int[]> votes = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Mention m = mentions.get(i);
            int[] v = votes.computeIfAbsent(keys[i], k -> new int[2]);
            if (m.type() == EntityType.PER || m.gender() != 0) v[0]++;
            v[1]++;
        }
        personKeys = new java.util.HashSet<>();
        for (Map.Entry<String, int[]> e : votes.entrySet()) {
            if (e.getValue()[0] > 0) personKeys.add(e.getKey());
        }
        List<String> fullNames = new ArrayList<>();
        for (Map.Entry<String, int[]> e : votes.entrySet()) {
            if (e.getKey().contains(" ") && 2 * e.getValue()[0] >= e.getValue()[1]) fullNames.add(e.getKey());
        }

        Map<String, Integer> firstOfKey = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Mention m = mentions.get(i);
            List<String> candidates = fullNames.contains(keys[i]) ? List.of() : candidates(keys[i], m, fullNames, mentions, keys);
            if (candidates.isEmpty()) {
                Integer first = firstOfKey.putIfAbsent(keys[i], i);
                if (first != null) union(parent, first, i);
            }
        }
        for (int i = 0; i < n; i++) {
            Mention m = mentions.get(i);
            if (fullNames.contains(keys[i])) continue;
            List<String> candidates = candidates(keys[i], m, fullNames, mentions, keys);
            if (candidates.isEmpty()) continue;
            int target = nearest(i, candidates, mentions, keys);
            union(parent, target, i);
        }
        // "James P. Kennedy" and "James P. Kennedy Jr." are one person
        for (int i = 0; i < n; i++) {
            String bare = lex.withoutNameSuffix(keys[i]);
            Integer first = bare.equals(keys[i]) ? null : firstOfKey.get(bare);
            if (first != null) union(parent, first, i);
        }
        for (Mention[] link : links) {
            Integer x = index.get(link[0]);
            Integer y = index.get(link[1]);
            if (x != null && y != null) union(parent, x, y);
        }
        // Acronyms read from initials: "ONU" / "Onu" = "Organisation des Nations unies".
        Map<String, Integer> byInitials = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String init = initials(keys[i]);
            if (init != null) byInitials.putIfAbsent(init, i);
        }
        for (int i = 0; i < n; i++) {
            String k = keys[i];
            if (!k.contains(" ") && k.length() >= 2 && k.length() <= 6 && byInitials.containsKey(k)) {
                union(parent, byInitials.get(k), i);
            }
        }

        Map<Integer, Group> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), r -> new Group()).mentions.add(mentions.get(i));
        }
        for (Group g : groups.values()) settle(g);
        return new ArrayList<>(groups.values());
    }

    /** Full names that {@code key} is a proper tail of, which an honorific's gender allows. */
    private List<String> candidates(String key, Mention m, List<String> fullNames, List<Mention> mentions, String[] keys) {
        boolean company = cued.contains(m) && m.type() != EntityType.PER;
        if (m.type() != EntityType.PER && m.gender() == 0) {
            EntityType k = known.typeOf(m.text());
            if (k != null && k != EntityType.PER) return List.of(); // "Jordan" the country stays a country
        }
        List<String> out = new ArrayList<>();
        for (String full : fullNames) {
            // "Kennedy" ends "James P. Kennedy Jr." before its suffix
            if (!full.endsWith(" " + key) && !lex.withoutNameSuffix(full).endsWith(" " + key)) continue;
            // "le groupe Bolloré" is the company, not Vincent Bolloré named in the same article
            // (a given name or an honorific says person; "l'Affaire Bygmalion" stays with "la société Bygmalion")
            if (company && isPerson(full, mentions, keys)) continue;
            if (m.gender() == 'm' || m.gender() == 'f') {
                char given = lex.firstNameGender(full.substring(0, full.indexOf(' ')));
                if (given != 0 && given != m.gender()) continue;
                boolean conflict = false;
                for (int j = 0; j < mentions.size(); j++) {
                    char g = mentions.get(j).gender();
                    if (keys[j].equals(full) && (g == 'm' || g == 'f') && g != m.gender()) conflict = true;
                }
                if (conflict) continue;
            }
            out.add(full);
        }
        if (out.isEmpty()) return givenNameOf(key, m, fullNames);
        return out;
    }

    /** A full name some evidence gives to a person: a listed given name first, or an honorific. */
    private boolean isPerson(String full, List<Mention> mentions, String[] keys) {
        if (lex.isFirstName(full.substring(0, full.indexOf(' ')))) return true;
        for (int j = 0; j < mentions.size(); j++) {
            if (keys[j].equals(full) && mentions.get(j).gender() != 0) return true;
        }
        return false;
    }

    /**
     * "Harvey" alone in an article about Harvey Weinstein, "Mallaury" for Mallaury Nataf: a person
     * the tagger names by a given name is the one person of the article whose full name starts with
     * it; with two ("Kim Jong Un", "Kim Il Sung") or a conflicting honorific, none.
     */
    private List<String> givenNameOf(String key, Mention m, List<String> fullNames) {
        if (key.contains(" ") || lex.isFunctionWord(key) || witnessKeys.contains(key)) return List.of();
        // every mention of the key goes with the others ("Harvey" once tagged as a work stays with him)
        boolean person = personKeys.contains(key) || (lex.isFirstName(m.text()) && known.typeOf(m.text()) == null);
        if (!person) return List.of();
        List<String> out = new ArrayList<>();
        for (String full : fullNames) {
            if (!full.startsWith(key + " ")) continue;
            char given = lex.firstNameGender(key);
            if ((m.gender() == 'm' || m.gender() == 'f') && given != 0 && given != m.gender()) continue;
            out.add(full);
        }
        return out.size() == 1 ? out : List.of();
    }

    /** The mention of a candidate named most recently before mention {@code i}, else first after. */
    private static int nearest(int i, List<String> candidates, List<Mention> mentions, String[] keys) {
        int before = -1;
        int after = -1;
        for (int j = 0; j < mentions.size(); j++) {
            if (!candidates.contains(keys[j])) continue;
            if (mentions.get(j).start() < mentions.get(i).start()) before = j;
            else if (after < 0) after = j;
        }
        return before >= 0 ? before : after;
    }

    private void settle(Group g) {
        Mention best = null;
        Map<String, Integer> freq = new HashMap<>();
        for (Mention m : g.mentions) freq.merge(m.text(), 1, Integer::sum);
        boolean written = g.mentions.stream().anyMatch(m -> !datelines.contains(m));
        for (Mention m : g.mentions) {
            if (written && datelines.contains(m)) continue; // "WASHINGTON —" names the place the text writes "Washington"
            if (best == null || better(m, best, freq)) best = m;
        }
        g.canonical = withArticle(best.text());
        g.type = vote(g, best);
    }

    /**
     * "du Parisien", sentence-initial "Le Parisien": the article was cut with the determiner, but
     * the well-known name keeps it.
     */
    private String withArticle(String name) {
        if (known.typeOf(name) != null) return name;
        for (String art : new String[] {"Le ", "La ", "Les ", "L'"}) {
            if (known.typeOf(art + name) != null) return art + name;
        }
        return name;
    }

    private static boolean better(Mention m, Mention best, Map<String, Integer> freq) {
        int wm = Names.words(m.text()).size();
        int wb = Names.words(best.text()).size();
        if (wm != wb) return wm > wb;
        if (m.text().length() != best.text().length()) return m.text().length() > best.text().length();
        return freq.get(m.text()) > freq.get(best.text());
    }

    private EntityType vote(Group g, Mention canonical) {
        boolean honorific = g.mentions.stream().anyMatch(m -> m.gender() != 0);
        if (honorific) return EntityType.PER;
        EntityType k = known.typeOf(g.canonical);
        if (k != null) return k;
        // a country of the JDK's names in the article's language ("Costa Rica", "Siria") or a
        // capital of known-places.txt is a place, also where the tagger calls it an organisation
        if (lex.isKnownPlace(g.canonical) && g.mentions.stream().noneMatch(cued::contains)) return EntityType.LOC;
        // an EnumMap: ties go to the same type on every run (a HashMap's order of enum keys follows
        // their identity hash codes, so a tie typed "GT" ORG on one run and MISC on the next)
        Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
        // "dans les colonnes de Mediapart" says more than the tagger's guesses elsewhere
        for (Mention m : g.mentions) {
            if (cued.contains(m)) counts.merge(m.type(), 1, Integer::sum);
        }
        if (!counts.isEmpty()) return counts.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
        for (Mention m : g.mentions) {
            EntityType kt = known.typeOf(m.text());
            counts.merge(kt != null ? kt : m.type(), 1, Integer::sum);
        }
        EntityType best = canonical.type();
        for (Map.Entry<EntityType, Integer> e : counts.entrySet()) {
            if (e.getValue() > counts.getOrDefault(best, 0)) best = e.getKey();
        }
        // "Enedis a indiqué": a place that acts is an organisation, unless the article also puts
        // something "à" or "en" it
        if (best == EntityType.LOC && g.mentions.stream().anyMatch(agents::contains)
                && g.mentions.stream().noneMatch(placed::contains)) {
            return EntityType.ORG;
        }
        return best;
    }

    /** The comparison key of a name: folded, without a leading article. */
    String key(String name) {
        String f = Names.fold(name);
        for (String art : new String[] {"le ", "la ", "les ", "l'", "the "}) {
            if (f.startsWith(art) && f.length() > art.length()) return f.substring(art.length()).strip();
        }
        return f;
    }

    /** Initials of the content words of a multi-word key ("organisation des nations unies" -> "onu"). */
    private String initials(String key) {
        List<String> words = List.of(key.replace("'", "' ").split(" "));
        if (words.size() < 2) return null;
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty() || lex.isFunctionWord(w)) continue;
            sb.append(w.charAt(0));
        }
        return sb.length() >= 2 ? sb.toString() : null;
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    private static void union(int[] p, int a, int b) {
        int ra = find(p, a);
        int rb = find(p, b);
        if (ra == rb) return;
        // keep the earliest mention as root so groups come out in text order
        if (ra < rb) p[rb] = ra;
        else p[ra] = rb;
    }
}
