package org.vigie.corpus.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigie.corpus.analysis.TextLanguage;

/**
 * Names of the index fields: the schema of one Lucene document per article. Full-text fields
 * exist once per {@link TextLanguage} ({@code title_fr}, {@code body_en}); the query parser maps
 * the logical names users type ({@code title:}, {@code body:}) onto them.
 */
public final class Fields {

    /** Stored: the whole Article JSON (the system of record). */
    public static final String JSON = "json";

    // Keyword fields: indexed verbatim, stored where a hit needs them without parsing the JSON.
    public static final String ID = "id";
    public static final String SOURCE_ID = "source_id";
    public static final String SITE = "site";
    public static final String LANGUAGE = "language";
    /** An entity's id when resolved, and its canonical name (both terms are indexed). */
    public static final String ENTITY = "entity";
    /** A quote's speaker: entity id when resolved, and canonical name. */
    public static final String SPEAKER = "speaker";
    public static final String SIGNAL = "signal";
    /** A country the article is about (ISO 3166-1 alpha-2, upper case: {@code Article#countries}). */
    public static final String COUNTRY = "country";
    public static final String REPRINT_OF = "reprint_of";
    public static final String FAMILY_ID = "family_id";
    public static final String STORY_ID = "story_id";
    /**
     * A byline author of any publication of the article, folded ({@link ArticleDocuments#authorKey}):
     * the whole name and each of its words are terms, so {@code author:dupont} finds "Jean Dupont".
     */
    public static final String AUTHOR = "author";

    /** Stored title and ISO date string, for hits. */
    public static final String TITLE = "title";
    /**
     * A LongPoint (epoch millis UTC) per publication date, so a range filter finds the article by
     * any of its publications; doc values and the stored ISO string are the earliest (metadata) date only.
     */
    public static final String DATE = "date";
    /**
     * Doc values (epoch millis UTC): the instant the corpus first stored the article
     * ({@code Article#storedAt}); absent for an article stored before Vigie kept it. Feeds list an
     * undated article by it.
     */
    public static final String STORED_AT = "stored_at";
    /** Stored ints: offsets of the standfirst and body in the article text, to map snippet offsets. */
    public static final String STANDFIRST_START = "standfirst_start";
    public static final String BODY_START = "body_start";

    /** Logical full-text fields, as users name them in queries. */
    public static final String TEXT_TITLE = "title";
    public static final String TEXT_STANDFIRST = "standfirst";
    public static final String TEXT_BODY = "body";
    /** Not indexed: a query on {@code text:} means title, standfirst and body. */
    public static final String TEXT_ALL = "text";
    /**
     * The words of the article's quotations (direct and indirect), analysed like the body, with
     * offsets into the article's whole text; not part of {@code text:} (the body has them already).
     */
    public static final String TEXT_QUOTE = "quote";
    /**
     * The words of quotations qualified by their speaker: {@code <speaker id or canonical name>}
     * {@code \u001f <word>} ({@link org.vigie.corpus.analysis.SpanTokenStream#labelled}), offsets as
     * in {@link #TEXT_QUOTE}. Users write {@code quote@<speaker>:word}: the word within a
     * quotation of that speaker.
     */
    public static final String TEXT_QUOTE_BY = "quote_by";
    /** The prefix of the user field {@code quote@<speaker>}. */
    public static final String QUOTE_BY_PREFIX = "quote@";

    public static final List<String> TEXT_PARTS = List.of(TEXT_TITLE, TEXT_STANDFIRST, TEXT_BODY);
    /** Every indexed full-text part: the {@link #TEXT_PARTS} and the quotations. */
    public static final List<String> INDEXED_TEXT = List.of(TEXT_TITLE, TEXT_STANDFIRST, TEXT_BODY, TEXT_QUOTE);

    public static final Set<String> KEYWORDS = Set.of(ID, SOURCE_ID, SITE, LANGUAGE, ENTITY, SPEAKER,
            SIGNAL, REPRINT_OF, FAMILY_ID, STORY_ID, AUTHOR, COUNTRY);

    // Facet dimensions (SortedSetDocValuesFacetField).
    public static final String FACET_ENTITY = "entity";
    public static final String FACET_SPEAKER = "speaker";
    public static final String FACET_SITE = "site";
    public static final String FACET_LANGUAGE = "language";
    public static final String FACET_SIGNAL = "signal";
    /** Byline authors of every publication, as written (first spelling seen per article). */
    public static final String FACET_AUTHOR = "author";
    /** The countries the article is about, by code (labelled with their names when counted). */
    public static final String FACET_COUNTRY = "country";
    public static final List<String> FACETS = List.of(FACET_ENTITY, FACET_SPEAKER, FACET_SITE,
            FACET_LANGUAGE, FACET_SIGNAL, FACET_AUTHOR, FACET_COUNTRY);

    private Fields() {
    }

    /** The physical field of a logical text part in one language: {@code body_fr}. */
    public static String text(String part, TextLanguage language) {
        return part + "_" + language.suffix();
    }

    /** Every physical field of one logical text part, across languages. */
    public static List<String> textFields(String part) {
        List<String> out = new ArrayList<>();
        for (TextLanguage l : TextLanguage.values()) out.add(text(part, l));
        return out;
    }

    /** The language of a physical text field ({@code body_fr} → FR), or null if it is not one. */
    public static TextLanguage languageOf(String field) {
        return org.vigie.corpus.analysis.FieldAnalyzer.languageOfField(field);
    }
}
