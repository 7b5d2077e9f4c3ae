package org.vigie.corpus.store;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.vigie.core.model.Article;
import org.vigie.core.model.CountryMentions;
import org.vigie.core.model.Entity;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Publication;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Signal;
import org.vigie.core.model.Span;
import org.vigie.corpus.analysis.FieldAnalyzer;
import org.vigie.corpus.analysis.SpanTokenStream;
import org.vigie.corpus.analysis.TextLanguage;

/** Maps an {@link Article} to the Lucene document that stores and indexes it. Stateless. */
public final class ArticleDocuments {

    /** Full text with offsets in the postings, so the highlighter needs neither term vectors nor re-analysis. */
    static final FieldType TEXT_WITH_OFFSETS;

    static {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        TEXT_WITH_OFFSETS = t;
    }

    private static final FacetsConfig FACETS = newFacetsConfig();

    private ArticleDocuments() {
    }

    /** The facet configuration shared by indexing and counting. */
    public static FacetsConfig facetsConfig() {
        return FACETS;
    }

    private static FacetsConfig newFacetsConfig() {
        FacetsConfig c = new FacetsConfig();
        c.setMultiValued(Fields.FACET_ENTITY, true);
        c.setMultiValued(Fields.FACET_SPEAKER, true);
        c.setMultiValued(Fields.FACET_SIGNAL, true);
        // every site that published the text (also_published_at): one value per site
        c.setMultiValued(Fields.FACET_SITE, true);
        c.setMultiValued(Fields.FACET_AUTHOR, true);
        c.setMultiValued(Fields.FACET_COUNTRY, true);
        return c;
    }

    /** The document for {@code a}; {@code json} is its serialised form (computed once by the caller). */
    public static Document toDocument(Article a, String json) {
        if (a.id() == null || a.id().isBlank()) {
            throw new IllegalArgumentException("article has no id (title: " + abbreviate(a.title()) + ")");
        }
        Document d = new Document();
        d.add(new StringField(Fields.ID, a.id(), Field.Store.YES));
        d.add(new StoredField(Fields.JSON, json));
        d.add(new StoredField(Fields.TITLE, a.title()));
        keyword(d, Fields.SOURCE_ID, a.sourceId(), true);
        keyword(d, Fields.REPRINT_OF, a.reprintOf(), false);
        keyword(d, Fields.FAMILY_ID, a.familyId(), false);
        keyword(d, Fields.STORY_ID, a.storyId(), false);

        TextLanguage lang = TextLanguage.of(a.language());
        d.add(new Field(Fields.text(Fields.TEXT_TITLE, lang), a.title(), TEXT_WITH_OFFSETS));
        if (a.standfirst() != null) {
            d.add(new Field(Fields.text(Fields.TEXT_STANDFIRST, lang), a.standfirst(), TEXT_WITH_OFFSETS));
        }
        if (a.body() != null && !a.body().isEmpty()) {
            d.add(new Field(Fields.text(Fields.TEXT_BODY, lang), a.body(), TEXT_WITH_OFFSETS));
        }
        List<Span> quoted = new ArrayList<>();
        for (Quote q : a.quotes()) quoted.add(q.text());
        SpanTokenStream quotes = SpanTokenStream.of(FieldAnalyzer.INSTANCE, Fields.text(Fields.TEXT_QUOTE, lang),
                a.text(), quoted);
        if (quotes != null) d.add(new Field(Fields.text(Fields.TEXT_QUOTE, lang), quotes, TEXT_WITH_OFFSETS));
        List<Span> attributed = new ArrayList<>();
        List<List<String>> speakers = new ArrayList<>();
        for (Quote q : a.quotes()) {
            List<String> keys = speakerTerms(q);
            if (keys.isEmpty()) continue;
            attributed.add(q.text());
            speakers.add(keys);
        }
        SpanTokenStream quotesBy = SpanTokenStream.labelled(FieldAnalyzer.INSTANCE,
                Fields.text(Fields.TEXT_QUOTE, lang), a.text(), attributed, speakers);
        if (quotesBy != null) d.add(new Field(Fields.text(Fields.TEXT_QUOTE_BY, lang), quotesBy, TEXT_WITH_OFFSETS));
        d.add(new StoredField(Fields.STANDFIRST_START, standfirstStart(a)));
        d.add(new StoredField(Fields.BODY_START, a.text().length() - (a.body() == null ? 0 : a.body().length())));

        String language = normalizedLanguage(a.language());
        if (language != null) {
            d.add(new StringField(Fields.LANGUAGE, language, Field.Store.YES));
            d.add(new SortedSetDocValuesFacetField(Fields.FACET_LANGUAGE, language));
        }
        // the article's own site is stored (hits show it); the sites of its other publications
        // are searchable and counted too, so that --site finds everything a site published
        String own = site(a);
        for (String site : sites(a)) {
            d.add(new StringField(Fields.SITE, site, site.equals(own) ? Field.Store.YES : Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(Fields.FACET_SITE, site));
        }
        // sorted and shown by its earliest (metadata) date, found by the date of any publication
        Long millis = dateMillis(a.metadata().date());
        if (millis != null) {
            d.add(new NumericDocValuesField(Fields.DATE, millis));
            d.add(new StoredField(Fields.DATE, a.metadata().date()));
        }
        for (long m : publicationDates(a)) d.add(new LongPoint(Fields.DATE, m));
        // when the corpus first stored it: the time an undated article is listed by in feeds
        java.time.Instant stored = a.storedInstant();
        if (stored != null) d.add(new NumericDocValuesField(Fields.STORED_AT, stored.toEpochMilli()));

        Map<String, String> authors = authors(a);
        addKeywordsAndFacets(d, Fields.AUTHOR, authorTerms(authors.values()), Fields.FACET_AUTHOR,
                new LinkedHashSet<>(authors.values()));

        Set<String> entityFacets = new LinkedHashSet<>();
        Set<String> entityTerms = new LinkedHashSet<>();
        for (Entity e : a.entities()) {
            entityTerms.add(e.canonical());
            if (e.entityId() != null) entityTerms.add(e.entityId());
            entityFacets.add(key(e.entityId(), e.canonical()));
        }
        addKeywordsAndFacets(d, Fields.ENTITY, entityTerms, Fields.FACET_ENTITY, entityFacets);

        Set<String> speakerFacets = new LinkedHashSet<>();
        Set<String> speakerTerms = new LinkedHashSet<>();
        for (Quote q : a.quotes()) {
            List<String> terms = speakerTerms(q);
            if (terms.isEmpty()) continue;
            speakerTerms.addAll(terms);
            speakerFacets.add(key(q.speaker().entityId(), q.speaker().canonical()));
        }
        addKeywordsAndFacets(d, Fields.SPEAKER, speakerTerms, Fields.FACET_SPEAKER, speakerFacets);

        Set<String> kinds = new LinkedHashSet<>();
        for (Signal s : a.signals()) kinds.add(s.kind());
        addKeywordsAndFacets(d, Fields.SIGNAL, kinds, Fields.FACET_SIGNAL, kinds);

        Set<String> countries = new LinkedHashSet<>();
        for (CountryMentions c : a.countries()) countries.add(c.country());
        addKeywordsAndFacets(d, Fields.COUNTRY, countries, Fields.FACET_COUNTRY, countries);

        try {
            return FACETS.build(d);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The terms a quote's speaker is found by: its canonical name, then its entity id; none without a name. */
    static List<String> speakerTerms(Quote q) {
        if (q.speaker() == null || q.speaker().canonical() == null || q.speaker().canonical().isBlank()) return List.of();
        String id = q.speaker().entityId();
        return id == null || id.isBlank() || id.equals(q.speaker().canonical())
                ? List.of(q.speaker().canonical()) : List.of(q.speaker().canonical(), id);
    }

    /** The epoch millis of every publication date of {@code a} (metadata first), each once; unparseable ones skipped. */
    public static List<Long> publicationDates(Article a) {
        Set<Long> out = new LinkedHashSet<>();
        Long own = dateMillis(a.metadata().date());
        if (own != null) out.add(own);
        for (Publication p : a.alsoPublishedAt()) {
            Long m = dateMillis(p.date());
            if (m != null) out.add(m);
        }
        return List.copyOf(out);
    }

    /**
     * The byline authors of every publication of {@code a}: folded key ({@link #authorKey}) to the
     * name as first written (spaces collapsed), in publication order.
     */
    public static Map<String, String> authors(Article a) {
        Map<String, String> out = new LinkedHashMap<>();
        List<List<String>> bylines = new ArrayList<>();
        bylines.add(a.metadata().authors());
        for (Publication p : a.alsoPublishedAt()) bylines.add(p.authors());
        for (List<String> byline : bylines) {
            for (String name : byline) {
                if (name == null) continue;
                String key = authorKey(name);
                if (!key.isEmpty()) out.putIfAbsent(key, WHITESPACE.matcher(name.strip()).replaceAll(" "));
            }
        }
        return out;
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * An author name or name word as indexed and queried: accents and case folded, every run of
     * other characters (hyphen, apostrophe, dot, spaces) one space: "Jean-Pierre Dupont" and
     * "jean pierre DUPONT" are both {@code jean pierre dupont}.
     */
    public static String authorKey(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(s).replaceAll(" ").strip();
    }

    /**
     * The author terms of names as written: each whole name, each space-separated word (a
     * hyphenated first name stays one: {@code jean pierre}) and each single word, all folded.
     */
    static Set<String> authorTerms(Collection<String> names) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : names) {
            String key = authorKey(name);
            if (key.isEmpty()) continue;
            out.add(key);
            for (String word : WHITESPACE.split(name.strip())) {
                String w = authorKey(word);
                if (!w.isEmpty()) out.add(w);
            }
            for (String word : key.split(" ")) out.add(word);
        }
        return out;
    }

    /** The key an entity or speaker is counted and filtered under: its id when resolved, else its name. */
    static String key(String id, String canonical) {
        return id != null && !id.isBlank() ? id : canonical;
    }

    /** Lower-cased primary language subtag ({@code fr-CA} → {@code fr}), or null. */
    public static String normalizedLanguage(String language) {
        if (language == null || language.isBlank()) return null;
        return language.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    }

    /**
     * The site an article was published on: {@code metadata.site}, else the host of its URL
     * (canonical URL, page URL, origin URL), lower-cased, without {@code www.}.
     */
    public static String site(Article a) {
        Metadata m = a.metadata();
        if (m.site() != null && !m.site().isBlank()) return normalizeSite(m.site());
        for (String url : new String[] {m.canonicalUrl(), m.url(), a.origin() == null ? null : a.origin().url()}) {
            String host = host(url);
            if (host != null) return host;
        }
        return null;
    }

    /**
     * Every site that published the article: its own ({@link #site}) first, then those of its
     * other publications ({@code also_published_at}), each once.
     */
    public static List<String> sites(Article a) {
        Set<String> out = new LinkedHashSet<>();
        String own = site(a);
        if (own != null) out.add(own);
        for (Publication p : a.alsoPublishedAt()) {
            String s = site(p);
            if (s != null) out.add(s);
        }
        return List.copyOf(out);
    }

    /** The site of one publication as {@link #sites} names it: its site, else the host of its canonical URL or URL; null when none. */
    public static String site(Publication p) {
        String s = p.site() != null && !p.site().isBlank() ? normalizeSite(p.site()) : null;
        if (s == null) s = host(p.canonicalUrl());
        if (s == null) s = host(p.url());
        return s;
    }

    /** Normalises a site name or URL the way {@link #site} stores it. */
    public static String normalizeSite(String siteOrUrl) {
        String host = siteOrUrl.contains("://") ? host(siteOrUrl) : siteOrUrl;
        if (host == null) return siteOrUrl;
        host = host.strip().toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static String host(String url) {
        if (url == null || url.isBlank()) return null;
        try {
            String h = URI.create(url.strip()).getHost();
            if (h == null) return null;
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Epoch milliseconds (UTC) of an ISO-8601 date or date-time; a date alone is its start of day
     * in UTC, a local date-time is read as UTC. Null when absent or unparseable: the JSON keeps
     * the string as found, only the range index skips it.
     */
    public static Long dateMillis(String iso) {
        if (iso == null || iso.isBlank()) return null;
        String s = iso.strip();
        try {
            if (s.length() == 10) return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            try {
                return OffsetDateTime.parse(s).toInstant().toEpochMilli();
            } catch (DateTimeParseException e) {
                try {
                    return Instant.parse(s).toEpochMilli();
                } catch (DateTimeParseException e2) {
                    return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC).toEpochMilli();
                }
            }
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static int standfirstStart(Article a) {
        return a.standfirst() == null ? -1 : a.title().length() + Article.PART_SEPARATOR.length();
    }

    private static void keyword(Document d, String field, String value, boolean store) {
        if (value != null && !value.isBlank()) {
            d.add(new StringField(field, value, store ? Field.Store.YES : Field.Store.NO));
        }
    }

    private static void addKeywordsAndFacets(Document d, String field, Set<String> terms, String dim, Set<String> labels) {
        for (String t : terms) {
            if (t != null && !t.isBlank()) d.add(new StringField(field, t, Field.Store.NO));
        }
        for (String l : labels) {
            if (l != null && !l.isBlank()) d.add(new SortedSetDocValuesFacetField(dim, l));
        }
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
