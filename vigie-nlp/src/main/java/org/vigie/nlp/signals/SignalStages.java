package org.vigie.nlp.signals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.core.pipeline.Stage;
import org.vigie.nlp.signals.labels.LoadedLabelStage;
import org.vigie.nlp.signals.orthography.LanguageToolChecker;
import org.vigie.nlp.signals.orthography.MissingAuthorDateStage;
import org.vigie.nlp.signals.orthography.OrthographyStage;
import org.vigie.nlp.signals.register.RegisterStage;
import org.vigie.nlp.signals.source.SourceContextStage;
import org.vigie.nlp.signals.source.SourceRatings;
import org.vigie.nlp.signals.style.StyleStage;
import org.vigie.nlp.signals.support.HeadlineContradictionStage;
import org.vigie.nlp.signals.support.HeadlineSupportStage;
import org.vigie.nlp.signals.wire.WireMarkerStage;

/**
 * The signal stages, in the order the pipeline should run them (after entities and quotes, whose
 * layers they read when present). Each stage appends to {@code article.signals()}.
 */
public final class SignalStages {

    /**
     * What to run. {@code spellChecker} off keeps the orthography signal to spacing rules (no
     * LanguageTool load); {@code spellCheckBody} extends spell checking to the body (slow);
     * {@code sourceRatings} replaces the bundled source list (null: bundled; use
     * {@link #withoutSourceContext()} to drop the stage).
     */
    public record Options(boolean spellChecker, boolean spellCheckBody, boolean sourceContext, Path sourceRatings) {

        public static Options defaults() {
            return new Options(true, false, true, null);
        }

        public Options withoutSpellChecker() {
            return new Options(false, spellCheckBody, sourceContext, sourceRatings);
        }

        public Options withSpellCheckBody() {
            return new Options(spellChecker, true, sourceContext, sourceRatings);
        }

        public Options withoutSourceContext() {
            return new Options(spellChecker, spellCheckBody, false, sourceRatings);
        }

        public Options sourceRatings(Path file) {
            return new Options(spellChecker, spellCheckBody, true, file);
        }
    }

    private SignalStages() {
    }

    /** Every signal stage with default options. */
    public static List<Stage> all() {
        return all(Options.defaults());
    }

    public static List<Stage> all(Options o) {
        List<Stage> s = new ArrayList<>();
        s.add(headlineSupport());
        s.add(headlineContradiction());
        s.add(loadedLabels());
        s.add(style());
        s.add(register());
        s.add(wireMarkers());
        s.add(new OrthographyStage(o.spellChecker() ? LanguageToolChecker.french() : null, o.spellCheckBody()));
        s.add(new MissingAuthorDateStage());
        if (o.sourceContext()) {
            s.add(new SourceContextStage(o.sourceRatings() == null ? SourceRatings.bundled()
                    : SourceRatings.load(o.sourceRatings())));
        }
        return s;
    }

    /** All signal stages as one pipeline stage. */
    public static Pipeline pipeline(Options o) {
        return Pipeline.of(all(o));
    }

    /** {@code headline-not-supported-by-body}, {@code standfirst-not-supported-by-body}. */
    public static Stage headlineSupport() {
        return new HeadlineSupportStage();
    }

    /** {@code headline-contradicts-body}: a headline figure or direction the body contradicts. */
    public static Stage headlineContradiction() {
        return new HeadlineContradictionStage();
    }

    /** {@code loaded-label}. */
    public static Stage loadedLabels() {
        return new LoadedLabelStage();
    }

    /** {@code subjectivity}, {@code vagueness}. */
    public static Stage style() {
        return new StyleStage();
    }

    /** {@code satirical-register}: the combined register score fitted on FreSaDa train. */
    public static Stage register() {
        return new RegisterStage();
    }

    /** {@code copied-wire-marker}. */
    public static Stage wireMarkers() {
        return new WireMarkerStage();
    }

    /** {@code orthography} with LanguageTool on title and standfirst. */
    public static Stage orthography() {
        return new OrthographyStage();
    }

    /** {@code source-context} from the bundled ratings. */
    public static Stage sourceContext() {
        return new SourceContextStage(SourceRatings.bundled());
    }
}
