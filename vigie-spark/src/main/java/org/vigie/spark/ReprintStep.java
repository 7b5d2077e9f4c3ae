package org.vigie.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Origin;
import org.vigie.corpus.reprints.Fingerprint;
import org.vigie.corpus.reprints.ReprintFamilies;
import org.vigie.corpus.reprints.WireReprint;

/**
 * Reprint families of a job, with the embedded corpus's own {@link ReprintFamilies}: executors
 * compute each article's shingles and MinHash signature (the costly part, done in the analysis
 * step); the driver collects them (~1.5 KB per article, no text) and adds them in input order, so
 * LSH candidates, verification, the source rule (earliest date, then wire/state-media rank, then
 * time of day, then input order) and family ids are exactly those of {@code vigie ingest} over
 * the same inputs. A text met again (same id) keeps its place of first occurrence; the job
 * gives that print the article's earliest publication ({@link VigieJob}), as the corpus does.
 *
 * <p>Scaling limit: the driver holds every fingerprint: about 1.5 KB per article plus LSH
 * buckets, so ~3 GB of driver heap per million articles ({@code --driver-memory}); the adds are
 * sequential (tens of thousands per second). Beyond a few million articles the LSH band keys
 * should be grouped with a shuffle and the verified pairs merged by connected components.
 */
final class ReprintStep {

    /** What the driver needs of one article. */
    record Print(long ordinal, String id, String sourceId, String date, String site, String url, String originUrl,
                 String title, int[] shingles, int[] signature) implements Serializable {
    }

    private final ReprintFamilies families;
    private final Set<Long> duplicates;
    private final Map<String, Print> byId;

    private ReprintStep(ReprintFamilies families, Set<Long> duplicates, Map<String, Print> byId) {
        this.families = families;
        this.duplicates = duplicates;
        this.byId = byId;
    }

    static ReprintStep build(JavaRDD<Item> analysed) {
        return build(prints(analysed));
    }

    /** The prints of the analysed articles, collected on the driver. */
    static List<Print> prints(JavaRDD<Item> analysed) {
        return new ArrayList<>(analysed.map(i -> print(i.ordinal(), ArticleJson.fromJson(i.json()), i.shingles(), i.signature()))
                .collect());
    }

    static Print print(long ordinal, Article a, int[] shingles, int[] signature) {
        Metadata m = a.metadata();
        return new Print(ordinal, a.id(), a.sourceId(), m.date(), m.site(), m.url(),
                a.origin() == null ? null : a.origin().url(), a.title(), shingles, signature);
    }

    static ReprintStep build(List<Print> prints) {
        prints.sort(Comparator.comparingLong(Print::ordinal));
        ReprintFamilies f = new ReprintFamilies();
        Set<Long> dups = new HashSet<>();
        Map<String, Print> byId = new HashMap<>();
        for (Print p : prints) {
            if (byId.putIfAbsent(p.id(), p) != null) {
                dups.add(p.ordinal());
                continue;
            }
            f.add(stub(p), new Fingerprint(p.shingles(), p.signature()));
        }
        return new ReprintStep(f, dups, byId);
    }

    /** An article carrying only what {@link ReprintFamilies#add} reads: id, source id, headline, date, site, URLs. */
    private static Article stub(Print p) {
        Metadata m = new Metadata(p.url(), null, p.site(), List.of(), p.date(), null, null, null);
        Origin o = new Origin(null, null, p.originUrl());
        return new Article(p.id(), p.sourceId(), p.title() == null ? "" : p.title(), null, "", "", null, null, 0, List.of(), o, m, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), null, null, null);
    }

    /** {reprint_of, family_id} of every article in a family of two or more. */
    Map<String, String[]> links() {
        Map<String, String[]> out = new HashMap<>();
        for (String fid : families.familyIds(2)) {
            for (String id : families.members(fid)) {
                ReprintFamilies.Links l = families.links(id);
                out.put(id, new String[] {l.reprintOf(), l.familyId()});
            }
        }
        return out;
    }

    /** Where the text of each copy of a wire or state-media text comes from ({@link WireReprint}). */
    Map<String, WireReprint.Provenance> provenances() {
        Map<String, WireReprint.Provenance> out = new HashMap<>();
        for (String fid : families.familyIds(2)) {
            for (String id : families.members(fid)) {
                WireReprint.Provenance p = families.provenance(id);
                if (p != null) out.put(id, p);
            }
        }
        return out;
    }

    /** Ordinals of articles whose text already appeared earlier in the input. */
    Set<Long> duplicateOrdinals() {
        return duplicates;
    }

    int familyCount() {
        return families.familyIds(2).size();
    }

    ReprintFamilies families() {
        return families;
    }

    /** One row per member of each family of two or more ({@link Tables#REPRINT_FAMILIES_SCHEMA}). */
    List<Row> familyRows() {
        List<Row> rows = new ArrayList<>();
        for (String fid : families.familyIds(2)) {
            String source = families.sourceOf(fid).orElseThrow();
            List<String> members = families.members(fid);
            for (String id : members) {
                Print p = byId.get(id);
                rows.add(RowFactory.create(fid, id, source, id.equals(source), members.size(),
                        siteOf(p), p.date()));
            }
        }
        return rows;
    }

    private static String siteOf(Print p) {
        if (p.site() != null && !p.site().isBlank()) return p.site().strip();
        String url = p.url() != null ? p.url() : p.originUrl();
        if (url == null) return null;
        try {
            return java.net.URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
