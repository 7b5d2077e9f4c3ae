package org.vigie.corpus.publications;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Publication;
import org.vigie.corpus.reprints.Precedence;
import org.vigie.corpus.reprints.SourceRanking;

/**
 * The places one text was published, kept on its article (one story, many URLs, as in Media Cloud
 * and GDELT). An article's id is a hash of its text, so a verbatim copy on another site is the same
 * article stored again: {@link #merge} keeps every publication instead of letting the last page
 * replace the first. The article's {@code metadata} is its earliest publication by
 * {@link Precedence} (day, source rank, time of day; undated last; ties: the first stored), so
 * provenance, dates and facets name where the text first appeared; the others are its
 * {@code also_published_at}, earliest first.
 *
 * <p>Two publications are the same place when they share a URL or a canonical URL; one without
 * either (a file, a feed without links) is taken for the page of the same site. The same place
 * ingested again is a correction: its fields replace the stored ones, those it lacks are kept.
 * A publication with nothing in it (no URL, site or date) is dropped beside any other.
 */
public final class Publications {

    /** Publications kept per article at most (the earliest): a text posted at endless URLs stays one bounded record. */
    public static final int MAX = 1_000;

    private Publications() {
    }

    /** Every publication of {@code a}: its metadata's first, then the others. */
    public static List<Publication> of(Article a) {
        List<Publication> out = new ArrayList<>(1 + a.alsoPublishedAt().size());
        out.add(Publication.of(a.metadata()));
        out.addAll(a.alsoPublishedAt());
        return out;
    }

    /**
     * {@code incoming} stored over {@code stored} (the same text; null when nothing is stored):
     * the publications of both, the earliest as metadata. The rest of the article (layers, origin,
     * source id) is that of the version the earliest publication came with, so times stay resolved
     * against its date; the corpus links are the incoming ones; the instant it was first stored is
     * the earlier of the two ({@code stored_at}: a record stored once keeps it). Idempotent: merging the result
     * with either input again gives the result.
     */
    public static Article merge(Article stored, Article incoming, SourceRanking ranking) {
        if (stored == null) return incoming;
        if (!Objects.equals(stored.id(), incoming.id())) {
            throw new IllegalArgumentException("not the same text: " + stored.id() + " and " + incoming.id());
        }
        List<Publication> all = union(of(stored), of(incoming));
        all.sort(Precedence.ofPublications(ranking)); // stable: a tie keeps the first stored first
        if (all.size() > MAX) all = new ArrayList<>(all.subList(0, MAX));
        Publication first = all.get(0);
        Article base;
        if (samePlace(first, Publication.of(incoming.metadata()))) {
            base = incoming;
        } else if (samePlace(first, Publication.of(stored.metadata()))) {
            base = stored.withCorpusLinks(incoming.reprintOf(), incoming.familyId(), incoming.storyId());
        } else {
            base = incoming; // a correction moved the earliest to a page known only as a publication
        }
        return base.withMetadata(withPublication(base.metadata(), first)).withAlsoPublishedAt(all.subList(1, all.size()))
                .withStoredAt(firstStored(stored, incoming));
    }

    /** When the text was first stored: the earlier of the two records' instants (either may have none). */
    private static java.time.Instant firstStored(Article stored, Article incoming) {
        java.time.Instant s = stored.storedInstant(), i = incoming.storedInstant();
        if (s == null) return i;
        return i == null || !i.isBefore(s) ? s : i;
    }

    /** The earliest publication among an article's and {@code incoming}'s, without storing anything. */
    public static Publication earliest(Article stored, Article incoming, SourceRanking ranking) {
        return Publication.of(merge(stored, incoming, ranking).metadata());
    }

    /** {@code stored} then the new places of {@code incoming}; the same place takes the incoming fields. */
    static List<Publication> union(List<Publication> stored, List<Publication> incoming) {
        List<Publication> all = new ArrayList<>(stored.size() + incoming.size());
        for (Publication p : stored) add(all, p);
        for (Publication p : incoming) add(all, p);
        if (all.size() > 1) all.removeIf(Publications::isEmpty);
        if (all.isEmpty()) all.add(stored.get(0));
        return all;
    }

    private static void add(List<Publication> all, Publication p) {
        for (int i = 0; i < all.size(); i++) {
            if (samePlace(all.get(i), p)) {
                all.set(i, correct(all.get(i), p));
                return;
            }
        }
        all.add(p);
    }

    /** Same page: same URL or canonical URL; without either, the same site. */
    static boolean samePlace(Publication x, Publication y) {
        String ux = clean(x.url()), uy = clean(y.url()), cx = clean(x.canonicalUrl()), cy = clean(y.canonicalUrl());
        if (ux != null && ux.equals(uy)) return true;
        if (cx != null && cx.equals(cy)) return true;
        if ((ux == null && cx == null) || (uy == null && cy == null)) {
            return Objects.equals(clean(x.site()), clean(y.site()));
        }
        return false;
    }

    /** {@code now} over {@code was}: what the new ingest says, and what only the stored one knew. */
    private static Publication correct(Publication was, Publication now) {
        boolean dated = now.date() != null;
        return new Publication(
                now.url() != null ? now.url() : was.url(),
                now.canonicalUrl() != null ? now.canonicalUrl() : was.canonicalUrl(),
                now.site() != null ? now.site() : was.site(),
                !now.authors().isEmpty() ? now.authors() : was.authors(),
                dated ? now.date() : was.date(),
                dated ? now.dateSource() : was.dateSource());
    }

    private static boolean isEmpty(Publication p) {
        return clean(p.url()) == null && clean(p.canonicalUrl()) == null && clean(p.site()) == null
                && clean(p.date()) == null;
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** {@code m} with the page fields of {@code p} (its modification date and section kept). */
    private static Metadata withPublication(Metadata m, Publication p) {
        Publication own = Publication.of(m);
        if (own.equals(p)) return m;
        boolean samePage = samePlace(own, p);
        return new Metadata(p.url(), p.canonicalUrl(), p.site(), p.authors(), p.date(), p.dateSource(),
                samePage ? m.modified() : null, samePage ? m.section() : null);
    }
}
