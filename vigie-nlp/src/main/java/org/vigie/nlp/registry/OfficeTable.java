package org.vigie.nlp.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.vigie.core.model.EntityType;
import org.vigie.nlp.entities.OfficeHolders;

/**
 * The dated table of office holders ({@code office-holders.tsv}, format and sources at its top):
 * who was president of Russia, Prime Minister of France or Secretary-General of the UN on a given
 * day. Holders are keys of the {@link AliasTable}, so a holder is recognised under any of its
 * names ("Poutine", "Putin"); an office's place is written under any name the alias table gives
 * it ("ONU", "Nations unies"). Immutable once loaded; thread-safe.
 */
public final class OfficeTable implements OfficeHolders {

    /** One tenure: {@code office} held by {@code holder} from {@code from} to the day before {@code to} (null: still). */
    public record Tenure(String office, String holder, LocalDate from, LocalDate to) {
        boolean covers(LocalDate day) {
            return !day.isBefore(from) && (to == null || day.isBefore(to));
        }
    }

    private static final Pattern FAMILY = Pattern.compile("[a-z]+(-[a-z]+)*");

    private static final class Holder {
        static final OfficeTable BUNDLED = load(OfficeTable.class.getResourceAsStream("office-holders.tsv"),
                "classpath:org/vigie/nlp/registry/office-holders.tsv", AliasTable.bundled());
    }

    private final AliasTable aliases;
    /** "family|place key" -> tenures in date order. */
    private final Map<String, List<Tenure>> byOffice;
    /** family -> its offices ("family|place key"). */
    private final Map<String, List<String>> byFamily = new HashMap<>();

    private OfficeTable(AliasTable aliases, Map<String, List<Tenure>> byOffice) {
        this.aliases = aliases;
        this.byOffice = byOffice;
        for (String office : byOffice.keySet()) {
            byFamily.computeIfAbsent(office.substring(0, office.indexOf('|')), k -> new ArrayList<>()).add(office);
        }
    }

    /** The table shipped with Vigie over the bundled alias table, loaded once per JVM. */
    public static OfficeTable bundled() {
        return Holder.BUNDLED;
    }

    /** A table from a file in the documented format, over {@code aliases}. */
    public static OfficeTable load(Path file, AliasTable aliases) {
        try {
            return load(Files.newInputStream(file), file.toString(), aliases);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read office table " + file, e);
        }
    }

    /**
     * Reads a table; {@code source} names it in errors. A bad line, a holder or place the alias
     * table does not know, a tenure that does not end after it starts, or two tenures of one office
     * that overlap is an error that says where.
     */
    public static OfficeTable load(InputStream in, String source, AliasTable aliases) {
        Map<String, List<Tenure>> byOffice = new LinkedHashMap<>();
        Map<Tenure, Integer> lineOf = new HashMap<>();
        for (TabFile.Row row : TabFile.rows(in, source, "office table")) {
            int no = row.line();
            String[] f = row.fields();
            String where = source + ":" + no + ": ";
            if (f.length != 4) {
                throw new IllegalArgumentException(where + "expected office<TAB>holder<TAB>from<TAB>to, got " + f.length + " columns");
            }
            String office = f[0].strip();
            int bar = office.indexOf('|');
            if (bar < 0 || !FAMILY.matcher(office.substring(0, bar)).matches()) {
                throw new IllegalArgumentException(where + "bad office '" + office + "' (family|place, e.g. head|Russie)");
            }
            String place = placeKey(aliases, office.substring(bar + 1).strip());
            if (place == null) {
                throw new IllegalArgumentException(where + "place '" + office.substring(bar + 1)
                        + "' is no place or organisation of the alias table");
            }
            String holder = f[1].strip();
            AliasTable.Entry person = aliases.byKey(holder);
            if (person == null || person.type() != EntityType.PER) {
                throw new IllegalArgumentException(where + "holder '" + holder + "' is no person of the alias table");
            }
            LocalDate from = date(f[2], where + "from");
            LocalDate to = f[3].isBlank() ? null : date(f[3], where + "to");
            if (from == null) throw new IllegalArgumentException(where + "empty from date");
            if (to != null && !from.isBefore(to)) {
                throw new IllegalArgumentException(where + "tenure ends (" + to + ") before it starts (" + from + ")");
            }
            String key = office.substring(0, bar) + "|" + place;
            Tenure t = new Tenure(key, holder, from, to);
            List<Tenure> list = byOffice.computeIfAbsent(key, k -> new ArrayList<>());
            for (Tenure o : list) {
                boolean overlap = (o.to() == null || t.from().isBefore(o.to())) && (t.to() == null || o.from().isBefore(t.to()));
                if (overlap) {
                    throw new IllegalArgumentException(where + holder + " overlaps " + o.holder() + " (line "
                            + lineOf.get(o) + ") in office " + office);
                }
            }
            list.add(t);
            lineOf.put(t, no);
        }
        byOffice.values().forEach(l -> l.sort((x, y) -> x.from().compareTo(y.from())));
        Map<String, List<Tenure>> frozen = new LinkedHashMap<>();
        byOffice.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new OfficeTable(aliases, frozen);
    }

    private static LocalDate date(String s, String what) {
        if (s.isBlank()) return null;
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(what + " date '" + s + "' is not an ISO date (2017-05-14)");
        }
    }

    /** The alias key of a place or organisation named {@code name}, or null. */
    private static String placeKey(AliasTable aliases, String name) {
        AliasTable.Entry e = aliases.lookup(name, EntityType.LOC);
        if (e == null) e = aliases.lookup(name, EntityType.ORG);
        return e == null ? null : e.key();
    }

    /** "head|Russie" -> "head|russia", or null when the place is unknown. */
    private String key(String office) {
        int bar = office.indexOf('|');
        if (bar < 0) return null;
        String place = placeKey(aliases, office.substring(bar + 1));
        return place == null ? null : office.substring(0, bar) + "|" + place;
    }

    /** Every tenure, office by office in date order (offices as family|alias key). */
    public List<Tenure> tenures() {
        return byOffice.values().stream().flatMap(List::stream).toList();
    }

    /** The alias key of the holder of {@code office} on {@code day}, or null. */
    public String holderKey(String office, LocalDate day) {
        String k = key(office);
        if (k == null) return null;
        for (Tenure t : byOffice.getOrDefault(k, List.of())) {
            if (t.covers(day)) return t.holder();
        }
        return null;
    }

    @Override
    public boolean knows(String office) {
        String k = key(office);
        return k != null && byOffice.containsKey(k);
    }

    @Override
    public List<String> holder(String office, LocalDate day) {
        return names(holderKey(office, day));
    }

    @Override
    public List<List<String>> holders(String family, LocalDate day) {
        List<List<String>> out = new ArrayList<>();
        for (String office : byFamily.getOrDefault(family, List.of())) {
            for (Tenure t : byOffice.get(office)) {
                if (t.covers(day)) out.add(names(t.holder()));
            }
        }
        return out;
    }

    private List<String> names(String key) {
        if (key == null) return List.of();
        AliasTable.Entry e = aliases.byKey(key);
        List<String> out = new ArrayList<>();
        out.add(e.canonical());
        out.addAll(e.aliases());
        return out;
    }

}
