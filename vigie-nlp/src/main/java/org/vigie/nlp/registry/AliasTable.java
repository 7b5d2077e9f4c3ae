package org.vigie.nlp.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.vigie.core.model.EntityType;
import org.vigie.nlp.entities.KnownNames;
import org.vigie.nlp.entities.Names;

/**
 * The alias table: well-known entities, each with a stable key, a type, a canonical name and its
 * names in other languages and scripts ("Poutine", "Putin", "Путин"). Format and sources are
 * documented at the top of the bundled {@code aliases.tsv}. Immutable once loaded.
 */
public final class AliasTable implements KnownNames {

    /** One entity of the table. */
    public record Entry(String key, EntityType type, String canonical, List<String> aliases) {
        public Entry {
            aliases = List.copyOf(aliases);
        }
    }

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private static final class Holder {
        static final AliasTable BUNDLED = load(
                AliasTable.class.getResourceAsStream("aliases.tsv"), "classpath:org/vigie/nlp/registry/aliases.tsv");
    }

    private final Map<String, Entry> byKey;
    /** folded name -> entries it names (at most one per type). */
    private final Map<String, List<Entry>> byName;

    private final Map<String, List<String>> byFirstWord = new HashMap<>();

    private AliasTable(Map<String, Entry> byKey, Map<String, List<Entry>> byName) {
        this.byKey = byKey;
        this.byName = byName;
        for (String name : byName.keySet()) {
            int sp = name.indexOf(' ');
            if (sp > 0) byFirstWord.computeIfAbsent(name.substring(0, sp), k -> new ArrayList<>()).add(name);
        }
    }

    /** The table shipped with Vigie, loaded once per JVM. */
    public static AliasTable bundled() {
        return Holder.BUNDLED;
    }

    /** A table from a file in the documented format (for users who keep their own). */
    public static AliasTable load(Path file) {
        try {
            return load(Files.newInputStream(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read alias table " + file, e);
        }
    }

    /**
     * Reads a table; {@code source} names it in errors. A bad line, a repeated key or a name given
     * to two entities of one type is an error that says where.
     */
    public static AliasTable load(InputStream in, String source) {
        Map<String, Entry> byKey = new LinkedHashMap<>();
        Map<String, List<Entry>> byName = new HashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        for (TabFile.Row row : TabFile.rows(in, source, "alias table")) {
            int no = row.line();
            String[] f = row.fields();
            if (f.length < 3 || f.length > 4) {
                throw new IllegalArgumentException(source + ":" + no
                        + ": expected key<TAB>type<TAB>canonical[<TAB>aliases], got " + f.length + " columns");
            }
            String key = f[0].strip();
            if (!KEY.matcher(key).matches()) {
                throw new IllegalArgumentException(source + ":" + no + ": bad key '" + key
                        + "' (lower-case ASCII words joined by '-')");
            }
            EntityType type;
            try {
                type = EntityType.valueOf(f[1].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ":" + no + ": bad type '" + f[1]
                        + "' (PER, LOC, ORG or MISC)");
            }
            String canonical = f[2].strip();
            if (canonical.isEmpty()) throw new IllegalArgumentException(source + ":" + no + ": empty canonical name");
            List<String> aliases = new ArrayList<>();
            if (f.length == 4) {
                for (String a : f[3].split("\\|")) {
                    if (!a.isBlank()) aliases.add(a.strip());
                }
            }
            Entry e = new Entry(key, type, canonical, aliases);
            if (byKey.putIfAbsent(key, e) != null) {
                throw new IllegalArgumentException(source + ":" + no + ": key '" + key + "' repeats line " + lineOf.get(key));
            }
            lineOf.put(key, no);
            List<String> names = new ArrayList<>(aliases);
            names.add(0, canonical);
            for (String n : names) {
                List<Entry> list = byName.computeIfAbsent(Names.fold(n), k -> new ArrayList<>());
                Entry clash = list.stream().filter(x -> x.type() == type && x != e).findFirst().orElse(null);
                if (clash != null) {
                    throw new IllegalArgumentException(source + ":" + no + ": name '" + n + "' already names "
                            + clash.key() + " (line " + lineOf.get(clash.key()) + "), same type " + type);
                }
                if (!list.contains(e)) list.add(e);
            }
        }
        return new AliasTable(Map.copyOf(byKey), Map.copyOf(byName));
    }

    /** The entry {@code name} denotes among entities of {@code type}, or null. */
    public Entry lookup(String name, EntityType type) {
        for (Entry e : byName.getOrDefault(Names.fold(name), List.of())) {
            if (e.type() == type) return e;
        }
        return null;
    }

    /** The entry {@code name} denotes whatever its type, or null when none or several. */
    public Entry lookup(String name) {
        List<Entry> list = byName.getOrDefault(Names.fold(name), List.of());
        return list.size() == 1 ? list.get(0) : null;
    }

    public Entry byKey(String key) {
        return byKey.get(key);
    }

    public Collection<Entry> entries() {
        return byKey.values();
    }

    public int size() {
        return byKey.size();
    }

    @Override
    public EntityType typeOf(String name) {
        Entry e = lookup(name);
        return e == null ? null : e.type();
    }

    /** Folded names of several words, by their first word, for approximate matching. */
    Map<String, List<String>> namesByFirstWord() {
        return byFirstWord;
    }

    /** Entries a folded name denotes. */
    List<Entry> named(String folded) {
        return byName.getOrDefault(folded, List.of());
    }
}
