package org.vigie.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The paragraphs of an HTML fragment (a feed's escaped {@code <description>}, an Atom
 * {@code <content type="html">}): text only, one paragraph per block element or line break,
 * scripts and styles dropped. Never renders anything: the markup is parsed and discarded.
 */
public final class HtmlText {

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "pre", "table", "tr", "section", "article", "header", "footer", "aside",
            "figure", "figcaption", "hr", "address", "main", "nav", "form", "fieldset");
    private static final java.util.regex.Pattern WHITESPACE =
            java.util.regex.Pattern.compile("[ \\t\\n\\x0B\\f\\r\\u2028\\u2029]+");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "iframe", "template", "svg", "head");

    private HtmlText() {
    }

    /** The paragraphs of {@code html}; plain text without markup is split on its line breaks. */
    public static List<String> paragraphs(String html) {
        List<String> out = new ArrayList<>();
        if (html == null || html.isBlank()) return out;
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            for (String line : html.split("\\R")) {
                String t = collapse(line);
                if (!t.isEmpty()) out.add(t);
            }
            return out;
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            private int skipping = 0;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (SKIPPED.contains(tag)) skipping++;
                    else if (skipping == 0 && BLOCKS.contains(tag)) flush(out, current);
                    else if (skipping == 0 && (tag.equals("td") || tag.equals("th"))) current.append(' ');
                } else if (node instanceof TextNode t && skipping == 0) {
                    current.append(t.getWholeText());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (SKIPPED.contains(tag)) skipping--;
                    else if (skipping == 0 && BLOCKS.contains(tag)) flush(out, current);
                }
            }
        }, body);
        flush(out, current);
        return out;
    }

    /** The text of {@code html} on one line. */
    public static String line(String html) {
        return String.join(" ", paragraphs(html));
    }

    private static void flush(List<String> out, StringBuilder current) {
        String t = collapse(current.toString());
        if (!t.isEmpty()) out.add(t);
        current.setLength(0);
    }

    /** Collapses whitespace runs (not no-break spaces, which French typography needs) to one space. */
    static String collapse(String s) {
        return WHITESPACE.matcher(s).replaceAll(" ").strip();
    }
}
