package org.vigie.nlp.signals.orthography;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;
import org.languagetool.rules.fr.MorfologikFrenchSpellerRule;
import org.vigie.nlp.signals.Resources;

/**
 * French spelling and grammar through LanguageTool's French module (offline, from Maven
 * Central). The language data load once per JVM (about 6 s, 90 MB heap); {@link JLanguageTool}
 * is not thread-safe, so each call borrows one from a {@link LendingPool}. Dictionary look-ups use
 * the French speller rule on its own, without the grammar rules (half of LanguageTool's loading):
 * a header without a dictionary miss or a spacing lapse, most of them, never waits for the rules,
 * and neither does {@code vigie analyze} of such an article at start-up. Rules listed in
 * {@code orthography-ignored-rules.txt} (typographic preferences that professional copy routinely
 * ignores, and typography Vigie checks itself) are switched off, and only the rule categories of
 * {@code orthography-categories.txt} run (errors, not style advice; a third of the cost).
 */
public final class LanguageToolChecker implements SpellChecker {

    private static final Set<String> IGNORED = ignored();
    private static final Set<String> CATEGORIES = categories();
    /**
     * The full check, and the same rules without the dictionary rule on an instance of its own
     * (switching the rule off and on per call costs more than it saves; its suggestion search for
     * every unknown name is about two thirds of a full check).
     */
    private record Tools(JLanguageTool full, JLanguageTool grammar) {
    }

    private static final LendingPool<Tools> TOOLS = new LendingPool<>(() -> new Tools(create(true), create(false)));
    /** LanguageTool's French dictionary rule, alone: the same look-up as inside a full instance. */
    private static final LendingPool<SpellingCheckRule> SPELLERS = new LendingPool<>(LanguageToolChecker::createSpeller);
    private static final LanguageToolChecker FRENCH = new LanguageToolChecker();

    private LanguageToolChecker() {
    }

    /** The shared French checker. */
    public static LanguageToolChecker french() {
        return FRENCH;
    }

    private static final String SAX_FACTORY = "javax.xml.parsers.SAXParserFactory";
    private static final Object INIT = new Object();

    /** Something LanguageTool loads, which may fail reading its data files. */
    private interface Load<T> {
        T get() throws IOException;
    }

    /**
     * Loads {@code what} one at a time. LanguageTool parses its rule files with JDK-specific parser
     * properties, which the Xerces jar CoreNLP brings along rejects; so the JDK's own parser is
     * selected while LanguageTool loads, and the previous choice restored after, leaving the rest of
     * the JVM as it was.
     */
    private static <T> T load(String what, Load<T> load) {
        synchronized (INIT) {
            String previous = System.getProperty(SAX_FACTORY);
            System.setProperty(SAX_FACTORY, "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl");
            try {
                return load.get();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load " + what, e);
            } finally {
                if (previous == null) System.clearProperty(SAX_FACTORY);
                else System.setProperty(SAX_FACTORY, previous);
            }
        }
    }

    /** A French checker with the kept rules (and a first check, which loads the disambiguation rules). */
    private static JLanguageTool create(boolean spelling) {
        return load("LanguageTool French", () -> {
            JLanguageTool lt = new JLanguageTool(Languages.getLanguageForShortCode("fr"));
            for (org.languagetool.rules.Rule r : lt.getAllRules()) {
                if (!CATEGORIES.contains(r.getCategory().getId().toString())) lt.disableRule(r.getId());
            }
            for (String id : IGNORED) lt.disableRule(id);
            if (!spelling) {
                for (org.languagetool.rules.Rule r : lt.getAllRules()) {
                    if (r instanceof SpellingCheckRule) lt.disableRule(r.getId());
                }
            }
            lt.check("Le chat dort.");
            return lt;
        });
    }

    /**
     * The French speller rule as a full instance builds it (same class, same word lists; identical
     * answers on the 59,774 distinct words of 3,000 OrangeSum articles), without the rest.
     */
    private static SpellingCheckRule createSpeller() {
        return load("LanguageTool's French dictionary", () -> {
            Language fr = Languages.getLanguageForShortCode("fr");
            SpellingCheckRule r = new MorfologikFrenchSpellerRule(JLanguageTool.getMessageBundle(fr), fr, null, List.of());
            r.isMisspelled("chat"); // loads the dictionary now
            return r;
        });
    }

    /** Checkers idle now (for tests: reuse across threads keeps this flat). */
    static int idle() {
        return TOOLS.idle();
    }

    @Override
    public List<Issue> check(String text) {
        return TOOLS.with(t -> issues(t.full(), text));
    }

    @Override
    public List<Issue> checkWithoutSpelling(String text) {
        return TOOLS.with(t -> issues(t.grammar(), text));
    }

    private static List<Issue> issues(JLanguageTool tool, String text) {
        List<RuleMatch> matches;
        try {
            matches = tool.check(text);
        } catch (IOException e) {
            throw new UncheckedIOException("LanguageTool failed on: " + text, e);
        }
        List<Issue> out = new ArrayList<>();
        for (RuleMatch m : matches) {
            String id = m.getRule().getId();
            if (IGNORED.contains(id)) continue;
            List<String> sugg = m.getSuggestedReplacements();
            out.add(new Issue(m.getFromPos(), m.getToPos(), id, m.getMessage(),
                    sugg.isEmpty() ? null : sugg.get(0), 1.0));
        }
        return out;
    }

    /** LanguageTool's own dictionary look-up (same word list and added words as its speller rule). */
    @Override
    public boolean isUnknown(String word) {
        return SPELLERS.with(r -> {
            try {
                return r.isMisspelled(word);
            } catch (IOException e) {
                throw new UncheckedIOException("LanguageTool dictionary failed on: " + word, e);
            }
        });
    }

    /** Whether a rule id flags dictionary misses (names and rare words need extra care). */
    static boolean isSpelling(String rule) {
        return rule.contains("SPELLING") || rule.startsWith("HUNSPELL") || rule.startsWith("MORFOLOGIK");
    }

    private static Set<String> categories() {
        Set<String> s = new HashSet<>();
        for (Resources.Line l : Resources.lines("orthography-categories.txt")) s.add(l.fields()[0]);
        return s;
    }

    private static Set<String> ignored() {
        Set<String> s = new HashSet<>();
        for (Resources.Line l : Resources.lines("orthography-ignored-rules.txt")) s.add(l.fields()[0]);
        return s;
    }
}
