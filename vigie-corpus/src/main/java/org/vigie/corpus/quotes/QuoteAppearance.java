package org.vigie.corpus.quotes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.vigie.core.model.Span;
import org.vigie.core.model.Speaker;

/**
 * One appearance of a quotation: a direct quotation of one stored article.
 *
 * @param articleId    the article
 * @param title        its headline
 * @param site         its earliest publication's site (the article's {@code metadata}), may be null
 * @param date         its earliest publication's date as stored, may be null
 * @param sites        every site that published the article's text (its own and {@code also_published_at})
 * @param speaker      who the article attributes the words to, or null (unattributed)
 * @param quote        the quoted words, a span of the article's canonical text (UTF-16 offsets)
 * @param relation     how its words stand to the earliest appearance's ({@code same} for the earliest itself)
 * @param similarity   word similarity with the earliest appearance (2 × common words / words of both)
 * @param changed      the words that differ from the earliest appearance, spans of this article's text
 *                     (empty unless {@code relation} is {@code altered})
 * @param reattributed true when an earlier appearance attributes the words to a different speaker
 * @param firstSpeaker for a reattributed appearance, the speaker of the trail's earliest attributed appearance
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuoteAppearance(
        @JsonProperty("article_id") String articleId,
        String title,
        String site,
        String date,
        List<String> sites,
        Speaker speaker,
        Span quote,
        WordDiff.Relation relation,
        double similarity,
        List<Span> changed,
        boolean reattributed,
        @JsonProperty("first_speaker") Speaker firstSpeaker) {

    public QuoteAppearance {
        sites = List.copyOf(sites);
        changed = List.copyOf(changed);
    }

    /** The id a trail is asked by through this appearance: {@code <article id>-<start of the quotation>}. */
    @JsonProperty("ref")
    public String ref() {
        return articleId + "-" + quote.start();
    }

    /** Whether the words were altered: words differ from the earliest appearance beyond a cut. */
    public boolean altered() {
        return relation == WordDiff.Relation.ALTERED;
    }
}
