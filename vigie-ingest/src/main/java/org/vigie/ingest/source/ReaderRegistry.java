package org.vigie.ingest.source;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.vigie.core.read.ArticleReader;
import org.vigie.ingest.dump.DumpReader;
import org.vigie.ingest.feed.FeedReader;
import org.vigie.ingest.tabular.CsvReader;
import org.vigie.ingest.tabular.JsonReader;
import org.vigie.ingest.tabular.JsonlReader;
import org.vigie.ingest.warc.WarcArticleReader;

/**
 * The reader of each format, by {@link ArticleReader#format()} name. Immutable: {@link #with}
 * returns a new registry. The HTML reader is not built in; registering one (format "html") also
 * registers the WARC reader that hands it each page.
 */
public final class ReaderRegistry {

    private final Map<String, ArticleReader> readers;

    private ReaderRegistry(Map<String, ArticleReader> readers) {
        this.readers = Map.copyOf(readers);
    }

    /** Dumps, JSON Lines, JSON, CSV and feeds; add an HTML reader with {@link #with} for HTML and WARC. */
    public static ReaderRegistry defaults() {
        Map<String, ArticleReader> m = new LinkedHashMap<>();
        for (ArticleReader r : new ArticleReader[] {
            new DumpReader(), new JsonlReader(), new JsonReader(), new CsvReader(), new FeedReader()}) {
            m.put(r.format(), r);
        }
        return new ReaderRegistry(m);
    }

    /** The defaults plus {@code htmlReader} for HTML pages and WARC files. */
    public static ReaderRegistry withHtml(ArticleReader htmlReader) {
        return defaults().with(htmlReader);
    }

    /** A registry where {@code reader} reads its format (replacing any other). */
    public ReaderRegistry with(ArticleReader reader) {
        Map<String, ArticleReader> m = new LinkedHashMap<>(readers);
        m.put(reader.format(), reader);
        if (reader.format().equals(FormatDetector.HTML) && !readers.containsKey(FormatDetector.WARC)) {
            m.put(FormatDetector.WARC, new WarcArticleReader(reader));
        }
        return new ReaderRegistry(m);
    }

    public Optional<ArticleReader> reader(String format) {
        return Optional.ofNullable(readers.get(format));
    }

    public java.util.Set<String> formats() {
        return readers.keySet();
    }
}
