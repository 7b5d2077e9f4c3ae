package org.vigie.nlp.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Sentence;
import org.vigie.core.model.Token;

/**
 * Turns the tagger's token labels into clean name mentions. The French CRF tags runs of tokens
 * (IO scheme); its typical errors are fixed here with general rules and word lists, never with
 * names: function words capitalised at the start of a sentence ("Les", "Aucun", "Aux Etats-Unis"),
 * honorifics and roles inside the run ("M. Poutine"), runs glued across punctuation or across two
 * names ("Onu Staffan de Mistura"), lower-case words leading a run ("du tourisme en Russie"),
 * ids and lone symbols; and names it cuts short ("route du Castello") or misses ("Su-24").
 * Also dropped: a common word capitalised only because it opens a sentence ("Tirez", "Livreur")
 * when the article uses it in lower case; a subheading shouted in capitals; a minister's portfolio ("ministre de la Transition
 * écologique"); the capitals of an office the tagger cuts into ("président de la | République", "garde des |
 * Sceaux": offices.txt and the multi-word roles), whose holder after it stays. Paragraph breaks a data set lost ("VaccinsLe", "LCPToujours") are restored by
 * the reader (vigie-ingest's LostBreaks), not here. Names listed together ("Engie, Butagaz, Cdiscount") share the type of
 * the well-known or cued ones among them.
 * <p>Organisations the tagger calls places or people are typed by their context (type-cues.txt,
 * cue-modifiers.txt): a cue noun ("l'enseigne Castorama", "le constructeur automobile X", "le
 * groupe de rock X", "des magasins comme X"), a role of the organisation through de ("le PDG de
 * X", "les abonnés d'Enedis"), "chez X", a legal form ("Dumont SA": legal-forms.txt); these outweigh
 * the tagger in the entity's vote. An unknown
 * place that acts or speaks ("Enedis a indiqué", "rapporte Lyonmag", "selon X": agent-verbs.txt)
 * is a weaker cue, which a place use elsewhere ("à Grigny") cancels; countries and capitals
 * (known-places.txt) never move.
 */
final class MentionFinder {

    /** Model designations: Su-24, F-16, MH17, COP21, Covid-19. */
    private static final Pattern DESIGNATOR = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])(?:\\p{Lu}[\\p{L}]{0,4}-\\d{1,4}|\\p{Lu}{2,4}\\d{2,4})[\\p{L}]?(?![\\p{L}\\p{N}-])");
    private static final Pattern ID_LIKE = Pattern.compile("(?=.*\\d)(?=.*\\p{L})[\\p{L}\\d]{8,}");
    /** How many lower-case words a well-known name may run on after the tagger's end ("Haut | conseil de la santé publique"). */
    private static final int EXTENSION = 5;
    /** What separates the parts of a person's name: spaces and hyphens. */
    private static final Pattern NAME_PARTS = Pattern.compile("[\\s\\-\u2010\u2011]+");

    /** Words after which a name opens a clause ("..., et Enedis a indiqué"). */
    private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of("que", "qu'", "et", "mais", "car",
            "lorsque", "lorsqu'", "quand", "puisque", "puisqu'", "ou", "donc", "alors", "ainsi", "puis", "où");
    /** Conjunctions that open a clause only after punctuation ("..., et Enedis a indiqué"). */
    private static final java.util.Set<String> COORDINATORS = java.util.Set.of("et", "ou");
    /** Words between a subject and its verb: auxiliaries, negation, clitics, a few adverbs. */
    private static final java.util.Set<String> BEFORE_VERB = java.util.Set.of("a", "avait", "aurait", "aura", "ont",
            "avaient", "auraient", "va", "vont", "allait", "vient", "venait", "de", "d'", "ne", "n'", "pas", "plus",
            "egalement", "aussi", "deja", "encore", "notamment", "finalement", "recemment", "bien", "l'", "lui", "leur",
            "y", "en", "se", "s'", "meme");
    /** Days and times between a speech verb and its inverted subject ("a précisé samedi Enedis"). */
    private static final java.util.Set<String> TIME_WORDS = java.util.Set.of("lundi", "mardi", "mercredi", "jeudi",
            "vendredi", "samedi", "dimanche", "hier", "matin", "soir", "midi", "aujourd'hui", "encore", "aussi",
            "egalement", "ainsi");
    /** Prepositions that make the name after them a place (as written: "à", not the verb "a"). */
    private static final java.util.Set<String> PLACE_PREPOSITIONS = java.util.Set.of("à", "en", "vers");
    /** Prepositions after an office that introduce its place or portfolio ("procureur de la République de Rennes"). */
    private static final java.util.Set<String> OFFICE_COMPLEMENTS = java.util.Set.of("de", "du", "des", "d'", "aux", "au",
            "a", "aupres");
    /** Tokens that join the names of an enumeration. */
    private static final java.util.Set<String> LIST_JOINERS = java.util.Set.of(",", "et", "ou");

    private final EntityLexicon lex;
    private final KnownNames known;
    /** Mentions typed by a cue noun ("le quotidien Bild"): their type outweighs the tagger's in the group. */
    final java.util.Set<Mention> cued = new java.util.HashSet<>();
    /**
     * Unknown names the tagger calls places that open a clause before an agent verb ("Enedis a
     * indiqué"): a weak organisation cue, which a place use elsewhere ({@link #placed}) cancels.
     */
    final java.util.Set<Mention> agents = new java.util.HashSet<>();
    /** Mentions after a place preposition ("à Grigny", "en Essonne", "vers Alep"). */
    final java.util.Set<Mention> placed = new java.util.HashSet<>();
    /** Words of the article that start with a lower-case letter. */
    private final java.util.Set<String> lowerWords = new java.util.HashSet<>();

    MentionFinder(EntityLexicon lex, KnownNames known) {
        this.lex = lex;
        this.known = known;
    }

    /** Cleaned name mentions of every sentence, in text order; acronym links go to {@code links}. */
    List<Mention> find(String text, List<Sentence> sentences, List<Mention[]> links) {
        List<Mention> out = new ArrayList<>();
        for (Sentence s : sentences) {
            for (Token tok : s.tokens()) {
                String w = tok.word();
                if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))) lowerWords.add(w);
            }
        }
        for (int si = 0; si < sentences.size(); si++) {
            List<Token> t = sentences.get(si).tokens();
            List<Mention> here = new ArrayList<>();
            int i = 0;
            while (i < t.size()) {
                EntityType type = EntityType.fromTag(t.get(i).ner());
                if (type == null) {
                    i = afterHonorificName(text, si, t, i, here);
                    continue;
                }
                int j = i + 1;
                while (j < t.size() && EntityType.fromTag(t.get(j).ner()) == type
                        && !t.get(j).ner().startsWith("B-")) {
                    j++;
                }
                // "TF1", "M6": CoreNLP's French tokenizer cuts digits off the letters they are written
                // against, and the tagger may leave them out of the name
                while (j < t.size() && gluedNumber(t, j)) j++;
                // "James P. Kennedy Jr.": the tagger leaves the generational suffix out of the name
                if (type == EntityType.PER && j < t.size() && EntityType.fromTag(t.get(j).ner()) == null
                        && lex.isNameSuffix(t.get(j).word())) {
                    j++;
                }
                clean(text, si, t, i, j, type, here);
                i = j;
            }
            acronyms(text, si, t, here, links);
            designators(text, si, sentences.get(si), here);
            here.sort((a, b) -> Integer.compare(a.start(), b.start()));
            out.addAll(coordinated(t, listTypes(t, here)));
        }
        return unglue(text, sentences, out);
    }

    /**
     * "de l'Onu Staffan de Mistura": when the tail of a mention is a name the article uses alone
     * elsewhere, the tagger glued two names; the head becomes a mention of its own.
     */
    private List<Mention> unglue(String text, List<Sentence> sentences, List<Mention> mentions) {
        java.util.Set<String> multiword = new java.util.HashSet<>();
        java.util.Set<String> single = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if (m.to() - m.from() >= 2) multiword.add(m.text());
            else single.add(m.text());
        }
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            List<Token> t = sentences.get(m.sentence()).tokens();
            Mention head = null;
            Mention tail = null;
            for (int k = m.from() + 1; k <= m.to() - 2 && head == null; k++) {
                // a trimmed mention may not reach the tokens it was cut from
                if (t.get(k).start() >= m.end() || t.get(k - 1).end() <= m.start()) continue;
                String rest = text.substring(t.get(k).start(), m.end());
                if (!multiword.contains(rest) || !Names.isCapitalised(t.get(k - 1).word())) continue;
                int start = m.start();
                int end = t.get(k - 1).end();
                String h = text.substring(start, end);
                EntityType ht = known.typeOf(h);
                // "Marine Le Pen" with "Le Pen" alone elsewhere: one word that is no name of its own
                // (unknown, never alone in the article, no day) before a tail that opens with no given
                // name is the person's given name, not a glued name ("Cevipof Bruno Cautrès" is two)
                if (m.type() == EntityType.PER && k == m.from() + 1 && ht == null && !single.contains(h)
                        && !lex.isFirstName(t.get(k).word()) && !lex.isLowerCaseWeekday(h.toLowerCase(java.util.Locale.ROOT))) {
                    continue;
                }
                head = new Mention(m.sentence(), m.from(), k, start, end, h, ht != null ? ht : m.type(), m.kind(), (char) 0);
                tail = new Mention(m.sentence(), k, m.to(), t.get(k).start(), m.end(), rest, m.type(), m.kind(), m.gender());
            }
            if (head == null) {
                out.add(m);
            } else {
                out.add(head);
                out.add(tail);
            }
        }
        return out;
    }

    private void clean(String text, int si, List<Token> t, int from, int to, EntityType type, List<Mention> out) {
        int a = from;
        for (int k = from; k <= to; k++) {
            if (k == to || splits(t.get(k).word())) {
                if (k > a) piece(text, si, t, a, k, type, out);
                a = k + 1;
            }
        }
    }

    /**
     * "Mr. Xi", "Mrs. Ardern": capitalised words right after an honorific that the tagger left
     * untagged are a person's name. Returns the index to go on from.
     */
    private int afterHonorificName(String text, int si, List<Token> t, int i, List<Mention> out) {
        if (!lex.isHonorific(t.get(i).word())) return i + 1;
        int j = i + 1;
        while (j < t.size() && EntityType.fromTag(t.get(j).ner()) == null && Names.isCapitalised(t.get(j).word())
                && !Names.isPunctuation(t.get(j).word()) && !lex.isFunctionWord(t.get(j).word())) {
            j++;
        }
        if (j == i + 1) return i + 1;
        clean(text, si, t, i, j, EntityType.PER, out);
        return j;
    }

    /**
     * One or two lower-case letters, then an upper-case one, letters only ("eZ", "eBay", "iPhone";
     * not "d'Alep", "McDonald", nor two words glued where a paragraph break was lost: "annoncésYoussou").
     */
    private static boolean isCamelCase(String w) {
        int lower = 0;
        while (lower < w.length() && Character.isLowerCase(w.charAt(lower))) lower++;
        if (lower == 0 || lower > 2 || lower == w.length() || !Character.isUpperCase(w.charAt(lower))) return false;
        for (int i = lower; i < w.length(); i++) {
            if (!Character.isLetter(w.charAt(i))) return false;
        }
        return true;
    }

    /** Letters, none of them upper case ("jets", "'s"; not "iPhone", "d'Alep"). */
    private static boolean isLowerCase(String w) {
        return Names.hasLetter(w) && w.codePoints().noneMatch(c -> Character.isUpperCase(c) || Character.isTitleCase(c));
    }

    /** Token {@code j} is digits written against the letters of token {@code j - 1}, no space between. */
    private static boolean gluedNumber(List<Token> t, int j) {
        String w = t.get(j).word();
        String before = t.get(j - 1).word();
        return !w.isEmpty() && w.chars().allMatch(Character::isDigit) && t.get(j).start() == t.get(j - 1).end()
                && !before.isEmpty() && Character.isLetter(before.charAt(before.length() - 1));
    }

    private static boolean splits(String w) {
        return Names.isPunctuation(w) && !w.equals("-") && !w.equals("&") && !w.equals("'");
    }

    private void piece(String text, int si, List<Token> t, int a, int b, EntityType type, List<Mention> out) {
        if (shouted(t, a, b)) return; // before trimming: "LE POLICIER NIE" counts its article
        // "l'ancienne Miss France", "Télé 7 Jours Miss France 2001": a contest title and the words after
        // it are one title, never a person called "France" (the tagger leaves "Miss" out or glues a name before it)
        int title = a > 0 && lex.isTitleWord(t.get(a - 1).word()) ? a - 1 : -1;
        for (int k = a; title < 0 && k < b - 1; k++) if (lex.isTitleWord(t.get(k).word())) title = k;
        if (title >= 0) {
            if (title > a) piece(text, si, t, a, title, type, out);
            emit(text, si, t, title, b, EntityType.MISC, (char) 0, out);
            return;
        }
        char gender = 0;
        boolean demonymCut = false;
        int afterRole = -1;
        int office = officeInto(t, a, b);
        if (office >= b) return; // "président de la | République": the office's own capital, no name
        if (office > a) {
            afterRole = office; // "secrétaire d'| Etat Geneviève Darrieussecq": the holder follows
            a = office;
        }
        while (a < b) {
            String w = t.get(a).word();
            int role = Names.isCapitalised(w) ? roleEnd(t, a) : -1;
            if (role >= b) {
                return; // "le Premier ministre", "la Première | ministre": an office, not a name
            } else if (role > a) {
                afterRole = role; // "Premier ministre Edouard Philippe": the holder is named after it
                a = role;
            } else if (b - a > 1 && lex.isHonorific(w)) {
                gender = lex.honorificGender(w);
                a++;
            } else if (isCamelCase(w) && a + 1 < b && Names.isCapitalised(t.get(a + 1).word())) {
                break; // "eZ Systems", "eBay Kleinanzeigen": a brand written in camel case opens the name
            } else if (Names.isPunctuation(w) || !Names.isCapitalised(w)) {
                a++;
            } else if (lex.isArticle(w) && !sentenceInitial(t, a) && b - a > 1) {
                break; // "selon Le Parisien": a capital article mid-sentence belongs to the name
            } else if (lex.isFunctionWord(w)) {
                a++;
            } else if (b - a > 1 && lex.isRoleWord(w)) {
                a++;
            } else if (b - a > 2 && lex.demonymCountry(w) != null) {
                demonymCut = true; // "le Danois Brian Nielsen"
                a++;
            } else {
                break;
            }
        }
        // "ministère de l'Intérieur dimanche", "Conseil de Paris de vendredi": the tagger ran the name on
        // into the date; a day name in lower case ends it
        for (int k = a + 1; k < b; k++) {
            if (lex.isLowerCaseWeekday(t.get(k).word())) {
                b = k;
                break;
            }
        }
        while (b > a) {
            String w = t.get(b - 1).word();
            if (Names.isPunctuation(w) || (!Names.isCapitalised(w) && lex.isFunctionWord(w))) b--;
            // "Noem tweeted", "Boeing jets", "New York-listed": where names end on a capital, a lower-case
            // last word is none, except the end of a hyphenated given name ("Kim Jong-un", "Tsai Ing-wen")
            else if (lex.namesEndCapitalised() && b - a > 1 && isLowerCase(w)
                    && (type != EntityType.PER || !t.get(b - 2).word().equals("-"))) b--;
            else break;
        }
        if (a >= b || shouted(t, a, b)) return;
        // "La France | insoumise", "la Haute | autorité de santé": the tagger stopped short of a well-known
        // name written on in lower case
        if (b < t.size() && !Names.isCapitalised(t.get(b).word())) {
            for (int k = Math.min(t.size(), b + EXTENSION); k > b; k--) {
                if (Names.isPunctuation(t.get(k - 1).word())) continue;
                EntityType longer = known.typeOf(text.substring(t.get(a).start(), t.get(k - 1).end()));
                if (longer != null) {
                    b = k;
                    type = longer;
                    break;
                }
            }
        }
        if (gender == 0 && a > 0) gender = lex.honorificGender(t.get(a - 1).word());
        if (gender != 0 || demonymCut) type = EntityType.PER;
        // the name right after an office is its holder ("Premier ministre israélien Benjamin Netanyahu")
        if (afterRole == a && type != EntityType.PER && known.typeOf(text.substring(t.get(a).start(), t.get(b - 1).end())) == null) {
            type = EntityType.PER;
        }
        // A well-known name glued in front of a person: "l'Onu Staffan de Mistura".
        if (type == EntityType.PER && b - a >= 3 && Names.isCapitalised(t.get(a + 1).word())) {
            EntityType first = known.typeOf(t.get(a).word());
            if (first != null && first != EntityType.PER) {
                emit(text, si, t, a, a + 1, first, (char) 0, out);
                a++;
            }
        }
        // The medium or network a speaker spoke to or on, glued in front of the speaker after a speech
        // verb, whatever the tagger calls the whole: "a déclaré à l'AFP Umesh Pandey", "a fustigé sur
        // Twitter Thomas Portes", "a précisé sur RMC-BFMTV Adrien Taquet", "déclare à l'AFP M. Guo"
        // and the place or organisation of an office glued to its holder: "le préfet d'Occitanie Étienne Guyot"
        boolean spokeTo = a > 0 && GLUE_PREPOSITIONS.contains(fold(t, a - 1)) && speechBefore(t, a - 1);
        boolean officeOf = a > 1 && (fold(t, a - 1).equals("d'") || fold(t, a - 1).equals("de") || fold(t, a - 1).equals("du"))
                && lex.isRoleWord(t.get(a - 2).word());
        if (b - a >= 3 && (spokeTo || officeOf) && personAfter(t, a + 1, b)) {
            String head = t.get(a).word();
            EntityType first = known.typeOf(head);
            if (first == null && Names.isAcronym(head)) first = EntityType.ORG;
            if (first == null && lex.isKnownPlace(head)) first = EntityType.LOC;
            if (first != null && first != EntityType.PER && known.typeOf(text.substring(t.get(a).start(), t.get(b - 1).end())) == null) {
                emit(text, si, t, a, a + 1, first, (char) 0, out);
                a++;
                if (lex.isHonorific(t.get(a).word())) {
                    gender = lex.honorificGender(t.get(a).word());
                    a++;
                }
                type = EntityType.PER;
            }
        }
        // A well-known organisation or place of several words glued in front of a person (a given
        // name then a capitalised word), whatever the tagger calls the whole: "la présidente du
        // Rassemblement national Marine Le Pen", "la députée du Parti socialiste Valérie Rabault".
        for (int k = a + 2; k <= b - 2; k++) {
            if (!lex.isFirstName(t.get(k).word()) || !Names.isCapitalised(t.get(k + 1).word())) continue;
            EntityType head = known.typeOf(text.substring(t.get(a).start(), t.get(k - 1).end()));
            if (head == null || head == EntityType.PER || known.typeOf(text.substring(t.get(a).start(), t.get(b - 1).end())) != null) continue;
            emit(text, si, t, a, k, head, (char) 0, out);
            a = k;
            type = EntityType.PER;
            break;
        }
        if (junk(t, a, b, text)) return;
        EntityType cue = cueType(t, a, b, type);
        if (cue == null && legalForm(t, a, b)) cue = EntityType.ORG;
        String named = text.substring(t.get(a).start(), t.get(b - 1).end());
        if (cue != null && gender == 0 && known.typeOf(named) == null && !lex.isKnownPlace(named)) {
            type = cue;
        }
        // "le ministre de la Santé Olivier Véran" tagged a person whole: the portfolio word before a
        // given name is no part of the holder's name
        if (type == EntityType.PER && b - a >= 3 && !lex.isFirstName(t.get(a).word()) && lex.isFirstName(t.get(a + 1).word())
                && Names.isCapitalised(t.get(a + 2).word()) && afterPortfolioHead(t, a)) {
            a++;
        }
        if (type != EntityType.PER && afterPortfolioHead(t, a)
                && known.typeOf(text.substring(t.get(a).start(), t.get(b - 1).end())) == null) {
            // "secrétaire d'État au Numérique Cédric O": the person named after the portfolio stays
            // (the name starts at the first capitalised word not led by de/des/la: "Action et des
            // Comptes publics" is one portfolio, "Santé Olivier Véran" a portfolio and a name)
            for (int k = a + 1; k < b - 1; k++) {
                if (!Names.isCapitalised(t.get(k).word()) || lex.isFunctionWord(t.get(k - 1).word())) continue;
                boolean name = true;
                for (int j = k; j < b; j++) name &= Names.isCapitalised(t.get(j).word()) || t.get(j).word().equals("-");
                if (name) emit(text, si, t, k, b, EntityType.PER, gender, out);
                break;
            }
            return;
        }
        // A given name the tagger left out: "Youssou Ndour" tagged "Ndour".
        if (b - a <= 2 && a > 0 && !sentenceInitial(t, a - 1) && Names.isCapitalised(t.get(a - 1).word())
                && lex.isFirstName(t.get(a - 1).word())) {
            a--;
            type = EntityType.PER;
        }
        // "Cour d'assises de la Somme", "Conseil constitutionnel": an institution, whatever the tagger says.
        if (b - a >= 2 && lex.isOrgHead(t.get(a).word())) type = EntityType.ORG;
        if (splitHyphenated(text, si, t, a, b, out)) return;
        // Grow over a generic head the tagger left out: "route du Castello", "ministère de la Défense".
        int k = a - 1;
        boolean viaPreposition = false;
        if (k >= 1 && (fold(t, k).equals("la") || fold(t, k).equals("l'")) && fold(t, k - 1).equals("de")) {
            k -= 2;
            viaPreposition = true;
        } else if (k >= 0 && (fold(t, k).equals("de") || fold(t, k).equals("du") || fold(t, k).equals("des")
                || fold(t, k).equals("d'"))) {
            k -= 1;
            viaPreposition = true;
        }
        if (k >= 0 && k < a && !Names.isCapitalised(t.get(k).word())) {
            if (lex.isPlaceHead(t.get(k).word()) && (type == EntityType.LOC || type == EntityType.MISC)) {
                a = k;
                type = EntityType.LOC;
            } else if (!viaPreposition && gender == 0 && lex.isNamedAfterHead(t.get(k).word())) {
                // "boulevard Haussmann", "hôpital Necker": a street or building named after a person
                // or a place, which the tagger marks without its head (often as the person); one it
                // calls an organisation stays one ("l'école Polytechnique")
                a = k;
                if (type != EntityType.ORG) type = EntityType.LOC;
            } else if (viaPreposition && lex.isOrgHead(t.get(k).word())) {
                a = k;
                type = EntityType.ORG;
            }
        }
        emit(text, si, t, a, b, type, gender, out);
        Mention m = out.get(out.size() - 1);
        if (cue != null && type == cue) cued.add(m);
        if (a > 0 && PLACE_PREPOSITIONS.contains(t.get(a - 1).word().toLowerCase(java.util.Locale.ROOT))) placed.add(m);
        // a given name opens a person's name, even one the tagger calls a place ("selon SYLVIE TELLIER")
        if (type == EntityType.LOC && gender == 0 && Names.isCapitalised(t.get(a).word()) && known.typeOf(m.text()) == null
                && !(b - a > 1 && lex.isFirstName(t.get(a).word()))
                && !lex.isKnownPlace(m.text()) && agentSubject(t, a, b)) {
            agents.add(m);
        }
    }

    /**
     * The end of an office of two or more words (roles.txt: "Premier ministre", "prince héritier",
     * "chef de l'État") that starts at token {@code a}, with the nationality adjective after it
     * ("Premier ministre israélien"), or -1. It may run past the tagger's mention: the tagger often
     * tags "Premier" alone in "le Premier ministre". One-word roles are trimmed by the caller.
     */
    private int roleEnd(List<Token> t, int a) {
        for (List<String> office : lex.officesStartingWith(fold(t, a))) {
            int end = officeEnd(t, a, office);
            if (end > 0) return end;
        }
        return -1;
    }

    /** The end of {@code office} read from token {@code k}, with a nationality adjective after it, or -1. */
    private int officeEnd(List<Token> t, int k, List<String> office) {
        int n = office.size();
        if (k + n > t.size()) return -1;
        for (int i = 1; i < n; i++) {
            if (!fold(t, k + i).equals(office.get(i))) return -1;
        }
        int end = k + n;
        return end < t.size() && lex.adjectiveCountry(t.get(end).word()) != null ? end + 1 : end;
    }

    /**
     * "président de la | République", "secrétaire d' | Etat aux Transports", "chef de l' | État
     * Recep Tayyip Erdogan": the end of an office that starts before the first capitalised word
     * of the mention {@code [a, b)} and runs into it, or -1. Not when the mention goes on with a lower-case word of its own ("chef
     * de l'| Etat islamique", "président de la | République islamique", "médiateur de | La République
     * en marche"): that is a name; only a place or a portfolio may follow ("de Rennes", "aux Transports").
     */
    private int officeInto(List<Token> t, int a, int b) {
        // the tagger may start the mention on the office's lower-case words ("secrétaire d'Etat aux Transports")
        int c = a;
        while (c < b && !Names.isCapitalised(t.get(c).word())) c++;
        if (c >= b) return -1;
        for (int k = c - 1; k >= Math.max(0, a - 4); k--) {
            for (List<String> office : lex.officesStartingWith(fold(t, k))) {
                int end = officeEnd(t, k, office);
                if (end <= c) continue;
                if (end < b && !Names.isCapitalised(t.get(end).word()) && !OFFICE_COMPLEMENTS.contains(fold(t, end))) return -1;
                return end;
            }
        }
        return -1;
    }

    /**
     * "Enedis a indiqué", "..., et Castorama emploie", "Weldom, qui a racheté": the name opens a
     * clause (sentence start, punctuation or a conjunction before it, an article allowed) and an
     * agent verb follows, after auxiliaries, negation or "qui".
     */
    private boolean agentSubject(List<Token> t, int a, int b) {
        return subjectBeforeVerb(t, a, b) || subjectAfterSpeechVerb(t, a, b) || source(t, a);
    }

    /**
     * "..., explique Ouest-France.", "a précisé samedi Enedis,": the inverted subject of a speech
     * verb, which ends its clause (a day or an article may stand between).
     */
    private boolean subjectAfterSpeechVerb(List<Token> t, int a, int b) {
        if (b < t.size() && !Names.isPunctuation(t.get(b).word())) return false;
        int p = a - 1;
        if (p >= 0 && !Names.isCapitalised(t.get(p).word()) && lex.isArticle(t.get(p).word())) p--;
        if (p >= 0 && TIME_WORDS.contains(fold(t, p))) p--;
        if (p >= 0 && TIME_WORDS.contains(fold(t, p))) p--;
        return p >= 0 && lex.isSpeechVerb(t.get(p).word());
    }

    /** "selon Franceinfo", "d'après Ouest-France": a source of information. */
    private boolean source(List<Token> t, int a) {
        int p = a - 1;
        if (p >= 0 && !Names.isCapitalised(t.get(p).word()) && lex.isArticle(t.get(p).word())) p--;
        if (p < 0) return false;
        String w = fold(t, p);
        return w.equals("selon") || (w.equals("apres") && p >= 1 && fold(t, p - 1).equals("d'"));
    }

    private boolean subjectBeforeVerb(List<Token> t, int a, int b) {
        int p = a - 1;
        if (p >= 0 && !Names.isCapitalised(t.get(p).word()) && lex.isArticle(t.get(p).word())) p--;
        if (p >= 0) {
            String w = t.get(p).word();
            boolean boundary = Names.isPunctuation(w) && !w.equals("-") && !w.equals("'") && !w.equals("’");
            if (!boundary && !CLAUSE_OPENERS.contains(fold(t, p))) return false;
            // "les pôles Arctique et Antarctique a déclaré": a conjunction joins clauses after punctuation
            if (COORDINATORS.contains(fold(t, p)) && (p == 0 || !Names.isPunctuation(t.get(p - 1).word()))) return false;
        }
        int k = b;
        if (k + 1 < t.size() && t.get(k).word().equals(",") && fold(t, k + 1).equals("qui")) k += 2;
        else if (k < t.size() && fold(t, k).equals("qui")) k++;
        for (int n = 0; k < t.size() && n < 4 && BEFORE_VERB.contains(fold(t, k)); n++) k++;
        if (k >= t.size() || !lex.isAgentVerb(t.get(k).word())) return false;
        // "Aveyron, Cher précise Météo France": a name after a speech verb is its subject
        return !(lex.isSpeechVerb(t.get(k).word()) && k + 1 < t.size() && Names.isCapitalised(t.get(k + 1).word())
                && !lex.isFunctionWord(t.get(k + 1).word()));
    }

    /**
     * "LCP-AFP-Le Point", "Sénégal-Tunisie": names joined by hyphens are several entities when
     * every part is a known name ("Saint-Pétersbourg" and "Corbeil-Essonnes" stay whole).
     */
    private boolean splitHyphenated(String text, int si, List<Token> t, int a, int b, List<Mention> out) {
        int start = t.get(a).start();
        int end = t.get(b - 1).end();
        String surface = text.substring(start, end);
        if (surface.indexOf('-') < 0) return false;
        String[] parts = surface.split("-");
        if (parts.length < 2) return false;
        for (String part : parts) {
            if (part.isBlank() || known.typeOf(part.strip()) == null) return false;
        }
        int offset = start;
        for (String part : parts) {
            int ps = offset + (part.length() - part.stripLeading().length());
            int pe = offset + part.stripTrailing().length();
            out.add(new Mention(si, a, b, ps, pe, text.substring(ps, pe), known.typeOf(part.strip()),
                    Mention.Kind.NAME, (char) 0));
            offset += part.length() + 1;
        }
        return true;
    }

    private boolean junk(List<Token> t, int a, int b, String text) {
        boolean allFunction = true;
        for (int k = a; k < b; k++) {
            String w = t.get(k).word();
            if (!(lex.isFunctionWord(w) || lex.isHonorific(w) || lex.isRoleWord(w) || Names.isPunctuation(w))) {
                allFunction = false;
            }
        }
        if (allFunction) return true;
        String surface = text.substring(t.get(a).start(), t.get(b - 1).end());
        if (ID_LIKE.matcher(surface).matches() && !DESIGNATOR.matcher(surface).matches()) return true;
        // one written word the tokenizer cut in two ("CO2": "CO", "2") is judged as one
        if (b - a > 1 && surface.indexOf(' ') < 0 && lex.isNotName(surface) && !headed(t, a)) return true;
        if (b - a == 1) {
            String w = t.get(a).word();
            long letters = w.codePoints().filter(Character::isLetter).count();
            if (letters < 2) return true;
            // "les Français", "les Britanniques", "les Parisiens" are not named entities
            if (lex.demonymCountry(w) != null || lex.isPeople(w)) return true;
            if (lex.isNotName(w) && !headed(t, a)) return true;
            // "Tirez", "Livreur", "Lundi": capitalised only as the sentence's first word, and the
            // article writes it in lower case elsewhere
            if (sentenceInitial(t, a) && known.typeOf(w) == null && lowerWords.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "Tollens SA", "Kervalis, SAS", "Apple Inc.": a company's legal form ends the name or follows it. */
    private boolean legalForm(List<Token> t, int a, int b) {
        if (b - a >= 2 && lex.isLegalForm(t.get(b - 1).word())) return true;
        int k = b < t.size() && t.get(b).word().equals(",") ? b + 1 : b;
        return k < t.size() && lex.isLegalForm(t.get(k).word());
    }

    /**
     * "place de la | République", "mer du | Nord", "ministère de l'| Intérieur": a place or
     * institution head grows over the name (below), so the common noun is part of a name. An
     * institution head in the plural is left out: "les ministères de la Défense" of two countries is
     * no name.
     */
    private boolean headed(List<Token> t, int a) {
        int k = a - 1;
        if (k >= 1 && (fold(t, k).equals("la") || fold(t, k).equals("l'")) && fold(t, k - 1).equals("de")) k -= 2;
        else if (k >= 0 && (fold(t, k).equals("de") || fold(t, k).equals("du") || fold(t, k).equals("des") || fold(t, k).equals("d'"))) k--;
        else return false;
        if (k < 0 || Names.isCapitalised(t.get(k).word())) return false;
        String head = t.get(k).word();
        if (lex.isPlaceHead(head)) return true;
        boolean plural = head.endsWith("s") && lex.isOrgHead(head.substring(0, head.length() - 1));
        return lex.isOrgHead(head) && !plural;
    }

    /**
     * The type a cue before the name gives it: "le quotidien britannique The Guardian", "l'enseigne
     * Castorama", "le constructeur automobile Renault", "le groupe de rock Eagles of Death Metal",
     * "chez Leclerc", and through de/du/d' for the cues type-cues.txt marks so ("dans les colonnes
     * du Parisien", "le PDG de Renault"), never over a person.
     */
    private EntityType cueType(List<Token> t, int a, int b, EntityType type) {
        List<String> words = new java.util.AbstractList<>() {
            @Override
            public String get(int i) {
                return t.get(i).word();
            }

            @Override
            public int size() {
                return t.size();
            }
        };
        int k = a - 1;
        boolean viaDe = false;
        boolean example = false;
        if (k >= 0) {
            String p = fold(t, k);
            if (p.equals("de") || p.equals("du") || p.equals("d'") || p.equals("des")) {
                k--;
                viaDe = true;
            } else {
                // "d'autres magasins comme le Bricorama", "des enseignes telles que Castorama"
                int e = k >= 0 && lex.isArticle(t.get(k).word()) && !Names.isCapitalised(t.get(k).word()) ? k - 1 : k;
                if (e >= 0 && (fold(t, e).equals("comme") || fold(t, e).equals("notamment"))) {
                    k = e - 1;
                    example = true;
                } else if (e >= 1 && fold(t, e).equals("que") && fold(t, e - 1).startsWith("tel")) {
                    k = e - 2;
                    example = true;
                }
            }
        }
        for (int adjectives = 0; k >= 0 && adjectives < 2
                && (lex.adjectiveCountry(t.get(k).word()) != null || lex.isCueModifier(t.get(k).word())); adjectives++) {
            k--;
        }
        if (k < 0) return null;
        EntityLexicon.Cue cue = lex.cueEndingAt(words, k + 1);
        // "le président de groupe Damien Abad", "le chef de cabinet Meadows", "un chef d'entreprise":
        // a bare noun after de is the complement of a role, not a cue
        if (cue != null && !viaDe && k >= 1 && (fold(t, k - 1).equals("de") || fold(t, k - 1).equals("d'"))) return null;
        if (cue == null && !viaDe) cue = kindComplementCue(t, words, k);
        if (cue == null || !(viaDe ? cue.throughDe() : cue.direct())) return null;
        if (example && (cue.notPerson() || cue.type() != EntityType.ORG)) return null;
        // through de a person is the owner ("le magazine de Michel Drucker"), but a one-word name
        // after a role noun is the organisation ("les abonnés d'Enedis")
        if (viaDe && type == EntityType.PER && (cue.direct() || a + 1 < b || lex.isFirstName(t.get(a).word()))) {
            return null;
        }
        if (cue.notPerson() && (type == EntityType.PER || lex.isFirstName(t.get(a).word()))) return null;
        // "rappelle dans le journal Naima Idir": a person may follow as the inverted subject; only
        // a given name and a surname stay as tagged, and only a one-word name or one led by an
        // article ("Les Echos") is taken from the person type
        if (lex.isFirstName(t.get(a).word()) && a + 1 < b) return null;
        if (type == EntityType.PER && !lex.isArticle(t.get(a).word()) && a + 1 < b && Names.isCapitalised(t.get(a + 1).word())) {
            return null;
        }
        return cue.type();
    }

    /**
     * A cue noun whose kind is said by a de complement right before the name: "le groupe de rock
     * X", "l'agence de presse X", "le géant de l'internet X" ({@code k} is the complement's noun).
     */
    private EntityLexicon.Cue kindComplementCue(List<Token> t, List<String> words, int k) {
        String noun = t.get(k).word();
        if (Names.isCapitalised(noun) || Names.isPunctuation(noun) || lex.isFunctionWord(noun)) return null;
        int d = k - 1;
        boolean article = d >= 0 && (fold(t, d).equals("la") || fold(t, d).equals("l'"));
        if (article) d--;
        if (d < 1) return null;
        String p = fold(t, d);
        if (!(p.equals("de") || (!article && (p.equals("d'") || p.equals("du") || p.equals("des"))))) return null;
        EntityLexicon.Cue c = lex.cueEndingAt(words, d);
        if (c != null && c.bareKind() && (article || !p.equals("de") && !p.equals("d'"))) return null;
        return c != null && c.direct() && !c.notPerson() ? c : null;
    }

    /**
     * Words in capitals, three or more or two with a function word among them: a subheading
     * shouted in capitals ("CACHÉ SOUS UN MASQUE DE HULK", "40 KILOS PERDUS"), not a name; an
     * acronym or a two-word name in capitals ("NEW YORK") stays.
     */
    private boolean shouted(List<Token> t, int a, int b) {
        int words = 0;
        boolean function = false;
        for (int k = a; k < b; k++) {
            String w = t.get(k).word();
            if (Names.isPunctuation(w)) continue;
            if (w.codePoints().anyMatch(Character::isLowerCase)) return false;
            words++;
            function |= lex.isFunctionWord(w);
        }
        return words >= 3 || (words == 2 && function);
    }

    /** "ministre de la | Transition écologique", "secrétaire d'État chargée du | Numérique". */
    private boolean afterPortfolioHead(List<Token> t, int a) {
        int k = a - 1;
        if (k < 0) return false;
        String p = fold(t, k);
        if (p.equals("la") || p.equals("l'")) {
            if (--k < 0) return false;
            p = fold(t, k);
            if (!p.equals("de") && !p.equals("a")) return false;
        } else if (!p.equals("du") && !p.equals("des") && !p.equals("aux") && !p.equals("au")) {
            return false;
        }
        k--;
        // "délégué", "chargée", and a nationality ("secrétaire d'État italien aux Affaires européennes")
        while (k >= 0 && (lex.isPortfolioQualifier(t.get(k).word()) || lex.adjectiveCountry(t.get(k).word()) != null)) k--;
        if (k < 0) return false;
        List<String> folded = new ArrayList<>();
        for (int i = Math.max(0, k - 3); i <= k; i++) folded.add(fold(t, i));
        return lex.portfolioHeadEndsAt(folded, folded.size());
    }

    /**
     * "(Engie, Butagaz, Cdiscount ou Total)": three or more names joined by commas, "et" or "ou"
     * are of one kind; when the well-known or cued ones among them are all organisations, the others are too
     * (people and places are left alone: "sur BFMTV et RMC, Édouard Philippe et Emmanuel Macron").
     */
    private List<Mention> listTypes(List<Token> t, List<Mention> here) {
        List<Mention> out = new ArrayList<>(here);
        int i = 0;
        while (i < out.size()) {
            int j = i + 1;
            while (j < out.size() && out.get(j).sentence() == out.get(j - 1).sentence() && joined(t, out.get(j - 1), out.get(j))) {
                j++;
            }
            if (j - i >= 3) {
                EntityType agreed = null;
                boolean conflict = false;
                for (int k = i; k < j; k++) {
                    // well known, or typed by a cue ("les enseignes Castorama, Leroy Merlin et Weldom")
                    EntityType kt = known.typeOf(out.get(k).text());
                    if (kt == null && cued.contains(out.get(k))) kt = out.get(k).type();
                    if (kt == null) continue;
                    if (agreed != null && agreed != kt) conflict = true;
                    agreed = kt;
                }
                // companies only: the tagger's people and places are rarely wrong in a list
                if (agreed == EntityType.ORG && !conflict) {
                    for (int k = i; k < j; k++) {
                        Mention m = out.get(k);
                        if (m.type() == agreed || known.typeOf(m.text()) != null || m.gender() != 0) continue;
                        Mention typed = new Mention(m.sentence(), m.from(), m.to(), m.start(), m.end(), m.text(), agreed,
                                m.kind(), m.gender());
                        out.set(k, typed);
                        if (placed.contains(m)) placed.add(typed);
                    }
                }
            }
            i = j;
        }
        return out;
    }

    /**
     * "le Bricorama de Villabé ou bien le Castorama de Montgeron", "le quotidien Le Monde et
     * Libération": a name coordinated with a cued one by "et" or "ou" (its own "de" place complement
     * allowed) is of the same kind, unless the tagger or an honorific says person, or it is well known.
     */
    private List<Mention> coordinated(List<Token> t, List<Mention> here) {
        List<Mention> out = new ArrayList<>(here);
        for (int i = 0; i + 1 < out.size(); i++) {
            Mention m = out.get(i);
            if (!cued.contains(m)) continue;
            int k = m.to();
            int next = i + 1;
            // "de Villabé": the first name's own complement; then the second name needs its own
            // article ("le Castorama de Villabé et Grigny" names two places)
            boolean complement = false;
            if (k < t.size() && (fold(t, k).equals("de") || fold(t, k).equals("d'") || fold(t, k).equals("du"))
                    && out.get(next).from() == k + 1) {
                k = out.get(next).to();
                next++;
                complement = true;
            }
            // "et", "ou": a comma may open an apposition ("l'ONG Ferus, Sabine Matraire")
            if (next >= out.size() || k >= t.size() || !COORDINATORS.contains(fold(t, k))) continue;
            k++;
            if (k < t.size() && fold(t, k).equals("bien")) k++;
            boolean article = k < t.size() && lex.isArticle(t.get(k).word()) && !Names.isCapitalised(t.get(k).word());
            if (article) k++;
            if (complement && !article) continue;
            Mention n = out.get(next);
            if (n.from() != k || n.type() == m.type() || n.type() == EntityType.PER || n.gender() != 0
                    || known.typeOf(n.text()) != null
                    || lex.isKnownPlace(n.text()) || lex.isFirstName(t.get(n.from()).word())) {
                continue;
            }
            Mention typed = new Mention(n.sentence(), n.from(), n.to(), n.start(), n.end(), n.text(), m.type(), n.kind(), n.gender());
            out.set(next, typed);
            cued.add(typed);
            if (placed.contains(n)) placed.add(typed);
        }
        return out;
    }

    /**
     * Two names of a list: one joiner between them, or a lower-case word the tagger left out of the
     * first name, then the joiner ("Cdiscount énergie ou Total Direct Energie").
     */
    private boolean joined(List<Token> t, Mention x, Mention y) {
        int gap = y.from() - x.to();
        if (gap == 1) return LIST_JOINERS.contains(Names.fold(t.get(x.to()).word()));
        if (gap != 2) return false;
        String tail = t.get(x.to()).word();
        return !Names.isCapitalised(tail) && !Names.isPunctuation(tail) && !lex.isFunctionWord(tail)
                && LIST_JOINERS.contains(Names.fold(t.get(x.to() + 1).word()));
    }

    private static boolean sentenceInitial(List<Token> t, int k) {
        for (int i = 0; i < k; i++) {
            if (!Names.isPunctuation(t.get(i).word())) return false;
        }
        return true;
    }

    private static String fold(List<Token> t, int k) {
        return Names.fold(t.get(k).word());
    }

    /** Prepositions before a medium or a place that the tagger may glue to the person named after it. */
    private static final java.util.Set<String> GLUE_PREPOSITIONS = java.util.Set.of("l'", "sur", "au", "via");

    /** True when a speech verb stands at most four words before the preposition at {@code p} ("a dénoncé auprès de l'"). */
    private boolean speechBefore(List<Token> t, int p) {
        for (int k = p - 1; k >= 0 && k >= p - 4; k--) {
            if (lex.isSpeechVerb(t.get(k).word())) return true;
            if (Names.isPunctuation(t.get(k).word())) return false;
        }
        return false;
    }

    /**
     * True when tokens [a, b) are a person's name: an honorific and a capitalised word ("M. Guo"), or
     * two capitalised words or more with particles between them ("Umesh Pandey", "Obed Ntakiyiruta").
     */
    private boolean personAfter(List<Token> t, int a, int b) {
        if (a >= b) return false;
        if (lex.isHonorific(t.get(a).word())) return b - a == 2 && Names.isCapitalised(t.get(a + 1).word());
        if (b - a < 2 || !Names.isCapitalised(t.get(a).word()) || !Names.isCapitalised(t.get(b - 1).word())) return false;
        for (int k = a; k < b; k++) {
            String w = t.get(k).word();
            if (!Names.isCapitalised(w) && !w.equals("-") && !lex.isFunctionWord(w)) return false;
        }
        return true;
    }

    private static void emit(String text, int si, List<Token> t, int a, int b, EntityType type, char gender,
                             List<Mention> out) {
        int start = t.get(a).start();
        int end = t.get(b - 1).end();
        out.add(new Mention(si, a, b, start, end, text.substring(start, end), type, Mention.Kind.NAME, gender));
    }

    /**
     * "l'Organisation des Nations unies (ONU)": the acronym is a mention of the expansion's entity.
     * After a person's name it is another name of the person only when it spells their initials
     * ("Dominique Strauss-Kahn (DSK)"); otherwise it is what the press puts there, an affiliation
     * ("Gérard Larcher (LR)", "Jean-Luc Mélenchon (LFI)"): an organisation of its own.
     */
    private void acronyms(String text, int si, List<Token> t, List<Mention> here, List<Mention[]> links) {
        for (Mention m0 : List.copyOf(here)) {
            Mention m = runOnToAcronym(text, t, m0, here);
            int b = m.to();
            if (b + 2 >= t.size()) continue;
            if (!t.get(b).word().equals("(") || !t.get(b + 2).word().equals(")")) continue;
            Token acr = t.get(b + 1);
            String w = acr.word();
            if (!Names.isAcronym(w) || m.to() - m.from() < 2) continue;
            boolean affiliation = m.type() == EntityType.PER && !Names.fold(w).equals(initials(m.text()));
            Mention existing = null;
            for (Mention o : here) {
                if (o.start() == acr.start() && o.end() == acr.end()) existing = o;
            }
            if (existing == null) {
                existing = new Mention(si, b + 1, b + 2, acr.start(), acr.end(), w,
                        affiliation ? EntityType.ORG : m.type(), Mention.Kind.ACRONYM, (char) 0);
                here.add(existing);
            }
            if (!affiliation) links.add(new Mention[] {m, existing});
        }
    }

    /**
     * "les Centres de contrôle et de prévention des maladies (CDC)", "l'Action des chrétiens pour
     * l'abolition de la torture (Acat)": the tagger stops an institution's name at its first lower-case
     * words; an acronym in parentheses after a run of lower-case words (no verb, no punctuation) marks
     * where the name ends. Returns the mention grown to it (replaced in {@code here}), or {@code m}.
     */
    private Mention runOnToAcronym(String text, List<Token> t, Mention m, List<Mention> here) {
        // an acronym is a whole name already ("l'IFI avec la création du prélèvement forfaitaire unique (PFU)")
        if (m.type() == EntityType.PER || m.kind() != Mention.Kind.NAME || Names.isAcronym(m.text())) return m;
        int k = m.to();
        while (k < t.size() && k < m.to() + MAX_RUN_ON && runOnWord(t.get(k).word())) k++;
        if (k == m.to() || k + 2 >= t.size() || !t.get(k).word().equals("(")) return m;
        String acr = t.get(k + 1).word();
        boolean closes = t.get(k + 2).word().equals(")") || k + 3 < t.size() && t.get(k + 3).word().equals(")")
                && t.get(k + 2).word().chars().allMatch(Character::isDigit); // "(Sdis 57)"
        if (!closes || !acronymOf(acr, m.text())) return m;
        for (Mention o : here) {
            if (o != m && o.start() >= m.end() && o.start() < t.get(k - 1).end()) return m; // another name inside the run
        }
        int end = t.get(k - 1).end();
        // the tagger calls "Centres" a place; a name given an acronym is an institution, unless it names an area
        String head = t.get(m.from()).word();
        boolean area = lex.isPlaceHead(head) || AREA_HEADS.contains(Names.fold(head));
        Mention grown = new Mention(m.sentence(), m.from(), k, m.start(), end, text.substring(m.start(), end),
                m.type() == EntityType.LOC && !area ? EntityType.ORG : m.type(), m.kind(), m.gender());
        here.set(here.indexOf(m), grown);
        return grown;
    }

    /** Heads of areas named with an acronym ("Zone économique exclusive (ZEE)"): places, not institutions. */
    private static final java.util.Set<String> AREA_HEADS = java.util.Set.of("zone", "zones", "parc", "reserve", "territoire",
            "territoires", "espace");

    /** How many lower-case words an institution's name may run on before its acronym. */
    private static final int MAX_RUN_ON = 10;

    /** Words that never stand inside an institution's name: verbs and relatives ("X a créé (…)"). */
    private static final java.util.Set<String> NOT_IN_NAMES = java.util.Set.of("a", "ont", "est", "sont", "était",
            "avait", "qui", "que", "qu'", "dont", "où", "sera", "va", "avec", "selon", "depuis", "lors", "après", "avant",
            "mais", "dans");

    private boolean runOnWord(String w) {
        if (w.isEmpty() || NOT_IN_NAMES.contains(w.toLowerCase(java.util.Locale.ROOT))) return false;
        if (w.equals("'")) return true;
        return Character.isLetter(w.codePointAt(0)) && isLowerCase(w);
    }

    /**
     * True when {@code acr} can abbreviate {@code name}: an acronym in capitals ("CDC" for an English
     * name written in French), or a capitalised short word starting as the name does ("Acat", "Sdis").
     */
    private static boolean acronymOf(String acr, String name) {
        if (Names.isAcronym(acr)) return true;
        return acr.length() >= 3 && acr.length() <= 6 && Names.isCapitalised(acr) && !name.isEmpty()
                && Character.toUpperCase(name.charAt(0)) == acr.charAt(0);
    }

    /** The first letters of a person's name parts, folded: "Dominique Strauss-Kahn" -> "dsk". */
    private static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String part : NAME_PARTS.split(name)) {
            if (!part.isEmpty() && Character.isLetter(part.codePointAt(0))) b.appendCodePoint(part.codePointAt(0));
        }
        return Names.fold(b.toString());
    }

    private void designators(String text, int si, Sentence s, List<Mention> here) {
        List<Token> t = s.tokens();
        boolean digit = false;
        for (int i = s.start(); i < s.end() && !digit; i++) digit = Character.isDigit(text.charAt(i));
        if (!digit) return;
        Matcher m = DESIGNATOR.matcher(text).region(s.start(), s.end());
        while (m.find()) {
            int a = -1;
            int b = -1;
            for (int k = 0; k < t.size(); k++) {
                if (t.get(k).start() == m.start()) a = k;
                if (t.get(k).end() == m.end()) b = k + 1;
            }
            if (a < 0 || b <= a) continue;
            Mention d = new Mention(si, a, b, m.start(), m.end(), m.group(), EntityType.MISC, Mention.Kind.DESIGNATOR, (char) 0);
            if (here.stream().noneMatch(d::overlaps)) here.add(d);
        }
    }
}
