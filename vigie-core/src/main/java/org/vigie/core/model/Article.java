package org.vigie.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One article: a canonical text that never changes once built, and layers of standoff
 * annotations over it. Stages return a copy with a layer added ({@code withEntities}, ...);
 * nothing rewrites {@link #text()}.
 *
 * <p>{@code text} is the title, the standfirst (when there is one) and the body, joined by blank
 * lines; {@code body} is the paragraphs joined by single newlines, so the body is a suffix of
 * the text. {@code id} is a hash of the text: the same words ingested twice are one article.
 *
 * <p>{@code countries} lists the countries the article is about, most named first (from its
 * resolved places and nationality words); empty, and absent from the JSON, when it names none.
 *
 * <p>{@code storedAt} is the instant the corpus first stored the text (ISO-8601, UTC): a field of
 * the stored record, set once at the first ingest and kept by every later one, absent from an
 * analysis that was not stored and from articles stored before Vigie kept it.
 *
 * <p>{@code skipped} names the layers a stage did not analyse on this article and why (no model
 * for its language): an empty layer means "nothing found" only when no {@link Skipped} names it.
 */
@JsonPropertyOrder({"id", "source_id", "title", "standfirst", "body", "text", "language",
        "language_confidence", "comment_count", "boilerplate", "origin", "metadata", "also_published_at", "sections",
        "entities", "countries", "quotes", "times", "signals", "skipped", "reprint_of", "family_id", "story_id", "stored_at"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Article(
        String id,
        @JsonProperty("source_id") String sourceId,
        String title,
        String standfirst,
        String body,
        String text,
        String language,
        @JsonProperty("language_confidence") Double languageConfidence,
        @JsonProperty("comment_count") int commentCount,
        List<String> boilerplate,
        Origin origin,
        Metadata metadata,
        List<Section> sections,
        @JsonIgnore List<Sentence> sentences,
        @JsonInclude(JsonInclude.Include.ALWAYS) List<Entity> entities,
        @JsonInclude(JsonInclude.Include.ALWAYS) List<Quote> quotes,
        @JsonInclude(JsonInclude.Include.ALWAYS) List<TimeExpression> times,
        @JsonInclude(JsonInclude.Include.ALWAYS) List<Signal> signals,
        @JsonProperty("reprint_of") String reprintOf,
        @JsonProperty("family_id") String familyId,
        @JsonProperty("story_id") String storyId,
        @JsonProperty("also_published_at") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Publication> alsoPublishedAt,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Skipped> skipped,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CountryMentions> countries,
        @JsonProperty("stored_at") String storedAt) {

    public static final String PARAGRAPH_SEPARATOR = "\n";
    public static final String PART_SEPARATOR = "\n\n";

    public Article {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(title, "title");
        boilerplate = boilerplate == null ? List.of() : List.copyOf(boilerplate);
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        sections = sections == null ? List.of() : List.copyOf(sections);
        sentences = sentences == null ? List.of() : List.copyOf(sentences);
        entities = entities == null ? List.of() : List.copyOf(entities);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        times = times == null ? List.of() : List.copyOf(times);
        signals = signals == null ? List.of() : List.copyOf(signals);
        alsoPublishedAt = alsoPublishedAt == null ? List.of() : List.copyOf(alsoPublishedAt);
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
        countries = countries == null ? List.of() : List.copyOf(countries);
        storedAt = storedAt == null ? null : storedInstant(storedAt).toString();
    }

    /** An article as the analysis gives it, not stored yet (the form before {@code stored_at} existed). */
    public Article(String id, String sourceId, String title, String standfirst, String body, String text,
                   String language, Double languageConfidence, int commentCount, List<String> boilerplate,
                   Origin origin, Metadata metadata, List<Section> sections, List<Sentence> sentences,
                   List<Entity> entities, List<Quote> quotes, List<TimeExpression> times, List<Signal> signals,
                   String reprintOf, String familyId, String storyId, List<Publication> alsoPublishedAt,
                   List<Skipped> skipped, List<CountryMentions> countries) {
        this(id, sourceId, title, standfirst, body, text, language, languageConfidence, commentCount, boilerplate,
                origin, metadata, sections, sentences, entities, quotes, times, signals, reprintOf, familyId, storyId,
                alsoPublishedAt, skipped, countries, null);
    }

    /** An article whose countries were not read (the form before {@code countries} existed). */
    public Article(String id, String sourceId, String title, String standfirst, String body, String text,
                   String language, Double languageConfidence, int commentCount, List<String> boilerplate,
                   Origin origin, Metadata metadata, List<Section> sections, List<Sentence> sentences,
                   List<Entity> entities, List<Quote> quotes, List<TimeExpression> times, List<Signal> signals,
                   String reprintOf, String familyId, String storyId, List<Publication> alsoPublishedAt,
                   List<Skipped> skipped) {
        this(id, sourceId, title, standfirst, body, text, language, languageConfidence, commentCount, boilerplate,
                origin, metadata, sections, sentences, entities, quotes, times, signals, reprintOf, familyId, storyId,
                alsoPublishedAt, skipped, List.of());
    }

    /** An article with every layer analysed that was asked for (the form before {@code skipped} existed). */
    public Article(String id, String sourceId, String title, String standfirst, String body, String text,
                   String language, Double languageConfidence, int commentCount, List<String> boilerplate,
                   Origin origin, Metadata metadata, List<Section> sections, List<Sentence> sentences,
                   List<Entity> entities, List<Quote> quotes, List<TimeExpression> times, List<Signal> signals,
                   String reprintOf, String familyId, String storyId, List<Publication> alsoPublishedAt) {
        this(id, sourceId, title, standfirst, body, text, language, languageConfidence, commentCount, boilerplate,
                origin, metadata, sections, sentences, entities, quotes, times, signals, reprintOf, familyId, storyId,
                alsoPublishedAt, List.of());
    }

    /** An article published in one place only (the form before {@code also_published_at} existed). */
    public Article(String id, String sourceId, String title, String standfirst, String body, String text,
                   String language, Double languageConfidence, int commentCount, List<String> boilerplate,
                   Origin origin, Metadata metadata, List<Section> sections, List<Sentence> sentences,
                   List<Entity> entities, List<Quote> quotes, List<TimeExpression> times, List<Signal> signals,
                   String reprintOf, String familyId, String storyId) {
        this(id, sourceId, title, standfirst, body, text, language, languageConfidence, commentCount, boilerplate,
                origin, metadata, sections, sentences, entities, quotes, times, signals, reprintOf, familyId, storyId,
                List.of(), List.of());
    }

    /**
     * Builds the canonical text from its parts. Blank paragraphs are dropped; each paragraph is
     * trimmed. {@code standfirst} may be null or blank.
     */
    public static Article compose(String title, String standfirst, List<String> paragraphs) {
        String t = title == null ? "" : title.strip();
        String s = standfirst == null || standfirst.isBlank() ? null : standfirst.strip();
        List<String> paras = new ArrayList<>();
        for (String p : paragraphs) {
            if (p != null && !p.isBlank()) paras.add(p.strip());
        }
        StringBuilder text = new StringBuilder(t);
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(Section.Kind.TITLE, 0, t.length()));
        if (s != null) {
            text.append(PART_SEPARATOR);
            int start = text.length();
            text.append(s);
            sections.add(new Section(Section.Kind.STANDFIRST, start, text.length()));
        }
        if (!paras.isEmpty()) {
            text.append(PART_SEPARATOR);
            for (int i = 0; i < paras.size(); i++) {
                if (i > 0) text.append(PARAGRAPH_SEPARATOR);
                int start = text.length();
                text.append(paras.get(i));
                sections.add(new Section(Section.Kind.PARAGRAPH, start, text.length()));
            }
        }
        String body = String.join(PARAGRAPH_SEPARATOR, paras);
        String full = text.toString();
        return new Article(contentId(full), null, t, s, body, full, null, null, 0, List.of(), null,
                Metadata.EMPTY, sections, List.of(), List.of(), List.of(), List.of(), List.of(),
                null, null, null);
    }

    /** A stable id for a canonical text: the first 16 hex digits of its SHA-256. */
    public static String contentId(String text) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Offset of the body in {@link #text()} (the text's length when there is no body). */
    @JsonIgnore
    public int bodyStart() {
        for (Section s : sections) {
            if (s.isBody()) return s.start();
        }
        return text.length();
    }

    /** The span of {@link #text()} from {@code start} to {@code end}. */
    public Span span(int start, int end) {
        return Span.of(text, start, end);
    }

    @JsonIgnore
    public List<Section> paragraphs() {
        return sections.stream().filter(Section::isBody).toList();
    }

    // Copies with one field or layer replaced. The text never changes.

    public Article withSourceId(String v) {
        return new Article(id, v, title, standfirst, body, text, language, languageConfidence, commentCount,
                boilerplate, origin, metadata, sections, sentences, entities, quotes, times, signals,
                reprintOf, familyId, storyId, alsoPublishedAt, skipped, countries, storedAt);
    }

    public Article withLanguage(String v, Double confidence) {
        return new Article(id, sourceId, title, standfirst, body, text, v, confidence, commentCount,
                boilerplate, origin, metadata, sections, sentences, entities, quotes, times, signals,
                reprintOf, familyId, storyId, alsoPublishedAt, skipped, countries, storedAt);
    }

    public Article withBoilerplate(List<String> v, int comments) {
        return new Article(id, sourceId, title, standfirst, body, text, language, languageConfidence, comments,
                v, origin, metadata, sections, sentences, entities, quotes, times, signals,
                reprintOf, familyId, storyId, alsoPublishedAt, skipped, countries, storedAt);
    }

    public Article withOrigin(Origin v) {
        return new Article(id, sourceId, title, standfirst, body, text, language, languageConfidence, commentCount,
                boilerplate, v, metadata, sections, sentences, entities, quotes, times, signals,
                reprintOf, familyId, storyId, alsoPublishedAt, skipped, countries, storedAt);
    }

    public Article withMetadata(Metadata v) {
        return new Article(id, sourceId, title, standfirst, body, text, language, languageConfidence, commentCount,
                boilerplate, origin, v, sections, sentences, entities, quotes, times, signals,
                reprintOf, familyId, storyId, alsoPublishedAt, skipped, countries, storedAt);
    }

    /** Replaces the structure; used by readers whose paragraphs carry kinds (headings, lists). */
    public Article withSections(List<Section> v) {
        return new Article(id, sourceId, title, standfirst, body, text, language, languageConfidence, commentCount,
                boilerplate, origin, metadata, v, sentences, entities, quotes, times, signals,
                reprintOf, familyId, storyId, alsoPublishedAt, skipped, countries, storedAt);
    }

    public Article withSentences(List<Sentence> v) {
        return new Article(id, sourceId, title, standfirst, body, text, language, languageConfidence, commentCount,
                boilerplate, origin, metadata, sections, v, entities, quotes, times, signals,
                reprintOf, familyId, storyId, alsoPublishedAt, skipped, countries, storedAt);
    }

    public Article withEntities(List<Entity> v) {
        return new Article(id, sourceId, title, standfirst, body, text, language, languageConfidence, commentCount,
                boilerplate, origin, metadata, sections, sentences, v, quotes, times, signals,
                reprintOf, familyId, storyId, alsoPublishedAt, skipped, countries, storedAt);
    }

    public Article withQuotes(List<Quote> v) {
        return new Article(id, sourceId, title, standfirst, body, text, language, languageConfidence, commentCount,
                boilerplate, origin, metadata, sections, sentences, entities, v, times, signals,
                reprintOf, familyId, storyId, alsoPublishedAt, skipped, countries, storedAt);
    }

    public Article withTimes(List<TimeExpression> v) {
        return new Article(id, sourceId, title, standfirst, body, text, language, languageConfidence, commentCount,
                boilerplate, origin, metadata, sections, sentences, entities, quotes, v, signals,
                reprintOf, familyId, storyId, alsoPublishedAt, skipped, countries, storedAt);
    }

    public Article withSignals(List<Signal> v) {
        return new Article(id, sourceId, title, standfirst, body, text, language, languageConfidence, commentCount,
                boilerplate, origin, metadata, sections, sentences, entities, quotes, times, v,
                reprintOf, familyId, storyId, alsoPublishedAt, skipped, countries, storedAt);
    }

    public Article withCorpusLinks(String newReprintOf, String newFamilyId, String newStoryId) {
        return new Article(id, sourceId, title, standfirst, body, text, language, languageConfidence, commentCount,
                boilerplate, origin, metadata, sections, sentences, entities, quotes, times, signals,
                newReprintOf, newFamilyId, newStoryId, alsoPublishedAt, skipped, countries, storedAt);
    }

    /**
     * The other places this text was published, earliest first; {@link #metadata()} is the earliest
     * publication. Empty when the article is known from one page only.
     */
    public Article withAlsoPublishedAt(List<Publication> v) {
        return new Article(id, sourceId, title, standfirst, body, text, language, languageConfidence, commentCount,
                boilerplate, origin, metadata, sections, sentences, entities, quotes, times, signals,
                reprintOf, familyId, storyId, v, skipped, countries, storedAt);
    }

    /** The countries the article is about, most named first, replaced. */
    public Article withCountries(List<CountryMentions> v) {
        return new Article(id, sourceId, title, standfirst, body, text, language, languageConfidence, commentCount,
                boilerplate, origin, metadata, sections, sentences, entities, quotes, times, signals,
                reprintOf, familyId, storyId, alsoPublishedAt, skipped, v, storedAt);
    }

    /**
     * The instant the corpus first stored this text (ISO-8601, UTC), replaced; null for an article
     * not stored (what {@code analyze} gives) or stored before Vigie kept it. Set once by the
     * corpus, never by a stage: it belongs to the stored record, not to the page.
     */
    public Article withStoredAt(java.time.Instant v) {
        return new Article(id, sourceId, title, standfirst, body, text, language, languageConfidence, commentCount,
                boilerplate, origin, metadata, sections, sentences, entities, quotes, times, signals,
                reprintOf, familyId, storyId, alsoPublishedAt, skipped, countries, v == null ? null : v.toString());
    }

    /** {@link #storedAt()} as an instant, or null. */
    @JsonIgnore
    public java.time.Instant storedInstant() {
        return storedAt == null ? null : java.time.Instant.parse(storedAt);
    }

    private static java.time.Instant storedInstant(String v) {
        try {
            return java.time.Instant.parse(v.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("stored_at is not an ISO-8601 UTC instant (2026-11-30T08:15:00Z): '" + v + "'", e);
        }
    }

    /**
     * The layers and signal families that were not analysed, replaced. Empty (and absent from the
     * JSON) when every stage that ran read the article.
     */
    public Article withSkipped(List<Skipped> v) {
        return new Article(id, sourceId, title, standfirst, body, text, language, languageConfidence, commentCount,
                boilerplate, origin, metadata, sections, sentences, entities, quotes, times, signals,
                reprintOf, familyId, storyId, alsoPublishedAt, v, countries, storedAt);
    }

    /**
     * A copy that also records {@code s}: the stage that does not read this article says so. An
     * entry for the same layer is replaced, so a stage run twice records its layer once.
     */
    public Article withSkipped(Skipped s) {
        List<Skipped> v = new ArrayList<>(skipped.size() + 1);
        for (Skipped k : skipped) {
            if (!k.layer().equals(s.layer())) v.add(k);
        }
        v.add(s);
        return withSkipped(v);
    }
}
