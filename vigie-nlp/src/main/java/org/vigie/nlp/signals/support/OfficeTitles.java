package org.vigie.nlp.signals.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Span;
import org.vigie.nlp.registry.AliasTable;
import org.vigie.nlp.registry.OfficeTable;
import org.vigie.nlp.signals.Fold;
import org.vigie.nlp.signals.Words;
import org.vigie.nlp.signals.Words.Word;

/**
 * A headline's person that the story calls only by an office title, read through the dated table
 * of office holders ({@link OfficeTable}): "Macron" over "le président lui a expliqué" on a day
 * Macron was president, "François Hollande" over "l'ancien président de la République" once he no
 * longer was. The entity layer reads a title as its holder only when something ties it to the
 * office's country ("le président russe", "le chef de l'État"); here the headline has named the
 * person already, so a bare title of an office he or she holds that day ("le président", "la
 * chancelière") is enough, and a title after "ancien", "ex-" supports a former holder. Titles are
 * those {@code entities/roles.txt} marks as read through the table, and the phrases of
 * {@code entities/office-phrases.txt}. Nothing is supported on an undated article. Stateless.
 */
final class OfficeTitles {

    private OfficeTitles() {
    }

    /** Title words (folded tokens) and their office: "head" or, for a phrase naming its place, "head|france" (alias keys). */
    private static final Map<List<String>, String> TITLES = titles();
    /** Nationality adjectives (folded) and the alias key of their country: "russe" -> "russia". */
    private static final Map<String, String> NATIONALITIES = nationalities();
    /** Words that make a title someone else's: a former or future holder. */
    private static final Set<String> FORMER = Set.of("ancien", "ancienne", "ex");
    private static final Set<String> NOT_NOW = Set.of("ancien", "ancienne", "ex", "futur", "future", "prochain", "prochaine", "feu");
    private static final Set<String> OF = Set.of("de", "du", "d'", "des");
    private static final Set<String> ARTICLES = Set.of("la", "l'", "le", "les");
    /** Offices of which every town or body has one: read only when the text names the place. */
    private static final Set<String> LOCAL = Set.of("mayor");

    /**
     * Whether {@code story} (the supporting words) calls the person {@code e} by the title of an
     * office the table gives him or her on {@code date} (ISO, may be null), or by a former title
     * of an office held before it. A title is bare ("le président"), qualified by the office's
     * country ("le président russe", "le président des États-Unis") or a phrase naming it ("le
     * président de la République"); one followed by a name ("le Premier ministre Edouard Philippe"),
     * by another country or by "de" and anything else ("le président du Sénat", "la présidente de la
     * chambre") is someone else's.
     */
    static boolean supports(Entity e, String date, List<Word> story) {
        if (e.type() != EntityType.PER || date == null || date.length() < 10) return false;
        LocalDate day;
        try {
            day = LocalDate.parse(date.substring(0, 10));
        } catch (DateTimeParseException ex) {
            return false;
        }
        Set<String> keys = new HashSet<>();
        AliasTable aliases = AliasTable.bundled();
        addKey(keys, aliases.lookup(e.canonical(), EntityType.PER));
        for (Span m : e.mentions()) addKey(keys, aliases.lookup(m.text(), EntityType.PER));
        if (keys.isEmpty()) return false;
        Set<String> now = new HashSet<>();
        Set<String> before = new HashSet<>();
        for (OfficeTable.Tenure t : OfficeTable.bundled().tenures()) {
            if (!keys.contains(t.holder()) || t.from().isAfter(day)) continue;
            if (t.to() == null || t.to().isAfter(day)) now.add(t.office());
            else before.add(t.office());
        }
        if (now.isEmpty() && before.isEmpty()) return false;
        Set<String> named = new HashSet<>();
        for (Word w : story) {
            if (w.isCapitalized()) named.add(w.folded());
        }
        for (int i = 0; i < story.size(); i++) {
            String first = story.get(i).folded();
            boolean ex = first.startsWith("ex-");
            if (ex) first = first.substring(3);
            String prev = i > 0 ? story.get(i - 1).folded() : "";
            for (Map.Entry<List<String>, String> t : TITLES.entrySet()) {
                List<String> title = t.getKey();
                if (!title.get(0).equals(first) || !matches(title, story, i)) continue;
                String office = qualified(t.getValue(), story, i + title.size());
                if (office == null) continue;
                boolean former = ex || FORMER.contains(prev);
                if (former ? holds(before, office) : !NOT_NOW.contains(prev) && holds(now, office)
                        && (office.indexOf('|') >= 0 || !otherHolderNamed(office, keys, day, named))) return true;
            }
        }
        return false;
    }

    /**
     * The office a title names given the words from {@code j} that follow it: the title's own
     * ("head|france") or, for a bare family, the family qualified by a nationality ("head|russia")
     * or left alone ("head"); null when the title is someone else's.
     */
    private static String qualified(String office, List<Word> story, int j) {
        if (j < story.size()) {
            Word next = story.get(j);
            if (next.isCapitalized() && !next.isNumber()) return null;
            if (office.indexOf('|') >= 0) return office;
            String country = NATIONALITIES.get(next.folded());
            if (country != null) return office + "|" + country;
            if (OF.contains(next.folded())) {
                // "le président des États-Unis" names its country; "le président du Sénat", "la
                // présidente de la chambre de l'instruction" are other offices
                int k = j + 1;
                if (k < story.size() && ARTICLES.contains(story.get(k).folded())) k++;
                AliasTable.Entry place = k < story.size() && story.get(k).isCapitalized() ? placeOf(story.get(k).text()) : null;
                return place == null ? null : office + "|" + place.key();
            }
        }
        if (office.indexOf('|') >= 0) return office;
        return LOCAL.contains(office) ? null : office;
    }

    /**
     * Whether the story names another holder, on {@code day}, of an office of {@code family}: then
     * a bare title ("le Premier ministre") may be theirs ("La popularité de Netanyahu en baisse"
     * over a body about Edouard Philippe's). Names are compared by their last word.
     */
    private static boolean otherHolderNamed(String family, Set<String> keys, LocalDate day, Set<String> named) {
        for (OfficeTable.Tenure t : OfficeTable.bundled().tenures()) {
            if (keys.contains(t.holder()) || !t.office().startsWith(family + "|") || t.from().isAfter(day)
                    || t.to() != null && !t.to().isAfter(day)) continue;
            AliasTable.Entry other = AliasTable.bundled().byKey(t.holder());
            List<String> names = new ArrayList<>(other.aliases());
            names.add(other.canonical());
            for (String n : names) {
                List<Word> w = Words.of(n);
                if (!w.isEmpty() && named.contains(w.get(w.size() - 1).folded())) return true;
            }
        }
        return false;
    }

    /** Whether {@code held} (offices as family|place) holds {@code office}, a family alone matching any place. */
    private static boolean holds(Set<String> held, String office) {
        if (office.indexOf('|') >= 0) return held.contains(office);
        for (String h : held) {
            if (h.startsWith(office + "|")) return true;
        }
        return false;
    }

    private static void addKey(Set<String> keys, AliasTable.Entry entry) {
        if (entry != null) keys.add(entry.key());
    }

    /** Whether the title's tokens after the first follow word {@code i} of {@code words}. */
    private static boolean matches(List<String> title, List<Word> words, int i) {
        if (i + title.size() > words.size()) return false;
        for (int k = 1; k < title.size(); k++) {
            if (!title.get(k).equals(words.get(i + k).folded())) return false;
        }
        return true;
    }

    private static Map<List<String>, String> titles() {
        Map<List<String>, String> out = new LinkedHashMap<>();
        for (String[] f : rows("/org/vigie/nlp/entities/roles.txt")) {
            // the third column marks the titles the table reads ("dated", "dated-alone")
            if (f.length >= 3 && f[2].strip().startsWith("dated")) out.put(tokens(f[0]), f[1].strip());
        }
        for (String[] f : rows("/org/vigie/nlp/entities/office-phrases.txt")) {
            if (f.length < 2 || f[1].indexOf('|') < 0) throw new IllegalStateException("office-phrases.txt: expected phrase<TAB>family|place: " + f[0]);
            String family = f[1].substring(0, f[1].indexOf('|')).strip();
            AliasTable.Entry place = placeOf(f[1].substring(f[1].indexOf('|') + 1).strip());
            if (place != null) out.put(tokens(f[0]), family + "|" + place.key());
        }
        return out;
    }

    private static AliasTable.Entry placeOf(String name) {
        AliasTable.Entry e = AliasTable.bundled().lookup(name, EntityType.LOC);
        return e != null ? e : AliasTable.bundled().lookup(name, EntityType.ORG);
    }

    private static Map<String, String> nationalities() {
        Map<String, String> out = new HashMap<>();
        for (String[] f : rows("/org/vigie/nlp/entities/nationalities.txt")) {
            if (f.length < 2) continue;
            AliasTable.Entry place = placeOf(f[0].strip());
            if (place == null) continue;
            for (String adj : f[1].split(",")) out.put(Fold.fold(adj.strip()), place.key());
        }
        return out;
    }

    private static List<String> tokens(String phrase) {
        List<String> t = new ArrayList<>();
        for (Word w : Words.of(phrase.strip())) t.add(w.folded());
        return List.copyOf(t);
    }

    /** The TAB-separated rows of a resource, comments and blank lines left out. */
    private static List<String[]> rows(String path) {
        try (InputStream in = OfficeTitles.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> out = new ArrayList<>();
            String l;
            while ((l = r.readLine()) != null) {
                int hash = l.indexOf('#');
                String t = hash >= 0 ? l.substring(0, hash) : l;
                if (!t.isBlank()) out.add(t.split("\t"));
            }
            return out;
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + path, ex);
        }
    }
}
