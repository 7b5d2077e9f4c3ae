package org.vigie.corpus.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.vigie.corpus.analysis.FieldAnalyzer;
import org.vigie.corpus.analysis.TextLanguage;
import org.vigie.corpus.store.Fields;

/**
 * Lucene's UnifiedHighlighter on the corpus: match offsets come from the postings (indexed with
 * offsets), and the field texts from the stored article JSON, so no text is stored twice.
 * Produces {@link FieldSnippet}s: plain passages with match offsets, never markup.
 */
final class ArticleHighlighter extends UnifiedHighlighter {

    /** Longest passage shown; a longer sentence is cut to a window around its first match. */
    static final int MAX_PASSAGE = 240;
    private static final JsonFactory JSON = new JsonFactory();

    ArticleHighlighter(IndexSearcher searcher) {
        super(UnifiedHighlighter.builder(searcher, FieldAnalyzer.INSTANCE)
                .withMaxLength(1_000_000)
                .withFormatter(new Formatter())
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.FRENCH), 160, 0.5f)));
    }

    /** Highlights {@code fields} of {@code docIds}; result[f][i] is field f of doc i, or null. */
    Object[][] highlight(String[] fields, Query query, int[] docIds, int[] maxPassages) throws IOException {
        var map = highlightFieldsAsObjects(fields, query, docIds, maxPassages);
        Object[][] out = new Object[fields.length][];
        for (int f = 0; f < fields.length; f++) out[f] = map.get(fields[f]);
        return out;
    }

    @Override
    protected int getMaxNoHighlightPassages(String field) {
        // Without a match, show the start of the body, never a title or standfirst copy.
        return field.startsWith(Fields.TEXT_BODY + "_") ? 1 : 0;
    }

    @Override
    protected OffsetSource getOffsetSource(String field) {
        return OffsetSource.POSTINGS;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
            throws IOException {
        StoredFields stored = getIndexSearcher().storedFields();
        List<CharSequence[]> out = new ArrayList<>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
            Document d = stored.document(doc, Set.of(Fields.JSON, Fields.LANGUAGE));
            TextLanguage lang = TextLanguage.of(d.get(Fields.LANGUAGE));
            String[] parts = textParts(d.get(Fields.JSON));
            CharSequence[] values = new CharSequence[fields.length];
            for (int i = 0; i < fields.length; i++) {
                TextLanguage fl = Fields.languageOf(fields[i]);
                String part = fields[i].substring(0, fields[i].lastIndexOf('_'));
                // quotations are indexed with offsets into the whole text
                int p = part.equals(Fields.TEXT_QUOTE) || part.equals(Fields.TEXT_QUOTE_BY) ? 3
                        : Fields.TEXT_PARTS.indexOf(part);
                String v = fl == lang ? parts[p] : null;
                values[i] = v == null ? "" : v;
            }
            out.add(values);
        }
        return out;
    }

    private static final List<String> JSON_PARTS = List.of(Fields.TEXT_TITLE, Fields.TEXT_STANDFIRST,
            Fields.TEXT_BODY, "text");

    /**
     * Title, standfirst, body and whole text from an article's JSON, reading no further than the
     * text (which the JSON contract writes after the body).
     */
    static String[] textParts(String json) throws IOException {
        String[] parts = new String[JSON_PARTS.size()];
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return parts;
            while (parts[3] == null && p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                int i = JSON_PARTS.indexOf(name);
                if (i >= 0 && t == JsonToken.VALUE_STRING) {
                    parts[i] = p.getText();
                } else {
                    p.skipChildren();
                }
            }
        }
        return parts;
    }

    /** A field's passages as plain text with match offsets, relative to the field's value. */
    record FieldSnippet(String text, List<int[]> marks, List<int[]> fieldOffsets, List<String> matchTexts) {
    }

    private static final class Formatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            StringBuilder text = new StringBuilder();
            List<int[]> marks = new ArrayList<>();
            List<int[]> offsets = new ArrayList<>();
            List<String> words = new ArrayList<>();
            for (Passage p : passages) {
                int start = p.getStartOffset();
                int end = p.getEndOffset();
                List<int[]> m = merged(p);
                if (end - start > MAX_PASSAGE) {
                    int first = m.isEmpty() ? start : m.get(0)[0];
                    start = wordStart(content, Math.max(start, first - MAX_PASSAGE / 3));
                    end = wordEnd(content, Math.min(end, start + MAX_PASSAGE));
                }
                while (start < end && Character.isWhitespace(content.charAt(start))) start++;
                while (end > start && Character.isWhitespace(content.charAt(end - 1))) end--;
                if (start >= end) continue;
                if (text.length() > 0) text.append(Snippet.ELLIPSIS);
                int base = text.length();
                text.append(content, start, end);
                for (int[] mk : m) {
                    if (mk[0] < start || mk[1] > end) continue;
                    marks.add(new int[] {base + mk[0] - start, base + mk[1] - start});
                    offsets.add(new int[] {mk[0], mk[1]});
                    words.add(content.substring(mk[0], mk[1]));
                }
            }
            if (text.length() == 0) return null;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' || c == '\t') text.setCharAt(i, ' ');
            }
            return new FieldSnippet(text.toString(), marks, offsets, words);
        }

        /** The passage's matches in order, overlapping ones merged. */
        private static List<int[]> merged(Passage p) {
            List<int[]> all = new ArrayList<>();
            for (int i = 0; i < p.getNumMatches(); i++) {
                all.add(new int[] {p.getMatchStarts()[i], p.getMatchEnds()[i]});
            }
            all.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
            List<int[]> out = new ArrayList<>();
            for (int[] m : all) {
                if (!out.isEmpty() && m[0] < out.get(out.size() - 1)[1]) {
                    int[] last = out.get(out.size() - 1);
                    last[1] = Math.max(last[1], m[1]);
                } else {
                    out.add(m.clone());
                }
            }
            return out;
        }

        private static int wordStart(String s, int i) {
            while (i > 0 && !Character.isWhitespace(s.charAt(i - 1))) i--;
            return i;
        }

        private static int wordEnd(String s, int i) {
            while (i < s.length() && !Character.isWhitespace(s.charAt(i))) i++;
            return i;
        }
    }
}
