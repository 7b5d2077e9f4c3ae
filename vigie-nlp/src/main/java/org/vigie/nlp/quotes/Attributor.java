package org.vigie.nlp.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigie.core.model.Span;
import org.vigie.core.model.Speaker;
import org.vigie.nlp.entities.EntityLexicon;
import org.vigie.nlp.quotes.SpeakerNames.Gender;

/**
 * Turns speaker phrases into speakers, in reading order, for one article: entity layer first,
 * then the article's own names; pronouns and bare role descriptions go to the last named speaker
 * of compatible gender, but « il » / « elle » to an unnamed person of that gender who spoke since
 * (« un témoin raconte… », « a-t-il ajouté »).
 */
final class Attributor {

    /** A resolved speaker phrase. {@code speaker} is null when nothing names the speaker. */
    record Resolved(Speaker speaker, Span mention) {
    }

    /** {@code organisation}: known not to be a person (« le groupe » referred back to it), so never « il » or « elle ». */
    private record Named(Speaker speaker, Gender gender, boolean organisation, int at) {
    }

    /** A singular speaker phrase describing one person without a name (« un témoin », « la conductrice »). */
    private record Unnamed(Speaker speaker, Gender gender, boolean indefinite, int at) {
    }

    static final Set<String> PRONOUNS = Set.of("il", "elle", "ils", "elles", "lui", "celui-ci", "celle-ci",
            "lui-même", "elle-même");

    private final String text;
    private final List<Tok> toks;
    private final SpeakerLookup lookup;
    private final SpeakerNames names;
    private final List<Named> named = new ArrayList<>();
    /** Persons a role description referred back to (« a dit le ministre »), where it did: antecedents of « ce dernier » only. */
    private final List<Named> described = new ArrayList<>();
    /** Singular speakers the text leaves unnamed (« un témoin », « la conductrice »), in reading order. */
    private final List<Unnamed> unnamed = new ArrayList<>();
    /** The last plural speaker phrase ("les deux fils", "plusieurs journaux"), for ils/elles. */
    private Speaker lastPlural;

    Attributor(String text, List<Tok> toks, SpeakerLookup lookup) {
        this.text = text;
        this.toks = toks;
        this.lookup = lookup;
        this.names = new SpeakerNames(text, toks);
    }

    SpeakerNames names() {
        return names;
    }

    private Span span(int from, int to) {
        return Span.of(text, toks.get(from).start(), toks.get(to - 1).end());
    }

    /** True when [from, to) is a subject pronoun or an anaphor such as "ce dernier". */
    boolean isPronoun(int from, int to) {
        if (to - from == 1) return PRONOUNS.contains(toks.get(from).lower());
        if (to - from == 2) {
            String a = toks.get(from).lower();
            String b = toks.get(from + 1).lower();
            return (a.equals("ce") || a.equals("cette") || a.equals("ces")) && b.startsWith("derni");
        }
        return false;
    }

    /** A known gender, or a name of two or more capitalised words ("Vladimir Poutine", not "Santé publique France"). */
    private static boolean personLike(Named n) {
        if (n.organisation) return false;
        if (n.gender != null) return true;
        String[] words = n.speaker.canonical().split("\\s+");
        if (words.length < 2) return false;
        if (SpeakerNames.TITLE_ARTICLES.contains(words[0]) || words[0].startsWith("L'")) return false; // « Le Parisien »
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0)) && !SpeakerNames.PARTICLES_AND_ARTICLES.contains(w)) return false;
        }
        return true;
    }

    /** The speaker of an inverted or subject pronoun ("a-t-elle ajouté"): the last compatible named speaker. */
    Resolved pronoun(String pronoun, Span mention) {
        Gender g = pronoun.startsWith("elle") || pronoun.startsWith("celle") || pronoun.equals("cette")
                ? Gender.F : pronoun.startsWith("il") || pronoun.startsWith("lui") || pronoun.startsWith("celui")
                || pronoun.equals("ce") ? Gender.M : null;
        boolean plural = pronoun.equals("ils") || pronoun.equals("elles") || pronoun.equals("ces");
        if (plural) return new Resolved(lastPlural, mention); // « ils », « ces derniers »: a plural speaker or no one
        if (pronoun.equals("ce") || pronoun.equals("cette")) return new Resolved(lastNamed(mention.start(), g), mention);
        // a person who spoke, else a person the text named (« l'ancienne ministre Ségolène Royal »), and only
        // then an organisation or a newspaper that spoke: « il »/« elle » is rarely « Le Figaro »
        Speaker s = last(g, Set.of(), true);
        if (s == null) s = mentionedBefore(mention.start(), Set.of(), g);
        if (s == null) s = last(g);
        // « Un témoin raconte… », a-t-il ajouté: an unnamed person who spoke after the named one is nearer
        Unnamed u = nearestUnnamed(g, mention.start());
        if (u != null && u.at > lastSpoke(s, mention.start()) && (u.indefinite || !couldBe(s, u))) {
            return new Resolved(u.speaker, mention);
        }
        return new Resolved(s, mention);
    }

    /**
     * True when the named speaker {@code s} may be the person a definite description {@code u}
     * refers back to (« Christelle Morançais… L'élue… a-t-elle ajouté », « Donald Trump… le
     * président américain… »): a person of no other gender. News names someone, then describes
     * them; the role the text gave them is no evidence against (« le chef de la diplomatie
     * Jean-Yves Le Drian… le ministre »). An indefinite description (« un témoin ») always brings
     * in someone new.
     */
    private boolean couldBe(Speaker s, Unnamed u) {
        if (s == null) return false;
        Named spoke = null;
        for (Named n : named) if (n.speaker.equals(s)) spoke = n;
        // « la jeune femme » is not « France Bleu »; « le chanteur Slimane » is a person though his name is one word
        if (spoke != null && !personLike(spoke) && !describedAsPerson(s.canonical())) return false;
        Gender known = spoke != null && spoke.gender != null ? spoke.gender : names.genderOfName(s.canonical());
        return known == null || known == u.gender;
    }

    /** The last unnamed singular speaker before {@code offset} whose known gender is {@code g}, or null. */
    private Unnamed nearestUnnamed(Gender g, int offset) {
        if (g == null) return null;
        Unnamed best = null;
        for (Unnamed n : unnamed) {
            if (n.at < offset && n.gender == g && (best == null || n.at > best.at)) best = n;
        }
        return best;
    }

    /** True when the text puts a person noun right before the one-word name {@code name} (« le chanteur Slimane »). */
    private boolean describedAsPerson(String name) {
        if (name.indexOf(' ') >= 0) return false;
        for (int k = 1; k < toks.size(); k++) {
            if (toks.get(k).text().equals(name)) {
                String before = toks.get(k - 1).lower();
                if (PERSON_NOUNS.contains(before) || SpeakerNames.ROLE_NOUNS.contains(before)) return true;
            }
        }
        return false;
    }

    /** Where {@code s} last spoke before {@code offset}, by name or by a description resolved to it; -1 if never. */
    private int lastSpoke(Speaker s, int offset) {
        int at = -1;
        if (s == null) return at;
        for (List<Named> list : List.of(named, described)) {
            for (Named n : list) if (n.at < offset && n.speaker.equals(s)) at = Math.max(at, n.at);
        }
        return at;
    }


    /**
     * « ce dernier », « cette dernière »: the last person the text named before {@code offset}
     * (not the last who spoke), of compatible gender, in its sentence or the one before — by name,
     * or as a speaker whose description was resolved to a person (« a dit le ministre. Ce dernier… »);
     * null when the text named no one there (the antecedent is then a description such as « le shérif »).
     */
    private Speaker lastNamed(int offset, Gender g) {
        int before = 0;
        while (before < toks.size() && toks.get(before).start() < offset) before++;
        int after = before;
        for (int ends = 0; after > 0; after--) {
            Tok t = toks.get(after - 1);
            if ((t.is(".") || t.is("!") || t.is("?")) && ++ends == 2) break;
        }
        int windowStart = after < toks.size() ? toks.get(after).start() : offset;
        Map.Entry<Integer, String> byName = names.lastPersonBetween(after, before, g);
        Named spoke = null;
        for (List<Named> list : List.of(named, described)) {
            for (Named n : list) {
                if (n.at >= windowStart && n.at < offset && personLike(n) && (g == null || n.gender == null || n.gender == g)
                        && (spoke == null || n.at > spoke.at)) spoke = n;
            }
        }
        if (spoke != null && (byName == null || toks.get(byName.getKey()).start() < spoke.at)) return spoke.speaker;
        if (byName == null) return null;
        String full = byName.getValue();
        // the entity layer's canonical form of that name when it has one
        for (Named n : named) if (n.speaker.canonical().equals(full)) return n.speaker;
        return new Speaker(full, null);
    }

    /**
     * When no one has spoken yet, the nearest person the text named before {@code offset}: the
     * entity layer's when present, else the article's own names.
     */
    private Speaker mentionedBefore(int offset, Set<String> roleNouns, Gender g) {
        // « elle » is not « Bertrand Larcherie »: of the last two persons named, a woman by her given name wins
        // over a more recent person of unknown gender (as for speakers, see last), and no one whose given name
        // says the other gender is taken
        List<Speaker> before = lookup.personsBefore(offset);
        if (g == Gender.F) {
            for (Speaker s : before.subList(0, Math.min(2, before.size()))) if (genderOf(s.canonical()) == g) return s;
        }
        for (Speaker s : before) {
            if (g == null || !otherGender(s.canonical(), g)) return s;
        }
        int tok = 0;
        while (tok < toks.size() && toks.get(tok).start() < offset) tok++;
        for (String n : names.namesBefore(tok)) {
            if (names.mayHold(n, roleNouns) && (g == null || !otherGender(n, g))) return new Speaker(n, null);
        }
        return null;
    }

    /** True when the given name of {@code name} says it is not of gender {@code g}. */
    private static boolean otherGender(String name, Gender g) {
        Gender known = genderOf(name);
        return known != null && known != g;
    }

    /**
     * The gender of the given name opening {@code name}, or null. Not the text's (an article or an
     * honorific near a name, {@link SpeakerNames#genderOfName}): that reading errs often enough to
     * skip the right person, where a given name does not.
     */
    private static Gender genderOf(String name) {
        char first = ENTITY_LEXICON.firstNameGender(name.split("\\s+")[0]);
        return first == 'm' ? Gender.M : first == 'f' ? Gender.F : null;
    }

    Speaker last(Gender g) {
        return last(g, Set.of());
    }

    /** The last named speaker of compatible gender whom the article never gave a role other than {@code roleNouns}. */
    Speaker last(Gender g, Set<String> roleNouns) {
        return last(g, roleNouns, false);
    }

    /** The last named person of compatible gender to whom the article gave one of {@code roleNouns}, or null. */
    private Speaker lastHolding(Gender g, Set<String> roleNouns) {
        for (int i = named.size() - 1; i >= 0; i--) {
            Named n = named.get(i);
            if ((g == null || n.gender == null || n.gender == g) && personLike(n) && names.holds(n.speaker.canonical(), roleNouns)) {
                return n.speaker;
            }
        }
        return null;
    }

    /** As {@link #last(Gender, Set)}; with {@code personsOnly}, never an organisation or a newspaper. */
    private Speaker last(Gender g, Set<String> roleNouns, boolean personsOnly) {
        // « elle »: a speaker known to be a woman among the last few wins over a more recent unknown one
        // (news names more men; an unknown name is a weaker match for « elle » than for « il »)
        if (g == Gender.F) {
            int seen = 0;
            for (int i = named.size() - 1; i >= 0 && seen < 3; i--) {
                Named n = named.get(i);
                if (i < named.size() - 1 && n.speaker.equals(named.get(i + 1).speaker)) continue;
                seen++;
                if (n.gender == g && names.mayHold(n.speaker.canonical(), roleNouns) && (!personsOnly || personLike(n))) {
                    return n.speaker;
                }
            }
        }
        // then a person (« Vladimir Poutine », « Mme Rani ») before an organisation or a newspaper
        for (boolean personPass : personsOnly ? new boolean[] {true} : new boolean[] {true, false}) {
            for (int i = named.size() - 1; i >= 0; i--) {
                Named n = named.get(i);
                // a role (« le gouverneur ») refers back to a person, never to an organisation
                boolean person = personPass || !roleNouns.isEmpty();
                if ((g == null || n.gender == null || n.gender == g) && names.mayHold(n.speaker.canonical(), roleNouns)
                        && (!person || personLike(n))) {
                    return n.speaker;
                }
            }
        }
        return null;
    }

    /**
     * Resolves the speaker phrase [from, to); {@code appositionFrom, appositionTo} is an optional
     * name in apposition ("le procureur, Alexandre de Bosschère"), -1 when absent.
     */
    Resolved phrase(int from, int to, int appositionFrom, int appositionTo) {
        Span mention = span(from, to);
        if (isPronoun(from, to)) return pronoun(toks.get(from).lower(), mention);
        int owner = channelOwner(from, to);
        if (owner >= 0) return new Resolved(phrase(owner, to, appositionFrom, appositionTo).speaker(), mention);
        // an article's gender is the person's only for roles and honorifics (« le Journal du Dimanche » is no man)
        Gender gender = names.roleNouns(from, to).isEmpty() && !SpeakerNames.isHonorific(toks.get(from))
                && !(to - from > 1 && SpeakerNames.isHonorific(toks.get(from + 1))) ? null : names.genderOf(from, to);
        String det = toks.get(from).lower();
        boolean several = PLURAL_DETERMINERS.contains(det); // « les procureurs », not « le ministre de l'Action et des Comptes »
        boolean plural = several;
        for (int k = from; k < to && !plural; k++) plural = toks.get(k).is("et");
        Resolved r = resolve(from, to, appositionFrom, appositionTo, mention, gender, several);
        // « selon les médias, ils ont… »: the media report what others (« ils ») did, they are not « ils »
        if (plural && r.speaker() != null && !headIn(from, to, MEDIA_NOUNS)) lastPlural = r.speaker();
        return r;
    }

    /** The speaker named by [from, to), for a pronoun {@code mention} that refers back to that name. */
    Resolved antecedent(int from, int to, Span mention) {
        return new Resolved(phrase(from, to, -1, -1).speaker(), mention);
    }

    /**
     * The organisation whose whole name is [from, to) (« Eagles of Death Metal »: no surname is read
     * out of it), for a description such as « le groupe de rock » that refers back to it.
     */
    Resolved organisation(int from, int to, Span mention) {
        Span name = span(from, to);
        Speaker s = lookup.speakerAt(name.start(), name.end()).orElseGet(() -> new Speaker(name.text(), null));
        named.add(new Named(s, null, true, mention == null ? -1 : mention.start()));
        return new Resolved(s, mention);
    }

    private static final Set<String> PLURAL_DETERMINERS = Set.of("les", "des", "plusieurs", "ces", "leurs", "ses",
            "certains", "certaines", "deux", "trois", "quatre", "cinq", "mes", "nos", "vos");

    /** Plural heads of media and reports: never the antecedent of « ils » / « elles ». */
    static final Set<String> MEDIA_NOUNS = Lexicons.set("media-nouns.txt");

    /** True when a word of [from, to) before any genitive is in {@code nouns} (plural -s/-x stripped too). */
    private boolean headIn(int from, int to, Set<String> nouns) {
        for (int k = from; k < to; k++) {
            String w = toks.get(k).lower();
            if (SpeakerNames.GENITIVE.contains(w)) break;
            if (nouns.contains(w) || (w.length() > 1 && (w.endsWith("s") || w.endsWith("x"))
                    && nouns.contains(w.substring(0, w.length() - 1)))) return true;
        }
        return false;
    }

    private Resolved resolve(int from, int to, int appositionFrom, int appositionTo, Span mention, Gender gender,
            boolean plural) {
        // the entity layer reads the phrase's head, not a genitive tail ("l'entourage d'Élisabeth Borne")
        int head = to;
        for (int k = from + 1; k < to; k++) {
            if (SpeakerNames.GENITIVE.contains(toks.get(k).lower()) && !toks.get(k - 1).capitalized()
                    || SpeakerNames.CHANNEL_PREPOSITIONS.contains(toks.get(k).lower())) { // « … partagée sur Facebook »
                head = k;
                break;
            }
        }
        // « le chef de service de l'hôpital Bichat »: a person described by a role; the organisation or
        // place of the phrase is where they work, never the speaker (« a indiqué la préfecture » is)
        int role = roleHead(from, to);
        Optional<Speaker> fromLayer = layer(from, head, role >= 0);
        if (fromLayer.isEmpty() && appositionFrom >= 0) fromLayer = layer(appositionFrom, appositionTo, role >= 0);
        int[] name = names.nameIn(from, to);
        boolean employer = false;
        if (role >= 0 && name != null && fromLayer.isEmpty() && lookup.personAt(toks.get(name[0]).start(),
                toks.get(name[1] - 1).end()).isEmpty() && !personNamed(role, name)) {
            // « l'ancienne Miss France »: a capitalised role is the role itself, no employer
            employer = name[0] > role;
            name = closingPersonName(role, to);
            employer &= name == null;
        }
        if (fromLayer.isEmpty() && name != null) {
            // « le président de la République Emmanuel Macron »: the head is cut at « de », the name closes the phrase
            fromLayer = layer(name[0], name[1], role >= 0);
        }
        if (fromLayer.isPresent()) return remember(fromLayer.get(), gender, mention);
        if (name != null) {
            return remember(new Speaker(names.withArticle(names.expand(text.substring(toks.get(name[0]).start(),
                    toks.get(name[1] - 1).end()))), null), gender, mention);
        }
        if (appositionFrom >= 0) {
            return remember(new Speaker(names.expand(text.substring(toks.get(appositionFrom).start(),
                    toks.get(appositionTo - 1).end())), null), gender, mention);
        }
        // « les procureurs », « des avocats »: several people, never one named person the text tied a role to
        if (plural) return new Resolved(new Speaker(mention.text(), null), mention);
        String tied = names.roleName(from, to);
        if (tied != null) return remember(new Speaker(tied, null), gender, mention);
        Set<String> roles = names.roleNouns(from, to);
        if (names.definite(from) && !roles.isEmpty()) {
            // a role at a named employer refers back only to someone the text gave that role, not to
            // whoever spoke last (« le chef de service de l'hôpital Bichat » is not the minister)
            Speaker s = employer ? lastHolding(gender, roles) : last(gender, roles);
            if (s != null) {
                described.add(new Named(s, gender, false, mention.start())); // for a « ce dernier » that follows
                return new Resolved(s, mention);
            }
        }
        Speaker phrase = new Speaker(mention.text(), null);
        Unnamed u = addressesSomeone(to) || namedAfter(to) ? null : unnamedPerson(phrase, from, to, mention.start());
        if (u != null) unnamed.add(u);
        return new Resolved(phrase, mention);
    }

    /** Nouns of an account or page someone writes on: « le compte Facebook de la gendarmerie » is the gendarmerie speaking. */
    private static final Set<String> CHANNEL_NOUNS = Set.of("compte", "page", "profil", "fil");

    /**
     * The first token of the owner of a channel heading [from, to) (« le compte Facebook de la
     * gendarmerie de Haute-Loire », « la page officielle du ministère »), or -1: the platform is where
     * the words were written, the owner wrote them.
     */
    private int channelOwner(int from, int to) {
        int k = from;
        while (k < to && SpeakerNames.ARTICLES.contains(toks.get(k).lower())) k++;
        if (k >= to || !CHANNEL_NOUNS.contains(toks.get(k).lower())) return -1;
        k++;
        while (k < to && toks.get(k).word() && !SpeakerNames.GENITIVE.contains(toks.get(k).lower())) k++;
        if (k + 1 >= to || !SpeakerNames.GENITIVE.contains(toks.get(k).lower())) return -1;
        return k + 1;
    }

    /** Prefixes of a role noun written as one word: « l'ex-présidente », « la vice-présidente ». */
    private static final List<String> ROLE_PREFIXES = List.of("ex-", "vice-", "co-", "sous-");

    /**
     * The token of the role or person noun heading [from, to) (« la vice-présidente de l'ONG Ferus »,
     * « l'ancienne députée Front national »), or -1 when the phrase is headed by something else (a
     * name, an organisation: « la préfecture du Nord », « le ministère de l'Intérieur »).
     */
    private int roleHead(int from, int to) {
        int k = from;
        while (k < to && SpeakerNames.ARTICLES.contains(toks.get(k).lower())) k++;
        while (k < to && (PRE_ADJECTIVES.contains(toks.get(k).lower()) || toks.get(k).is("premier")
                || toks.get(k).is("première"))) k++;
        if (k >= to || k == from && toks.get(k).capitalized()) return -1;
        String w = toks.get(k).lower();
        for (String prefix : ROLE_PREFIXES) {
            if (w.startsWith(prefix) && w.length() > prefix.length()) w = w.substring(prefix.length());
        }
        for (String form : List.of(w, w.length() > 1 && (w.endsWith("s") || w.endsWith("x")) ? w.substring(0, w.length() - 1) : w)) {
            if (SpeakerNames.ROLE_NOUNS.contains(form) || PERSON_NOUNS.contains(form)) return k;
        }
        return -1;
    }

    /** The layer's speaker for tokens [from, to): only a person when {@code person} (a role's phrase). */
    private Optional<Speaker> layer(int from, int to, boolean person) {
        int start = toks.get(from).start();
        int end = toks.get(to - 1).end();
        return person ? lookup.personAt(start, end) : lookup.speakerAt(start, end);
    }

    /**
     * True when the name [name[0], name[1]) of a phrase headed by the role at {@code role} is the
     * person who holds it, though the entity layer does not say so: next to the role (« la députée
     * Olivia Grégoire », « le ministre Castaner ») unless the layer reads it as an organisation or a
     * place (« la députée PCF », « l'édile PS »); after a complement (« le porte-parole du ministère
     * des Affaires étrangères Zhao Lijian ») only as a name of two words or more that is no
     * building's (« de l'hôpital Bichat », « de l'hôpital Georges Pompidou », « en Tunisie »).
     */
    private boolean personNamed(int role, int[] name) {
        boolean complement = false;
        for (int k = role + 1; k < name[0]; k++) {
            if (SpeakerNames.GENITIVE.contains(toks.get(k).lower()) || COMPLEMENT_PREPOSITIONS.contains(toks.get(k).lower())) {
                complement = true;
            }
        }
        if (!complement) {
            return !lookup.notAPerson(toks.get(name[0]).start(), toks.get(name[1] - 1).end());
        }
        return name[1] - name[0] >= 2 && !lookup.notAPerson(toks.get(name[0]).start(), toks.get(name[1] - 1).end())
                && !ENTITY_LEXICON.isNamedAfterHead(toks.get(name[0] - 1).word() ? toks.get(name[0] - 1).text() : "");
    }

    /**
     * A person's name closing a role's phrase after its employer, the tagger having glued the two
     * (« le président LR de la commission des Lois du Sénat Philippe Bas »): two capitalised words
     * or more from a given name to the end, or null.
     */
    private int[] closingPersonName(int role, int to) {
        int start = to;
        while (start - 1 > role && (toks.get(start - 1).capitalized() || SpeakerNames.PARTICLES_AND_ARTICLES.contains(
                toks.get(start - 1).lower()) && start < to && toks.get(start).capitalized())) start--;
        for (int k = start; k <= to - 2; k++) {
            if (toks.get(k).capitalized() && ENTITY_LEXICON.isFirstName(toks.get(k).text())
                    && !lookup.notAPerson(toks.get(k).start(), toks.get(to - 1).end())) return new int[] {k, to};
        }
        return null;
    }

    private static final Set<String> COMPLEMENT_PREPOSITIONS = Set.of("en", "pour", "à", "au", "aux", "chez", "auprès",
            "sur", "dans");
    private static final EntityLexicon ENTITY_LEXICON = EntityLexicon.french();

    /**
     * True when the phrase ending before token {@code to} speaks to someone (« Sa fille lui
     * demande… », « un lycéen, qui lui assure… »): the « il » / « elle » that follows is the one who
     * answers, not the one who asked.
     */
    private boolean addressesSomeone(int to) {
        int k = to;
        if (k < toks.size() && toks.get(k).is(",")) k++;
        if (k < toks.size() && toks.get(k).is("qui")) k++;
        return k < toks.size() && toks.get(k).is("lui");
    }

    /** True when a name follows the phrase ending before {@code to} (« son avocat, Maître Frédéric Berna »): not unnamed. */
    private boolean namedAfter(int to) {
        return to + 1 < toks.size() && toks.get(to).is(",")
                && (toks.get(to + 1).capitalized() || SpeakerNames.isHonorific(toks.get(to + 1)));
    }

    /** Person nouns: one person described, not named (« un témoin », « la conductrice »). */
    static final Set<String> PERSON_NOUNS = Lexicons.set("person-nouns.txt");
    /** Adverbs of degree or manner before an adjective in a description: « très offensif », « visiblement amusé ». */
    private static final Set<String> DEGREE_ADVERBS = Set.of("très", "visiblement", "particulièrement",
            "manifestement", "plutôt", "assez", "trop", "fort", "bien");
    /** Adjectives before the head of a description: « le jeune homme », « la même source ». */
    private static final Set<String> PRE_ADJECTIVES = Set.of("jeune", "même", "nouveau", "nouvel", "nouvelle",
            "ancien", "ancienne", "autre", "seul", "seule", "vieil", "vieille", "vieux", "petit", "petite", "haut",
            "haute");

    /**
     * [from, to) as a singular description of one unnamed person, headed by a person noun
     * (« un témoin », « la mère de famille »); null when the phrase is no such description or its
     * gender is unknown (« l'artiste »).
     */
    private Unnamed unnamedPerson(Speaker phrase, int from, int to, int at) {
        Gender g = genderOfPerson(from, to);
        if (g == null) return null;
        String det = toks.get(from).lower();
        // « un », « une », and « sa mère », « son voisin »: someone new, not a name said again
        boolean indefinite = det.equals("un") || det.equals("une") || det.equals("sa") || det.equals("son");
        // « a déclaré un chef de l'Etat très offensif »: a mood, said of someone already there
        for (int k = from + 1; k < to && indefinite; k++) indefinite = !DEGREE_ADVERBS.contains(toks.get(k).lower());
        return new Unnamed(phrase, g, indefinite, at);
    }

    private Gender genderOfPerson(int from, int to) {
        int k = from;
        while (k < to && SpeakerNames.ARTICLES.contains(toks.get(k).lower())) k++;
        while (k < to && PRE_ADJECTIVES.contains(toks.get(k).lower())) k++;
        if (k == from || k >= to) return null;
        String head = toks.get(k).lower();
        if (!PERSON_NOUNS.contains(head) && !SpeakerNames.ROLE_NOUNS.contains(head)) return null;
        for (int j = from; j < to; j++) if (toks.get(j).is("et")) return null; // « un témoin et sa femme »
        Gender g = toks.get(from).is("sa") ? Gender.F : names.genderOf(from, to);
        if (g != null || !(toks.get(from).is("l'") || toks.get(from).is("son"))) return g;
        // « l'habitante », « son amie »: a feminine form is the masculine one plus e, or ends as feminine nouns do
        if (head.endsWith("trice") || head.endsWith("euse") || head.endsWith("ière") || head.endsWith("ienne")
                || (head.endsWith("e") && PERSON_NOUNS.contains(head.substring(0, head.length() - 1)))) return Gender.F;
        if (PERSON_NOUNS.contains(head + "e") || head.endsWith("eur") || head.endsWith("ier")) return Gender.M;
        return null;
    }

    private Resolved remember(Speaker s, Gender g, Span mention) {
        Gender known = g != null ? g : names.genderOfName(s.canonical());
        for (Named n : named) {
            if (known == null && n.speaker.canonical().equals(s.canonical())) known = n.gender;
        }
        named.add(new Named(s, known, false, mention == null ? -1 : mention.start()));
        return new Resolved(s, mention);
    }
}
