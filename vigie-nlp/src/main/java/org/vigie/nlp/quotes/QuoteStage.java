package org.vigie.nlp.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.vigie.core.model.Article;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Skipped;
import org.vigie.core.pipeline.Stage;

/**
 * Finds quotations in news text with their speakers (rules, no model): French by default, English
 * ({@link EnglishQuoteReader}) when the article's language is English, German and Spanish
 * ({@link CueQuoteReader}, each with its own lists) for theirs.
 *
 * <ul>
 *   <li>Direct quotes: passages in « », “ ” or "" ({@link QuoteMarks}), attributed to the
 *       reporting cue of their sentence: postposed (« … », a indiqué M. Poutine), incise
 *       (a-t-il ajouté), preposed (M. Poutine a déclaré : « … »), "selon X", "d'après X",
 *       "pour X". Short passages without a cue are scare quotes and dropped, as are titles and
 *       words named by a noun such as « émission », « mot ».</li>
 *   <li>Indirect speech: "X a rappelé que …", "…, a annoncé X", "selon X, …", and without
 *       « que »: "X annonce un retour …", "X accuse Y de …", "X dit vouloir …", "en évoquant …".</li>
 * </ul>
 * Speakers come from the article's entity layer when it names them ({@link EntityLayerSpeakers}),
 * else from the phrase itself ({@link SpeakerNames}). Stateless and thread-safe.
 */
public final class QuoteStage implements Stage {

    private final Function<Article, SpeakerLookup> lookups;

    /** Speakers from the article's entity layer, falling back on the text. */
    public QuoteStage() {
        this(EntityLayerSpeakers::of);
    }

    /** Speakers from {@code lookups}, one lookup per article. */
    public QuoteStage(Function<Article, SpeakerLookup> lookups) {
        this.lookups = Objects.requireNonNull(lookups);
        CueLexicon.get(); // load lexicons once, at configuration time
        EnglishCues.get();
        CueWords.of("de");
        CueWords.of("es");
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Article process(Article article) {
        if (QuoteRules.forLanguage(article.language()) == null) {
            return article.withQuotes(List.of())
                    .withSkipped(Skipped.noResources("quotes", "quotation rules", article.language()));
        }
        return article.withQuotes(find(article));
    }

    /** The quotations of {@code article}, in text order; none in a language with no rules. */
    public List<Quote> find(Article article) {
        QuoteRules rules = QuoteRules.forLanguage(article.language());
        if (rules == null) return List.of();
        List<Quote> quotes = rules.read(article.text(), lookups.apply(article));
        List<Quote> sorted = new ArrayList<>(quotes);
        sorted.sort(Comparator.comparing(Quote::text));
        return sorted;
    }
}
