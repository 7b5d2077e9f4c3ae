package org.vigie.testkit;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads an Atom 1.0 feed (RFC 4287) with the JDK's XML parser, namespace-aware, and checks what
 * the RFC requires of it: a well-formed document whose root is {@code atom:feed}; one {@code id}
 * (an absolute IRI), {@code title} and {@code updated} (an RFC 3339 date-time) per feed and per
 * entry; an author for every entry (its own, its source's or the feed's); an {@code alternate}
 * link or a {@code content} per entry, and at most one {@code alternate} per type; an
 * {@code href} on every link and a {@code term} on every category. A breach throws
 * {@link AssertionError} naming it; otherwise the feed comes back as records, for tests to read.
 */
public final class AtomCheck {

    public static final String ATOM = "http://www.w3.org/2005/Atom";

    public record Link(String rel, String type, String href, String title) {
    }

    public record Category(String term, String scheme, String label) {
    }

    public record Entry(String id, String title, String updated, String published, String lang, List<Link> links,
                        List<String> authors, String summary, String content, List<Category> categories,
                        String sourceTitle, List<String> sourceAuthors) {

        /** The href of the first link with this rel (null when none). */
        public String link(String rel) {
            return links.stream().filter(l -> l.rel().equals(rel)).map(Link::href).findFirst().orElse(null);
        }
    }

    public record Feed(String id, String title, String subtitle, String updated, List<Link> links, List<String> authors,
                       List<Entry> entries) {

        public String link(String rel) {
            return links.stream().filter(l -> l.rel().equals(rel)).map(Link::href).findFirst().orElse(null);
        }
    }

    private AtomCheck() {
    }

    /** Parses and checks {@code xml}; an AssertionError says what breaks the format. */
    public static Feed read(byte[] xml) {
        Document d;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            d = b.parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
        Element root = d.getDocumentElement();
        check(ATOM.equals(root.getNamespaceURI()) && root.getLocalName().equals("feed"),
                "root is {" + root.getNamespaceURI() + "}" + root.getLocalName() + ", not atom:feed");
        String id = iri(one(root, "id", "feed"), "feed id");
        String title = one(root, "title", "feed");
        String updated = dateTime(one(root, "updated", "feed"), "feed updated");
        String subtitle = optional(root, "subtitle");
        List<Link> links = links(root, "feed");
        List<String> authors = authors(root);
        List<Entry> entries = new ArrayList<>();
        for (Element e : children(root, "entry")) {
            String what = "entry " + (entries.size() + 1);
            List<Link> el = links(e, what);
            List<String> ea = authors(e);
            Element source = children(e, "source").stream().findFirst().orElse(null);
            List<String> sa = source == null ? List.of() : authors(source);
            check(!ea.isEmpty() || !sa.isEmpty() || !authors.isEmpty(), what + " has no author, nor its source, nor the feed");
            String content = optional(e, "content");
            check(content != null || el.stream().anyMatch(l -> l.rel().equals("alternate")),
                    what + " has neither content nor an alternate link");
            List<Category> cats = new ArrayList<>();
            for (Element c : children(e, "category")) {
                check(!c.getAttribute("term").isEmpty(), what + ": a category without term");
                cats.add(new Category(c.getAttribute("term"), attr(c, "scheme"), attr(c, "label")));
            }
            String published = optional(e, "published");
            if (published != null) dateTime(published, what + " published");
            String lang = e.hasAttributeNS(XMLConstants.XML_NS_URI, "lang") ? e.getAttributeNS(XMLConstants.XML_NS_URI, "lang") : null;
            entries.add(new Entry(iri(one(e, "id", what), what + " id"), one(e, "title", what),
                    dateTime(one(e, "updated", what), what + " updated"), published, lang, el, ea, optional(e, "summary"),
                    content, cats, source == null ? null : optional(source, "title"), sa));
        }
        return new Feed(id, title, subtitle, updated, links, authors, entries);
    }

    private static List<Link> links(Element parent, String what) {
        List<Link> out = new ArrayList<>();
        Set<String> alternates = new HashSet<>();
        for (Element l : children(parent, "link")) {
            check(!l.getAttribute("href").isEmpty(), what + ": a link without href");
            String rel = l.hasAttribute("rel") ? l.getAttribute("rel") : "alternate";
            if (rel.equals("alternate")) {
                check(alternates.add(l.getAttribute("type") + " " + l.getAttribute("hreflang")),
                        what + ": two alternate links of one type");
            }
            out.add(new Link(rel, attr(l, "type"), l.getAttribute("href"), attr(l, "title")));
        }
        return out;
    }

    private static List<String> authors(Element parent) {
        List<String> out = new ArrayList<>();
        for (Element a : children(parent, "author")) out.add(one(a, "name", "author"));
        return out;
    }

    private static String one(Element parent, String name, String what) {
        List<Element> cs = children(parent, name);
        check(cs.size() == 1, what + " has " + cs.size() + " atom:" + name + " (exactly one required)");
        return cs.get(0).getTextContent();
    }

    private static String optional(Element parent, String name) {
        List<Element> cs = children(parent, name);
        check(cs.size() <= 1, "more than one atom:" + name);
        return cs.isEmpty() ? null : cs.get(0).getTextContent();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) out.add(e);
        }
        return out;
    }

    private static String attr(Element e, String name) {
        return e.hasAttribute(name) ? e.getAttribute(name) : null;
    }

    private static String iri(String v, String what) {
        try {
            check(URI.create(v.strip()).isAbsolute(), what + " is not an absolute IRI: " + v);
        } catch (IllegalArgumentException e) {
            throw new AssertionError(what + " is not an IRI: " + v);
        }
        return v;
    }

    private static String dateTime(String v, String what) {
        try {
            OffsetDateTime.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new AssertionError(what + " is not an RFC 3339 date-time: " + v);
        }
        return v;
    }

    private static void check(boolean ok, String message) {
        if (!ok) throw new AssertionError("invalid Atom feed: " + message);
    }
}
