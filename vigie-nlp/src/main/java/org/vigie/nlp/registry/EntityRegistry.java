package org.vigie.nlp.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Span;
import org.vigie.nlp.entities.Names;

/**
 * Corpus-wide entity ids. An id depends only on the entity and the alias table, never on which
 * articles were seen before, so ids are the same across runs, machines and processing orders:
 * <ul>
 *   <li>an entity the alias table knows (by its canonical name or one of its names, in any
 *       language, up to case and accents) gets the table's key: "Poutine", "Putin", "Путин" and
 *       "Vladimir Poutine" are all {@code vladimir-putin};</li>
 *   <li>a name one typing slip away from a table name gets its key only when the first word is
 *       the same ("Emmanuel Macronn"), so a different first name is never a typo;</li>
 *   <li>any other entity gets {@code <type>-<hash of its folded canonical name>}: "Jean Martin"
 *       and "Marie Martin" differ, while "jean martin" and "Jean Martin" are one.</li>
 * </ul>
 * A bare surname is merged with a full name only through the table (which lists a surname only
 * when one famous person carries it), or inside one article, where the entity stage already
 * gave it the full name it stands for. Immutable and thread-safe.
 */
public final class EntityRegistry {

    private final AliasTable table;

    public EntityRegistry(AliasTable table) {
        this.table = table;
    }

    /** The registry over the bundled alias table. */
    public static EntityRegistry bundled() {
        return new EntityRegistry(AliasTable.bundled());
    }

    public AliasTable table() {
        return table;
    }

    /** The id of an entity of an article, from its canonical name, type and mentions. */
    public String idOf(Entity e) {
        AliasTable.Entry known = resolve(e.canonical(), e.type(), names(e));
        return known != null ? known.key() : hashId(e.type(), e.canonical());
    }

    /** The id of a bare name of a given type (for queries: "Putin" -> vladimir-putin). */
    public String idOf(String name, EntityType type) {
        AliasTable.Entry known = resolve(name, type, List.of());
        return known != null ? known.key() : hashId(type, name);
    }

    /** The table entry an id stands for, or null for ids of entities the table does not know. */
    public AliasTable.Entry entry(String id) {
        return table.byKey(id);
    }

    private AliasTable.Entry resolve(String canonical, EntityType type, List<String> otherNames) {
        AliasTable.Entry hit = table.lookup(canonical, type);
        if (hit != null) return hit;
        // the tagger may have typed a famous name wrongly: accept the table's only reading of it
        AliasTable.Entry any = table.lookup(canonical);
        if (any != null && Names.words(canonical).size() > 1) return any;
        // A shorter name inside an unknown person's full name is not evidence ("Marie Trump" is
        // not Donald Trump); for places and organisations it is ("Onu" in "Organisation des
        // Nations Unies (Onu)").
        if (type != EntityType.PER) {
            for (String n : otherNames) {
                hit = table.lookup(n, type);
                if (hit != null) return hit;
            }
        }
        return nearMiss(canonical, type);
    }

    /** Longest names first, role descriptions ("président russe", lower case) left out. */
    private static List<String> names(Entity e) {
        List<String> out = new ArrayList<>();
        for (Span s : e.mentions()) {
            String t = s.text();
            if (Names.isCapitalised(t) && !out.contains(t) && !t.equals(e.canonical())) out.add(t);
        }
        out.sort(Comparator.comparingInt(String::length).reversed());
        return out;
    }

    private AliasTable.Entry nearMiss(String canonical, EntityType type) {
        List<String> words = Names.words(canonical);
        if (words.size() < 2) return null;
        String first = words.get(0);
        String rest = String.join(" ", words.subList(1, words.size()));
        if (rest.length() < 6) return null;
        AliasTable.Entry found = null;
        for (String name : table.namesByFirstWord().getOrDefault(first, List.of())) {
            String other = name.substring(first.length() + 1);
            if (Math.abs(other.length() - rest.length()) > 1 || editDistance(other, rest) != 1) continue;
            for (AliasTable.Entry e : table.named(name)) {
                if (e.type() != type) continue;
                if (found != null && found != e) return null; // two readings: no evidence for either
                found = e;
            }
        }
        return found;
    }

    /** {@code <type>-<12 hex digits of SHA-256(type|folded name)>}. */
    static String hashId(EntityType type, String name) {
        String t = type.name().toLowerCase(Locale.ROOT);
        try {
            byte[] h = MessageDigest.getInstance("SHA-256")
                    .digest((type.name() + "|" + Names.fold(name)).getBytes(StandardCharsets.UTF_8));
            return t + "-" + HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] tmp = prev;
            prev = cur;
            cur = tmp;
        }
        return prev[b.length()];
    }
}
