package org.vigie.corpus.quotes;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.vigie.core.model.Speaker;

/**
 * A quotation as it travelled through the corpus: the same or nearly the same words quoted by
 * several articles.
 *
 * @param id           the trail's id: the {@link QuoteAppearance#ref} of its earliest appearance
 * @param text         the canonical wording: the earliest appearance's words
 * @param first        the earliest appearance (by the order of a reprint family's source: day,
 *                     wire/state-media rank, time of day; undated last)
 * @param appearances  every appearance, earliest first (the first is {@code first}); one per article
 * @param sites        every site that published an appearance, in order of first appearance
 * @param speakers     every speaker the words are attributed to, one entry per person (by
 *                     {@link SameSpeaker}: the longest name kept), in order of first attribution
 * @param altered      appearances whose words differ from the earliest's (not counting cuts)
 * @param reattributed appearances that attribute the words to another speaker than an earlier one
 */
public record QuoteTrail(String id, String text, QuoteAppearance first, List<QuoteAppearance> appearances,
                         List<String> sites, List<Speaker> speakers, int altered, int reattributed) {

    public QuoteTrail {
        appearances = List.copyOf(appearances);
        sites = List.copyOf(sites);
        speakers = List.copyOf(speakers);
    }

    @JsonProperty("articles")
    public int articles() {
        return appearances.size();
    }
}
