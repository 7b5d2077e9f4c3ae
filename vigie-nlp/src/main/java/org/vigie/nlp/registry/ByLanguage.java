package org.vigie.nlp.registry;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.vigie.core.model.Article;
import org.vigie.core.model.Skipped;
import org.vigie.core.pipeline.Stage;

/**
 * Runs, on each article, the stage of the article's language ({@code article.language()}, ISO
 * 639-1 as the language stage sets it; a region such as "en-GB" counts as its language). A
 * language with no stage passes through unchanged: no layer is better than one made by another
 * language's models (French NER on English text tags "Putin told" as a name). An article whose
 * language was never detected (null: built by hand, or read with the language stage off) gets the
 * stage of {@code undetected}, as the times stage reads it as French too.
 *
 * <p>Built {@link #reportingSkips reporting skips}, the stage also records on such an article that
 * its layer was not analysed ({@code skipped} in the JSON), so that an empty layer is not read as
 * "nothing found".
 *
 * <p>Each delegate loads its models on its first article, so a run that meets only French never
 * loads English. Thread-safe when the delegates are.
 */
public final class ByLanguage implements Stage {

    private final String name;
    private final Map<String, Stage> stages;
    private final String undetected;
    /** The layer and the missing resource a skip names; null: pass through silently. */
    private final String skippedLayer;
    private final String missing;

    /**
     * @param name       the stage's name in timings and errors
     * @param stages     language code -> its stage
     * @param undetected the language whose stage an article of unknown language gets; must be a key
     */
    public ByLanguage(String name, Map<String, ? extends Stage> stages, String undetected) {
        if (!stages.containsKey(undetected)) {
            throw new IllegalArgumentException("no stage for the default language '" + undetected + "': " + stages.keySet());
        }
        this.name = name;
        this.stages = Map.copyOf(new LinkedHashMap<>(stages));
        this.undetected = undetected;
        this.skippedLayer = null;
        this.missing = null;
    }

    private ByLanguage(ByLanguage base, String layer, String missing) {
        this.name = base.name;
        this.stages = base.stages;
        this.undetected = base.undetected;
        this.skippedLayer = layer;
        this.missing = missing;
    }

    /**
     * The same routing, recording on an article of a language with no stage that {@code layer} was
     * skipped for want of {@code missing} ("entity model": "no entity model for German (de)").
     */
    public ByLanguage reportingSkips(String layer, String missing) {
        return new ByLanguage(this, Objects.requireNonNull(layer), Objects.requireNonNull(missing));
    }

    @Override
    public String name() {
        return name;
    }

    /** The languages that get a layer, besides articles of undetected language. */
    public Set<String> languages() {
        return stages.keySet();
    }

    /** True when an article of {@code language} (null: undetected) gets this stage's layer. */
    public boolean covers(String language) {
        return stageFor(language) != null;
    }

    @Override
    public Article process(Article article) {
        Stage s = stageFor(article.language());
        if (s != null) return s.process(article);
        return skippedLayer == null ? article
                : article.withSkipped(Skipped.noResources(skippedLayer, missing, article.language()));
    }

    private Stage stageFor(String language) {
        if (language == null || language.isBlank()) return stages.get(undetected);
        String code = language.toLowerCase(Locale.ROOT);
        int dash = code.indexOf('-');
        return stages.get(dash > 0 ? code.substring(0, dash) : code);
    }
}
