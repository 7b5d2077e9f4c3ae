package org.vigie.core.read;

import java.util.List;
import org.vigie.core.model.Article;

/**
 * Turns one raw input into articles: a page dump or an HTML page gives one, a WARC file, a feed
 * or a JSONL file gives many. Readers are stateless and thread-safe.
 */
public interface ArticleReader {

    /** A short name of the format ("dump", "html", "warc", ...). */
    String format();

    /**
     * Reads every article of {@code doc}. A malformed input as a whole throws; readers of
     * multi-record formats report per-record problems through {@code rejects} and go on.
     */
    List<Article> read(RawDocument doc, RejectSink rejects) throws ReadException;

    default List<Article> read(RawDocument doc) throws ReadException {
        return read(doc, RejectSink.THROWING);
    }
}
