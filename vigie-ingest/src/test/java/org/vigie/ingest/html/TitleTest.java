package org.vigie.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Origin;
import org.vigie.core.read.RawDocument;
import org.vigie.core.read.ReadException;

/** The headline without the site name, rubric or author that titles wrap it in; shapes of real pages. */
class TitleTest {

    private static final String PARAGRAPHS =
            "<p>Premier paragraphe du corps de l'article, assez long pour être retenu comme du texte, avec des virgules.</p>"
            + "<p>Second paragraphe du corps de l'article, lui aussi assez long pour compter, et qui conclut.</p>";

    private static String title(String head, String headline, String url) throws ReadException {
        String html = "<html><head>" + head + "</head><body><article>" + headline + PARAGRAPHS + "</article></body></html>";
        Metadata known = url == null ? Metadata.EMPTY : Metadata.EMPTY.withUrl(url);
        return new HtmlReader().readOne(new RawDocument(html.getBytes(StandardCharsets.UTF_8),
                new Origin("t.html", null, url), null, known)).title();
    }

    @Test
    void aRubricTheHeadlineDoesNotShowIsDropped() throws ReadException {
        // nytimes.com opinion page: og:title carries the rubric, <title> the rubric and the site
        String head = "<title>Opinion | Republicans Are Following Trump to Nowhere - The New York Times</title>"
                + "<meta property=\"og:title\" content=\"Opinion | Republicans Are Following Trump to Nowhere\">";
        assertEquals("Republicans Are Following Trump to Nowhere",
                title(head, "<h1>Republicans Are Following Trump to Nowhere</h1>", null));
        // a petition site: "Pétition : " before the headline the page shows
        String petition = "<title>Pétition : Non à la fermeture de la maternité de Die</title>";
        assertEquals("Non à la fermeture de la maternité de Die",
                title(petition, "<h1>Non à la fermeture de la maternité de Die</h1>", null));
    }

    @Test
    void aRubricTheHeadlineShowsIsKept() throws ReadException {
        String head = "<title>Column: The merger sends a dismal signal - Los Angeles Times</title>"
                + "<meta property=\"og:site_name\" content=\"Los Angeles Times\">";
        assertEquals("Column: The merger sends a dismal signal",
                title(head, "<h1>Column: The merger sends a dismal signal</h1>", null));
    }

    @Test
    void aShortHeadlineBeforeTheSiteNameOfItsDomain() throws ReadException {
        // vortexcannon.org: no og:site_name; the site's name starts with its domain's name
        String head = "<title>About bugs – Vortex Cannon Entertainment</title>";
        assertEquals("About bugs", title(head, "<h1>About bugs</h1>", "https://vortexcannon.org/about-bugs/"));
    }

    @Test
    void theSiteNameIsStrippedWithoutAHeadingToCompare() throws ReadException {
        String thr = "<title>Google Bets on the Future With Launch of Stadia | Hollywood Reporter</title>"
                + "<meta property=\"og:site_name\" content=\"The Hollywood Reporter\">";
        assertEquals("Google Bets on the Future With Launch of Stadia", title(thr, "", null));
        // a site name holding a separator itself
        String aoc = "<meta property=\"og:title\" content=\"Pour le néolibéralisme, la retraite est un archaïsme"
                + " | AOC media - Analyse Opinion Critique\"><meta property=\"og:site_name\" content=\"AOC media - Analyse Opinion Critique\">";
        assertEquals("Pour le néolibéralisme, la retraite est un archaïsme", title(aoc, "", null));
        // only a <title>: a short capitalised tail after a dash is the site
        assertEquals("Lorem ipsum dolor sit amet", title("<title>Lorem ipsum dolor sit amet – My website</title>", "", null));
    }

    @Test
    void theSiteNameInsideTheHeadlineDoesNotMakeItFurniture() throws ReadException {
        // a blog platform: the blog's name ends the headline part, the platform's name follows
        String head = "<meta property=\"og:title\" content=\"Randonnée au col (2) @ Le blog de Steven :: Blogville ::\">"
                + "<meta property=\"og:site_name\" content=\"Le blog de Steven\">";
        assertEquals("Randonnée au col (2) @ Le blog de Steven",
                title(head, "<h1>Blogville</h1>", "https://steven.blogville.net/article-2.html"));
    }

    @Test
    void headlinesWithTheirOwnColonOrDashStayWhole() throws ReadException {
        assertEquals("Brexit: May wins vote", title("<meta property=\"og:title\" content=\"Brexit: May wins vote\">"
                + "<meta property=\"og:site_name\" content=\"The Herald\">", "<h1>May wins vote</h1>", null));
        assertEquals("Grève du 5 décembre - les transports perturbés",
                title("<title>Grève du 5 décembre - les transports perturbés</title>", "", null));
        assertEquals("Brexit : Theresa May remporte le vote", title("<title>Brexit : Theresa May remporte le vote | Le Courrier</title>"
                + "<meta property=\"og:site_name\" content=\"Le Courrier\">", "<h1>Brexit : Theresa May remporte le vote</h1>", null));
        assertEquals("Lorient - Lyon en direct", title("<title>Lorient - Lyon en direct</title>", "", null));
    }

    @Test
    void aSectionHeadingIsNoHeadline() throws ReadException {
        // the <h1> names the section; the title's other segment is longer, so it is no furniture
        String head = "<title>Vie politique | Macron annonce un remaniement du gouvernement | Le Courrier</title>"
                + "<meta property=\"og:site_name\" content=\"Le Courrier\">";
        assertEquals("Vie politique | Macron annonce un remaniement du gouvernement",
                title(head, "<h1>Vie politique</h1>", null));
    }

    @Test
    void aPermalinkAnchorIsNoPartOfTheHeading() throws ReadException {
        String head = "<title>Evolve: Shared Mutable History</title>";
        assertEquals("Evolve: Shared Mutable History", title(head,
                "<h1>Evolve: Shared Mutable History<a class=\"headerlink\" href=\"#evolve\" title=\"Permalink\">¶</a></h1>", null));
    }

    @Test
    void oneMetaTagMayStateSeveralProperties() throws ReadException {
        String head = "<title>Title Element</title><meta property=\"x:title dc:title\" content=\"Preferred title\">";
        assertEquals("Preferred title", title(head, "", null));
    }
}
