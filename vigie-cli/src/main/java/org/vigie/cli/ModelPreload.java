package org.vigie.cli;

import org.vigie.ingest.language.LanguageStage;
import org.vigie.nlp.corenlp.CoreNlpTokens;
import org.vigie.nlp.signals.orthography.LanguageToolChecker;

/**
 * Loads the pipeline's heavy models side by side, each on a thread of its own, as soon as the
 * pipeline is built: CoreNLP's French CRF, Lingua's n-gram models and LanguageTool's French rules
 * otherwise load one after the other on the first article, so that start-up is their sum; loaded
 * together on a multi-core machine it tends to the longest of them. Each model loads once per JVM
 * whoever asks first; a stage that reaches a model still loading waits for it. A load that fails
 * here is left to fail again, with its own message, where the stage uses it.
 */
final class ModelPreload {

    private ModelPreload() {
    }

    /** @param nlp false when only language identification runs ({@code --no-nlp}) */
    static void start(boolean highAccuracyLanguage, boolean nlp, boolean spellCheck) {
        if (Boolean.getBoolean("vigie.noPreload")) return; // -Dvigie.noPreload=true: one after the other, for comparison
        // LanguageTool first: the longest. Its dictionary first, which every French header needs,
        // then its rules, which only headers with a suspect word do; what is built here goes to
        // LanguageToolChecker's pools, and a stage that needs it meanwhile waits for it.
        if (nlp && spellCheck) daemon("vigie-preload-languagetool", () -> {
            LanguageToolChecker lt = LanguageToolChecker.french();
            lt.isUnknown("chat");
            lt.check("Le chat dort.");
        });
        if (nlp) daemon("vigie-preload-corenlp", () -> CoreNlpTokens.french().warm());
        daemon("vigie-preload-lingua", () -> new LanguageStage(highAccuracyLanguage).detect("Le chat dort sur le canapé."));
    }

    private static void daemon(String name, Runnable load) {
        Thread t = new Thread(() -> {
            try {
                load.run();
            } catch (RuntimeException | LinkageError e) {
                // the stage reports it when it needs the model
            }
        }, name);
        t.setDaemon(true);
        t.start();
    }
}
