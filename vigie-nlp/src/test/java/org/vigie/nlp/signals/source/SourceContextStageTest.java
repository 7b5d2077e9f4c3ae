package org.vigie.nlp.signals.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Signal;

class SourceContextStageTest {

    private static Article from(String url, String site) {
        return Article.compose("Titre", null, List.of("Texte."))
                .withMetadata(new Metadata(url, null, site, List.of(), "2020-01-01", "meta", null, null));
    }

    @Test
    void subdomainsAndSiteNamesMatchTheListedDomain() {
        SourceContextStage stage = new SourceContextStage(SourceRatings.bundled());
        Signal s = stage.process(from("https://francais.rt.com/international/1", null)).signals().get(0);
        assertEquals(SourceContextStage.KIND, s.kind());
        assertTrue(s.explanation().contains("rt.com") && s.explanation().contains("2022/350"), s.explanation());
        assertEquals(1, stage.process(from(null, "www.sputniknews.com")).signals().size());
        assertEquals(List.of(), stage.process(from("https://www.lemonde.fr/x", null)).signals());
        assertEquals(List.of(), stage.process(from("https://art.com/x", null)).signals());
    }

    @Test
    void customListReplacesTheBundledOneAndBadLinesAreReportedWithTheirLine(@TempDir Path dir) throws IOException {
        Path ok = dir.resolve("ok.txt");
        Files.writeString(ok, "# my list\nexemple.org | site test | test site | moi | 0.2\n");
        SourceRatings r = SourceRatings.load(ok);
        assertEquals(0.2, r.lookup("https://news.exemple.org/a").score());
        assertNull(r.lookup("https://rt.com/"));
        Signal en = new SourceContextStage(r).process(from("https://exemple.org/a", null).withLanguage("en", 1.0))
                .signals().get(0);
        assertEquals("The site exemple.org is listed as test site (moi).", en.explanation());
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "exemple.org | site test | test site | moi | beaucoup\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SourceRatings.load(bad));
        assertTrue(e.getMessage().contains("bad.txt:1") && e.getMessage().contains("score"), e.getMessage());
    }
}
