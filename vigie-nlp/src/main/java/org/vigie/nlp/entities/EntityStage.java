package org.vigie.nlp.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.Sentence;
import org.vigie.core.model.Span;
import org.vigie.core.model.Token;
import org.vigie.core.pipeline.Stage;

/**
 * Entities of one article from the shared token layer (run {@code CoreNlpTokens} first): the
 * tagger's mentions cleaned ({@link MentionFinder}), grouped under a canonical name
 * ({@link MentionGrouper}), completed with untagged repeats of names the article already uses and
 * with the role descriptions the text ties to a person, or that the dated table of office holders
 * gives to a person the article names ({@link RoleResolver}). Mention spans point
 * at the exact words; the canonical name is an attribute. Stateless and thread-safe.
 */
public final class EntityStage implements Stage {

    private final EntityLexicon lex;
    private final KnownNames known;
    private final OfficeHolders offices;
    private final java.time.LocalDate dateOverride;

    /**
     * @param known        types of well-known names (the registry's alias table)
     * @param offices      who held which office when (the registry's dated table): a title the text
     *                     does not tie to a name is read as its holder on the article's date
     *                     when the article names the holder
     * @param documentDate the article's date for that table, as the CLI's {@code --date} gives it
     *                     to the times stage too; null: each article's {@code metadata.date}
     */
    public EntityStage(KnownNames known, OfficeHolders offices, java.time.LocalDate documentDate) {
        this(EntityLexicon.french(), known, offices, documentDate);
    }

    /**
     * @param lex the word lists of the article's language ({@link EntityLexicon#french()},
     *            {@link EntityLexicon#english()}), which must be the language of the token layer
     */
    public EntityStage(EntityLexicon lex, KnownNames known, OfficeHolders offices, java.time.LocalDate documentDate) {
        this.lex = lex;
        this.known = known;
        this.offices = offices;
        this.dateOverride = documentDate;
    }

    public EntityStage(KnownNames known, OfficeHolders offices) {
        this(known, offices, null);
    }

    public EntityStage(KnownNames known) {
        this(known, OfficeHolders.NONE);
    }

    /** Without outside knowledge: types come from the tagger alone. */
    public EntityStage() {
        this(KnownNames.NONE);
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Article process(Article article) {
        return article.withEntities(entities(article));
    }

    public List<Entity> entities(Article article) {
        return entities(article, new RoleResolver(lex, offices));
    }

    /**
     * The role descriptions {@link #entities} joins to people in {@code article} (tokenized), each
     * with how it was bound: to judge that layer by hand.
     */
    public List<RoleBinding> roleBindings(Article article) {
        RoleResolver roles = new RoleResolver(lex, offices);
        entities(article, roles);
        return List.copyOf(roles.trace);
    }

    private List<Entity> entities(Article article, RoleResolver roles) {
        if (article.sentences().isEmpty()) {
            // A text of no letter nor digit (U+FFFD, punctuation, symbols) rightly has no tokens:
            // only a text with words and no sentences means the token stage was not run.
            if (article.text().codePoints().noneMatch(Character::isLetterOrDigit)) return List.of();
            throw new IllegalStateException("article " + article.id()
                    + " has no token layer: run the 'tokens' stage (CoreNlpTokens) before 'entities'");
        }
        String text = article.text();
        List<Sentence> sentences = article.sentences();
        List<Mention[]> links = new ArrayList<>();
        MentionFinder finder = new MentionFinder(lex, known);
        List<Mention> mentions = finder.find(text, sentences, links);
        List<MentionGrouper.Group> groups = new MentionGrouper(lex, known).datelines(datelines(text, mentions)).group(mentions, links, finder.cued,
                finder.agents, finder.placed, witnesses(text, mentions));
        titleCaseCommonWords(article, groups);
        repeats(text, sentences, groups);
        roles.resolve(text, sentences, groups, dateOverride != null ? dateOverride : day(article));
        List<Entity> out = new ArrayList<>();
        for (MentionGrouper.Group g : groups) {
            List<Span> spans = g.mentions.stream().map(m -> Span.of(text, m.start(), m.end()))
                    .distinct().sorted().toList();
            out.add(new Entity(g.canonical, g.type, null, spans));
        }
        out.sort(Comparator.comparingInt(e -> e.mentions().get(0).start()));
        return out;
    }

    /**
     * After a dateline's place: its region or state, the agency in parentheses, then a dash
     * ("WASHINGTON —", "LONDON (Reuters) -", "HAYWARD, Calif. (AP) —").
     */
    private static final java.util.regex.Pattern DATELINE_TAIL = java.util.regex.Pattern.compile(
            "[ \t]*(?:,[ \t]*[\\p{L}.]+(?:[ \t][\\p{L}.]+)?[ \t]*)?(?:\\([^)\\n]{1,40}\\)[ \t]*)?[—–-]");

    /**
     * Mentions in capitals that open a line before a dateline's dash: the place of a wire story's
     * dateline, whose capitals are layout, so that the entity is named as the text writes it.
     */
    static java.util.Set<Mention> datelines(String text, List<Mention> mentions) {
        java.util.Set<Mention> out = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if (m.text().codePoints().anyMatch(Character::isLowerCase) || m.text().codePoints().filter(Character::isLetter).count() < 2) continue;
            int i = m.start();
            while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) i--;
            if (i > 0 && text.charAt(i - 1) != '\n') continue;
            if (DATELINE_TAIL.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 60)).lookingAt()) out.add(m);
        }
        return out;
    }

    /** A headline word of this many letters or more is capitalised in title case ("Into", "Drops", not "of", "in"). */
    private static final int TITLE_CASE_MIN_LETTERS = 4;

    /**
     * A title-case headline ("Sweden Drops Its Investigation Into Rape Allegation Against Julian
     * Assange", as English sites write them) capitalises every word, so the tagger takes runs of
     * common words for names: an entity named only there, with a word the rest of the text writes
     * in lower case ("investigation"), is dropped. Names the body uses stay ("Sweden"). A
     * sentence-case headline, as French ones are, is left alone.
     */
    private static void titleCaseCommonWords(Article article, List<MentionGrouper.Group> groups) {
        org.vigie.core.model.Section title = article.sections().stream()
                .filter(s -> s.kind() == org.vigie.core.model.Section.Kind.TITLE).findFirst().orElse(null);
        if (title == null || !titleCase(article.text().substring(title.start(), title.end()))) return;
        java.util.Set<String> lowerCase = new java.util.HashSet<>();
        for (String w : LETTERS.split(article.text().substring(title.end()))) {
            if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))) lowerCase.add(w);
        }
        // an entity the body names too is a name, whatever the headline's capitals
        groups.removeIf(g -> g.mentions.stream().allMatch(m -> m.start() < title.end())
                && g.mentions.stream().anyMatch(m -> java.util.Arrays.stream(LETTERS.split(m.text()))
                        .anyMatch(w -> !w.isEmpty() && lowerCase.contains(w.toLowerCase(java.util.Locale.ROOT)))));
    }

    private static final java.util.regex.Pattern LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");

    /** Three or more words of {@link #TITLE_CASE_MIN_LETTERS} letters, every one capitalised. */
    static boolean titleCase(String headline) {
        int words = 0;
        for (String w : LETTERS.split(headline)) {
            if (w.length() < TITLE_CASE_MIN_LETTERS) continue;
            if (!Character.isUpperCase(w.codePointAt(0))) return false;
            words++;
        }
        return words >= 3;
    }

    /** The article's publication day ("2016-05-12", "2016-05-12T08:30:00+02:00"), or null. */
    static java.time.LocalDate day(Article article) {
        String d = article.metadata().date();
        if (d == null || d.length() < 10) return null;
        try {
            return java.time.LocalDate.parse(d.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** A one-word mention followed by an age ("Julien, 34 ans", "Sarah (19 ans)"): an anonymous witness. */
    private static final java.util.regex.Pattern AGE_APPOSITION = java.util.regex.Pattern.compile("^\\s*[,(]\\s*\\d{1,3}\\s*ans\\b");

    private static java.util.Set<Mention> witnesses(String text, List<Mention> mentions) {
        java.util.Set<Mention> out = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if (m.text().contains(" ")) continue;
            if (AGE_APPOSITION.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 12))).find()) out.add(m);
        }
        return out;
    }

    /**
     * The tagger often labels a name once and misses it later ("Erdogan" in the last sentence):
     * every untagged occurrence of a name the article already uses (each surface form, and a
     * person's surname when no other entity ends with it) joins its entity.
     */
    private void repeats(String text, List<Sentence> sentences, List<MentionGrouper.Group> groups) {
        boolean[] covered = new boolean[text.length()];
        for (MentionGrouper.Group g : groups) {
            for (Mention m : g.mentions) java.util.Arrays.fill(covered, m.start(), m.end(), true);
        }
        // surface form -> its entity, indexed by the form's first character for a cheap scan
        java.util.Map<String, MentionGrouper.Group> owner = new java.util.LinkedHashMap<>();
        for (MentionGrouper.Group g : groups) {
            for (Mention m : g.mentions) {
                if (repeatable(m.text())) owner.putIfAbsent(m.text(), g);
            }
            if (g.isPerson()) {
                List<String> words = List.of(lex.withoutNameSuffix(g.canonical).split(" "));
                String surname = words.get(words.size() - 1);
                if (words.size() > 1 && repeatable(surname) && !owner.containsKey(surname)
                        && groups.stream().filter(o -> o != g && o.canonical.endsWith(" " + surname)).findAny().isEmpty()) {
                    owner.put(surname, g);
                }
            }
        }
        java.util.Map<Character, List<String>> byFirst = new java.util.HashMap<>();
        for (String form : owner.keySet()) byFirst.computeIfAbsent(form.charAt(0), c -> new ArrayList<>()).add(form);
        for (int si = 0; si < sentences.size(); si++) {
            List<Token> t = sentences.get(si).tokens();
            for (int k = 0; k < t.size(); k++) {
                Token tok = t.get(k);
                if (covered[tok.start()]) continue;
                List<String> forms = byFirst.get(text.charAt(tok.start()));
                if (forms == null) continue;
                for (String form : forms) {
                    if (!text.startsWith(form, tok.start())) continue;
                    int end = tok.start() + form.length();
                    int to = -1;
                    for (int j = k; j < t.size() && t.get(j).end() <= end; j++) {
                        if (t.get(j).end() == end) to = j + 1;
                    }
                    if (to < 0 || isCovered(covered, tok.start(), end)) continue;
                    MentionGrouper.Group g = owner.get(form);
                    g.mentions.add(new Mention(si, k, to, tok.start(), end, form, g.type, Mention.Kind.REPEAT, (char) 0));
                    java.util.Arrays.fill(covered, tok.start(), end, true);
                    k = to - 1;
                    break;
                }
            }
        }
    }

    private boolean repeatable(String form) {
        return form.length() >= 3 && Names.isCapitalised(form) && !lex.isFunctionWord(form)
                && !lex.isHonorific(form) && !lex.isRoleWord(form) && Names.hasLetter(form);
    }

    private static boolean isCovered(boolean[] covered, int start, int end) {
        for (int i = start; i < end; i++) {
            if (covered[i]) return true;
        }
        return false;
    }
}
