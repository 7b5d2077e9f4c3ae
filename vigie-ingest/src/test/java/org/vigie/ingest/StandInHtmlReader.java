package org.vigie.ingest;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.vigie.core.model.Article;
import org.vigie.core.read.ArticleReader;
import org.vigie.core.read.RawDocument;
import org.vigie.core.read.ReadException;
import org.vigie.core.read.RejectSink;
import org.vigie.ingest.encoding.TextDecoder;

/**
 * Test stand-in for the real HTML reader (written in another branch): the page's {@code <title>}
 * and its {@code <p>} elements, nothing clever. Enough to test what feeds HTML readers.
 */
public final class StandInHtmlReader implements ArticleReader {

    @Override
    public String format() {
        return "html";
    }

    @Override
    public List<Article> read(RawDocument doc, RejectSink rejects) throws ReadException {
        Document d = Jsoup.parse(TextDecoder.decodeHtml(doc.bytes(), doc.declaredCharset()));
        List<String> ps = d.select("p").stream().map(Element::wholeText).filter(t -> !t.isBlank()).toList();
        if (ps.isEmpty()) throw ReadException.at(doc.origin(), "no paragraph in page");
        return List.of(Article.compose(d.title(), null, ps).withMetadata(doc.metadata()).withOrigin(doc.origin()));
    }
}
