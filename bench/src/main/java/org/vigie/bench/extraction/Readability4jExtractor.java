package org.vigie.bench.extraction;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;

/** Baseline: Readability4J (a Kotlin port of Mozilla Readability), run on the same bytes. */
final class Readability4jExtractor implements Extractor {

    @Override
    public String name() {
        return "readability4j";
    }

    @Override
    public Output extract(byte[] html, String url) throws Exception {
        String s = Jsoup.parse(new java.io.ByteArrayInputStream(html), null, url == null ? "" : url).outerHtml();
        var a = new Readability4J(url == null ? "http://localhost/" : url, s).parse();
        String text = a.getTextContent() == null ? "" : a.getTextContent();
        String by = a.getByline();
        return new Output(a.getTitle() == null ? "" : a.getTitle(), text,
                by == null ? List.of() : List.of(by), null, text.split("\n\\s*\n").length);
    }
}
