package org.vigie.ingest.feed;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.parser.Parser;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Origin;
import org.vigie.core.read.ArticleReader;
import org.vigie.core.read.RawDocument;
import org.vigie.core.read.ReadException;
import org.vigie.core.read.RejectSink;
import org.vigie.ingest.date.IsoDates;
import org.vigie.ingest.encoding.BinarySniffer;
import org.vigie.ingest.encoding.TextDecoder;

/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item or entry is one article, {@link Origin#record()}
 * its 1-based position in the feed, {@link Origin#url()} its link.
 *
 * <p>The body is the full content ({@code content:encoded}, Atom {@code content}) when the feed
 * carries it, else the summary ({@code description}, Atom {@code summary}); with both, a summary
 * that the content does not begin with becomes the standfirst. HTML in any field is reduced to its
 * text. Parsed with jsoup's XML parser: lenient with the broken feeds of the wild (undeclared
 * {@code &nbsp;}, stray markup) and it never resolves external entities or expands DTD entities.
 */
public final class FeedReader implements ArticleReader {

    private static final Pattern XML_ENCODING =
            Pattern.compile("<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern INLINE_TAG = Pattern.compile(
            "</?(b|i|em|strong|span|a|br|p|font|sup|sub|u|small|abbr|q|cite|mark)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    /** A summary longer than this is not a standfirst. */
    static final int MAX_STANDFIRST = 800;

    @Override
    public String format() {
        return "feed";
    }

    @Override
    public List<Article> read(RawDocument doc, RejectSink rejects) throws ReadException {
        Origin origin = doc.origin();
        long binary = BinarySniffer.firstBinaryOffset(doc.bytes());
        if (binary >= 0) {
            throw new ReadException(origin, -1, binary, "binary content: expected an RSS or Atom XML feed");
        }
        String declared = doc.declaredCharset() != null ? doc.declaredCharset() : xmlEncoding(doc.bytes());
        String xml = TextDecoder.decode(doc.bytes(), declared);
        if (xml.isBlank()) throw ReadException.at(origin, "empty file: expected an RSS or Atom XML feed");

        Document d = Jsoup.parse(xml, "", Parser.xmlParser());
        Element root = rootElement(d);
        if (root == null) throw ReadException.at(origin, "no XML element found: expected an RSS or Atom feed");
        String rootName = local(root.tagName());
        boolean atom = rootName.equals("feed");
        if (!atom && !rootName.equals("rss") && !rootName.equals("rdf")) {
            throw ReadException.at(origin, "root element <" + root.tagName() + "> is not <rss>, <rdf:RDF> or <feed>:"
                    + " expected an RSS or Atom feed");
        }
        String site = siteName(root, atom);
        // Items are never nested: an item inside an item is part of it, not another one. Walking
        // every element and reading each nested item made 30,000 nested <item>s quadratic.
        List<Element> items = new ArrayList<>();
        String itemName = atom ? "entry" : "item";
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && local(e.tagName()).equals(itemName)) {
                    items.add(e);
                    return FilterResult.SKIP_CHILDREN;
                }
                return FilterResult.CONTINUE;
            }
        });
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            try {
                out.add(item(items.get(i), atom, i + 1L, origin, site, doc.metadata()));
            } catch (ReadException e) {
                rejects.reject(e);
            }
        }
        return out;
    }

    private static Article item(Element item, boolean atom, long record, Origin origin, String site, Metadata base)
            throws ReadException {
        String title = String.join(" ", paragraphs(child(item, "title"), atom, false));
        List<String> body = paragraphs(firstChild(item, atom ? List.of("content") : List.of("encoded", "content")), atom, true);
        List<String> lead = paragraphs(firstChild(item, atom ? List.of("summary") : List.of("description", "summary")), atom, true);
        String standfirst = null;
        if (body.isEmpty()) {
            body = lead;
        } else if (!lead.isEmpty()) {
            String s = String.join(" ", lead);
            if (s.length() <= MAX_STANDFIRST && !startsAlike(String.join(" ", body), s)) standfirst = s;
        }
        if (title.isEmpty() && body.isEmpty()) {
            throw new ReadException(new Origin(origin.path(), record, null), -1, -1,
                    (atom ? "entry" : "item") + " " + record + " has no title, content nor summary");
        }
        String url = link(item, atom);
        String rawDate = text(firstChild(item, atom ? List.of("published", "updated", "issued", "modified")
                : List.of("pubdate", "date", "published", "updated")));
        String date = IsoDates.normalize(rawDate).orElse(null);
        List<String> authors = new ArrayList<>();
        for (Element c : item.children()) {
            String n = local(c.tagName());
            if (n.equals("author") || n.equals("creator")) {
                Element name = child(c, "name");
                String a = HtmlText.line(name != null ? text(name) : text(c));
                if (!a.isEmpty() && !authors.contains(a)) authors.add(a);
            }
        }
        Element category = child(item, "category");
        String section = category == null ? null
                : blankToNull(category.hasAttr("term") ? category.attr("term") : HtmlText.line(text(category)));
        String modified = atom ? IsoDates.normalize(text(child(item, "updated"))).orElse(null) : null;

        Article a = Article.compose(title, standfirst, body);
        String guid = text(firstChild(item, List.of("guid", "id")));
        if (guid != null && !guid.isBlank()) a = a.withSourceId(guid.strip());
        Metadata m = new Metadata(url, null, site != null ? site : base.site(), authors,
                date != null ? date : base.date(), date != null ? "feed" : base.dateSource(), modified, section);
        return a.withMetadata(m).withOrigin(new Origin(origin.path(), record, url));
    }

    /**
     * The paragraphs of a text construct. Atom says what it holds ({@code type="text"}, the default,
     * "html" or "xhtml"); RSS does not: descriptions hold escaped HTML, titles are plain text, where
     * only inline tags some feeds put there anyway are taken as markup.
     */
    private static List<String> paragraphs(Element e, boolean atom, boolean rssHtml) {
        if (e == null) return List.of();
        boolean html;
        if (!e.children().isEmpty()) {
            html = true;
        } else if (atom) {
            String type = e.attr("type").toLowerCase(Locale.ROOT);
            html = type.equals("html") || type.equals("xhtml") || type.equals("text/html");
        } else {
            html = rssHtml || INLINE_TAG.matcher(e.wholeText()).find();
        }
        String t = text(e);
        if (html) return HtmlText.paragraphs(t);
        List<String> out = new ArrayList<>();
        for (String line : t.split("\\R")) {
            String c = HtmlText.collapse(line);
            if (!c.isEmpty()) out.add(c);
        }
        return out;
    }

    /** The text inside an element: its markup when it holds elements (Atom xhtml), else its characters. */
    private static String text(Element e) {
        if (e == null) return null;
        if (!e.children().isEmpty()) return e.html();
        return e.wholeText();
    }

    private static String link(Element item, boolean atom) {
        if (atom) {
            String any = null;
            for (Element c : item.children()) {
                if (!local(c.tagName()).equals("link") || !c.hasAttr("href")) continue;
                String rel = c.attr("rel");
                if (rel.isEmpty() || rel.equals("alternate")) return blankToNull(c.attr("href").strip());
                if (any == null) any = c.attr("href").strip();
            }
            return blankToNull(any);
        }
        Element link = child(item, "link");
        if (link != null && !link.text().isBlank()) return link.text().strip();
        if (link != null && link.hasAttr("href")) return blankToNull(link.attr("href").strip());
        Element guid = child(item, "guid");
        if (guid != null && !"false".equalsIgnoreCase(guid.attr("isPermaLink")) && guid.text().startsWith("http")) {
            return guid.text().strip();
        }
        return null;
    }

    private static String siteName(Element root, boolean atom) {
        Element channel = atom ? root : child(root, "channel");
        if (channel == null) return null;
        Element title = child(channel, "title");
        if (title != null && !title.text().isBlank()) return HtmlText.line(text(title));
        Element link = child(channel, "link");
        String href = link == null ? null : link.hasAttr("href") ? link.attr("href") : link.text();
        try {
            return href == null || href.isBlank() ? null : URI.create(href.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean startsAlike(String body, String summary) {
        String b = norm(body);
        String s = norm(summary);
        int n = Math.min(Math.min(b.length(), s.length()), 80);
        return n > 0 && b.regionMatches(0, s, 0, n);
    }

    private static String norm(String s) {
        return s.replaceAll("[\\s\\u00A0]+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static Element rootElement(Document d) {
        for (Element e : d.children()) return e;
        return null;
    }

    private static Element child(Element parent, String localName) {
        for (Element c : parent.children()) {
            if (local(c.tagName()).equals(localName)) return c;
        }
        return null;
    }

    private static Element firstChild(Element parent, List<String> localNames) {
        for (String n : localNames) {
            Element c = child(parent, n);
            if (c != null && !c.wholeText().isBlank() || c != null && !c.children().isEmpty()) return c;
        }
        return null;
    }

    /** A tag's name without its namespace prefix, lower-cased ("content:encoded" → "encoded"). */
    static String local(String tag) {
        int colon = tag.indexOf(':');
        return (colon >= 0 ? tag.substring(colon + 1) : tag).toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The encoding an XML declaration names, read from the first bytes (ASCII-compatible encodings). */
    static String xmlEncoding(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 256), StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(head);
        return m.find() ? m.group(1) : null;
    }
}
