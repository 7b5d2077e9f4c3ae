package org.vigie.corpus.sites;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.vigie.corpus.reprints.Change;
import org.vigie.corpus.timeline.Timeline;

/**
 * One site's profile ({@code vigie site SITE}): what it publishes, how much of it is copied from
 * other sites' texts (wire and state media among them), what it changes when it copies, who copies
 * it, and how its signals and entities compare with the rest of the corpus.
 *
 * @param site         the site
 * @param articles     the texts it published (as {@link SiteSummary#articles})
 * @param first        its earliest publication date (ISO day), null when none is dated
 * @param last         its latest
 * @param rating       its source rating, when the ratings list has one
 * @param months       its articles per month, each counted at the earliest publication of its text
 *                     (a copy at its source's date), as {@code vigie timeline --site SITE --interval month};
 *                     null when the dates span more months than a timeline draws
 * @param copied       its articles whose text another site published first
 * @param copiedShare  {@code copied / articles}
 * @param wireReprints its articles flagged {@code wire-reprint}
 * @param wireReprintShare {@code wireReprints / articles}
 * @param sources      where its copied texts come from: the first site of each, most copies first
 * @param changes      what it changed in its copies, against each text's source
 * @param textsCopied  its texts (published by it first) that other sites published too
 * @param copiedBy     the sites that published its texts after it, most copies first
 * @param signals      per signal kind: its articles carrying it against the rest of the corpus
 * @param entities     the entities named in most of its articles
 * @param corpus       articles stored
 * @param tookMillis   time spent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SiteProfile(String site, long articles, String first, String last, SiteRating rating, Timeline months,
        long copied, @JsonProperty("copied_share") double copiedShare,
        @JsonProperty("wire_reprints") long wireReprints, @JsonProperty("wire_reprint_share") double wireReprintShare,
        List<SourceSite> sources, CopyChanges changes,
        @JsonProperty("texts_copied") long textsCopied, @JsonProperty("copied_by") List<Copier> copiedBy,
        List<SignalRate> signals, List<NamedEntity> entities, long corpus, @JsonProperty("took_ms") long tookMillis) {

    public SiteProfile {
        sources = List.copyOf(sources);
        copiedBy = List.copyOf(copiedBy);
        signals = List.copyOf(signals);
        entities = List.copyOf(entities);
    }

    /**
     * A site the profiled site copied texts from.
     *
     * @param site   the site that published the texts first
     * @param copies how many of the profiled site's articles it published first
     * @param share  {@code copies} over the profiled site's copied articles
     * @param wire   its label in the wire/state-media ranking ({@code wire-sources.txt}: "AFP",
     *               "Sputnik"), null when it is not listed
     * @param rank   its rank in that list (0 first), null when it is not listed
     * @param medianDelayDays the median of the days between its publication of a text and the profiled
     *               site's, over the copies where both are dated; null when none is
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SourceSite(String site, long copies, double share, String wire, Integer rank,
            @JsonProperty("median_delay_days") Long medianDelayDays) {
    }

    /**
     * What a site changed in its copies: each copy compared with its text's source
     * ({@link org.vigie.corpus.reprints.ReprintDiff}); a verbatim copy (the same text on another
     * page) changed nothing.
     *
     * @param copies    its copied articles
     * @param read      of those, the copies compared (all, up to the request's sample, evenly spread)
     * @param unchanged of those read, copies with no change at all
     * @param kinds     per kind of change, the copies read that have it, in {@link Change.Kind} order
     */
    public record CopyChanges(long copies, long read, long unchanged, List<ChangeRate> kinds) {

        public CopyChanges {
            kinds = List.copyOf(kinds);
        }
    }

    /** Of the copies read, how many have one kind of change and their share. */
    public record ChangeRate(Change.Kind kind, long copies, double share) {

        /** What a reader calls the change: "new headline", "paragraphs added". */
        @com.fasterxml.jackson.annotation.JsonIgnore
        public String label() {
            return switch (kind) {
                case HEADLINE_CHANGED -> "new headline";
                case STANDFIRST_ADDED -> "standfirst added";
                case STANDFIRST_CHANGED -> "new standfirst";
                case STANDFIRST_REMOVED -> "standfirst removed";
                case PARAGRAPH_ADDED -> "paragraphs added";
                case PARAGRAPH_REMOVED -> "paragraphs removed";
                case PARAGRAPH_EDITED -> "paragraphs edited";
                case FIGURE_CHANGED -> "figures changed";
            };
        }
    }

    /** A site that published the profiled site's texts after it: how many of those texts. */
    public record Copier(String site, long copies) {
    }

    /**
     * A signal's rate on the site's articles and on the rest of the corpus.
     *
     * @param kind      the signal kind
     * @param articles  the site's articles carrying it
     * @param share     {@code articles} over the site's articles
     * @param rest      the other stored articles carrying it
     * @param restShare {@code rest} over the other stored articles (0 when there are none)
     */
    public record SignalRate(String kind, long articles, double share, long rest, @JsonProperty("rest_share") double restShare) {
    }

    /** An entity named in {@code articles} of the site's articles ({@code share} of them). */
    public record NamedEntity(String name, @JsonProperty("entity_id") String entityId, long articles, double share) {
    }
}
