package org.vigie.ingest.feed;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.read.RawDocument;
import org.vigie.core.read.ReadException;

class FeedReaderTest {

    private final FeedReader reader = new FeedReader();

    /** An article as a feed publishes it. */
    record Item(String title, String link, String rfc822Date, String isoDate, List<String> paragraphs) {
    }

    private static final List<Item> ITEMS = List.of(
            new Item("Poutine et Erdogan d’accord sur Alep", "https://ex.fr/2016/10/10/alep",
                    "Mon, 10 Oct 2016 14:30:00 +0200", "2016-10-10T14:30+02:00",
                    List.of("Les présidents se sont réunis lundi à Istanbul.", "« Nous nous sommes entendus\u00A0», a dit M. Poutine.")),
            new Item("Séisme & tsunami : <alerte> levée", "https://ex.fr/2016/10/11/seisme",
                    "Tue, 11 Oct 2016 08:00:00 GMT", "2016-10-11T08:00Z",
                    List.of("L'alerte a été levée à 8 h.")));

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String rss(List<Item> items) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel><title>Le Journal</title>"
                + "<link>https://ex.fr/</link>\n");
        for (Item i : items) {
            StringBuilder html = new StringBuilder();
            for (String p : i.paragraphs()) html.append("<p>").append(esc(p)).append("</p>");
            b.append("<item><title>").append(esc(i.title())).append("</title><link>").append(i.link())
                    .append("</link><pubDate>").append(i.rfc822Date()).append("</pubDate>")
                    .append("<dc:creator>Jean Dupont</dc:creator><category>Monde</category>")
                    .append("<description>").append(esc("<p>Résumé : " + esc(i.title()) + "</p>")).append("</description>")
                    .append("<content:encoded><![CDATA[").append(html).append("<script>alert(1)</script>]]></content:encoded>")
                    .append("<guid isPermaLink=\"true\">").append(i.link()).append("</guid></item>\n");
        }
        return b.append("</channel></rss>").toString();
    }

    private static String atom(List<Item> items) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Le Journal</title>"
                + "<link href=\"https://ex.fr/\"/><id>urn:x</id>\n");
        for (int k = 0; k < items.size(); k++) {
            Item i = items.get(k);
            b.append("<entry><title type=\"text\">").append(esc(i.title())).append("</title>")
                    .append("<link rel=\"self\" href=\"https://ex.fr/api/").append(k).append("\"/>")
                    .append("<link rel=\"alternate\" href=\"").append(i.link()).append("\"/>")
                    .append("<id>urn:item:").append(k).append("</id>")
                    .append("<published>").append(i.isoDate().replace("+02:00", ":00+02:00").replace("Z", ":00Z"))
                    .append("</published><author><name>Jean Dupont</name></author>");
            if (k == 0) {
                b.append("<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">");
                for (String p : i.paragraphs()) b.append("<p>").append(esc(p)).append("</p>");
                b.append("</div></content>");
            } else {
                StringBuilder html = new StringBuilder();
                for (String p : i.paragraphs()) html.append("<p>").append(esc(p)).append("</p>");
                b.append("<content type=\"html\">").append(esc(html.toString())).append("</content>");
            }
            b.append("</entry>\n");
        }
        return b.append("</feed>").toString();
    }

    private List<Article> read(String xml, List<ReadException> rejects) throws ReadException {
        return reader.read(RawDocument.of(xml.getBytes(StandardCharsets.UTF_8), "f.xml"), rejects::add);
    }

    private static void assertRoundTrip(List<Article> out) {
        assertEquals(ITEMS.size(), out.size());
        for (int k = 0; k < ITEMS.size(); k++) {
            Item i = ITEMS.get(k);
            Article a = out.get(k);
            assertEquals(i.title(), a.title());
            assertEquals(i.paragraphs(), List.of(a.body().split("\n")));
            assertEquals(i.link(), a.metadata().url());
            assertEquals(i.link(), a.origin().url());
            assertEquals(k + 1L, a.origin().record());
            assertEquals(i.isoDate(), a.metadata().date());
            assertEquals("feed", a.metadata().dateSource());
            assertEquals(List.of("Jean Dupont"), a.metadata().authors());
            assertEquals("Le Journal", a.metadata().site());
            assertFalse(a.text().contains("alert(1)"), "scripts are dropped");
            assertFalse(a.text().contains("<p>"), "markup is stripped");
        }
    }

    @Test
    void rss2RoundTrip() throws ReadException {
        List<ReadException> rejects = new ArrayList<>();
        List<Article> out = read(rss(ITEMS), rejects);
        assertEquals(List.of(), rejects);
        assertRoundTrip(out);
        assertEquals("Résumé : " + ITEMS.get(0).title(), out.get(0).standfirst());
        assertEquals("Monde", out.get(0).metadata().section());
        assertEquals(ITEMS.get(0).link(), out.get(0).sourceId());
    }

    @Test
    void atomRoundTrip() throws ReadException {
        List<ReadException> rejects = new ArrayList<>();
        List<Article> out = read(atom(ITEMS), rejects);
        assertEquals(List.of(), rejects);
        assertRoundTrip(out);
        assertEquals("urn:item:1", out.get(1).sourceId());
        assertNull(out.get(0).standfirst());
    }

    @Test
    void rss1RdfWithSummaryOnly() throws ReadException {
        String xml = "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                + " xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<channel><title>Canal</title></channel>"
                + "<item rdf:about=\"https://ex.fr/a\"><title>Titre</title><link>https://ex.fr/a</link>"
                + "<description>Premier.&lt;br&gt;Second&amp;nbsp;!</description><dc:date>2016-10-10</dc:date></item>"
                + "</rdf:RDF>";
        Article a = read(xml, new ArrayList<>()).get(0);
        assertEquals("Titre", a.title());
        assertEquals("Premier.\nSecond\u00A0!", a.body());
        assertEquals("2016-10-10", a.metadata().date());
        assertEquals("Canal", a.metadata().site());
    }

    @Test
    void itemWithNothingIsRejectedAndHeadlineOnlyItemIsKept() throws ReadException {
        String xml = "<rss><channel><item><link>https://ex.fr/x</link></item>"
                + "<item><title>Juste un titre</title><link>https://ex.fr/y</link></item></channel></rss>";
        List<ReadException> rejects = new ArrayList<>();
        List<Article> out = read(xml, rejects);
        assertEquals(1, rejects.size());
        assertTrue(rejects.get(0).getMessage().contains("item 1 has no title, content nor summary"));
        assertEquals(1, out.size());
        assertEquals("Juste un titre", out.get(0).text());
        assertEquals(2L, out.get(0).origin().record());
    }

    @Test
    void latin1DeclaredFeedIsDecoded() throws ReadException {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><item><title>Été à Noël</title>"
                + "<description>Déjà vu</description></item></channel></rss>";
        List<Article> out = reader.read(RawDocument.of(xml.getBytes(StandardCharsets.ISO_8859_1), "l.rss"));
        assertEquals("Été à Noël", out.get(0).title());
        assertEquals("Déjà vu", out.get(0).body());
    }

    @Test
    void externalEntitiesAreNeverResolved() throws ReadException {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<rss><channel><item><title>T</title><description>a &xxe; b</description></item></channel></rss>";
        Article a = read(xml, new ArrayList<>()).get(0);
        assertFalse(a.text().contains("root:"), a.text());
    }

    @Test
    void anHtmlPageIsNotAFeed() {
        ReadException e = assertThrows(ReadException.class,
                () -> read("<html><body><p>Bonjour</p></body></html>", new ArrayList<>()));
        assertTrue(e.getMessage().contains("root element <html>"), e.getMessage());
    }
}
