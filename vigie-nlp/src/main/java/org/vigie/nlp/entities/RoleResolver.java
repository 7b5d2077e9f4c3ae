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
 * <p>
 * Look-alikes of an apposition bind nothing: a comma that closes a fronted phrase ("À l'instar de
 * son ministre de l'Economie, Edouard Philippe a annoncé", "Pour X, la ministre aurait"), a role
 * completing another person's noun ("l'avocat du président, Rudy Giuliani"), a verb spelled like
 * a role ("..., juge X", "a jugé X", "X, qui juge"), a title that names the next person ("Sous
 * François Hollande, le Premier ministre Manuel Valls"). A repeat keeps to the bound person's
 * gender, complement and office, and is not read when its own noun phrase names someone else.
 * <p>
 * The machinery is the same for every language; the small words it reads around a role (articles,
 * modifiers, where a noun phrase stops) are the language's role-context.txt. English puts the
 * nationality first ("Turkish President Recep Tayyip Erdogan", later "the Turkish leader", "the
 * Russian president" for the table) and capitalises nationality adjectives, so only its nouns
 * ("the Briton") bind alone; "the president" repeats a president only when the text binds one;
 * "Former President Barack Obama" is his mention, repeated only by "the former president".
 * English also reads an age standing for a person ("the 47-year-old", "the 32-year-old actress"):
 * the person named most recently before it, see {@link #ages}.
 */
final class RoleResolver {

    /**
     * The text ties {@code office} to {@code group} at character {@code position}: the description
     * is [roleStart, roleEnd), its role {@code words}, the person's {@code gender} ('m', 'f', 0)
     * and what qualifies the office ({@link #complement}).
     */
    private record Binding(String office, int position, MentionGrouper.Group group, int roleStart, int roleEnd,
                           String words, char gender, Set<String> qualifiers, boolean nationalityFirst, String modifier) {
    }

    /** A role description found in a sentence: tokens [from, to), the office it names, its role's words and gender. */
    private record Description(int from, int to, String office, String words, char gender, String modifier) {
        Description(int from, int to, String office, String words, char gender) {
            this(from, to, office, words, gender, null);
        }

        Description(int from, int to, String office) {
            this(from, to, office, "", (char) 0);
        }

        /** The same title after {@code modifier} ("former", "assistant"): see {@link #modifiedTitlesNameThePerson}. */
        Description modify(String modifier) {
            return new Description(from, to, office, words, gender, modifier);
        }
    }

    /**
     * A title for the dated table: the mention is tokens [from, to), the words that qualify it run
     * to {@code next} ("secrétaire général | de l'ONU": the place keeps its own entity).
     */
    private record Title(int from, int to, int next, String office, int lead) {
        Title(int from, int to, int next, String office) {
            this(from, to, next, office, from);
        }
    }

    private final EntityLexicon lex;
    private final OfficeHolders offices;
    /** Every description joined to a person, in the order joined, with how (for {@link EntityStage#roleBindings}). */
    final List<RoleBinding> trace = new ArrayList<>();

    // The language's small words around a role (role-context.txt), named as the sets there.
    /** Before a role: it names someone else ("l'ancien président", "the former president"). */
    private final Set<String> MODIFIERS;
    /** The articles that make a title definite ("le président", "the president"). */
    private final Set<String> DEFINITE;
    /** Before the definite article: the title is someone dead ("feu le président"). */
    private final Set<String> BEFORE_DEFINITE;
    /** Between the article and the title: the one in office ("l'actuel président"). */
    private final Set<String> CURRENT;
    private final Set<String> DE;
    private final Set<String> ARTICLES;
    private final Set<String> FEMININE;
    private final Set<String> MASCULINE;
    /** After a title: it names a holder other than the one in office ("le président élu"). */
    private final Set<String> OTHER_HOLDER;
    /** After "président de la République": a republic other than France. */
    private final Set<String> OTHER_STATE;
    /** Before a title a name follows: a comma or a quote makes the title a verb of saying ("..., juge X"). */
    private final Set<String> INVERSION;
    /** Before a past participle spelled like a role: "a jugé Xavier Bertrand". */
    private final Set<String> AUXILIARIES;
    /** Between a name, its comma and its title: a determiner ("X, le président de ..."), "alors" ("X, alors président"). */
    private final Set<String> DETERMINERS;
    /** Words a noun phrase does not run past: auxiliaries, clitics, relatives, conjunctions, prepositions of a new phrase. */
    private final Set<String> STOPS;
    /** Qualifiers after a role that make another office of it: "l'avocat général" is no family's lawyer. */
    private final Set<String> QUALIFIERS;
    /** Adjectives between a role and its complement: "le maire sortant de Nantes". */
    private final Set<String> LEAD_ADJECTIVES;
    /** Deputy marks: "X, secrétaire général adjoint" is not "le secrétaire général". */
    private final Set<String> DEPUTY;
    /** Prepositions that open a fronted phrase: "Selon l'entourage du chef de l'État, X a ..." */
    private final Set<String> FRONTING;
    /** After a title, words that go on with an apposition ("X, maire de Y et député", "X, adjoint à la mairie"). */
    private final Set<String> APPOSITION_LINKS;
    /** A relative pronoun: the name before it closes its apposition ("X, qui ..."). */
    private final Set<String> RELATIVE;
    /** Before an article, a preposition whose phrase completes a noun ("l'avocat de la famille", "a lawyer for the president"). */
    private final Set<String> DEPENDENT_PREPS;
    /** A preposition fused with its article ("du", "au"). */
    private final Set<String> DEPENDENT_CONTRACTED;
    /** Before a year: the office is dated in the past ("entre 2007 et 2012", "until 2017"). */
    private final Set<String> PAST_BEFORE_YEAR;
    private final Set<String> RANGE_FROM;
    private final Set<String> RANGE_TO;
    /** The nationality words that are nouns, naming a person ("le Danois", "the Briton"); "*": all of them. */
    private final Set<String> NATIONALITY_NOUNS;
    /**
     * How a bare title ("le président", "the president") repeats the people bound to it: "nearest",
     * the one bound nearest before; "single", only when one person is bound to it, the dated table
     * gives no office of its family to another person the article names, and the title has no
     * complement of its own ("the CEO of Hipcricket") where the binding had none.
     */
    private final boolean singleBareRepeat;
    /**
     * Whether a title with a modifier right before a name is still a mention of that person
     * ("Former President Barack Obama", "assistant coach Jason Kidd"; role-context.txt
     * "modified-title" = "mention"), repeated only by the same modifier and title ("the former vice
     * president"), never by a later "the president"; or nothing at all ("nothing": "l'ancien
     * président Nicolas Sarkozy").
     */
    private final boolean modifiedTitlesNameThePerson;
    /** The word after an age's number ("year-old" in "47-year-old"); none: ages are not read. */
    private final Set<String> AGE_SUFFIX;
    /** Nouns after an age that give the person's gender ("the 32-year-old actress"). */
    private final Set<String> AGE_FEMININE;
    private final Set<String> AGE_MASCULINE;
    /** Other nouns that end an age description ("the 32-year-old striker"); roles ("mayor") do too. */
    private final Set<String> AGE_NOUNS;

    RoleResolver(EntityLexicon lex) {
        this(lex, OfficeHolders.NONE);
    }

    RoleResolver(EntityLexicon lex, OfficeHolders offices) {
        this.lex = lex;
        this.offices = offices;
        MODIFIERS = lex.roleContext("modifiers");
        DEFINITE = lex.roleContext("definite");
        BEFORE_DEFINITE = lex.roleContext("before-definite");
        CURRENT = lex.roleContext("current");
        DE = lex.roleContext("de");
        ARTICLES = lex.roleContext("articles");
        FEMININE = lex.roleContext("feminine");
        MASCULINE = lex.roleContext("masculine");
        OTHER_HOLDER = lex.roleContext("other-holder");
        OTHER_STATE = lex.roleContext("other-state");
        INVERSION = lex.roleContext("inversion");
        AUXILIARIES = lex.roleContext("auxiliaries");
        DETERMINERS = lex.roleContext("determiners");
        STOPS = lex.roleContext("stops");
        QUALIFIERS = lex.roleContext("qualifiers");
        LEAD_ADJECTIVES = lex.roleContext("lead-adjectives");
        DEPUTY = lex.roleContext("deputy");
        FRONTING = lex.roleContext("fronting");
        APPOSITION_LINKS = lex.roleContext("apposition-links");
        RELATIVE = lex.roleContext("relative");
        DEPENDENT_PREPS = lex.roleContext("dependent-preps");
        DEPENDENT_CONTRACTED = lex.roleContext("dependent-contracted");
        PAST_BEFORE_YEAR = lex.roleContext("past-before-year");
        RANGE_FROM = lex.roleContext("range-from");
        RANGE_TO = lex.roleContext("range-to");
        NATIONALITY_NOUNS = lex.roleContext("nationality-nouns");
        Set<String> bare = lex.roleContext("bare-repeat");
        if (!bare.equals(Set.of("nearest")) && !bare.equals(Set.of("single"))) {
            throw new IllegalStateException("role-context.txt: bare-repeat is 'nearest' or 'single', not " + bare);
        }
        singleBareRepeat = bare.contains("single");
        Set<String> modified = lex.roleContext("modified-title");
        if (!modified.equals(Set.of("mention")) && !modified.equals(Set.of("nothing"))) {
            throw new IllegalStateException("role-context.txt: modified-title is 'mention' or 'nothing', not " + modified);
        }
        modifiedTitlesNameThePerson = modified.contains("mention");
        AGE_SUFFIX = lex.roleContext("age-suffix");
        AGE_FEMININE = lex.roleContext("age-feminine");
        AGE_MASCULINE = lex.roleContext("age-masculine");
        AGE_NOUNS = lex.roleContext("age-nouns");
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
        // the person whose name starts at a token: "le maire sortant Jean-Luc Moudenc" is his role
        java.util.Map<Long, MentionGrouper.Group> personAt = new java.util.HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            Mention m = names.get(i);
            // "le maire LR de Troyes": a party's acronym the tagger ran into a name starts no person's name
            String first = sentences.get(m.sentence()).tokens().get(m.from()).word();
            boolean acronym = first.length() > 1 && first.equals(first.toUpperCase(java.util.Locale.ROOT)) && first.chars().anyMatch(Character::isLetter);
            if (owner.get(i).isPerson() && m.kind() != Mention.Kind.ROLE && !acronym) personAt.putIfAbsent(at(m.sentence(), m.from()), owner.get(i));
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
            // (a title led by a nationality, "..., Indian Prime Minister Narendra Modi", is no verb)
            if (d != null && d.from() > 0 && lex.demonymCountry(t.get(d.from()).word()) == null
                    && (INVERSION.contains(t.get(d.from() - 1).word()) || AUXILIARIES.contains(t.get(d.from() - 1).word()))) {
                d = null; // "« ... », juge Jean-Baptiste Lemoyne", "a jugé Xavier Bertrand": a verb of saying, not a title
            }
            if (d == null && m.from() > 1 && t.get(m.from() - 1).word().equals(",")) {
                d = endingAt(t, f, m.from() - 1); // "le procureur, Alexandre de Bosschère"
                if (d != null && (fronted(t, f, d.from()) && !closed(t, f, m.to()) || dependent(t, f, d.from()))) d = null;
            }
            if (d == null && m.to() + 1 < t.size() && t.get(m.to()).word().equals(",")) {
                int k = m.to() + 1;
                boolean determined = DETERMINERS.contains(f[k]);
                if (determined) k++;
                d = startingAt(t, f, k);
                via = RoleBinding.Via.AFTER_NAME;
                if (d != null) {
                    MentionGrouper.Group next = nameAfter(m.sentence(), t, f, d.to(), personAt, false);
                    // "Sous François Hollande, le Premier ministre Manuel Valls": Valls's title;
                    // "Pour Philippe Saurel, la ministre aurait eu...": a new clause's subject
                    if (next != null && next != g || determined && fronted(t, f, m.from()) && !continues(t, f, d.to())) d = null;
                }
            }
            if (d == null) continue;
            Set<String> qualifiers = complement(t, f, d.to());
            if (via == RoleBinding.Via.BEFORE_NAME) qualifiers = Set.of(); // what follows is the name
            char gender = gender(f, d);
            if (gender == 0) gender = m.gender() == 'm' || m.gender() == 'f' ? m.gender() : lex.firstNameGender(Names.words(g.canonical).get(0));
            // "Nicolas Sarkozy, président de la République entre 2007 et 2012": an office held then, which
            // a later "le président de la République" does not repeat
            if (!past(t, f, d.to())) {
                boolean nationalityFirst = !d.office().startsWith("demonym|") && lex.demonymCountry(t.get(d.from()).word()) != null;
                bindings.add(new Binding(d.office(), m.start(), g, t.get(d.from()).start(), t.get(d.to() - 1).end(), d.words(),
                        gender, qualifiers, nationalityFirst, d.modifier()));
            }
            add(text, m.sentence(), t, d, g, taken, via, null);
        }
        implied(bindings);
        // 2. resolve every other occurrence of a bound office
        for (int si = 0; si < sentences.size() && !bindings.isEmpty(); si++) {
            List<Token> t = sentences.get(si).tokens();
            String[] f = folded.get(si);
            for (int k = 0; k < t.size(); k++) {
                Description d = startingAt(t, f, k);
                if (d == null) continue;
                // "the former vice president": the article is before the modifier
                if (d.office().endsWith("|") && (!definiteBefore(f, d.modifier() == null ? d.from() : d.from() - 1)
                        || (d.to() < t.size() && Names.isCapitalised(t.get(d.to()).word())))) {
                    continue; // no determiner, or it names someone right after ("le président Macron")
                }
                int start = t.get(d.from()).start();
                int end = t.get(d.to() - 1).end();
                boolean overlaps = false;
                for (Mention x : names) overlaps |= x.start() < end && start < x.end();
                for (Mention x : taken) overlaps |= x.start() < end && start < x.end();
                if (overlaps) continue;
                k = d.to() - 1;
                // "le président des États-Unis" after "le président Emmanuel Macron": another office,
                // which the dated table reads
                Title title = titleAt(text, t, f, d.from());
                if (title != null && title.office() != null && !title.office().endsWith("|") && !title.office().equals(d.office())) {
                    continue;
                }
                MentionGrouper.Group next = nameAfter(si, t, f, d.to(), personAt, true);
                Binding target = bound(bindings, d, gender(f, d), complement(t, f, d.to()), start, groups, day);
                // "la présidente de la Chambre des représentants, Nancy Pelosi": hers, whoever was bound before
                if (target != null && (next == null || next == target.group())) {
                    add(text, si, t, d, target.group(), taken, RoleBinding.Via.REPEAT,
                            Span.of(text, target.roleStart(), target.roleEnd()));
                }
            }
        }
        // 3. titles the text does not bind: their holder on the article's day, when the article names them
        if (day != null && offices != OfficeHolders.NONE) dated(text, sentences, folded, names, taken, bindings, groups, day);
        // 4. an age standing for a person: "the 47-year-old"
        if (!AGE_SUFFIX.isEmpty()) ages(text, sentences, folded, groups, taken);
    }

    /** Lower-case words an age description may hold after the age ("small-city mayor"). */
    private static final int AGE_NOUN_WORDS = 3;

    /** How far back (in sentences) an age looks for the person it stands for. */
    private static final int AGE_REACH_SENTENCES = 3;

    /**
     * "the 47-year-old", "the 32-year-old actor": a definite age with no name after it stands for
     * a person named before it, bound as role descriptions are: to the person of the most recent
     * mention in this sentence or the {@link #AGE_REACH_SENTENCES} before (one the article names
     * twice or more before one it names once), skipping a person the
     * noun's gender excludes ("the 32-year-old actress") or whose own age the text gives otherwise
     * ("Idris, 58,"). A person whose stated age is this one wins wherever named.
     */
    private void ages(String text, List<Sentence> sentences, List<String[]> folded, List<MentionGrouper.Group> groups,
                      List<Mention> taken) {
        // ages the text states next to a name: "Carlineo, 35," or "Carlineo (35)"
        java.util.Map<MentionGrouper.Group, String> stated = new java.util.HashMap<>();
        for (MentionGrouper.Group g : groups) {
            if (!g.isPerson()) continue;
            for (Mention m : g.mentions) {
                List<Token> t = sentences.get(m.sentence()).tokens();
                int k = m.to();
                if (k + 1 < t.size() && (t.get(k).word().equals(",") || t.get(k).word().equals("(") || t.get(k).word().equals("-LRB-"))
                        && t.get(k + 1).word().matches("\\d{1,3}")) {
                    stated.putIfAbsent(g, t.get(k + 1).word());
                }
            }
        }
        for (int si = 0; si < sentences.size(); si++) {
            List<Token> t = sentences.get(si).tokens();
            String[] f = folded.get(si);
            for (int k = 0; k + 1 < t.size(); k++) {
                if (!DEFINITE.contains(f[k])) continue;
                int[] aged = ageAt(text, t, k + 1);
                if (aged == null) continue;
                String age = Integer.toString(aged[0]);
                int to = aged[1];
                int afterAge = to;
                char gender = 0;
                // "the 32-year-old actor", "the 37-year-old small-city mayor": the description's words (not
                // "the 47-year-old was", "the 47-year-old's"), the last a noun that may give a gender
                // up to the person noun that ends it: "the 32-year-old actress", "the 37-year-old small-city
                // mayor"; a word that is none ("the 31-year-old pleaded") is left out
                int words = 0;
                for (int j = afterAge; j < t.size() && words < AGE_NOUN_WORDS && !STOPS.contains(f[j])
                        && t.get(j).word().chars().allMatch(c -> Character.isLowerCase(c) || c == '-'); j++) {
                    if (t.get(j).word().equals("-")) continue; // "small-city" split by the tokenizer
                    words++;
                    boolean feminine = AGE_FEMININE.contains(f[j]);
                    boolean masculine = AGE_MASCULINE.contains(f[j]);
                    if (feminine || masculine || AGE_NOUNS.contains(f[j]) || lex.isRoleWord(f[j])) {
                        gender = feminine ? 'f' : masculine ? 'm' : 0;
                        to = j + 1;
                    }
                }
                // "the 47-year-old actor Tom Hanks": a name follows, whose own mention it is
                if (to < t.size() && Names.isCapitalised(t.get(to).word()) && !Names.isPunctuation(t.get(to).word())) continue;
                int start = t.get(k).start();
                MentionGrouper.Group g = agePerson(sentences, si, start, age, gender, groups, stated);
                if (g == null) continue;
                Description d = new Description(k, to, "age|" + age);
                add(text, si, t, d, g, taken, RoleBinding.Via.AGE, null);
                k = to - 1;
            }
        }
    }

    /** An age written from token {@code k} ("47-year-old", one token or several): {age, the token after it}, or null. */
    private int[] ageAt(String text, List<Token> t, int k) {
        int start = t.get(k).start();
        int i = start;
        while (i < text.length() && i - start < 3 && Character.isDigit(text.charAt(i))) i++;
        if (i == start || i >= text.length() || text.charAt(i) != '-') return null;
        for (String suffix : AGE_SUFFIX) {
            int end = i + 1 + suffix.length();
            if (end > text.length() || !text.substring(i + 1, end).equalsIgnoreCase(suffix)) continue;
            if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) continue;
            // the tokenizer may split the hyphens ("47", "-", "year", "-", "old"): the token that ends there
            for (int j = k; j < t.size() && t.get(j).start() < end; j++) {
                if (t.get(j).end() == end) return new int[] {Integer.parseInt(text.substring(start, i)), j + 1};
            }
        }
        return null;
    }

    /** The person an age at {@code start} of sentence {@code si} stands for (see {@link #ages}), or null. */
    private MentionGrouper.Group agePerson(List<Sentence> sentences, int si, int start, String age, char gender,
                                           List<MentionGrouper.Group> groups, java.util.Map<MentionGrouper.Group, String> stated) {
        for (java.util.Map.Entry<MentionGrouper.Group, String> e : stated.entrySet()) {
            if (e.getValue().equals(age) && compatible(e.getKey(), gender)) return e.getKey();
        }
        // the story's people first: a person named once in passing just before ("Attorney General William
        // Barr put Kathleen Hawk Sawyer in charge and ordered investigations into the 66-year-old's suicide")
        // is rarely the one an age recalls
        MentionGrouper.Group recurring = null;
        MentionGrouper.Group any = null;
        int recurringEnd = -1;
        int anyEnd = -1;
        for (MentionGrouper.Group g : groups) {
            if (!g.isPerson() || !compatible(g, gender) || stated.containsKey(g) && !stated.get(g).equals(age)) continue;
            for (Mention m : g.mentions) {
                if (m.end() > start || m.sentence() < si - AGE_REACH_SENTENCES) continue;
                // a name of the age's own clause is another participant: "Barr put Kathleen Hawk Sawyer
                // in charge and ordered investigations into the 66-year-old's suicide" (Epstein's)
                if (m.sentence() == si && !clauseBreak(sentences.get(si).tokens(), m.to(), start)) continue;
                if (m.end() > anyEnd) {
                    any = g;
                    anyEnd = m.end();
                }
                if (names(g) >= 2 && m.end() > recurringEnd) {
                    recurring = g;
                    recurringEnd = m.end();
                }
            }
        }
        return recurring != null ? recurring : any;
    }

    /** Whether a comma or a semicolon lies between token {@code from} and character {@code end} of a sentence. */
    private static boolean clauseBreak(List<Token> t, int from, int end) {
        for (int j = from; j < t.size() && t.get(j).start() < end; j++) {
            if (t.get(j).word().equals(",") || t.get(j).word().equals(";")) return true;
        }
        return false;
    }

    /** How many times the text names the person (role descriptions bound to them not counted). */
    private static long names(MentionGrouper.Group g) {
        return g.mentions.stream().filter(m -> m.kind() != Mention.Kind.ROLE).count();
    }

    /** Whether a person may be of {@code gender} ('m', 'f' or 0: any), by an honorific or the given name. */
    private boolean compatible(MentionGrouper.Group g, char gender) {
        if (gender == 0) return true;
        for (Mention m : g.mentions) {
            if ((m.gender() == 'm' || m.gender() == 'f') && m.gender() != gender) return false;
        }
        char given = lex.firstNameGender(Names.words(g.canonical).get(0));
        return given == 0 || given == gender;
    }

    /**
     * An English title led by a nationality ("Turkish President Recep Tayyip Erdogan") is the
     * person's title too: a later "the president" repeats it, as after "President Donald Trump",
     * when that person is the only one the text binds to an office of the family (one president in
     * play). A French title puts the nationality after the role ("le président turc") and is never
     * read so.
     */
    private static void implied(List<Binding> bindings) {
        List<Binding> bare = new ArrayList<>();
        for (Binding b : bindings) {
            if (b.office().endsWith("|") || b.office().startsWith("demonym|") || b.modifier() != null) continue;
            String family = b.office().substring(0, b.office().indexOf('|'));
            if (!b.nationalityFirst()) continue;
            boolean alone = bindings.stream().filter(o -> o.office().startsWith(family + "|"))
                    .allMatch(o -> o.group() == b.group());
            boolean already = bare.stream().anyMatch(o -> o.office().equals(family + "|"));
            if (alone && !already) {
                bare.add(new Binding(family + "|", b.position(), b.group(), b.roleStart(), b.roleEnd(), b.words(),
                        b.gender(), b.qualifiers(), false, null));
            }
        }
        bindings.addAll(bare);
    }

    private void dated(String text, List<Sentence> sentences, List<String[]> folded, List<Mention> names,
                       List<Mention> taken, List<Binding> bindings, List<MentionGrouper.Group> groups, LocalDate day) {
        Set<String> bound = new HashSet<>();
        for (Binding b : bindings) {
            if (b.modifier() == null) bound.add(b.office()); // "former Russian President X" leaves "the Russian president" to the table
        }
        for (int si = 0; si < sentences.size(); si++) {
            List<Token> t = sentences.get(si).tokens();
            String[] f = folded.get(si);
            for (int k = 0; k < t.size(); k++) {
                Title d = titleAt(text, t, f, k);
                if (d == null) continue;
                int next = d.next();
                k = next - 1;
                if (d.office() == null || bound.contains(d.office()) || !plainBefore(f, d.lead()) || !plainAfter(t, f, next)) {
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
                char gender = genderBefore(f, d.lead());
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
        // English puts the country first: "the Russian president" (a nationality, part of the title),
        // "the UK prime minister", "the UN secretary-general" (a place, which keeps its own entity)
        if (k + 1 < t.size() && Names.isCapitalised(t.get(k).word()) && !lex.rolesStartingWith(f[k + 1]).isEmpty()) {
            String demonym = lex.demonymCountry(t.get(k).word());
            for (EntityLexicon.Role r : lex.rolesStartingWith(f[k + 1])) {
                if (!matches(f, k + 1, r.words())) continue;
                int end = k + 1 + r.words().size();
                if (demonym != null) {
                    return new Title(k, end, end, r.dated() == EntityLexicon.Dated.NO ? null : r.family() + "|" + demonym);
                }
                if (r.dated() != EntityLexicon.Dated.NO && offices.knows(r.family() + "|" + t.get(k).word())) {
                    return new Title(k + 1, end, end, r.family() + "|" + t.get(k).word(), k);
                }
                break;
            }
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
    private boolean plainBefore(String[] f, int k) {
        int d = k - 1;
        if (d >= 0 && CURRENT.contains(f[d])) d--;
        return d >= 0 && DEFINITE.contains(f[d]) && !(d > 0 && BEFORE_DEFINITE.contains(f[d - 1]));
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
    private char genderBefore(String[] f, int k) {
        int d = k - 1;
        if (d >= 0 && CURRENT.contains(f[d])) d--;
        if (d < 0) return 0;
        return FEMININE.contains(f[d]) ? 'f' : MASCULINE.contains(f[d]) ? 'm' : 0;
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
            if (b.office().startsWith(family + "|") && b.modifier() == null) found.add(b.group());
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

    /**
     * The binding an occurrence of an office repeats: the nearest before it (else the first after)
     * among those it can be. Not one of the other gender ("la présidente" is not the man bound as
     * "président"), nor one qualified otherwise ("le ministre de l'Agriculture" after "Olivier
     * Véran, ministre de la Santé"; "l'avocat général" after "X, avocat de la famille"; "le
     * secrétaire général" after "X, secrétaire général adjoint"); another title of the family ("le
     * chef de l'État" after "président") only repeats one the text did not qualify with an
     * organisation ("X, président du Conseil du culte" is no head of state). A bare title ("le
     * président") prefers a bare binding, and when only qualified ones exist it is left alone if
     * the dated table gives the family's holder to another person the article names.
     */
    private Binding bound(List<Binding> bindings, Description d, char gender, Set<String> qualifiers, int position,
                          List<MentionGrouper.Group> groups, LocalDate day) {
        List<Binding> fit = new ArrayList<>();
        for (Binding b : bindings) {
            if (!b.office().equals(d.office()) || !java.util.Objects.equals(b.modifier(), d.modifier())) continue;
            if (gender != 0 && b.gender() != 0 && gender != b.gender()) continue;
            if (!compatible(b.qualifiers(), qualifiers)) continue;
            if (!b.words().equals(d.words()) && b.office().endsWith("|") && !content(b.qualifiers()).isEmpty()) continue;
            fit.add(b);
        }
        boolean plain = content(qualifiers).isEmpty();
        if (singleBareRepeat && d.office().endsWith("|")) {
            if (!plain) fit.removeIf(b -> content(b.qualifiers()).isEmpty());
            if (fit.stream().map(Binding::group).distinct().count() > 1) return null;
            // "the leader" does not repeat "President X", nor "the president" "Labour Party leader Jeremy
            // Corbyn": a title the table reads and a description it does not are not one office ("Gov." and
            // "the governor" are)
            boolean title = isTitle(d.words());
            fit.removeIf(b -> isTitle(b.words()) != title);
            if (!fit.isEmpty() && day != null && offices != OfficeHolders.NONE) {
                String family = d.office().substring(0, d.office().length() - 1);
                // "Russia's President Medvedev" in a 2019 story, later "the president": the named holder of the day
                Set<MentionGrouper.Group> holding = new HashSet<>();
                for (List<String> holder : offices.holders(family, day)) {
                    MentionGrouper.Group h = named(holder, gender, groups);
                    if (h != null) holding.add(h);
                }
                if (!holding.isEmpty() && !holding.contains(fit.get(0).group())) return null;
            }
        }
        if (plain && fit.stream().anyMatch(b -> content(b.qualifiers()).isEmpty())) {
            fit.removeIf(b -> !content(b.qualifiers()).isEmpty());
        }
        // "le président Serge Weinberg (Sanofi)", then "le chef de l'État": another title of the family,
        // or a bare one after qualified bindings only, is the table's holder when the article names him
        boolean otherTitle = fit.stream().anyMatch(b -> !b.words().equals(d.words()));
        if (plain && !fit.isEmpty() && (otherTitle || fit.stream().allMatch(b -> !content(b.qualifiers()).isEmpty()))
                && d.office().endsWith("|") && day != null && offices != OfficeHolders.NONE) {
            String family = d.office().substring(0, d.office().length() - 1);
            for (List<String> holder : offices.holders(family, day)) {
                MentionGrouper.Group h = named(holder, gender, groups);
                if (h != null && fit.stream().noneMatch(b -> b.group() == h)) return null;
            }
        }
        Binding before = null;
        Binding after = null;
        for (Binding b : fit) {
            if (b.position() <= position) {
                if (before == null || b.position() > before.position()) before = b;
            } else if (after == null || b.position() < after.position()) {
                after = b;
            }
        }
        return before != null ? before : after;
    }

    /** Whether the role of these folded words is a title the dated table may read ("president", not "leader"). */
    private boolean isTitle(String words) {
        if (words.isEmpty()) return false;
        for (EntityLexicon.Role r : lex.rolesStartingWith(words.split(" ")[0])) {
            if (String.join(" ", r.words()).equals(words)) return r.dated() != EntityLexicon.Dated.NO;
        }
        return false;
    }

    /**
     * Whether an occurrence qualified by {@code occurrence} can repeat a binding qualified by
     * {@code bound}: its qualifiers ("général") are the binding's, the binding's deputy marks
     * ("adjoint") are its own, and when both name what the office is of, they share a word.
     */
    private boolean compatible(Set<String> bound, Set<String> occurrence) {
        for (String q : occurrence) {
            if (QUALIFIERS.contains(q) && !bound.contains(q)) return false;
        }
        for (String q : bound) {
            if (DEPUTY.contains(q) && !occurrence.contains(q)) return false;
        }
        Set<String> a = content(bound);
        Set<String> b = content(occurrence);
        if (a.isEmpty() || b.isEmpty()) return true;
        for (String w : b) {
            if (a.contains(w)) return true;
        }
        return false;
    }

    private Set<String> content(Set<String> qualifiers) {
        Set<String> out = new HashSet<>(qualifiers);
        out.removeAll(QUALIFIERS);
        return out;
    }

    /**
     * What qualifies a description from token {@code k}: a qualifier among the two words after it
     * ("général", "adjoint") and the words of the complement that follows ("de l'OMS" -> "oms"),
     * up to punctuation or a verb.
     */
    private Set<String> complement(List<Token> t, String[] f, int k) {
        Set<String> out = new HashSet<>();
        boolean inDe = false;
        int lead = 0;
        for (int j = k; j < Math.min(t.size(), k + 10); j++) {
            String w = f[j];
            String raw = t.get(j).word();
            if (raw.equals("(") || raw.equals(")")) continue;
            if (w.isEmpty() || !Character.isLetterOrDigit(raw.charAt(0)) || STOPS.contains(w)) break;
            if (DE.contains(w)) {
                inDe = true;
            } else if (ARTICLES.contains(w)) {
                if (!inDe) break;
            } else if (inDe) {
                out.add(w);
            } else {
                // "maire sortante de Nantes", "président LR de l'Association", "directeur général de l'OMS";
                // not "l'avocate liste de nombreuses négligences", a verb and its object
                if (++lead > 2) break;
                if (QUALIFIERS.contains(w) || DEPUTY.contains(w)) out.add(w);
                else if (!Names.isCapitalised(raw) && !LEAD_ADJECTIVES.contains(w)) break;
            }
        }
        return out;
    }

    /**
     * The person whose name follows the description ending before token {@code k} within its noun
     * phrase: right after it or past qualifiers ("le maire sortant Jean-Luc Moudenc"), past a
     * complement when a comma, a parenthesis or a proper noun ends it ("le dirigeant du Kazakhstan,
     * Noursoultan Nazarbaïev", "le directeur général de la Santé Jérôme Salomon"; not "l'avocat de
     * Marcel Jacob", whose client he is), and after a comma only when {@code comma} allows and the
     * name comes right after it. Up to a verb or a clause.
     */
    private MentionGrouper.Group nameAfter(int si, List<Token> t, String[] f, int k,
                                           java.util.Map<Long, MentionGrouper.Group> personAt, boolean comma) {
        boolean inDe = false;
        for (int j = k; j < Math.min(t.size(), k + 10); j++) {
            MentionGrouper.Group g = personAt.get(at(si, j));
            if (g != null) {
                String prev = j > 0 ? t.get(j - 1).word() : "";
                // "de la Santé Jérôme Salomon", not "de la Fondation Charles de Gaulle"
                String low = prev.toLowerCase(java.util.Locale.ROOT);
                boolean after = prev.equals(",") || prev.equals(")") || j > k && Names.isCapitalised(prev) && !lex.isHonorific(prev)
                        && !lex.isOrgHead(low) && !lex.isNamedAfterHead(low);
                // past a noun of the complement, a full name with a known first name ("le président du
                // parti démocrate Tom Perez"); not the complement's own head ("l'avocat de Marcel Jacob")
                boolean named = !DE.contains(f[j - 1]) && !ARTICLES.contains(f[j - 1]) && lex.isFirstName(t.get(j).word());
                return !inDe || after || named || j > 1 && lex.isHonorific(prev) ? g : null;
            }
            String raw = t.get(j).word();
            if (raw.equals(",")) {
                if (!comma) return null;
                int n = j + 1 < t.size() && lex.isHonorific(t.get(j + 1).word()) ? j + 2 : j + 1;
                return personAt.get(at(si, n));
            }
            if (STOPS.contains(f[j]) || CLAUSE_END.contains(raw) || QUOTES.contains(raw)) return null;
            if (DE.contains(f[j])) inDe = true;
        }
        return null;
    }

    /**
     * Whether the apposition from token {@code k} dates the office in the past: "entre 2007 et
     * 2012", "de 1995 à 2007", "jusqu'en 2017" before the clause ends.
     */
    private boolean past(List<Token> t, String[] f, int k) {
        for (int j = k; j + 1 < Math.min(t.size(), k + 14); j++) {
            String raw = t.get(j).word();
            if (CLAUSE_END.contains(raw) || raw.equals(",") && j > k) return false;
            boolean year = t.get(j + 1).word().matches("(1[89]|20)\\d\\d");
            if (year && (PAST_BEFORE_YEAR.contains(f[j]) || f[j].equals("en") && j > 0 && f[j - 1].equals("jusqu'"))) {
                return true;
            }
            if (year && RANGE_FROM.contains(f[j]) && j + 2 < t.size() && RANGE_TO.contains(f[j + 2])) return true;
        }
        return false;
    }

    private static long at(int sentence, int token) {
        return ((long) sentence << 32) | token;
    }

    /** 'f' after "la", 'm' after "le", "du", "au" (past "actuel"), else the role's own gender ("présidente"). */
    private char gender(String[] f, Description d) {
        char g = genderBefore(f, d.from());
        return g != 0 ? g : d.gender();
    }

    /**
     * Whether token {@code k} lies in a phrase that opens its clause with a preposition ("À l'instar
     * de son ministre de l'Economie, ...", "Selon l'entourage du chef de l'État, ...", "Pour
     * Philippe Saurel, ..."): the name or title across the comma is then the clause's subject,
     * not an apposition.
     */
    private boolean fronted(List<Token> t, String[] f, int k) {
        int j = k - 1;
        while (j >= 0 && !CLAUSE_BREAK.contains(t.get(j).word()) && !QUOTES.contains(t.get(j).word())) j--;
        return j + 1 < k && FRONTING.contains(f[j + 1]);
    }

    /** Whether the name ending before token {@code k} closes an apposition ("le ministre, X, a dit", "..., X."). */
    private boolean closed(List<Token> t, String[] f, int k) {
        if (k >= t.size()) return true;
        String raw = t.get(k).word();
        return CLAUSE_BREAK.contains(raw) || CLAUSE_END.contains(raw) || QUOTES.contains(raw) || raw.equals("(")
                || RELATIVE.contains(f[k]);
    }

    /** Whether a description ending before token {@code k} goes on as an apposition (a complement, a comma) rather than a verb. */
    private boolean continues(List<Token> t, String[] f, int k) {
        if (k >= t.size()) return true;
        String raw = t.get(k).word();
        return !Character.isLetterOrDigit(raw.charAt(0)) || DE.contains(f[k]) || Names.isCapitalised(raw)
                || raw.equalsIgnoreCase("à") || APPOSITION_LINKS.contains(f[k]);
    }

    /**
     * Whether the description at token {@code k} completes a noun naming someone else ("l'avocat
     * du président, Rudy Giuliani", "le premier adjoint au maire, Claude Boissay", "l'ancien
     * « Monsieur sécurité » du chef de l'État, Alexandre Benalla"): the name after the comma is
     * that someone.
     */
    private boolean dependent(List<Token> t, String[] f, int k) {
        int j = k - 1;
        if (j >= 1 && ARTICLES.contains(f[j]) && DEPENDENT_PREPS.contains(f[j - 1])) j--;
        else if (j < 0 || !DEPENDENT_CONTRACTED.contains(f[j])) return false;
        int head = j - 1;
        if (head < 0) return false;
        String raw = t.get(head).word();
        return QUOTES.contains(raw) || lex.isRoleWord(raw) || lex.isRelationalNoun(raw);
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
        if (demonym != null && k + 1 < t.size()) {
            // "(the) Russian President", "Turkish Foreign Minister": English puts the nationality first
            Description role = startingAt(t, f, k + 1);
            if (role != null && role.office().endsWith("|") && !role.office().startsWith("demonym")) {
                Description d = new Description(k, role.to(), role.office() + demonym, role.words(), role.gender());
                if (k > 0 && MODIFIERS.contains(f[k - 1])) return modifiedTitlesNameThePerson ? d.modify(f[k - 1]) : null; // "the former Turkish president"
                return d;
            }
        }
        if (demonym != null && k > 0 && lex.isArticle(t.get(k - 1).word())
                && (NATIONALITY_NOUNS.contains("*") || NATIONALITY_NOUNS.contains(f[k]))) {
            return new Description(k, k + 1, "demonym|" + demonym, "demonym", (char) 0);
        }
        for (EntityLexicon.Role r : lex.rolesStartingWith(f[k])) {
            int n = r.words().size();
            if (k + n > t.size()) continue;
            boolean match = true;
            for (int i = 0; i < n && match; i++) match = f[k + i].equals(r.words().get(i));
            if (!match) continue;
            // "l'ancien président" is someone else
            String modified = k > 0 && MODIFIERS.contains(f[k - 1]) ? f[k - 1]
                    : k > 1 && MODIFIERS.contains(f[k - 2]) && lex.demonymCountry(t.get(k - 1).word()) != null ? f[k - 2] : null;
            if (modified != null && !modifiedTitlesNameThePerson) return null;
            if (k + n < t.size()) {
                String country = lex.adjectiveCountry(t.get(k + n).word());
                if (country != null) {
                    Description d = new Description(k, k + n + 1, r.family() + "|" + country, String.join(" ", r.words()), r.gender());
                    return modified != null ? d.modify(modified) : d;
                }
            }
            // a bare role ("le procureur"): bound only next to a name, resolved only after le/la/l'/du/au
            Description d = new Description(k, k + n, r.family() + "|", String.join(" ", r.words()), r.gender());
            return modified != null ? d.modify(modified) : d;
        }
        return null;
    }

    private static final Set<String> CLAUSE_BREAK = Set.of(",", ";", ":", "(", ")", "-", "–", "—");
    private static final Set<String> CLAUSE_END = Set.of(".", "!", "?", ";", ":", "...", "…");
    private static final Set<String> QUOTES = Set.of("\"", "«", "»", "“", "”", "'", "‘", "’");

    private boolean definiteBefore(String[] f, int k) {
        return k > 0 && DEFINITE.contains(f[k - 1]);
    }
}
