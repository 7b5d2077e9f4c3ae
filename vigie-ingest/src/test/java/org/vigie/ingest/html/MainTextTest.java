package org.vigie.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Section;
import org.vigie.core.read.RawDocument;
import org.vigie.core.read.ReadException;

/** Main-text extraction on a hand-written page carrying every kind of furniture news sites show. */
class MainTextTest {

    private static Article article;

    @BeforeAll
    static void read() throws IOException, ReadException {
        byte[] bytes;
        try (InputStream in = MainTextTest.class.getResourceAsStream("furniture-page.html")) {
            bytes = in.readAllBytes();
        }
        article = new HtmlReader().readOne(RawDocument.of(bytes, "furniture-page.html"));
    }

    @Test
    void titleAndStandfirstAreSeparatedFromTheBody() {
        assertEquals("Grève des contrôleurs aériens : des centaines de vols annulés", article.title());
        assertTrue(article.standfirst().startsWith("La direction générale de l'aviation civile a demandé"));
        assertFalse(article.body().contains("La direction générale de l'aviation civile a demandé"));
        assertTrue(article.body().startsWith("Les passagers des aéroports français"), article.body());
        assertTrue(article.body().endsWith("un TGV sur trois en moyenne sur les grandes lignes."), article.body());
    }

    @Test
    void furnitureIsDropped() {
        String text = article.text();
        for (String leak : List.of("cookies", "Accueil", "Partager", "newsletter", "Recevez chaque matin",
                "À lire aussi", "le calendrier du Sénat", "Sur le même sujet", "ce que contient la réforme",
                "commentaires", "Soutien total", "Les plus lus", "week-end printanier", "Mentions légales",
                "Claire Martin", "publié le", "SCRIPT-LEAK", "STYLE-LEAK", "tracking")) {
            assertFalse(text.contains(leak), () -> "furniture kept: " + leak + "\n" + text);
        }
    }

    @Test
    void headingsListsAndQuotesKeepTheirKind() {
        assertEquals("Des files d'attente dès l'aube", textOf(Section.Kind.HEADING).get(0));
        assertEquals(List.of("Paris-Orly : 20 % des vols annulés", "Marseille-Provence : 30 % des vols annulés"),
                textOf(Section.Kind.LIST_ITEM));
        List<String> quotes = textOf(Section.Kind.QUOTE_BLOCK);
        assertEquals(1, quotes.size());
        assertTrue(quotes.get(0).startsWith("« Nous sommes désolés"));
        assertEquals(4, textOf(Section.Kind.PARAGRAPH).size());
    }

    @Test
    void paragraphsAreSeparateAndSectionsPointIntoTheText() {
        long bodySections = article.sections().stream().filter(Section::isBody).count();
        assertEquals(8, bodySections);
        assertEquals(bodySections, article.body().split("\n").length);
        for (Section s : article.sections()) {
            String covered = article.text().substring(s.start(), s.end());
            assertEquals(covered.strip(), covered);
            assertFalse(covered.isEmpty());
        }
    }

    @Test
    void metadataComesFromTheHead() {
        assertEquals("Le Quotidien du Test", article.metadata().site());
        assertEquals("Économie", article.metadata().section());
        assertEquals("https://www.quotidien-test.fr/economie/2023/03/07/greve-controleurs.html",
                article.metadata().canonicalUrl());
        assertEquals(List.of("Claire Martin"), article.metadata().authors());
        assertEquals("2023-03-07", article.metadata().date());
    }

    @Test
    void pageWrappedInOneFormStillHasItsText() throws ReadException {
        String html = "<html><head><title>Titre</title></head><body><form id=\"aspnetForm\"><div class=\"content\">"
                + "<p>Un premier paragraphe assez long pour être du texte d'article, avec des virgules, et des mots.</p>"
                + "<p>Un second paragraphe, lui aussi assez long pour compter comme du texte d'article ordinaire.</p>"
                + "</div><input type=\"hidden\" name=\"__VIEWSTATE\" value=\"x\"></form></body></html>";
        Article a = page(html);
        assertEquals(2, a.paragraphs().size());
        assertTrue(a.body().startsWith("Un premier paragraphe"));
    }

    @Test
    void liveCommentaryIsTextButReadersCommentsAreNot() throws ReadException {
        String html = "<html><head><title>Lorient - Lyon en direct</title></head><body><div class=\"live-match\">"
                + "<div class=\"live-match-comment\"><div class=\"live-match-comment-body\">Sur un coup-franc excentré, "
                + "Dubois dévie le ballon de la tête, mais le gardien capte finalement le ballon sans trembler.</div></div>"
                + "<div class=\"live-match-comment\"><div class=\"live-match-comment-body\">C'est terminé au Moustoir, "
                + "Lorient a tenu bon face à des Lyonnais dominateurs mais maladroits devant le but adverse.</div></div>"
                + "<div class=\"live-match-comment\"><div class=\"live-match-comment-body\">Corner pour Lyon, le coup de pied "
                + "de coin ne donne rien, la défense lorientaise se dégage sans difficulté.</div></div>"
                + "<div class=\"live-match-comment\"><div class=\"live-match-comment-body\">Les deux équipes se cherchent en ce "
                + "début de match, peu d'occasions, beaucoup de duels au milieu du terrain.</div></div></div>"
                + "<div class=\"comments\"><div class=\"comment\">Quel match nul, les Lyonnais ont encore déçu leurs "
                + "supporters ce soir, comme d'habitude, je ne regarde plus.</div></div></body></html>";
        Article a = page(html);
        assertTrue(a.body().contains("Dubois dévie le ballon"), a.body());
        assertTrue(a.body().contains("C'est terminé au Moustoir"), a.body());
        assertFalse(a.body().contains("Quel match nul"), a.body());
    }

    /**
     * Markup shaped as on two pages of the scrapinghub benchmark (MIT): the Los Angeles Times puts the
     * lead picture in a "lead" block, CBS Sports the writer's bio in an "author-bio-box-dek"; both
     * caption and bio were taken for the standfirst, whose names the body then never gave.
     */
    @Test
    void aLeadPicturesCaptionOrAWritersBioIsNoStandfirst() throws ReadException {
        String body = "<p>The merger of the big newspaper chains Gannett and GateHouse Media, which became final Tuesday, "
                + "will create a stronger print and digital news enterprise with deep local roots.</p>"
                + "<p>That is the optimistic view mouthed by Michael Reed, the CEO of New Media Investment Group, which "
                + "owned GateHouse and will own the combined company.</p>";
        String leadPicture = "<html><head><title>The Gannett merger</title></head><body><article>"
                + "<div class=\"ArticlePage-lead\"><figure class=\"Figure\"><img src=\"g.jpg\" alt=\"\">"
                + "<div class=\"Figure-caption\">Gannett is merging with GateHouse to create the largest newspaper chain "
                + "in the U.S. (Jacquelyn Martin / Associated Press)</div></figure></div>"
                + "<div class=\"RichTextArticleBody\">" + body + "</div></article></body></html>";
        Article a = page(leadPicture);
        assertEquals(null, a.standfirst());
        assertTrue(a.body().startsWith("The merger of the big newspaper chains"), a.body());

        String bio = "<html><head><title>Euro 2020 qualifying</title></head><body><article><div class=\"content\">" + body
                + "</div><div class=\"author-bio-box\"><div class=\"author-bio-box-dek\"><p>Roger Gonzalez is an "
                + "award-winning writer based in Virginia that has covered pro soccer from Europe's top clubs to "
                + "Argentina's first division. Full Bio</p></div></div></article></body></html>";
        Article b = page(bio);
        assertEquals(null, b.standfirst());

        String header = "<html><head><title>NASA Just Confirmed There Are Water Plumes Above Europa</title></head><body>"
                + "<article><div class=\"article-summary\">SPACE NASA Just Confirmed There Are Water Plumes Above Europa "
                + "VICTOR TANGERMANN, FUTURISM 18 NOV 2019</div><div class=\"content\">" + body + "</div></article></body></html>";
        assertEquals(null, page(header).standfirst());
        String newsletter = "<html><head><title>Settlements</title></head><body><article><div class=\"field--type-text-with-summary\">"
                + "<h4>Subscribe</h4><div>Sign up to our newsletter for exclusive updates and enhanced content</div>"
                + "<a href=\"/newsletter\">Subscribe Now</a></div>"
                + "<div class=\"content\">" + body + "</div></article></body></html>";
        assertEquals(null, page(newsletter).standfirst());

        String dek = "<html><head><title>Euro 2020 qualifying</title></head><body><article><p class=\"dek\">Twenty teams "
                + "have punched tickets for next summer's tournament, held across Europe for the first time.</p>"
                + "<div class=\"content\">" + body + "</div></article></body></html>";
        Article c = page(dek);
        assertTrue(c.standfirst().startsWith("Twenty teams have punched tickets"), String.valueOf(c.standfirst()));
    }

    /**
     * Markup shaped as on a CBS News page of the scrapinghub benchmark (MIT): a "More World" listing,
     * whose class names its lead picture ("list-stack-with-lead-image"), came before the article, and
     * its headlines and summaries were taken for the article's standfirst.
     */
    @Test
    void aListingOfOtherStoriesIsNoStandfirst() throws ReadException {
        String body = "<p>The merger of the big newspaper chains Gannett and GateHouse Media, which became final Tuesday, "
                + "will create a stronger print and digital news enterprise with deep local roots.</p>"
                + "<p>That is the optimistic view mouthed by Michael Reed, the CEO of New Media Investment Group, which "
                + "owned GateHouse and will own the combined company.</p>";
        StringBuilder listing = new StringBuilder("<section class=\"component component--view-list-stack-with-lead-image-limit-5\">"
                + "<h3 class=\"component__title\">World</h3>");
        for (String[] item : new String[][] {
                {"Why farmers may want to paint their cows with zebra stripes", "Some people thought the stripy cattle were a joke"},
                {"Israel carries out strikes on Iranian targets in Syria", "Defense chief says the strikes were a message to Iran"}}) {
            listing.append("<article class=\"item\"><h4 class=\"item__hed\">").append(item[0]).append("</h4><p class=\"item__dek\">")
                    .append(item[1]).append("</p><span>32M ago</span></article>");
        }
        listing.append("</section>");
        Article a = page("<html><head><title>The Gannett merger</title></head><body>" + listing
                + "<article><div class=\"content\">" + body + "</div></article></body></html>");
        assertEquals(null, a.standfirst());
        assertTrue(a.body().startsWith("The merger of the big newspaper chains"), a.body());
    }

    /** A hand-written page read as Vigie reads any HTML file. */
    private static Article page(String html) throws ReadException {
        return new HtmlReader().readOne(RawDocument.of(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), "page.html"));
    }

    private static List<String> textOf(Section.Kind kind) {
        return article.sections().stream().filter(s -> s.kind() == kind)
                .map(s -> article.text().substring(s.start(), s.end())).toList();
    }
}
