package org.vigie.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Option;

/** Options of the analysis pipeline, shared by analyze and ingest. */
final class EngineOptions {

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Document date used to resolve relative times (\"lundi\", \"samedi prochain\"); "
                    + "overrides the date a page carries.")
    String date;

    @Option(names = "--threads", description = "Worker threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-nlp", description = "Only read and clean the pages: no entities, quotes, times or signals.")
    boolean noNlp;

    @Option(names = "--no-spell-check",
            description = "Orthography signal from spacing rules only (no LanguageTool; faster start).")
    boolean noSpellCheck;

    @Option(names = "--high-accuracy-language",
            description = "Lingua's high-accuracy mode for language identification (slower).")
    boolean highAccuracyLanguage;

    LocalDate documentDate() {
        if (date == null) return null;
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new UserException("--date expects YYYY-MM-DD, got '" + date + "'", 2);
        }
    }
}
