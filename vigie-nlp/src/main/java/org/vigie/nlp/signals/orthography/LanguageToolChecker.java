package org.vigie.nlp.signals.orthography;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;
import org.languagetool.rules.spelling.morfologik.MorfologikSpellerRule;
import org.vigie.nlp.signals.Resources;

/**
 * French spelling and grammar through LanguageTool's French module (offline, from Maven
 * Central). The language data load once per JVM (about 6 s, 90 MB heap); {@link JLanguageTool}
 * is not thread-safe, so a call borrows instances from a pool and gives them back after: as many
 * exist as calls ever ran at once, built once per JVM and reused by any thread (a new worker pool,
 * a server thread, the start-up preload), where thread-local instances were rebuilt, half a second
 * of CPU each, for every new thread and never freed while it lived. Rules listed in
 * {@code orthography-ignored-rules.txt} (typographic preferences that professional copy routinely
 * ignores, and typography Vigie checks itself) are switched off, and only the rule categories of
 * {@code orthography-categories.txt} run (errors, not style advice; a third of the cost).
 */
public final class LanguageToolChecker implements SpellChecker {

    private static final Set<String> IGNORED = ignored();
    private static final Set<String> CATEGORIES = categories();
    /** Idle instances; the most recently returned is borrowed first, so warm ones stay in use. */
    private static final ConcurrentLinkedDeque<Tools> POOL = new ConcurrentLinkedDeque<>();
    /** Instances being built now (callers finding the pool empty wait for those rather than build more). */
    private static final AtomicInteger BUILDING = new AtomicInteger();
    private static final AtomicInteger WAITING = new AtomicInteger();
    private static final LanguageToolChecker FRENCH = new LanguageToolChecker();

    private LanguageToolChecker() {
    }

    /** The shared French checker. */
    public static LanguageToolChecker french() {
        return FRENCH;
    }

    private static final String SAX_FACTORY = "javax.xml.parsers.SAXParserFactory";
    private static final Object INIT = new Object();

    /**
     * LanguageTool parses its rule files with JDK-specific parser properties, which the Xerces
     * jar CoreNLP brings along rejects; so the JDK's own parser is selected while LanguageTool
     * loads (constructor and a first check, which loads the disambiguation rules), and the
     * previous choice restored after, leaving the rest of the JVM as it was.
     */
    private static JLanguageTool create(boolean spelling) {
        BUILDING.incrementAndGet();
        try {
            return build(spelling);
        } finally {
            BUILDING.decrementAndGet();
            wakeWaiters();
        }
    }

    private static JLanguageTool build(boolean spelling) {
        synchronized (INIT) {
            String previous = System.getProperty(SAX_FACTORY);
            System.setProperty(SAX_FACTORY, "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl");
            try {
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
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load LanguageTool French", e);
            } finally {
                if (previous == null) System.clearProperty(SAX_FACTORY);
                else System.setProperty(SAX_FACTORY, previous);
            }
        }
    }

    /**
     * The instances one caller uses at a time: the full check, and the same rules without the
     * dictionary rule on an instance of its own (switching the rule off and on per call costs more
     * than it saves; its suggestion search for every unknown name is about two thirds of a full
     * check), built when first needed.
     */
    private static final class Tools {
        private JLanguageTool full;
        private JLanguageTool grammar;
        private SpellingCheckRule speller;
        private boolean spellerSought;

        JLanguageTool full() {
            if (full == null) full = create(true);
            return full;
        }

        JLanguageTool grammar() {
            if (grammar == null) grammar = create(false);
            return grammar;
        }

        /** The French dictionary rule of the full instance (null if LanguageTool had none). */
        SpellingCheckRule speller() {
            if (!spellerSought) {
                for (org.languagetool.rules.Rule r : full().getAllActiveRules()) {
                    if (r instanceof MorfologikSpellerRule s) {
                        speller = s;
                        break;
                    }
                }
                spellerSought = true;
            }
            return speller;
        }
    }

    /** Instances waiting in the pool now (for tests: reuse across threads keeps this flat). */
    static int idle() {
        return POOL.size();
    }

    private static <T> T withTools(Function<Tools, T> use) {
        Tools t = borrow();
        try {
            return use.apply(t);
        } finally {
            POOL.offerFirst(t);
            wakeWaiters();
        }
    }

    private static void wakeWaiters() {
        if (WAITING.get() == 0) return;
        synchronized (POOL) {
            POOL.notifyAll();
        }
    }

    /**
     * An idle instance, or a new one. While another caller is building one (instances are built one
     * at a time, under {@link #INIT}), a caller waits for an instance to come back rather than queue
     * for a build of its own: the one being built is usually returned first (the start-up preload
     * checks one sentence with it, a worker one header).
     */
    private static Tools borrow() {
        Tools t = POOL.pollFirst();
        if (t != null) return t;
        synchronized (POOL) {
            WAITING.incrementAndGet();
            try {
                while (BUILDING.get() > 0 && (t = POOL.pollFirst()) == null) {
                    POOL.wait(50); // notified on a return or a finished build; the timeout only guards a missed one
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                WAITING.decrementAndGet();
            }
        }
        if (t == null) t = POOL.pollFirst();
        return t != null ? t : new Tools();
    }

    @Override
    public List<Issue> check(String text) {
        return withTools(t -> issues(t.full(), text));
    }

    @Override
    public List<Issue> checkWithoutSpelling(String text) {
        return withTools(t -> issues(t.grammar(), text));
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
        return withTools(t -> {
            SpellingCheckRule r = t.speller();
            if (r == null) return true;
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
