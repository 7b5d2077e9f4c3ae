package org.vigie.corpus.feed;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link Feed} as an Atom 1.0 document (RFC 4287), UTF-8, with the JDK's StAX writer:
 * it escapes markup in text and attributes, and {@link XmlText} drops what XML cannot hold, so a
 * headline holding {@code <script>}, {@code ]]>}, a control character or half a surrogate pair
 * still gives a well-formed feed whose text constructs are plain text ({@code type="text"}).
 *
 * <p>Ids are name-based UUIDs ({@code urn:uuid:}, RFC 4122): an entry's from the article id, so an
 * article keeps its entry id across polls, servers and rebuilt corpora; a feed's from the server's
 * address and the query and filters. Each entry links (rel {@code alternate}) to the page that
 * first published the article when its URL is http(s), and (rel {@code related}) to Vigie's
 * analysis of it; categories name its signal kinds and most mentioned entities, and {@code source}
 * names the site it came from. Entries without a byline take the site as author (through
 * {@code source}); the feed's author, Vigie, covers the rest.
 */
public final class AtomWriter {

    public static final String ATOM = "http://www.w3.org/2005/Atom";
    public static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final Feed feed;
    private final FeedLinks links;
    private XMLStreamWriter w;

    private AtomWriter(Feed feed, FeedLinks links) {
        this.feed = feed;
        this.links = links;
    }

    /** Writes {@code feed} to {@code out} (left open, flushed). */
    public static void write(Feed feed, FeedLinks links, OutputStream out) throws IOException {
        try {
            new AtomWriter(feed, links).write(out);
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the feed: " + e.getMessage(), e);
        }
    }

    /** The feed as bytes. */
    public static byte[] toBytes(Feed feed, FeedLinks links) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(4096 + feed.entries().size() * 2048);
        try {
            write(feed, links, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // not from a byte array
        }
        return out.toByteArray();
    }

    private void write(OutputStream out) throws XMLStreamException {
        w = FACTORY.createXMLStreamWriter(out, "UTF-8");
        w.writeStartDocument("UTF-8", "1.0");
        w.writeCharacters("\n");
        w.setDefaultNamespace(ATOM);
        w.writeStartElement(ATOM, "feed");
        w.writeDefaultNamespace(ATOM);
        nl(1);
        text("id", uuid("vigie feed " + (links.base() == null ? "" : links.base()) + "\u001f" + feed.request().key()));
        nl(1);
        text("title", title(feed));
        nl(1);
        text("subtitle", subtitle(feed));
        nl(1);
        text("updated", instant(feed.updated()));
        if (links.self() != null) {
            nl(1);
            link("self", "application/atom+xml", links.self(), null);
        }
        if (links.base() != null) {
            nl(1);
            link("alternate", "text/html", links.base() + "/search" + query(feed.request().params()), null);
        }
        nl(1);
        w.writeStartElement(ATOM, "author");
        text("name", "Vigie");
        w.writeEndElement();
        nl(1);
        text("generator", "Vigie");
        for (FeedEntry e : feed.entries()) {
            nl(1);
            entry(e);
        }
        w.writeCharacters("\n");
        w.writeEndElement();
        w.writeCharacters("\n");
        w.writeEndDocument();
        w.flush();
        w.close();
    }

    private void entry(FeedEntry e) throws XMLStreamException {
        w.writeStartElement(ATOM, "entry");
        if (e.language() != null && LANGUAGE.matcher(e.language()).matches()) {
            w.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", e.language());
        }
        nl(2);
        text("id", uuid("vigie article " + e.articleId()));
        nl(2);
        text("title", e.title());
        if (e.published() != null) { // an undated page has no publication to state, only when Vigie stored it
            nl(2);
            text("published", instant(e.published()));
        }
        nl(2);
        text("updated", instant(e.updated()));
        String vigie = links.base() == null ? null : links.base() + "/articles/" + enc(e.articleId());
        String original = FeedLinks.isHttp(e.url()) ? e.url().strip() : null;
        String alternate = original != null ? original : vigie;
        if (alternate != null) {
            nl(2);
            link("alternate", "text/html", alternate, null);
        }
        if (vigie != null && original != null) {
            nl(2);
            link("related", "text/html", vigie, "Vigie: entities, quotes and signals");
        }
        for (String a : e.authors()) {
            if (XmlText.clean(a).isBlank()) continue;
            nl(2);
            w.writeStartElement(ATOM, "author");
            text("name", a.strip());
            w.writeEndElement();
        }
        for (String kind : e.signals()) {
            nl(2);
            category(kind, links.base() == null ? null : links.base() + "/search?signal=", "signal: " + kind);
        }
        for (FeedEntry.EntityRef ref : e.entities()) {
            nl(2);
            boolean id = ref.entityId() != null && !ref.entityId().isBlank();
            category(id ? ref.entityId() : ref.canonical(), id && links.base() != null ? links.base() + "/entities/" : null,
                    ref.canonical());
        }
        if (e.summary() != null) {
            nl(2);
            // without a link to follow, the text is the content (RFC 4287 4.1.1: an entry has one or the other)
            text(alternate != null ? "summary" : "content", e.summary());
        } else if (alternate == null) {
            nl(2);
            text("content", e.title());
        }
        if (e.site() != null && !XmlText.clean(e.site()).isBlank()) {
            nl(2);
            w.writeStartElement(ATOM, "source");
            text("title", e.site());
            if (e.authors().stream().allMatch(a -> XmlText.clean(a).isBlank())) {
                w.writeStartElement(ATOM, "author");
                text("name", e.site());
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        nl(1);
        w.writeEndElement();
    }

    private void text(String name, String value) throws XMLStreamException {
        w.writeStartElement(ATOM, name);
        w.writeCharacters(XmlText.clean(value));
        w.writeEndElement();
    }

    private void link(String rel, String type, String href, String title) throws XMLStreamException {
        w.writeEmptyElement(ATOM, "link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("type", type);
        w.writeAttribute("href", XmlText.clean(href));
        if (title != null) w.writeAttribute("title", title);
    }

    private void category(String term, String scheme, String label) throws XMLStreamException {
        w.writeEmptyElement(ATOM, "category");
        w.writeAttribute("term", XmlText.clean(term));
        if (scheme != null) w.writeAttribute("scheme", scheme);
        w.writeAttribute("label", XmlText.clean(label));
    }

    private void nl(int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** RFC 3339 in UTC, to the second. */
    static String instant(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String uuid(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** "?q=alep&site=x" (empty without parameters), each value percent-encoded. */
    public static String query(List<String[]> params) {
        StringBuilder b = new StringBuilder();
        for (String[] p : params) b.append(b.length() == 0 ? '?' : '&').append(p[0]).append('=').append(enc(p[1]));
        return b.toString();
    }

    /** What the feed follows, in words: "Vigie: “alep” · naming Vladimir Poutine · on lemonde.fr". */
    public static String title(Feed feed) {
        var r = feed.request().search();
        List<String> parts = new ArrayList<>();
        if (!r.query().isBlank()) parts.add("“" + r.query().strip() + "”");
        for (String e : r.entities()) parts.add("naming " + feed.entityNames().getOrDefault(e, e));
        for (String s : r.speakers()) parts.add("quoting " + s);
        if (!r.sites().isEmpty()) parts.add("on " + String.join(" or ", r.sites()));
        if (!r.languages().isEmpty()) parts.add("in " + String.join(" or ", r.languages()));
        for (String s : r.signals()) parts.add("signal " + s);
        if (!r.authors().isEmpty()) parts.add("by " + String.join(" or ", r.authors()));
        if (!r.countries().isEmpty()) parts.add("about " + String.join(" or ", r.countries()));
        if (r.from() != null) parts.add("from " + r.from());
        if (r.to() != null) parts.add("to " + r.to());
        return "Vigie: " + (parts.isEmpty() ? "every article" : String.join(" · ", parts));
    }

    static String subtitle(Feed feed) {
        long listed = feed.entries().size();
        String s = String.format(Locale.ROOT, "%,d article%s match%s; ", feed.matched(), feed.matched() == 1 ? "" : "s",
                feed.matched() == 1 ? "es" : "");
        s += listed == 0 ? "none listed" : listed == 1 ? "the newest listed" : String.format(Locale.ROOT, "the %,d newest listed", listed);
        if (feed.undated() > 0) s += String.format(Locale.ROOT, " (%,d undated left out)", feed.undated());
        boolean storedOnly = feed.entries().stream().anyMatch(e -> e.published() == null);
        return s + ", by first publication" + (storedOnly ? " (undated ones by when Vigie stored them)." : ".");
    }
}
