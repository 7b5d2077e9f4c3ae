package org.vigie.bench.extraction;

import java.util.ArrayList;
import java.util.List;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Origin;
import org.vigie.core.read.RawDocument;
import org.vigie.ingest.html.ExtractedPage;
import org.vigie.ingest.html.HtmlReader;

/** Vigie's {@link HtmlReader}: standfirst and body paragraphs as the main text. */
final class VigieExtractor implements Extractor {

    private final HtmlReader reader = new HtmlReader();

    @Override
    public String name() {
        return "vigie";
    }

    @Override
    public Output extract(byte[] html, String url) throws Exception {
        Metadata known = url == null ? org.vigie.core.model.Metadata.EMPTY : Metadata.EMPTY.withUrl(url);
        ExtractedPage p = reader.extract(new RawDocument(html, new Origin("eval", null, url), null, known));
        List<String> parts = new ArrayList<>();
        if (p.standfirst() != null) parts.add(p.standfirst());
        parts.addAll(p.paragraphs());
        return new Output(p.title(), String.join("\n", parts), p.metadata().authors(), p.metadata().date(),
                parts.size());
    }
}
