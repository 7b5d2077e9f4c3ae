package org.vigie.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.CorpusReprints;
import org.vigie.corpus.IngestReport;

/**
 * Loads a job's {@code articles} table into the embedded corpus, so that {@code vigie serve} can
 * browse it: each row's {@code json} column is the full article (JSON contract) and is stored as
 * {@code vigie ingest} stores an analysed article: idempotent by id, atomic batches, the corpus's
 * reprint families updated. Rows are read in {@code input_order}, so family ids come
 * out as an embedded ingest of the same inputs would give them.
 *
 * <pre>
 * ImportParquet OUTPUT --data DIR [--batch N]
 * </pre>
 */
public final class ImportParquet {

    private ImportParquet() {
    }

    public static void main(String[] args) throws IOException {
        String output = null;
        Path data = Path.of("vigie-data");
        int batch = Corpus.DEFAULT_BATCH;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-h", "--help" -> {
                    System.out.println("usage: ImportParquet OUTPUT [--data DIR] [--batch N]\n"
                            + "  OUTPUT  a vigie-spark job's output folder (its articles table is read)\n"
                            + "  --data  the corpus folder (default: vigie-data)");
                    return;
                }
                case "--data" -> data = Path.of(need(args, ++i, "--data"));
                case "--batch" -> batch = Integer.parseInt(need(args, ++i, "--batch"));
                default -> {
                    if (args[i].startsWith("--") || output != null) fail("unexpected argument " + args[i]);
                    output = args[i];
                }
            }
        }
        if (output == null) fail("expected the job's OUTPUT folder");
        try (SparkSession spark = SparkSession.builder().master("local[1]").appName("vigie-import")
                .config("spark.ui.enabled", "false").getOrCreate()) {
            IngestReport r = load(spark, output, data, batch);
            try (Corpus c = Corpus.openReadOnly(data)) {
                System.err.println("vigie-spark: " + r + " → " + c.count() + " articles in " + data);
            }
        }
    }

    /**
     * Stores every article of {@code output}/articles in the corpus at {@code data}. Two passes:
     * the first adds every article to the corpus's reprint families, the second stores each with
     * its final links, so an article that is the source of later copies in the same import is
     * stored with its family (an incremental {@code vigie ingest} stores the links known at the
     * time). The families are saved once, after the last commit; a crash before that is
     * reconciled when the corpus is next opened, as for {@code vigie ingest}.
     */
    public static IngestReport load(SparkSession spark, String output, Path data, int batch) throws IOException {
        var table = spark.read().parquet(output + "/" + Tables.ARTICLES).select("json", "input_order")
                .orderBy("input_order");
        IngestReport total = IngestReport.EMPTY;
        try (Corpus corpus = Corpus.open(data)) {
            CorpusReprints reprints = CorpusReprints.open(corpus);
            for (Iterator<Row> rows = table.toLocalIterator(); rows.hasNext(); ) {
                Article a = ArticleJson.fromJson(rows.next().getString(0));
                if (!reprints.families().contains(a.id())) reprints.families().add(a);
            }
            List<Article> pending = new ArrayList<>(batch);
            for (Iterator<Row> rows = table.toLocalIterator(); rows.hasNext(); ) {
                pending.add(reprints.link(ArticleJson.fromJson(rows.next().getString(0))));
                if (pending.size() >= batch) total = total.plus(commit(corpus, pending));
            }
            if (!pending.isEmpty()) total = total.plus(commit(corpus, pending));
            reprints.save();
        }
        return total;
    }

    private static IngestReport commit(Corpus corpus, List<Article> pending) throws IOException {
        IngestReport r = corpus.ingest(pending);
        pending.clear();
        return r;
    }

    private static String need(String[] args, int i, String opt) {
        if (i >= args.length) fail(opt + " needs a value");
        return args[i];
    }

    private static void fail(String message) {
        System.err.println("vigie-spark import-parquet: " + message);
        System.exit(2);
    }
}
