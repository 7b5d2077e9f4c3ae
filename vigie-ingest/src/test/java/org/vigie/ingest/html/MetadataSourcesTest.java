package org.vigie.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Origin;
import org.vigie.core.read.RawDocument;
import org.vigie.core.read.ReadException;

/** Each metadata source on its own, and their order of precedence. */
class MetadataSourcesTest {

    private static final String BODY = "<article><h1>Le titre de l'article</h1>"
            + "<p>Premier paragraphe du corps de l'article, assez long pour être retenu comme du texte, avec des virgules.</p>"
            + "<p>Second paragraphe du corps de l'article, lui aussi assez long pour compter, et qui conclut.</p></article>";

    private static Article read(String head, String body, String url) throws ReadException {
        String html = "<html><head><title>Le titre de l'article - Site</title>" + head + "</head><body>" + body + "</body></html>";
        Metadata known = url == null ? Metadata.EMPTY : Metadata.EMPTY.withUrl(url);
        return new HtmlReader().readOne(new RawDocument(html.getBytes(StandardCharsets.UTF_8),
                new Origin("test.html", null, null), null, known));
    }

    @Test
    void jsonLdGraphGivesDatesAuthorsSectionAndPublisher() throws ReadException {
        String ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebSite\",\"name\":\"Ignored\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Le titre de l'article\",\"datePublished\":\"2021-02-03T10:20:30+01:00\","
                + "\"dateModified\":\"2021-02-04T08:00:00Z\",\"articleSection\":\"Politique\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Anne Dupont\"},{\"@type\":\"Person\",\"name\":\"Jean Durand\"}],"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"La Gazette\"}}]}</script>"
                + "<meta property=\"article:published_time\" content=\"2020-01-01\">";
        Article a = read(ld, BODY, null);
        Metadata m = a.metadata();
        assertEquals("2021-02-03T10:20:30+01:00", m.date());
        assertEquals("json-ld", m.dateSource());
        assertEquals("2021-02-04T08:00:00Z", m.modified());
        assertEquals(List.of("Anne Dupont", "Jean Durand"), m.authors());
        assertEquals("Politique", m.section());
        assertEquals("La Gazette", m.site());
    }

    @Test
    void brokenJsonLdIsIgnoredAndMetaTagsAnswer() throws ReadException {
        String head = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": </script>"
                + "<meta property=\"article:published_time\" content=\"2019-05-06T07:08:09+02:00\">"
                + "<meta property=\"article:modified_time\" content=\"2019-05-07T00:00:00+02:00\">"
                + "<meta name=\"author\" content=\"Par Marie Curie\">"
                + "<meta property=\"og:site_name\" content=\"Le Site\">"
                + "<link rel=\"canonical\" href=\"https://exemple.fr/a/b.html\">";
        Metadata m = read(head, BODY, null).metadata();
        assertEquals("2019-05-06T07:08:09+02:00", m.date());
        assertEquals("meta", m.dateSource());
        assertEquals("2019-05-07T00:00:00+02:00", m.modified());
        assertEquals(List.of("Marie Curie"), m.authors());
        assertEquals("Le Site", m.site());
        assertEquals("https://exemple.fr/a/b.html", m.canonicalUrl());
    }

    @Test
    void bylineWithCoAuthorsInParenthesesNamesEachPerson() throws ReadException {
        // Le Monde's byline: "Par <a>Martin Untersinger</a> (avec Damien Leloup et Morgane Tual)"
        String body = "<article><h1>Le titre de l'article</h1><p>Par <span itemprop=\"author\" class=\"auteur\">"
                + "<a class=\"auteur\" href=\"/journaliste/martin-untersinger/\">Martin Untersinger</a>"
                + " (avec Damien Leloup et Morgane Tual)</span></p>"
                + BODY.substring("<article><h1>Le titre de l'article</h1>".length());
        Metadata m = read("", body, null).metadata();
        assertEquals(List.of("Martin Untersinger", "Damien Leloup", "Morgane Tual"), m.authors());
    }

    @Test
    void timeElementGivesTheDate() throws ReadException {
        String body = "<article><h1>Le titre de l'article</h1><time datetime=\"2018-11-12T14:00:00Z\">12 nov.</time>"
                + BODY.substring("<article><h1>Le titre de l'article</h1>".length());
        Metadata m = read("", body, null).metadata();
        assertEquals("2018-11-12T14:00:00Z", m.date());
        assertEquals("time", m.dateSource());
    }

    @Test
    void urlPatternGivesTheDate() throws ReadException {
        Metadata m = read("", BODY, "https://www.exemple.fr/monde/2016/10/10/un-article.html").metadata();
        assertEquals("2016-10-10", m.date());
        assertEquals("url", m.dateSource());
        assertEquals("https://www.exemple.fr/monde/2016/10/10/un-article.html", m.url());
        assertEquals("exemple.fr", m.site());
    }

    @Test
    void frenchDateNearTheBylineIsTheLastResort() throws ReadException {
        String body = "<article><h1>Le titre de l'article</h1><p class=\"date\">AFP, publié le jeudi 1er octobre 2020 à 11h03</p>"
                + BODY.substring("<article><h1>Le titre de l'article</h1>".length());
        Article a = read("", body, null);
        assertEquals("2020-10-01", a.metadata().date());
        assertEquals("text", a.metadata().dateSource());
        assertEquals(false, a.body().contains("publié le"));
    }

    @Test
    void noDateAnywhereGivesNone() throws ReadException {
        Metadata m = read("", BODY, "https://exemple.fr/sans-date").metadata();
        assertNull(m.date());
        assertNull(m.dateSource());
    }

    @Test
    void siteNameIsStrippedFromTheDocumentTitle() throws ReadException {
        String html = "<html><head><title>Un conseil municipal sous tension | Le Courrier</title>"
                + "<meta property=\"og:site_name\" content=\"Le Courrier\"></head><body>" + BODY.replace("<h1>Le titre de l'article</h1>", "") + "</body></html>";
        Article a = new HtmlReader().readOne(RawDocument.of(html.getBytes(StandardCharsets.UTF_8), "t.html"));
        assertEquals("Un conseil municipal sous tension", a.title());
    }

    @Test
    void theHeadlineWinsOverADocumentTitleCarryingTheSiteTagline() throws ReadException {
        // The shape of a real car-news page: <title> appends the site's tagline, which neither the
        // <h1> nor og:title carry; the headline is what a reader sees and what reprints copy.
        String html = "<html><head><title>VW I.D. R Pikes Peak: impression 3D : actualité automobile, infos, scoop</title>"
                + "<meta content=\"VW I.D. R Pikes Peak: impression 3D\" property=\"og:title\"></head><body>"
                + BODY.replace("<h1>Le titre de l'article</h1>", "<h1 itemscope itemtype=\"http://schema.org/title\">\n    VW I.D. R Pikes Peak: impression 3D\n</h1>")
                + "</body></html>";
        Article a = new HtmlReader().readOne(RawDocument.of(html.getBytes(StandardCharsets.UTF_8), "t.html"));
        assertEquals("VW I.D. R Pikes Peak: impression 3D", a.title());
    }
}
