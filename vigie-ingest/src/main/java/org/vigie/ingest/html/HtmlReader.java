package org.vigie.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Origin;
import org.vigie.core.model.Section;
import org.vigie.core.read.ArticleReader;
import org.vigie.core.read.RawDocument;
import org.vigie.core.read.ReadException;
import org.vigie.core.read.RejectSink;

/**
 * Reads one HTML page into one article: title, standfirst, main-text paragraphs (in-body headings,
 * list items and block quotes keep their kind as {@link Section}s) and {@link Metadata}. Stateless
 * and thread-safe.
 */
public final class HtmlReader implements ArticleReader {

    private final HtmlDecoder decoder;
    private final HtmlExtractor extractor = new HtmlExtractor();

    public HtmlReader() {
        this(new HtmlDecoder());
    }

    public HtmlReader(HtmlDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public List<Article> read(RawDocument doc, RejectSink rejects) throws ReadException {
        return List.of(readOne(doc));
    }

    /** The single article of {@code doc}; throws when the page has no article text at all. */
    public Article readOne(RawDocument doc) throws ReadException {
        ExtractedPage page = extract(doc);
        if (page.blocks().isEmpty() && page.standfirst() == null) {
            throw ReadException.at(doc.origin(), "no article text found in the HTML page"
                    + (page.title().isEmpty() ? "" : " \"" + abbreviate(page.title()) + "\""));
        }
        return toArticle(page, doc.origin());
    }

    /** Decodes and extracts without building an article (for evaluation and debugging). */
    public ExtractedPage extract(RawDocument doc) throws ReadException {
        Document parsed = decoder.parse(doc);
        try {
            return extractor.extract(parsed, doc.metadata());
        } catch (StackOverflowError | RuntimeException e) {
            throw new ReadException(doc.origin(), -1, -1, "cannot extract the article: " + e, e);
        }
    }

    /** Builds the article: canonical text by {@link Article#compose}, block kinds as sections. */
    public static Article toArticle(ExtractedPage page, Origin origin) {
        List<String> paragraphs = page.paragraphs();
        Article a = Article.compose(page.title(), page.standfirst(), paragraphs);
        List<Section> sections = new ArrayList<>(a.sections().size());
        int body = 0;
        for (Section s : a.sections()) {
            if (s.kind() == Section.Kind.PARAGRAPH) {
                sections.add(new Section(page.blocks().get(body++).kind(), s.start(), s.end()));
            } else {
                sections.add(s);
            }
        }
        Metadata md = page.metadata();
        Origin o = origin;
        if (origin != null && origin.url() == null && md.url() != null) o = new Origin(origin.path(), origin.record(), md.url());
        return a.withSections(sections).withMetadata(md).withOrigin(o);
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
