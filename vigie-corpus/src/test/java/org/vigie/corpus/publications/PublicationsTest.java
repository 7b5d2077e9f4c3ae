package org.vigie.corpus.publications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Publication;
import org.vigie.corpus.reprints.SourceRanking;

/** Merging the pages of one text, on the sample page's real text (its headline and first paragraphs). */
class PublicationsTest {

    private static final SourceRanking RANKING = SourceRanking.defaults();
    private static final String SPUTNIK = "https://fr.sputniknews.com/international/201610091027999999-alep/";
    private static final String BLOG = "https://blog.example.org/2016/10/10/alep.html";
    private static final String MIRROR = "https://mirror.example.net/alep";

    private static Article text() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("../samples/aleppo-putin-erdogan.txt"), StandardCharsets.UTF_8);
        List<String> paragraphs = new ArrayList<>();
        for (String l : lines.subList(5, 12)) if (!l.isBlank()) paragraphs.add(l);
        return Article.compose(lines.get(0), null, paragraphs).withLanguage("fr", null);
    }

    private static Article at(String url, String date) throws Exception {
        return text().withMetadata(new Metadata(url, null, null, List.of(), date, "meta", null, null));
    }

    private static List<String> urls(Article a) {
        return Publications.of(a).stream().map(Publication::url).toList();
    }

    @Test
    void theEarliestPublicationIsTheMetadataWhicheverCameFirst() throws Exception {
        Article blog = at(BLOG, "2016-10-10"), sputnik = at(SPUTNIK, "2016-10-09");
        Article a = Publications.merge(blog, sputnik, RANKING);
        Article b = Publications.merge(sputnik, blog, RANKING);
        assertEquals(List.of(SPUTNIK, BLOG), urls(a));
        assertEquals(a.metadata(), b.metadata());
        assertEquals(a.alsoPublishedAt(), b.alsoPublishedAt());
        assertEquals("2016-10-09", a.metadata().date());
    }

    @Test
    void sameDayGoesToTheRankedSourceThenToTheFirstStored() throws Exception {
        Article mirror = at(MIRROR, "2016-10-09"), sputnik = at(SPUTNIK, "2016-10-09"), blog = at(BLOG, "2016-10-09");
        assertEquals(List.of(SPUTNIK, MIRROR), urls(Publications.merge(mirror, sputnik, RANKING)),
                "a same-day state-media copy is the likelier origin");
        assertEquals(List.of(MIRROR, BLOG), urls(Publications.merge(mirror, blog, RANKING)), "a tie keeps the first stored");
        assertEquals(List.of(BLOG, MIRROR), urls(Publications.merge(blog, mirror, RANKING)));
    }

    @Test
    void undatedOrUnreadableDatesComeAfterDatedOnes() throws Exception {
        Article dated = at(BLOG, "2016-10-10");
        assertEquals(List.of(BLOG, MIRROR), urls(Publications.merge(at(MIRROR, null), dated, RANKING)));
        assertEquals(List.of(BLOG, MIRROR), urls(Publications.merge(dated, at(MIRROR, "hier soir"), RANKING)));
    }

    @Test
    void theSamePageAgainIsACorrectionNotASecondPublication() throws Exception {
        Article first = Publications.merge(at(BLOG, "2016-10-10"), at(SPUTNIK, "2016-10-09"), RANKING);
        assertEquals(first, Publications.merge(first, at(SPUTNIK, "2016-10-09"), RANKING), "idempotent");
        assertEquals(first, Publications.merge(first, first, RANKING));

        Article corrected = Publications.merge(first, at(BLOG, "2016-10-08"), RANKING);
        assertEquals(List.of(BLOG, SPUTNIK), urls(corrected), "the blog's corrected date makes it the earliest");
        assertEquals("2016-10-08", corrected.metadata().date());

        Article noDate = Publications.merge(first, at(SPUTNIK, null), RANKING);
        assertEquals("2016-10-09", noDate.metadata().date(), "a field the new ingest lacks is kept");
    }

    @Test
    void aPageWithoutAddressIsTakenForTheSameSitesPageAndAnEmptyOneIsDropped() throws Exception {
        Article file = text(); // read from a file: no URL, no site, no date
        Article sputnik = at(SPUTNIK, "2016-10-09");
        assertEquals(List.of(SPUTNIK), urls(Publications.merge(file, sputnik, RANKING)));
        assertEquals(List.of(SPUTNIK), urls(Publications.merge(sputnik, file, RANKING)));

        Article named = text().withMetadata(new Metadata(null, null, "Sputnik", List.of(), "2016-10-09", "feed", null, null));
        Article withUrl = text().withMetadata(new Metadata(SPUTNIK, null, "Sputnik", List.of(), null, null, null, null));
        Article merged = Publications.merge(named, withUrl, RANKING);
        assertEquals(List.of(SPUTNIK), urls(merged));
        assertEquals("2016-10-09", merged.metadata().date());
    }

    @Test
    void theLayersComeWithTheEarliestPublicationsVersion() throws Exception {
        Article stored = at(SPUTNIK, "2016-10-09").withSourceId("sputnik-1");
        Article later = at(BLOG, "2016-10-10").withSourceId("blog-7").withCorpusLinks(null, "fam", null);
        Article m = Publications.merge(stored, later, RANKING);
        assertEquals("sputnik-1", m.sourceId());
        assertEquals("fam", m.familyId(), "the corpus links are the newest");
        assertNull(Publications.merge(later, stored, RANKING).familyId());
        assertEquals("sputnik-1", Publications.merge(later, stored, RANKING).sourceId());
    }

    @Test
    void anotherTextIsRefused() throws Exception {
        Article other = Article.compose("Autre", null, List.of("Autre texte."));
        assertThrows(IllegalArgumentException.class, () -> Publications.merge(text(), other, RANKING));
    }
}
