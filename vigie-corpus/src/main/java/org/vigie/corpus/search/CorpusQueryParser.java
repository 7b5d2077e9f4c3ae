package org.vigie.corpus.search;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.vigie.corpus.analysis.FieldAnalyzer;
import org.vigie.corpus.analysis.TextLanguage;
import org.vigie.corpus.store.ArticleDocuments;
import org.vigie.corpus.store.Fields;

/**
 * Lucene's classic query syntax over the corpus schema (see {@code QUERY-SYNTAX.md}). Users name
 * logical fields ({@code title:}, {@code body:}, {@code site:}, {@code date:}); each text term is
 * analysed once per language present in the index and searched in that language's fields, with
 * title matches weighing more than standfirst matches, and those more than body matches.
 * Terms are ANDed unless joined by OR. Not thread-safe: one parser per query.
 */
final class CorpusQueryParser extends QueryParser {

    static final Map<String, Float> BOOSTS = Map.of(
            Fields.TEXT_TITLE, 3f, Fields.TEXT_STANDFIRST, 1.5f, Fields.TEXT_BODY, 1f, Fields.TEXT_QUOTE, 1f);

    private final Set<TextLanguage> languages;

    /** @param languages the languages that have text in the index (others cannot match) */
    CorpusQueryParser(Set<TextLanguage> languages) {
        super(Fields.TEXT_ALL, FieldAnalyzer.INSTANCE);
        this.languages = languages;
        setDefaultOperator(QueryParser.AND_OPERATOR);
        setAutoGeneratePhraseQueries(false);
        // One term at a time, so each may match in any part (title, standfirst or body) of an article.
        setSplitOnWhitespace(true);
    }

    private static final java.util.regex.Pattern UNESCAPED_QUOTE = java.util.regex.Pattern.compile("(?<!\\\\)\"");

    /** Parses a user query; blank or {@code *} matches every article. */
    Query parseUser(String query) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty() || q.equals("*") || q.equals("*:*")) return new MatchAllDocsQuery();
        if (UNESCAPED_QUOTE.matcher(q).results().count() % 2 == 1) {
            // Lucene's own words for it are "Lexical error at line 1, column 14. Encountered: <EOF> after prefix"
            throw new QuerySyntaxException("bad query: a quotation mark is not closed: " + q);
        }
        try {
            Query parsed = languages.size() > 1 ? perLanguage(q) : parse(q);
            return parsed == null ? new MatchNoDocsQuery("query has no searchable word") : parsed;
        } catch (ParseException e) {
            throw new QuerySyntaxException(shortMessage(e), e);
        } catch (BooleanQuery.TooManyClauses | IllegalArgumentException e) {
            if (e instanceof QuerySyntaxException qse) throw qse;
            throw new QuerySyntaxException("bad query: '" + q + "' is too broad or malformed: " + e.getMessage(), e);
        }
    }

    /**
     * The query read once per language, the readings ORed: an article has the text fields of its own
     * language only, so every term must match within one language. Analysing each term in every
     * language and ANDing the terms instead would require a word one language drops as a stop word
     * ("de" in French) in the fields of another that keeps it, and a French query would find no
     * French article once any English one is stored.
     */
    private Query perLanguage(String q) throws ParseException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int n = 0;
        Query single = null;
        for (TextLanguage l : languages) {
            Query one = new CorpusQueryParser(Set.of(l)).parse(q);
            if (one == null) continue;
            b.add(one, BooleanClause.Occur.SHOULD);
            single = one;
            n++;
        }
        return n == 0 ? null : n == 1 ? single : b.build();
    }

    private static String shortMessage(ParseException e) {
        String m = e.getMessage() == null ? "syntax error" : e.getMessage();
        int cut = m.indexOf("Was expecting");
        if (cut > 0) m = m.substring(0, cut);
        return "bad query: " + m.replaceAll("\\s+", " ").strip();
    }

    /** The logical text parts a user field stands for, or null when it is not a text field. */
    private static List<String> textParts(String field) {
        if (Fields.TEXT_ALL.equals(field)) return Fields.TEXT_PARTS;
        if (Fields.INDEXED_TEXT.contains(field)) return List.of(field);
        return null;
    }

    private interface PerField {
        Query build(String physicalField) throws ParseException;
    }

    /** One clause per (part, language), each boosted by its part's weight; null when none. */
    private Query expand(List<String> parts, PerField perField) throws ParseException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int n = 0;
        Query single = null;
        for (String part : parts) {
            for (TextLanguage l : languages) {
                Query q = perField.build(Fields.text(part, l));
                if (q == null) continue;
                float boost = BOOSTS.get(part);
                single = boost == 1f ? q : new BoostQuery(q, boost);
                b.add(single, BooleanClause.Occur.SHOULD);
                n++;
            }
        }
        if (n == 0) return languages.isEmpty() ? new MatchNoDocsQuery("empty corpus") : null;
        return n == 1 ? single : b.build();
    }

    /** The speaker of a {@code quote@<speaker>} field, or null for any other field. */
    private static String quoteSpeaker(String field) throws ParseException {
        if (!field.startsWith(Fields.QUOTE_BY_PREFIX)) return null;
        String speaker = field.substring(Fields.QUOTE_BY_PREFIX.length()).strip();
        if (speaker.isEmpty()) {
            throw new ParseException("quote@ needs a speaker: quote@Q7747:word (an entity id, or a canonical name"
                    + " with its spaces escaped: quote@Vladimir\\ Poutine:word)");
        }
        return speaker;
    }

    /** A query on quotations, each term qualified by {@code speaker} (see {@link Fields#TEXT_QUOTE_BY}). */
    private Query bySpeaker(String speaker, PerField perField) throws ParseException {
        return expand(List.of(Fields.TEXT_QUOTE), f -> SpeakerTerms.qualify(perField.build(f), speaker));
    }

    private Query checkField(String field) throws ParseException {
        if (field.startsWith(Fields.TEXT_QUOTE_BY + "_")) {
            throw new ParseException("unknown field '" + field + "' (fields: " + knownFields() + ")");
        }
        if (Fields.KEYWORDS.contains(field) || Fields.languageOf(field) != null || "*".equals(field)) return null;
        throw new ParseException("unknown field '" + field + "' (fields: " + knownFields() + ")");
    }

    static String knownFields() {
        Set<String> all = new TreeSet<>(Fields.KEYWORDS);
        all.addAll(Fields.INDEXED_TEXT);
        all.add(Fields.TEXT_ALL);
        all.add(Fields.DATE);
        all.add(Fields.QUOTE_BY_PREFIX + "<speaker>");
        return String.join(", ", all);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        String speaker = quoteSpeaker(field);
        if (speaker != null) return bySpeaker(speaker, f -> super.getFieldQuery(f, queryText, quoted));
        List<String> parts = textParts(field);
        if (parts != null) return expand(parts, f -> super.getFieldQuery(f, queryText, quoted));
        if (Fields.DATE.equals(field)) return dateRange(queryText, queryText, true, true);
        checkField(field);
        if (Fields.KEYWORDS.contains(field)) {
            String value = keyword(field, queryText);
            if (value.isEmpty()) return new MatchNoDocsQuery("empty " + field);
            return new TermQuery(new Term(field, value));
        }
        return super.getFieldQuery(field, queryText, quoted);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        String speaker = quoteSpeaker(field);
        if (speaker != null) return bySpeaker(speaker, f -> super.getFieldQuery(f, queryText, slop));
        List<String> parts = textParts(field);
        if (parts != null) return expand(parts, f -> super.getFieldQuery(f, queryText, slop));
        return super.getFieldQuery(field, queryText, slop);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        String speaker = quoteSpeaker(field);
        if (speaker != null) return bySpeaker(speaker, f -> super.getPrefixQuery(f, termStr));
        List<String> parts = textParts(field);
        if (parts != null) return expand(parts, f -> super.getPrefixQuery(f, termStr));
        checkField(field);
        return super.getPrefixQuery(field, expandable(field, termStr));
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        String speaker = quoteSpeaker(field);
        if (speaker != null) return bySpeaker(speaker, f -> super.getWildcardQuery(f, termStr));
        List<String> parts = textParts(field);
        if (parts != null) return expand(parts, f -> super.getWildcardQuery(f, termStr));
        checkField(field);
        return super.getWildcardQuery(field, expandable(field, termStr));
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        String speaker = quoteSpeaker(field);
        if (speaker != null) return bySpeaker(speaker, f -> super.getFuzzyQuery(f, termStr, minSimilarity));
        List<String> parts = textParts(field);
        if (parts != null) return expand(parts, f -> super.getFuzzyQuery(f, termStr, minSimilarity));
        checkField(field);
        return super.getFuzzyQuery(field, expandable(field, termStr), minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        String speaker = quoteSpeaker(field);
        if (speaker != null) return bySpeaker(speaker, f -> super.getRegexpQuery(f, termStr));
        List<String> parts = textParts(field);
        if (parts != null) return expand(parts, f -> super.getRegexpQuery(f, termStr));
        checkField(field);
        return super.getRegexpQuery(field, expandable(field, termStr));
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
            boolean endInclusive) throws ParseException {
        if (quoteSpeaker(field) != null) throw new ParseException("no ranges in " + field + ": it takes words and phrases");
        if (Fields.DATE.equals(field)) return dateRange(part1, part2, startInclusive, endInclusive);
        List<String> parts = textParts(field);
        if (parts != null) {
            return expand(parts, f -> super.getRangeQuery(f, part1, part2, startInclusive, endInclusive));
        }
        checkField(field);
        return super.getRangeQuery(field, part1 == null ? null : keyword(field, part1),
                part2 == null ? null : keyword(field, part2), startInclusive, endInclusive);
    }

    /** Keyword values are matched as stored: sites and languages are lower-cased there, country codes upper-cased. */
    static String keyword(String field, String value) {
        return switch (field) {
            case Fields.SITE -> ArticleDocuments.normalizeSite(value);
            case Fields.LANGUAGE -> value.strip().toLowerCase(Locale.ROOT);
            case Fields.AUTHOR -> ArticleDocuments.authorKey(value);
            case Fields.COUNTRY -> value.strip().toUpperCase(Locale.ROOT);
            default -> value;
        };
    }

    /** A prefix, wildcard or regexp pattern over a folded field, folded alike (its operators kept). */
    private static String expandable(String field, String pattern) {
        if (!Fields.AUTHOR.equals(field)) return pattern;
        String s = java.text.Normalizer.normalize(pattern, java.text.Normalizer.Form.NFKD);
        return s.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /**
     * A date range over whole periods: {@code 2018}, {@code 2018-05} or {@code 2018-05-31} cover
     * the year, month or day (UTC); {@code null} (written {@code *}) is open.
     */
    static Query dateRange(String lower, String upper, boolean startInclusive, boolean endInclusive)
            throws ParseException {
        long lo = Long.MIN_VALUE;
        long hi = Long.MAX_VALUE;
        if (lower != null) {
            long[] p = period(lower);
            lo = startInclusive ? p[0] : p[1] + 1;
        }
        if (upper != null) {
            long[] p = period(upper);
            hi = endInclusive ? p[1] : p[0] - 1;
        }
        return LongPoint.newRangeQuery(Fields.DATE, lo, hi);
    }

    /** [first, last] epoch millis of a year, month or day written in ISO form. */
    static long[] period(String iso) throws ParseException {
        String s = iso.strip();
        try {
            LocalDate start;
            LocalDate end;
            if (s.matches("\\d{4}")) {
                Year y = Year.parse(s);
                start = y.atDay(1);
                end = y.atDay(y.length()).plusDays(1);
            } else if (s.matches("\\d{4}-\\d{2}")) {
                YearMonth ym = YearMonth.parse(s);
                start = ym.atDay(1);
                end = ym.plusMonths(1).atDay(1);
            } else {
                start = LocalDate.parse(s);
                end = start.plusDays(1);
            }
            return new long[] {start.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(),
                    end.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1};
        } catch (DateTimeParseException e) {
            throw new ParseException("bad date '" + iso + "': expected YYYY, YYYY-MM or YYYY-MM-DD");
        }
    }
}
