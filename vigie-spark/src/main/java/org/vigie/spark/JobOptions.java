package org.vigie.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.ingest.language.LanguageStage;
import org.vigie.nlp.NlpPipelines;
import org.vigie.nlp.signals.SignalStages;

/**
 * What shapes the pipeline, shipped to executors with each task (a few bytes). The same choices
 * as the CLI's {@code --date}, {@code --no-spell-check} and {@code --high-accuracy-language}.
 */
public record JobOptions(String documentDate, boolean noSpellCheck, boolean highAccuracyLanguage)
        implements Serializable {

    public static JobOptions defaults() {
        return new JobOptions(null, false, false);
    }

    /** The standard pipeline: language id, then the NLP stages, exactly as {@code vigie analyze} builds it. */
    Pipeline buildPipeline() {
        Pipeline p = Pipeline.of(new LanguageStage(highAccuracyLanguage));
        SignalStages.Options signals = SignalStages.Options.defaults();
        if (noSpellCheck) signals = signals.withoutSpellChecker();
        LocalDate dct = documentDate == null ? null : LocalDate.parse(documentDate);
        for (var s : NlpPipelines.standard(dct, signals).stages()) p = p.then(s);
        return p;
    }
}
