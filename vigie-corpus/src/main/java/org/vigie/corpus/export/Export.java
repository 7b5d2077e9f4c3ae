package org.vigie.corpus.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.corpus.search.CorpusSearch;
import org.vigie.corpus.store.CorpusSearcher;
import org.vigie.corpus.store.Fields;

/**
 * One export, prepared: the query is parsed and its matches found and ordered (by date, undated
 * last, then id) on one point-in-time view of the corpus, which the export holds until closed,
 * so a commit made meanwhile changes nothing in what it writes. Preparing throws the query's
 * errors before anything is written; {@link #writeTo} then streams the rows, reading the stored
 * articles {@value #BATCH} at a time. Obtain one from {@link org.vigie.corpus.Corpus#export}.
 *
 * <pre>{@code
 * try (Export e = corpus.export(ExportRequest.of(SearchRequest.of("alep"), ExportTable.QUOTES, ExportFormat.CSV));
 *      Writer out = Files.newBufferedWriter(file)) {
 *     ExportSummary s = e.writeTo(out);
 * }
 * }</pre>
 */
public final class Export implements AutoCloseable {

    private static final Set<String> JSON_ONLY = Set.of(Fields.JSON);
    /** Articles read ahead in document order: bounds memory, and spares decompressing a stored block per article. */
    static final int BATCH = 256;

    private final CorpusSearcher searcher;
    private final ExportRequest request;
    private final int[] docs;
    private final Closeable release;

    private Export(CorpusSearcher searcher, ExportRequest request, int[] docs, Closeable release) {
        this.searcher = searcher;
        this.request = request;
        this.docs = docs;
        this.release = release;
    }

    /**
     * Finds and orders the matches of {@code request} on {@code searcher}; {@code release} runs on
     * {@link #close()} (it gives the view back to the store).
     *
     * @throws org.vigie.corpus.search.QuerySyntaxException the query cannot be read
     */
    public static Export prepare(CorpusSearcher searcher, ExportRequest request, Closeable release) throws IOException {
        int[] docs = ExportOrder.of(searcher, CorpusSearch.toQuery(searcher, request.query()), request.limit());
        return new Export(searcher, request, docs, release);
    }

    public ExportRequest request() {
        return request;
    }

    /** How many articles the export writes (the matches, at most the limit). */
    public int articles() {
        return docs.length;
    }

    /**
     * Writes the table: the CSV header, then every row of every article in order. Flushes
     * {@code out} and leaves it open. The same export may be written more than once.
     */
    public ExportSummary writeTo(Writer out) throws IOException {
        ExportTable table = request.table();
        RowWriter rows = request.format().writer(out, table.columns());
        StoredFields stored = searcher.storedFields();
        long[] count = {0};
        String[] batch = new String[Math.min(BATCH, docs.length)];
        long[] docOrder = new long[batch.length];
        for (int from = 0; from < docs.length; from += BATCH) {
            int n = Math.min(BATCH, docs.length - from);
            // read the batch in document order (the stored-fields reader then decompresses each block
            // once, not once per article), then write it in export order
            for (int i = 0; i < n; i++) docOrder[i] = (long) docs[from + i] << 32 | i;
            Arrays.sort(docOrder, 0, n);
            for (int k = 0; k < n; k++) {
                int i = (int) docOrder[k];
                batch[i] = stored.document(docs[from + i], JSON_ONLY).get(Fields.JSON);
            }
            for (int i = 0; i < n; i++) {
                Article a = ArticleJson.fromJson(batch[i]);
                batch[i] = null;
                table.rows(a, values -> {
                    rows.row(values);
                    count[0]++;
                });
            }
        }
        rows.finish();
        return new ExportSummary(docs.length, count[0]);
    }

    /** Gives the corpus view back. */
    @Override
    public void close() throws IOException {
        release.close();
    }
}
