package org.vigie.ingest.language;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.read.RawDocument;
import org.vigie.ingest.dump.DumpReader;

class LanguageStageTest {

    private final LanguageStage stage = new LanguageStage();

    private static final String FR_200 = "Les présidents russe et turc se sont entendus lundi à Istanbul pour"
            + " intensifier les contacts entre leurs ministères de la Défense et lancer des projets communs,"
            + " a-t-on appris de source officielle.";
    private static final String EN = "The Russian and Turkish presidents agreed on Monday in Istanbul to"
            + " step up contacts between their defence ministries and to launch joint projects.";
    private static final String DE = "Die Präsidenten Russlands und der Türkei haben sich am Montag in Istanbul"
            + " darauf geeinigt, die Kontakte zwischen ihren Verteidigungsministerien zu verstärken.";
    private static final String RU = "Президенты России и Турции договорились в понедельник в Стамбуле"
            + " активизировать контакты между министерствами обороны двух стран.";
    private static final String AR = "اتفق الرئيسان الروسي والتركي يوم الاثنين في إسطنبول على تكثيف"
            + " الاتصالات بين وزارتي الدفاع في البلدين وإطلاق مشاريع مشتركة.";

    private Article withBody(String body) {
        return Article.compose("", null, List.of(body));
    }

    @Test
    void detectsTheLanguageOfNewsParagraphs() {
        assertEquals("fr", stage.process(withBody(FR_200)).language());
        assertEquals("en", stage.process(withBody(EN)).language());
        assertEquals("de", stage.process(withBody(DE)).language());
        assertEquals("ru", stage.process(withBody(RU)).language());
        assertEquals("ar", stage.process(withBody(AR)).language());
    }

    @Test
    void aTwoHundredCharacterFrenchParagraphIsFrenchWithHighConfidence() {
        assertTrue(FR_200.length() >= 180 && FR_200.length() <= 220, "length " + FR_200.length());
        Article a = stage.process(withBody(FR_200));
        assertEquals("fr", a.language());
        assertTrue(a.languageConfidence() > 0.5, "confidence " + a.languageConfidence());
        assertTrue(a.languageConfidence() <= 1.0);
    }

    @Test
    void highAccuracyModeAgrees() {
        LanguageStage high = new LanguageStage(true);
        assertEquals("fr", high.process(withBody(FR_200)).language());
        assertEquals("de", high.process(withBody(DE)).language());
    }

    @Test
    void theSamplePageIsFrenchAndItsTextIsUntouched() throws Exception {
        Path sample = Path.of("../samples/aleppo-putin-erdogan.txt");
        Article a = new DumpReader().read(RawDocument.of(Files.readAllBytes(sample), sample.toString())).get(0);
        Article b = stage.process(a);
        assertEquals("fr", b.language());
        assertEquals(a.text(), b.text());
        assertEquals(a.id(), b.id());
    }

    @Test
    void everyOrangeSumArticleIsFrench() throws Exception {
        Path jsonl = Path.of("../samples/orangesum/orangesum-sample.jsonl");
        List<Article> articles = new org.vigie.ingest.tabular.JsonlReader()
                .read(RawDocument.of(Files.readAllBytes(jsonl), jsonl.toString()));
        assertEquals(40, articles.size());
        for (Article a : articles) {
            Article b = stage.process(a);
            assertEquals("fr", b.language(), a.title());
            assertTrue(b.languageConfidence() > 0.9, a.title() + ": " + b.languageConfidence());
        }
    }

    @Test
    void noLettersMeansNoLanguage() {
        Article a = stage.process(withBody("12 345 678 — 90 %"));
        assertNull(a.language());
        assertNull(a.languageConfidence());
    }
}
