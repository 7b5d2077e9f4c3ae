package org.vigie.nlp.entities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vigie.core.model.Sentence;
import org.vigie.core.model.Span;
import org.vigie.core.model.Token;

/**
 * Role descriptions the text ties to a person. "le président russe Vladimir Poutine" (or
 * "Vladimir Poutine, le président russe") binds the office "head of state, Russia" to Poutine's
 * entity; every other "président russe" / "dirigeant russe" / "homologue russe" in the article is
 * then a mention of him. A nationality noun works the same way ("le Danois Brian Nielsen", later
 * "le Danois"). When the text binds one office to two people, an occurrence goes to the person
 * bound most recently before it. Nothing is bound without a name next to the description.
 * <p>
 * A title the text never ties to a name ("le président russe", "le chef de l'État", "le
 * secrétaire général de l'ONU", "le locataire de l'Élysée") is then read through the dated table
 * of office holders ({@link OfficeHolders}): on the article's day it is the office's holder, but
 * only when the article names that holder too; no entity is ever made from the table alone. Not
 * read so: a title qualified as someone else's ("l'ancien président", "le futur Premier ministre",
 * "feu le pape", "le président élu", "le président du Sénat", "le chef de l'État d'alors"), one
 * without le/la/l'/du/au, one followed by a name, and an office the text binds (the text wins).
 * A title alone ("le chef de l'État") goes to the one holder of any office of its family the
 * article names, and to nobody when it names two or binds the family to someone else.
 */
final class RoleResolver {

    /** The text ties {@code office} to {@code group} at character {@code position}; the description is [roleStart, roleEnd). */
    private record Binding(String office, int position, MentionGrouper.Group group, int roleStart, int roleEnd) {
    }

    /** A role description found in a sentence: tokens [from, to) and the office it names. */
    private record Description(int from, int to, String office) {
    }

    /**
     * A title for the dated table: the mention is tokens [from, to), the words that qualify it run
     * to {@code next} ("secrétaire général | de l'ONU": the place keeps its own entity).
     */
    private record Title(int from, int to, int next, String office) {
    }

    private final EntityLexicon lex;
    private final OfficeHolders offices;
    /** Every description joined to a person, in the order joined, with how (for {@link EntityStage#roleBindings}). */
    final List<RoleBinding> trace = new ArrayList<>();

    RoleResolver(EntityLexicon lex) {
        this(lex, OfficeHolders.NONE);
    }

    RoleResolver(EntityLexicon lex, OfficeHolders offices) {
        this.lex = lex;
        this.offices = offices;
    }

    void resolve(String text, List<Sentence> sentences, List<MentionGrouper.Group> groups) {
        resolve(text, sentences, groups, null);
    }

    /** {@code day}: the article's publication day, or null (then the table of office holders is not read). */
    void resolve(String text, List<Sentence> sentences, List<MentionGrouper.Group> groups, LocalDate day) {
        List<Mention> names = new ArrayList<>();
        List<MentionGrouper.Group> owner = new ArrayList<>();
        for (MentionGrouper.Group g : groups) {
            for (Mention m : g.mentions) {
                names.add(m);
                owner.add(g);
            }
        }
        // fold every word once: descriptions are looked for at every token
        List<String[]> folded = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Token> t = s.tokens();
            String[] f = new String[t.size()];
            for (int k = 0; k < f.length; k++) f[k] = Names.fold(t.get(k).word());
            folded.add(f);
        }
        List<Binding> bindings = new ArrayList<>();
        List<Mention> taken = new ArrayList<>();
        // 1. bind: a description right before or right after (", le ...") a person's name
        for (int i = 0; i < names.size(); i++) {
            Mention m = names.get(i);
            MentionGrouper.Group g = owner.get(i);
            if (!g.isPerson() || m.kind() == Mention.Kind.ROLE) continue;
            List<Token> t = sentences.get(m.sentence()).tokens();
            String[] f = folded.get(m.sentence());
            Description d = endingAt(t, f, m.from());
            RoleBinding.Via via = RoleBinding.Via.BEFORE_NAME;
            if (d == null && m.from() > 1 && t.get(m.from() - 1).word().equals(",")) {
                d = endingAt(t, f, m.from() - 1); // "le procureur, Alexandre de Bosschère"
            }
            if (d == null && m.to() + 1 < t.size() && t.get(m.to()).word().equals(",")) {
                int k = m.to() + 1;
                if (lex.isFunctionWord(t.get(k).word())) k++;
                d = startingAt(t, f, k);
                via = RoleBinding.Via.AFTER_NAME;
            }
            if (d == null) continue;
            bindings.add(new Binding(d.office(), m.start(), g, t.get(d.from()).start(), t.get(d.to() - 1).end()));
            add(text, m.sentence(), t, d, g, taken, via, null);
        }
        // 2. resolve every other occurrence of a bound office
        for (int si = 0; si < sentences.size() && !bindings.isEmpty(); si++) {
            List<Token> t = sentences.get(si).tokens();
            String[] f = folded.get(si);
            for (int k = 0; k < t.size(); k++) {
                Description d = startingAt(t, f, k);
                if (d == null) continue;
                if (d.office().endsWith("|") && (!definiteBefore(f, d.from())
                        || (d.to() < t.size() && Names.isCapitalised(t.get(d.to()).word())))) {
                    continue; // no determiner, or it names someone right after ("le président Macron")
                }
                int start = t.get(d.from()).start();
                int end = t.get(d.to() - 1).end();
                boolean overlaps = false;
                for (Mention x : names) overlaps |= x.start() < end && start < x.end();
                for (Mention x : taken) overlaps |= x.start() < end && start < x.end();
                if (overlaps) continue;
                Binding target = bound(bindings, d.office(), start);
                if (target != null) {
                    add(text, si, t, d, target.group(), taken, RoleBinding.Via.REPEAT,
                            Span.of(text, target.roleStart(), target.roleEnd()));
                }
                k = d.to() - 1;
            }
        }
        // 3. titles the text does not bind: their holder on the article's day, when the article names them
        if (day != null && offices != OfficeHolders.NONE) dated(text, sentences, folded, names, taken, bindings, groups, day);
    }

    private void dated(String text, List<Sentence> sentences, List<String[]> folded, List<Mention> names,
                       List<Mention> taken, List<Binding> bindings, List<MentionGrouper.Group> groups, LocalDate day) {
        Set<String> bound = new HashSet<>();
        for (Binding b : bindings) bound.add(b.office());
        for (int si = 0; si < sentences.size(); si++) {
            List<Token> t = sentences.get(si).tokens();
            String[] f = folded.get(si);
            for (int k = 0; k < t.size(); k++) {
                Title d = titleAt(text, t, f, k);
                if (d == null) continue;
                int next = d.next();
                k = next - 1;
                if (d.office() == null || bound.contains(d.office()) || !plainBefore(f, d.from()) || !plainAfter(t, f, next)) {
                    continue;
                }
                int to = d.to();
                if (overlaps(t, d.from(), to, names, taken)) {
                    // "le locataire de l'Élysée": the seat keeps its own entity, the title is the words
                    // before it; a role's own words are no seat ("chef de l'|État|" tagged as a name)
                    if (lex.rolesStartingWith(f[d.from()]).stream().anyMatch(r -> r.words().size() > 1 && matches(f, d.from(), r.words()))) continue;
                    to = d.from() + 1;
                    while (to < d.to() && !DE.contains(f[to])) to++;
                    if (to == d.to() || overlaps(t, d.from(), to, names, taken)) continue;
                }
                char gender = genderBefore(f, d.from());
                MentionGrouper.Group g = d.office().endsWith("|")
                        ? onlyHolder(d.office().substring(0, d.office().length() - 1), gender, bindings, groups, day)
                        : named(offices.holder(d.office(), day), gender, groups);
                if (g != null) {
                    add(text, si, t, new Description(d.from(), to, d.office()), g, taken,
                            d.office().endsWith("|") ? RoleBinding.Via.TABLE_ALONE : RoleBinding.Via.TABLE, null);
                }
            }
        }
    }

    private static boolean overlaps(List<Token> t, int from, int to, List<Mention> names, List<Mention> taken) {
        int start = t.get(from).start();
        int end = t.get(to - 1).end();
        for (Mention x : names) {
            if (x.start() < end && start < x.end()) return true;
        }
        for (Mention x : taken) {
            if (x.start() < end && start < x.end()) return true;
        }
        return false;
    }

    /**
     * A title at token {@code k}: its tokens and office ("head|Russie", "mayor|Paris", "head|" for
     * a title alone), with a null office for a description the table must not read ("dirigeant",
     * "président du Sénat"), or null when no role starts there.
     */
    private Title titleAt(String text, List<Token> t, String[] f, int k) {
        for (EntityLexicon.OfficePhrase o : lex.officePhrasesStartingWith(f[k])) {
            if (matches(f, k, o.words())) return new Title(k, k + o.words().size(), k + o.words().size(), o.office());
        }
        for (EntityLexicon.Role r : lex.rolesStartingWith(f[k])) {
            if (!matches(f, k, r.words())) continue;
            int end = k + r.words().size();
            if (r.dated() == EntityLexicon.Dated.NO) return new Title(k, end, end, null);
            if (end < t.size()) {
                String country = lex.adjectiveCountry(t.get(end).word());
                if (country != null) return new Title(k, end + 1, end + 1, r.family() + "|" + country);
                if (DE.contains(f[end])) {
                    // "le secrétaire général de l'ONU", "la maire de Paris", "le président des États-Unis"
                    int p = end + 1;
                    if (p < t.size() && ARTICLES.contains(f[p])) p++;
                    for (int q = Math.min(t.size(), p + 4); q > p; q--) {
                        String place = text.substring(t.get(p).start(), t.get(q - 1).end());
                        if (offices.knows(r.family() + "|" + place)) return new Title(k, end, q, r.family() + "|" + place);
                    }
                    return new Title(k, end, end, null); // "le président du Sénat", "le maire de Lyon"
                }
            }
            return new Title(k, end, end, r.dated() == EntityLexicon.Dated.ALONE ? r.family() + "|" : null);
        }
        return null;
    }

    private static boolean matches(String[] f, int k, List<String> words) {
        if (k + words.size() > f.length) return false;
        for (int i = 0; i < words.size(); i++) {
            if (!f[k + i].equals(words.get(i))) return false;
        }
        return true;
    }

    /** "le président", "l'actuel président"; not "l'ancien président", "un président", "feu le président". */
    private static boolean plainBefore(String[] f, int k) {
        int d = k - 1;
        if (d >= 0 && (f[d].equals("actuel") || f[d].equals("actuelle"))) d--;
        return d >= 0 && DEFINITE.contains(f[d]) && !(d > 0 && f[d - 1].equals("feu"));
    }

    /**
     * Not followed by a name, a complement ("de l'époque", "d'alors"), a qualifier ("élu", "par
     * intérim") or another state ("président de la République tchèque", "... islamique").
     */
    private boolean plainAfter(List<Token> t, String[] f, int k) {
        if (k >= t.size()) return true;
        if (Names.isCapitalised(t.get(k).word()) || DE.contains(f[k]) || OTHER_HOLDER.contains(f[k])
                || OTHER_STATE.contains(f[k]) || lex.adjectiveCountry(t.get(k).word()) != null) {
            return false;
        }
        return !(f[k].equals("par") && k + 1 < f.length && f[k + 1].equals("interim"));
    }

    /** 'f' after "la", 'm' after "le", "du", "au" (past "actuel"), else 0 ("l'"). */
    private static char genderBefore(String[] f, int k) {
        int d = k - 1;
        if (d >= 0 && (f[d].equals("actuel") || f[d].equals("actuelle"))) d--;
        if (d < 0) return 0;
        return switch (f[d]) {
            case "la" -> 'f';
            case "le", "du", "au" -> 'm';
            default -> 0;
        };
    }

    /**
     * The person named in the article whose names are {@code holder}'s (canonical first), or null;
     * null too when the title's article says the other gender than the holder's given name ("la
     * locataire de l'Élysée" is not Emmanuel Macron). A person whose canonical name is the
     * holder's wins over one that only shares a mention with it ("Macron" in "Brigitte Macron").
     */
    private MentionGrouper.Group named(List<String> holder, char gender, List<MentionGrouper.Group> groups) {
        if (holder.isEmpty()) return null;
        if (gender != 0) {
            char g = lex.firstNameGender(Names.words(holder.get(0)).get(0));
            if (g != 0 && g != gender) return null;
        }
        Set<String> names = new HashSet<>();
        for (String n : holder) names.add(Names.fold(n));
        for (MentionGrouper.Group g : groups) {
            if (g.isPerson() && names.contains(Names.fold(g.canonical))) return g;
        }
        for (MentionGrouper.Group g : groups) {
            if (!g.isPerson()) continue;
            for (Mention m : g.mentions) {
                if (m.kind() != Mention.Kind.ROLE && names.contains(Names.fold(m.text()))) return g;
            }
        }
        return null;
    }

    /**
     * A title alone: the one person named in the article who holds an office of {@code family} on
     * {@code day}, or null when none or two do, or when the text binds the family to someone else.
     */
    private MentionGrouper.Group onlyHolder(String family, char gender, List<Binding> bindings, List<MentionGrouper.Group> groups,
                                            LocalDate day) {
        Set<MentionGrouper.Group> found = new HashSet<>();
        for (List<String> holder : offices.holders(family, day)) {
            MentionGrouper.Group g = named(holder, gender, groups);
            if (g != null) found.add(g);
        }
        for (Binding b : bindings) {
            if (b.office().startsWith(family + "|")) found.add(b.group());
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    private void add(String text, int si, List<Token> t, Description d, MentionGrouper.Group g, List<Mention> taken,
                     RoleBinding.Via via, Span anchor) {
        int start = t.get(d.from()).start();
        int end = t.get(d.to() - 1).end();
        for (Mention x : taken) {
            if (x.start() < end && start < x.end()) return;
        }
        Mention m = new Mention(si, d.from(), d.to(), start, end, text.substring(start, end), g.type,
                Mention.Kind.ROLE, (char) 0);
        g.mentions.add(m);
        taken.add(m);
        trace.add(new RoleBinding(Span.of(text, start, end), g.canonical, d.office(), via, anchor));
    }

    private static Binding bound(List<Binding> bindings, String office, int position) {
        Binding before = null;
        Binding after = null;
        for (Binding b : bindings) {
            if (!b.office().equals(office)) continue;
            if (b.position() <= position) before = b;
            else if (after == null) after = b;
        }
        return before != null ? before : after;
    }

    /** A description whose last token is right before token {@code end}. */
    private Description endingAt(List<Token> t, String[] f, int end) {
        for (int from = Math.max(0, end - 6); from < end; from++) {
            Description d = startingAt(t, f, from);
            if (d != null && d.to() == end) return d;
        }
        return null;
    }

    /** "président russe", "chef de l'État turc", "Danois" starting at token {@code k}. */
    private Description startingAt(List<Token> t, String[] f, int k) {
        if (k >= t.size()) return null;
        String demonym = lex.demonymCountry(t.get(k).word());
        if (demonym != null && k > 0 && lex.isArticle(t.get(k - 1).word())) {
            return new Description(k, k + 1, "demonym|" + demonym);
        }
        for (EntityLexicon.Role r : lex.rolesStartingWith(f[k])) {
            int n = r.words().size();
            if (k + n > t.size()) continue;
            boolean match = true;
            for (int i = 0; i < n && match; i++) match = f[k + i].equals(r.words().get(i));
            if (!match) continue;
            if (k > 0 && MODIFIERS.contains(f[k - 1])) return null; // "l'ancien président" is someone else
            if (k + n < t.size()) {
                String country = lex.adjectiveCountry(t.get(k + n).word());
                if (country != null) return new Description(k, k + n + 1, r.family() + "|" + country);
            }
            // a bare role ("le procureur"): bound only next to a name, resolved only after le/la/l'/du/au
            return new Description(k, k + n, r.family() + "|");
        }
        return null;
    }

    private static final java.util.Set<String> MODIFIERS = java.util.Set.of(
            "ancien", "ancienne", "ex", "futur", "future", "nouveau", "nouvelle", "premier", "premiere", "vice");
    private static final java.util.Set<String> DEFINITE = java.util.Set.of("le", "la", "l'", "du", "au");
    private static final java.util.Set<String> DE = java.util.Set.of("de", "d'", "du", "des");
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("la", "l'", "le", "les");
    /** After a title: it names a holder other than the one in office ("le président élu"). */
    private static final java.util.Set<String> OTHER_HOLDER = java.util.Set.of("elu", "elue", "designe", "designee",
            "pressenti", "pressentie", "interimaire", "emerite", "honoraire", "dechu", "dechue", "destitue", "destituee");
    /** After "président de la République": a republic other than France. */
    private static final java.util.Set<String> OTHER_STATE = java.util.Set.of("islamique", "populaire", "democratique",
            "federale", "arabe", "socialiste", "autonome");

    private static boolean definiteBefore(String[] f, int k) {
        return k > 0 && DEFINITE.contains(f[k - 1]);
    }
}
