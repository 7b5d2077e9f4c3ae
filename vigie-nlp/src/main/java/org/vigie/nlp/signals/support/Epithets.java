package org.vigie.nlp.signals.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Span;
import org.vigie.nlp.signals.Fold;
import org.vigie.nlp.signals.Resources;
import org.vigie.nlp.signals.Words;
import org.vigie.nlp.signals.Words.Word;

/**
 * A headline's or chapô's person that the story calls only by a profession or status noun
 * ({@code support/epithets.txt}): "Johnny Hallyday : une messe à la Madeleine" over a body that
 * says "la tombe du rockeur" and "le défunt chanteur", "Patrick Timsit en deuil" over "le
 * comédien est actuellement au théâtre". The entity layer binds such a noun to a person only next
 * to a name ("le chanteur Johnny Hallyday", {@code entities/RoleResolver}); a story that never
 * names anyone before its "le chanteur" can only mean the person the headline named. So the noun
 * supports the person whom the title and the chapô name first, when it comes after le/la/l'/du/au
 * or ce/cet/cette (and a few adjectives: "le défunt chanteur", "l'ex-rappeuse"), before the first
 * name of any other person in the story; when it is followed by no name ("le chanteur Renaud" is
 * Renaud) nor by "de" ("le chef de l'État", "l'auteur des faits"), is part of no other entity's
 * mention, and agrees with the person's gender when the given name tells it
 * ({@code entities/first-names.txt}). Office titles are {@link OfficeTitles}'s.
 *
 * <p>On 2,000 OrangeSum wire articles this clears the name in 5 articles: 4 right (Elton John,
 * Patrick Timsit, Cyril Lignac, Johnny Hallyday), one wrong ("Johnny Hallyday : les larmes de
 * Renaud", whose body's "l'artiste" is Renaud, named after it). On SupportRecall's synthetic edits
 * it loses one of 284 headline names, a name put over "Une star refuse ..." whose body says only
 * "la chanteuse". Stateless.
 */
final class Epithets {

    private Epithets() {
    }

    /** Folded epithet nouns and their gender: 'm', 'f', or 0 for both. */
    private static final Map<String, Character> NOUNS = nouns();
    /** Folded given names and their gender. */
    private static final Map<String, Character> GIVEN = givenNames();
    private static final Set<String> ARTICLES = Set.of("le", "la", "l'", "du", "au", "ce", "cet", "cette");
    /** Adjectives between the article and the noun: "le défunt chanteur", "la célèbre animatrice". */
    private static final Set<String> ADJECTIVES = Set.of("defunt", "defunte", "celebre", "jeune", "grand", "grande", "legendaire",
            "regrette", "regrettee", "ancien", "ancienne", "populaire", "mythique", "vieux", "vieil", "vieille", "talentueux",
            "talentueuse", "iconique", "eternel", "eternelle", "sulfureux", "sulfureuse", "celebrissime", "feu", "star");

    /**
     * Whether {@code story} (the supporting words of {@code text}) calls the person {@code e} by an
     * epithet before naming anyone else, {@code e} being the first person each of {@code leads}
     * (the title's and the chapô's {start, end}) names, when it names one: a headline about one
     * person over a chapô about another leaves "l'actrice" to either. {@code entities} are the
     * article's, whose mentions in the story are the other names; another person the leads name
     * and the story does not leaves the noun to either.
     */
    static boolean supports(Entity e, List<Entity> entities, String text, List<int[]> leads, List<Word> story) {
        if (e.type() != EntityType.PER || story.isEmpty()) return false;
        for (int[] lead : leads) {
            Entity first = firstPerson(entities, lead[0], lead[1]);
            if (first != null && first != e) return false;
        }
        int from = story.get(0).start();
        int to = story.get(story.size() - 1).end();
        // the first name of another person in the story; a person the leads name and the story does
        // not may be whom the noun describes ("fille de la voix française de Sylvester Stallone" over
        // "l'acteur américain")
        int firstOther = to;
        for (Entity o : entities) {
            if (o == e || o.type() != EntityType.PER) continue;
            boolean inStory = false;
            boolean inLeads = false;
            for (Span m : o.mentions()) {
                if (m.start() >= from && m.end() <= to && Character.isUpperCase(m.text().codePointAt(0))) {
                    firstOther = Math.min(firstOther, m.start());
                    inStory = true;
                }
                for (int[] lead : leads) inLeads |= m.start() >= lead[0] && m.end() <= lead[1];
            }
            if (inLeads && !inStory) return false;
        }
        char gender = gender(e);
        for (int i = 1; i < story.size(); i++) {
            Word w = story.get(i);
            if (w.start() >= firstOther) return false;
            if (Character.isUpperCase(w.text().codePointAt(0))) continue;
            String noun = w.folded().startsWith("ex-") ? w.folded().substring(3) : w.folded();
            Character g = NOUNS.get(noun);
            if (g == null || !articleBefore(story, i)) continue;
            if (g != 0 && gender != 0 && g != gender) continue;
            if (nameAfter(text, story, i) || ofSomething(story, i) || insideMention(entities, e, w)) continue;
            return true;
        }
        return false;
    }

    /**
     * The person the part names first, its subject: an epithet stands for one person, and "De
     * Rihanna à Gisèle Bünchen" after "Leonardo DiCaprio ... l'acteur" are not "l'interprète".
     */
    private static Entity firstPerson(List<Entity> entities, int from, int to) {
        Entity first = null;
        int at = Integer.MAX_VALUE;
        for (Entity o : entities) {
            if (o.type() != EntityType.PER) continue;
            for (Span m : o.mentions()) {
                if (m.start() >= from && m.end() <= to && m.start() < at) {
                    first = o;
                    at = m.start();
                }
            }
        }
        return first;
    }

    /** Whether an article, maybe and an adjective or two, comes right before word {@code i}. */
    private static boolean articleBefore(List<Word> story, int i) {
        int k = i - 1;
        while (k >= 0 && i - k <= 2 && ADJECTIVES.contains(story.get(k).folded())) k--;
        return k >= 0 && ARTICLES.contains(story.get(k).folded());
    }

    /**
     * Whether a name follows word {@code i} within its noun phrase, {@link #PHRASE} words on across
     * spaces only: "le chanteur Renaud", "le chanteur britannique Elton John", "l'écrivain et
     * chercheur Albert Memmi" describe whom they name.
     */
    private static boolean nameAfter(String text, List<Word> story, int i) {
        for (int k = i + 1; k < story.size() && k <= i + PHRASE; k++) {
            Word next = story.get(k);
            for (int c = story.get(k - 1).end(); c < next.start(); c++) {
                if (!Character.isWhitespace(text.charAt(c))) return false;
            }
            if (Character.isUpperCase(next.text().codePointAt(0))) return true;
        }
        return false;
    }

    /**
     * Whether the noun at {@code i} goes on with "de" and no figure: "le chef de l'État", "l'auteur
     * des faits", "la star du film" name another role than the profession; "l'artiste de 70 ans" does not.
     */
    private static boolean ofSomething(List<Word> story, int i) {
        if (i + 2 >= story.size()) return false;
        String next = story.get(i + 1).folded();
        return (next.equals("de") || next.equals("du") || next.equals("des") || next.equals("d'")) && !story.get(i + 2).isNumber();
    }

    /** How many words after an epithet a name may still be its apposition. */
    private static final int PHRASE = 3;

    /** Whether the word is inside a mention of another entity (a description the entity layer bound to someone). */
    private static boolean insideMention(List<Entity> entities, Entity e, Word w) {
        for (Entity o : entities) {
            if (o == e) continue;
            for (Span m : o.mentions()) {
                if (m.start() <= w.start() && w.end() <= m.end()) return true;
            }
        }
        return false;
    }

    /** The person's gender by the given name of the canonical name or a mention, or 0. */
    private static char gender(Entity e) {
        List<Word> canonical = Words.of(e.canonical());
        if (canonical.size() >= 2) {
            Character g = GIVEN.get(canonical.get(0).folded());
            if (g != null) return g;
        }
        for (Span m : e.mentions()) {
            List<Word> w = Words.of(m.text());
            Character g = w.size() >= 2 ? GIVEN.get(w.get(0).folded()) : null;
            if (g != null) return g;
        }
        return 0;
    }

    private static Map<String, Character> nouns() {
        Map<String, Character> out = new HashMap<>();
        for (Resources.Line line : Resources.lines("support/epithets.txt")) {
            String[] f = line.fields();
            if (f.length != 2 || f[0].isEmpty()) throw line.error("expected: noun | gender");
            if (!f[1].isEmpty() && !f[1].equals("m") && !f[1].equals("f")) throw line.error("gender is m, f or nothing");
            out.put(Fold.fold(f[0]), f[1].isEmpty() ? (char) 0 : f[1].charAt(0));
        }
        return out;
    }

    /** The given names of {@code entities/first-names.txt} (name TAB m|f), the entity layer's list. */
    private static Map<String, Character> givenNames() {
        String path = "/org/vigie/nlp/entities/first-names.txt";
        Map<String, Character> out = new HashMap<>();
        try (InputStream in = Epithets.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String l;
            while ((l = r.readLine()) != null) {
                if (l.isBlank() || l.startsWith("#")) continue;
                String[] f = l.split("\t");
                if (f.length >= 2 && (f[1].strip().equals("m") || f[1].strip().equals("f"))) {
                    out.put(Fold.fold(f[0].strip()), f[1].strip().charAt(0));
                }
            }
            return out;
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + path, ex);
        }
    }
}
