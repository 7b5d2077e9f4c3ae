package org.vigie.nlp.entities;

import java.util.ArrayList;
import java.util.List;
import org.vigie.core.model.Sentence;
import org.vigie.core.model.Token;

/**
 * Role descriptions the text ties to a person. "le président russe Vladimir Poutine" (or
 * "Vladimir Poutine, le président russe") binds the office "head of state, Russia" to Poutine's
 * entity; every other "président russe" / "dirigeant russe" / "homologue russe" in the article is
 * then a mention of him. A nationality noun works the same way ("le Danois Brian Nielsen", later
 * "le Danois"). When the text binds one office to two people, an occurrence goes to the person
 * bound most recently before it. Nothing is bound without a name next to the description.
 */
final class RoleResolver {

    private record Binding(String office, int position, MentionGrouper.Group group) {
    }

    /** A role description found in a sentence: tokens [from, to) and the office it names. */
    private record Description(int from, int to, String office) {
    }

    private final EntityLexicon lex;

    RoleResolver(EntityLexicon lex) {
        this.lex = lex;
    }

    void resolve(String text, List<Sentence> sentences, List<MentionGrouper.Group> groups) {
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
            if (d == null && m.from() > 1 && t.get(m.from() - 1).word().equals(",")) {
                d = endingAt(t, f, m.from() - 1); // "le procureur, Alexandre de Bosschère"
            }
            if (d == null && m.to() + 1 < t.size() && t.get(m.to()).word().equals(",")) {
                int k = m.to() + 1;
                if (lex.isFunctionWord(t.get(k).word())) k++;
                d = startingAt(t, f, k);
            }
            if (d == null) continue;
            bindings.add(new Binding(d.office(), m.start(), g));
            add(text, m.sentence(), t, d, g, taken);
        }
        if (bindings.isEmpty()) return;
        // 2. resolve every other occurrence of a bound office
        for (int si = 0; si < sentences.size(); si++) {
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
                MentionGrouper.Group target = bound(bindings, d.office(), start);
                if (target != null) add(text, si, t, d, target, taken);
                k = d.to() - 1;
            }
        }
    }

    private void add(String text, int si, List<Token> t, Description d, MentionGrouper.Group g, List<Mention> taken) {
        int start = t.get(d.from()).start();
        int end = t.get(d.to() - 1).end();
        for (Mention x : taken) {
            if (x.start() < end && start < x.end()) return;
        }
        Mention m = new Mention(si, d.from(), d.to(), start, end, text.substring(start, end), g.type,
                Mention.Kind.ROLE, (char) 0);
        g.mentions.add(m);
        taken.add(m);
    }

    private static MentionGrouper.Group bound(List<Binding> bindings, String office, int position) {
        Binding before = null;
        Binding after = null;
        for (Binding b : bindings) {
            if (!b.office().equals(office)) continue;
            if (b.position() <= position) before = b;
            else if (after == null) after = b;
        }
        return before != null ? before.group() : after != null ? after.group() : null;
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

    private static boolean definiteBefore(String[] f, int k) {
        return k > 0 && DEFINITE.contains(f[k - 1]);
    }
}
