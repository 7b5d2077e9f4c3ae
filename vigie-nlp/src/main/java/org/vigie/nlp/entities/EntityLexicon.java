package org.vigie.nlp.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists entity cleanup and grouping read, loaded once per JVM from this package's
 * resources (function-words.txt, honorifics.txt, roles.txt, place-heads.txt, org-heads.txt,
 * nationalities.txt, not-names.txt, first-names.txt, office-phrases.txt, portfolio-heads.txt, type-cues.txt,
 * cue-modifiers.txt, agent-verbs.txt, known-places.txt, peoples.txt, named-after-heads.txt, offices.txt, legal-forms.txt,
 * role-context.txt) and the JDK's country names,
 * one set per language: French at the package's root, English in en/, German in de/, Spanish in
 * es/. The machinery that reads them ({@link MentionFinder}, {@link MentionGrouper},
 * {@link RoleResolver}) is the same for all.
 * Every lookup is on folded words ({@link Names#fold}).
 */
public final class EntityLexicon {

    /**
     * A role phrase as folded words, with the family of offices it belongs to and its grammatical
     * gender ('m', 'f', or 0 for a form both genders take: "ministre", "maire").
     */
    public record Role(List<String> words, String family, Dated dated, char gender) {
    }

    /** Whether the dated table of office holders may read a role the text never ties to a name (roles.txt). */
    public enum Dated {
        /** never: a description, not a title ("dirigeant", "homologue") */
        NO,
        /** when a country or an institution qualifies it ("le président russe") */
        QUALIFIED,
        /** also alone ("le chef de l'État", "le pape") */
        ALONE
    }

    /** An office named outright by a phrase (office-phrases.txt): folded words and the office. */
    public record OfficePhrase(List<String> words, String office) {
    }

    /**
     * What a cue (type-cues.txt) says of the name after it: its type, and where it may stand.
     *
     * @param direct     right before the name ("l'enseigne Castorama")
     * @param throughDe  before de/du/d' and the name ("les colonnes du Parisien", "le PDG de Renault")
     * @param notPerson  never over a person or a given name ("chez Leclerc", not "chez Marie")
     * @param bareKind   a kind complement after it is bare ("la maison de couture Dior", never "la
     *                   maison du couple Balkany", whose name is the owner)
     */
    public record Cue(org.vigie.core.model.EntityType type, boolean direct, boolean throughDe, boolean notPerson,
                      boolean bareKind) {
    }

    /** The longest cue of type-cues.txt, in words. */
    private static final int MAX_CUE_WORDS = 3;

    private static final class French {
        static final EntityLexicon LEXICON = new EntityLexicon("", java.util.Locale.FRENCH, false);
    }

    private static final class English {
        static final EntityLexicon LEXICON = new EntityLexicon("en/", java.util.Locale.ENGLISH, true);
    }

    private static final class German {
        static final EntityLexicon LEXICON = new EntityLexicon("de/", java.util.Locale.GERMAN, true);
    }

    private static final class Spanish {
        static final EntityLexicon LEXICON = new EntityLexicon("es/", new java.util.Locale("es"), true);
    }

    private final boolean namesEndCapitalised;
    private final Set<String> functionWords = new HashSet<>();
    private final Map<String, Character> honorifics = new HashMap<>();
    private final List<Role> roles;
    private final Map<String, List<Role>> rolesByFirstWord = new HashMap<>();
    private final Set<String> singleWordRoles = new HashSet<>();
    private final Set<String> relationalNouns = new HashSet<>();
    /** office-phrases.txt by first folded word, longest first. */
    private final Map<String, List<OfficePhrase>> officePhrases = new HashMap<>();
    /** Offices of two or more words (multi-word roles and offices.txt) by first folded word, longest first. */
    private final Map<String, List<List<String>>> officesByFirstWord = new HashMap<>();
    private final Set<String> notNames = new HashSet<>();
    private final Map<String, Character> firstNames = new HashMap<>();
    private final Set<String> placeHeads = new HashSet<>();
    private final Set<String> namedAfterHeads = new HashSet<>();
    private final Set<String> orgHeads = new HashSet<>();
    /** Folded contest titles (title-words.txt: "Miss", "Mister"): "Miss France" is a title, not a person. */
    private final Set<String> titleWords = new HashSet<>();
    private final List<List<String>> portfolioHeads = new java.util.ArrayList<>();
    private final Set<String> portfolioQualifiers = new HashSet<>();
    /** folded cue words joined by spaces -> cue. */
    private final Map<String, Cue> typeCues = new HashMap<>();
    private final Set<String> cueModifiers = new HashSet<>();
    /** Legal forms of companies as written, without a final dot (legal-forms.txt). */
    private final Set<String> legalForms = new HashSet<>();
    private final Set<String> agentVerbs = new HashSet<>();
    private final Set<String> speechVerbs = new HashSet<>();
    private final Set<String> countries = new HashSet<>();
    /** Folded names of countries (nationalities.txt, the JDK's French names) and known-places.txt. */
    private final Set<String> knownPlaces = new HashSet<>();
    /** folded lower-case adjective -> country. */
    private final Map<String, String> adjectives = new HashMap<>();
    /** exact capitalised noun ("Danois") -> country. */
    private final Map<String, String> demonyms = new HashMap<>();
    /** Folded names of peoples and groups ("les Britanniques", "les Parisiens"): peoples.txt and nationalities.txt. */
    private final Set<String> peoples = new HashSet<>();
    /** Generational suffixes ending a person's name, as written without a final dot (name-suffixes.txt: "Jr", "III"). */
    private final Set<String> nameSuffixes = new HashSet<>();
    /** The language's day names in lower case, from the JDK's locale data ("lundi", "monday"). */
    private final Set<String> weekdays = new HashSet<>();
    /** role-context.txt: set name -> its words, as written (folded). */
    private final Map<String, Set<String>> roleContext = new HashMap<>();

    /**
     * @param folder   where the language's files are, relative to this package ("" for French, the
     *                 first language, "en/" for English); every language has the same files
     * @param language the language of the JDK's country names added to the known places
     * @param namesEndCapitalised see {@link #namesEndCapitalised()}
     */
    private EntityLexicon(String folder, java.util.Locale language, boolean namesEndCapitalised) {
        this.namesEndCapitalised = namesEndCapitalised;
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            weekdays.add(d.getDisplayName(java.time.format.TextStyle.FULL, language).toLowerCase(language));
        }
        for (String l : Lexicon.lines(EntityLexicon.class, folder + "function-words.txt")) functionWords.add(Names.fold(l));
        nameSuffixes.addAll(Lexicon.lines(EntityLexicon.class, folder + "name-suffixes.txt"));
        for (String l : Lexicon.lines(EntityLexicon.class, folder + "honorifics.txt")) {
            String[] f = l.split("\t");
            honorifics.put(Names.fold(f[0]), f.length > 1 && !f[1].equals("-") ? f[1].charAt(0) : '?');
        }
        roles = Lexicon.lines(EntityLexicon.class, folder + "roles.txt").stream().map(l -> {
            String[] f = l.split("\t");
            Dated dated = Dated.NO;
            char gender = 0;
            boolean ok = f.length == 2 || f.length == 3;
            for (String flag : f.length == 3 ? f[2].split(",") : new String[0]) {
                switch (flag) {
                    case "dated" -> dated = Dated.QUALIFIED;
                    case "dated-alone" -> dated = Dated.ALONE;
                    case "m", "f" -> gender = flag.charAt(0);
                    default -> ok = false;
                }
            }
            if (!ok) throw new IllegalStateException("roles.txt: expected 'role<TAB>family[<TAB>dated|dated-alone][,m|,f]': " + l);
            return new Role(Names.words(f[0].replace("'", "' ").replace("’", "’ ")), f[1], dated, gender);
        }).toList();
        for (String l : Lexicon.lines(EntityLexicon.class, folder + "office-phrases.txt")) {
            String[] f = l.split("\t");
            if (f.length != 2 || !f[1].contains("|")) {
                throw new IllegalStateException("office-phrases.txt: expected 'phrase<TAB>family|place': " + l);
            }
            OfficePhrase o = new OfficePhrase(Names.words(f[0].replace("'", "' ").replace("’", "’ ")), f[1]);
            officePhrases.computeIfAbsent(o.words().get(0), k -> new java.util.ArrayList<>()).add(o);
        }
        officePhrases.values().forEach(list -> list.sort((x, y) -> Integer.compare(y.words().size(), x.words().size())));
        // longest first: "ministre des Affaires étrangères" before "ministre"
        List<Role> longestFirst = new java.util.ArrayList<>(roles);
        longestFirst.sort((x, y) -> Integer.compare(y.words().size(), x.words().size()));
        for (Role r : longestFirst) {
            rolesByFirstWord.computeIfAbsent(r.words().get(0), k -> new java.util.ArrayList<>()).add(r);
            if (r.words().size() == 1) singleWordRoles.add(r.words().get(0));
        }
        List<List<String>> offices = new java.util.ArrayList<>();
        for (Role r : roles) {
            if (r.words().size() >= 2) offices.add(r.words());
        }
        for (String l : Lexicon.lines(EntityLexicon.class, folder + "offices.txt")) {
            List<String> w = Names.words(l.replace("'", "' ").replace("’", "’ "));
            if (w.size() < 2) throw new IllegalStateException("offices.txt: expected two or more words: " + l);
            offices.add(w);
        }
        offices.sort((x, y) -> Integer.compare(y.size(), x.size()));
        for (List<String> o : offices) officesByFirstWord.computeIfAbsent(o.get(0), k -> new java.util.ArrayList<>()).add(o);
        for (String l : Lexicon.lines(EntityLexicon.class, folder + "not-names.txt")) notNames.add(Names.fold(l));
        for (String l : Lexicon.lines(EntityLexicon.class, folder + "relational-nouns.txt")) relationalNouns.add(Names.fold(l));
        for (String l : Lexicon.lines(EntityLexicon.class, folder + "first-names.txt")) {
            String[] f = l.split("\t");
            if (f.length != 2) throw new IllegalStateException("first-names.txt: expected 'name<TAB>m|f|-': " + l);
            firstNames.put(Names.fold(f[0]), f[1].equals("-") ? '?' : f[1].charAt(0));
        }
        for (String l : Lexicon.lines(EntityLexicon.class, folder + "place-heads.txt")) placeHeads.add(Names.fold(l));
        for (String l : Lexicon.lines(EntityLexicon.class, folder + "named-after-heads.txt")) namedAfterHeads.add(Names.fold(l));
        for (String l : Lexicon.lines(EntityLexicon.class, folder + "org-heads.txt")) orgHeads.add(Names.fold(l));
        for (String l : Lexicon.lines(EntityLexicon.class, folder + "title-words.txt")) titleWords.add(Names.fold(l));
        for (String l : Lexicon.lines(EntityLexicon.class, folder + "portfolio-heads.txt")) {
            String[] f = l.split("\t");
            if (f.length != 2 || !(f[1].equals("head") || f[1].equals("qualifier"))) {
                throw new IllegalStateException("portfolio-heads.txt: expected 'words<TAB>head|qualifier': " + l);
            }
            if (f[1].equals("head")) portfolioHeads.add(Names.words(f[0].replace("'", "' ").replace("’", "’ ")));
            else portfolioQualifiers.add(Names.fold(f[0]));
        }
        for (String l : Lexicon.lines(EntityLexicon.class, folder + "type-cues.txt")) {
            String[] f = l.split("\t");
            String flag = f.length == 3 ? f[2] : "";
            // tokens split after an apostrophe: "chiffre d'affaires" is read as "chiffre d' affaires"
            List<String> words = Names.words(f[0].replace("'", "' ").replace("’", "’ "));
            if (f.length < 2 || f.length > 3 || !List.of("", "de", "via-de", "not-person", "bare-kind").contains(flag)
                    || words.isEmpty() || words.size() > MAX_CUE_WORDS) {
                throw new IllegalStateException(
                        "type-cues.txt: expected 'words<TAB>type[<TAB>de|via-de|not-person|bare-kind]', 1 to 3 words: " + l);
            }
            typeCues.put(String.join(" ", words), new Cue(org.vigie.core.model.EntityType.valueOf(f[1]),
                    !flag.equals("via-de"), flag.equals("de") || flag.equals("via-de"), flag.equals("not-person"),
                    flag.equals("bare-kind")));
        }
        for (String l : Lexicon.lines(EntityLexicon.class, folder + "cue-modifiers.txt")) cueModifiers.add(Names.fold(l));
        for (String l : Lexicon.lines(EntityLexicon.class, folder + "legal-forms.txt")) legalForms.add(withoutFinalDot(l));
        for (String l : Lexicon.lines(EntityLexicon.class, folder + "agent-verbs.txt")) {
            String[] f = l.split("\t");
            if (f.length != 2 || !(f[1].equals("speech") || f[1].equals("act"))) {
                throw new IllegalStateException("agent-verbs.txt: expected 'form<TAB>speech|act': " + l);
            }
            agentVerbs.add(Names.fold(f[0]));
            if (f[1].equals("speech")) speechVerbs.add(Names.fold(f[0]));
        }
        List<String> lines = Lexicon.lines(EntityLexicon.class, folder + "nationalities.txt");
        for (String l : lines) countries.add(l.split("\t")[0]);
        for (String c : countries) knownPlaces.add(Names.fold(c));
        for (String iso : java.util.Locale.getISOCountries()) {
            knownPlaces.add(Names.fold(new java.util.Locale("", iso).getDisplayCountry(language)));
        }
        for (String l : Lexicon.lines(EntityLexicon.class, folder + "known-places.txt")) knownPlaces.add(Names.fold(l));
        for (String l : lines) {
            String[] f = l.split("\t");
            if (f.length != 2) throw new IllegalStateException("nationalities.txt: expected 'country<TAB>forms': " + l);
            for (String form : f[1].split(",")) {
                String w = form.strip();
                if (Names.isCapitalised(w)) {
                    // "Suisse" is the country before it is a Swiss person
                    if (!countries.contains(w)) demonyms.put(w, f[0]);
                } else {
                    adjectives.put(Names.fold(w), f[0]);
                }
                // every form, as a noun and in the plural, names a people: "les Britanniques", "les Européens"
                String plural = w.endsWith("s") || w.endsWith("x") ? w : w + "s";
                for (String p : List.of(w, plural)) {
                    if (!knownPlaces.contains(Names.fold(p))) peoples.add(Names.fold(p));
                }
            }
        }
        for (String l : Lexicon.lines(EntityLexicon.class, folder + "peoples.txt")) peoples.add(Names.fold(l));
        for (String l : Lexicon.lines(EntityLexicon.class, folder + "role-context.txt")) {
            String[] f = l.split("\t");
            if (f.length != 2 || roleContext.containsKey(f[0])) {
                throw new IllegalStateException("role-context.txt: expected one 'set<TAB>words' line per set: " + l);
            }
            roleContext.put(f[0], f[1].equals("-") ? Set.of() : Set.of(f[1].split(" +")));
        }
    }

    /**
     * The words of one set of role-context.txt ("definite": "le la l' du au", "the"): the small
     * words around a role description that {@link RoleResolver} reads.
     *
     * @throws IllegalStateException when the language's file does not list {@code set}
     */
    public Set<String> roleContext(String set) {
        Set<String> words = roleContext.get(set);
        if (words == null) throw new IllegalStateException("role-context.txt lists no set '" + set + "'");
        return words;
    }

    public static EntityLexicon french() {
        return French.LEXICON;
    }

    /** The English lists (folder en/): loaded on first use, so a French-only run never reads them. */
    public static EntityLexicon english() {
        return English.LEXICON;
    }

    /**
     * The German lists (folder de/): forms of address, compound titles ("Bundeskanzlerin"), closed-class
     * words. German capitalises every noun, so its lists never treat a capital as a name's clue
     * (no capitalised cue nouns, no capitalised nationality nouns). Loaded on first use.
     */
    public static EntityLexicon german() {
        return German.LEXICON;
    }

    /** The Spanish lists (folder es/): forms of address ("Sr.", "doña"), titles, closed-class words. Loaded on first use. */
    public static EntityLexicon spanish() {
        return Spanish.LEXICON;
    }

    /**
     * True where a name never ends on a lower-case word, as in English ("Boeing jets" is "Boeing"),
     * German ("Merkel sagte") and Spanish ("Banco Mundial", "Tribunal Supremo": institutions
     * capitalise every word but the small ones); false in French, whose names do ("Conseil
     * constitutionnel", "route du Castello").
     */
    public boolean namesEndCapitalised() {
        return namesEndCapitalised;
    }

    /** "Jr.", "Jr", "III": a generational suffix that ends a person's name (name-suffixes.txt; case as written). */
    public boolean isNameSuffix(String word) {
        return nameSuffixes.contains(word.endsWith(".") ? word.substring(0, word.length() - 1) : word);
    }

    /** {@code name} without a final generational suffix ("james p. kennedy jr." -> "james p. kennedy"); as is otherwise. */
    public String withoutNameSuffix(String name) {
        int space = name.lastIndexOf(' ');
        if (space <= 0 || nameSuffixes.isEmpty()) return name;
        String last = name.substring(space + 1);
        if (last.endsWith(".")) last = last.substring(0, last.length() - 1);
        for (String s : nameSuffixes) {
            if (s.equalsIgnoreCase(last)) return name.substring(0, space).strip();
        }
        return name;
    }

    /**
     * A day name written in lower case ("dimanche"; not "Dimanche", nor German "Montag"): where day
     * names are not capitalised, one is never part of a name.
     */
    public boolean isLowerCaseWeekday(String word) {
        return weekdays.contains(word);
    }

    public boolean isFunctionWord(String word) {
        return functionWords.contains(Names.fold(word));
    }

    /**
     * Le, La, Les, L', The, and the definite articles of the language's role-context.txt
     * ("articles": El, Los, Las in Spanish, Der, Die, Das in German): part of some names ("Le
     * Parisien", "El Salvador", "Die Linke") when capitalised mid-sentence.
     */
    public boolean isArticle(String word) {
        String f = Names.fold(word);
        return f.equals("le") || f.equals("la") || f.equals("les") || f.equals("l'") || f.equals("the")
                || roleContext.get("articles").contains(f);
    }

    public boolean isHonorific(String word) {
        return honorifics.containsKey(Names.fold(word));
    }

    /** 'm', 'f', or '?' for an honorific; 0 when {@code word} is none. */
    public char honorificGender(String word) {
        Character g = honorifics.get(Names.fold(word));
        return g == null ? 0 : g;
    }

    public List<Role> roles() {
        return roles;
    }

    /** Roles whose first folded word is {@code folded}. */
    public List<Role> rolesStartingWith(String folded) {
        return rolesByFirstWord.getOrDefault(folded, List.of());
    }

    /** Phrases naming one office outright ("locataire de l'Élysée") whose first folded word is {@code folded}, longest first. */
    public List<OfficePhrase> officePhrasesStartingWith(String folded) {
        return officePhrases.getOrDefault(folded, List.of());
    }

    /**
     * Offices of two or more words whose first folded word is {@code folded}, longest first: the
     * multi-word roles of roles.txt and the offices of offices.txt ("président de la République").
     */
    public List<List<String>> officesStartingWith(String folded) {
        return officesByFirstWord.getOrDefault(folded, List.of());
    }

    /** A noun that names someone by their tie to another person ("adjoint", "conseiller", "fils"): relational-nouns.txt. */
    public boolean isRelationalNoun(String word) {
        return relationalNouns.contains(Names.fold(word));
    }

    public boolean isRoleWord(String word) {
        return singleWordRoles.contains(Names.fold(word));
    }

    /** A capitalised common noun that is never a name on its own ("État", "Intérieur"). */
    public boolean isNotName(String word) {
        return notNames.contains(Names.fold(word));
    }

    /**
     * A capitalised name of a people or group ("Britanniques", "Parisiens", "Kurdes"), which is no
     * named entity on its own (peoples.txt, nationalities.txt).
     */
    public boolean isPeople(String word) {
        return Names.isCapitalised(word) && peoples.contains(Names.fold(word));
    }

    /** 'm' or 'f' for a given name with a usual gender, else 0. */
    public char firstNameGender(String word) {
        Character g = firstNames.get(Names.fold(word));
        return g == null || g == '?' ? 0 : g;
    }

    public boolean isFirstName(String word) {
        return firstNames.containsKey(Names.fold(word));
    }

    public boolean isPlaceHead(String word) {
        return placeHeads.contains(Names.fold(word));
    }

    /** "boulevard", "hôpital", "lycée": heads a street or building named after someone (named-after-heads.txt). */
    public boolean isNamedAfterHead(String word) {
        return !Names.isCapitalised(word) && namedAfterHeads.contains(Names.fold(word));
    }

    /** True for a capitalised contest title opening a title ("Miss" in "Miss France"). */
    public boolean isTitleWord(String word) {
        return Names.isCapitalised(word) && titleWords.contains(Names.fold(word));
    }

    public boolean isOrgHead(String word) {
        return orgHeads.contains(Names.fold(word));
    }

    /** The country of a lower-case nationality adjective ("turc" -> "Turquie"), or null. */
    public String adjectiveCountry(String word) {
        return Names.isCapitalised(word) ? null : adjectives.get(Names.fold(word));
    }

    /** The country of a capitalised nationality noun ("Danois" -> "Danemark"), or null. */
    public String demonymCountry(String word) {
        return demonyms.get(word);
    }

    /** True when the folded words {@code folded[..end)} end with an office such as "ministre" or "secrétaire d'État". */
    public boolean portfolioHeadEndsAt(List<String> folded, int end) {
        for (List<String> h : portfolioHeads) {
            int from = end - h.size();
            if (from >= 0 && folded.subList(from, end).equals(h)) return true;
        }
        return false;
    }

    /** "délégué", "chargée": a word that may stand between an office and its portfolio. */
    public boolean isPortfolioQualifier(String word) {
        return portfolioQualifiers.contains(Names.fold(word));
    }

    /**
     * The cue whose last word is {@code words[end - 1]} (words as written, in text order), longest
     * first ("directeur général" before "général"), or null. A cue is written in lower case
     * ("le Journal du dimanche" is a name, not a cue) or is an acronym ("PDG", "ONG").
     */
    public Cue cueEndingAt(List<String> words, int end) {
        if (end <= 0) return null;
        String last = words.get(end - 1);
        if (Names.isCapitalised(last) && !Names.isAcronym(last)) return null;
        // tokens, not words: "porte-parole" may be one token or three ("porte", "-", "parole")
        for (int n = Math.min(MAX_CUE_WORDS + 2, end); n >= 1; n--) {
            List<String> key = Names.words(String.join(" ", words.subList(end - n, end)));
            if (key.isEmpty() || key.size() > MAX_CUE_WORDS) continue;
            Cue c = typeCues.get(String.join(" ", key));
            if (c != null) return c;
        }
        return null;
    }

    /** "automobile", "pétrolier": a trade adjective between a cue noun and its name (cue-modifiers.txt). */
    public boolean isCueModifier(String word) {
        return !Names.isCapitalised(word) && cueModifiers.contains(Names.fold(word));
    }

    /** "SA", "GmbH", "Inc.": a company's legal form, as written (legal-forms.txt). */
    public boolean isLegalForm(String word) {
        return legalForms.contains(withoutFinalDot(word));
    }

    private static String withoutFinalDot(String w) {
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    /** "annoncé", "emploie": a verb form whose subject acts or speaks (agent-verbs.txt). */
    public boolean isAgentVerb(String word) {
        return !Names.isCapitalised(word) && agentVerbs.contains(Names.fold(word));
    }

    /** "explique", "a précisé": a speech verb, whose subject may follow it (agent-verbs.txt). */
    public boolean isSpeechVerb(String word) {
        return !Names.isCapitalised(word) && speechVerbs.contains(Names.fold(word));
    }

    /**
     * A country ("Tunisie", "Corée du Nord") or a capital ("Pyongyang", "Vatican"): a place even
     * where it speaks or acts for its government.
     */
    public boolean isKnownPlace(String name) {
        return knownPlaces.contains(Names.fold(name));
    }
}
