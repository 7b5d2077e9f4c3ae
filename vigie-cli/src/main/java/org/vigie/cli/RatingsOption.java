package org.vigie.cli;

import java.nio.file.Path;
import org.vigie.corpus.sites.SiteRating;
import org.vigie.corpus.sites.SiteRatings;
import org.vigie.nlp.signals.source.SourceRatings;
import picocli.CommandLine.Option;

/** The source-ratings list a site is rated by: the one the source-context signal reads, or the user's. */
final class RatingsOption {

    @Option(names = "--ratings", paramLabel = "FILE",
            description = "Source-ratings list (domain | rating fr | rating en | authority | score; default: the bundled list).")
    Path file;

    SiteRatings ratings() {
        try {
            return adapt(file == null ? SourceRatings.bundled() : SourceRatings.load(file));
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new UserException("--ratings " + file + ": " + e.getMessage(), 2);
        }
    }

    /** The corpus's view of a ratings list. */
    static SiteRatings adapt(SourceRatings list) {
        return site -> {
            SourceRatings.Rating r = list.lookup(site);
            return r == null ? null : new SiteRating(r.ratingEn(), r.ratingFr(), r.authority(), r.score());
        };
    }
}
