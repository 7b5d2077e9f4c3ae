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

    @Test
    void theProbesAgreeWithLinguaOnTheWholeSample() throws Exception {
        Path jsonl = Path.of("../samples/orangesum/orangesum-sample.jsonl");
        List<Article> articles = new org.vigie.ingest.tabular.JsonlReader()
                .read(RawDocument.of(Files.readAllBytes(jsonl), jsonl.toString()));
        var lingua = com.github.pemistahl.lingua.api.LanguageDetectorBuilder
                .fromLanguages(LanguageStage.NEWS_LANGUAGES).withLowAccuracyMode().build();
        int probed = 0;
        for (String text : List.of(EN + " " + EN + " " + EN + " " + EN + " " + EN, DE + " " + DE + " " + DE + " " + DE)) {
            String whole = lingua.detectLanguageOf(LanguageStage.head(text, LanguageStage.MAX_CHARS))
                    .getIsoCode639_1().toString();
            assertEquals(whole, stage.detect(text).code());
        }
        for (Article a : articles) {
            String sample = LanguageStage.head(a.body(), LanguageStage.MAX_CHARS);
            if (sample.length() >= 3 * LanguageStage.PROBE_CHARS) probed++;
            String whole = lingua.detectLanguageOf(sample).getIsoCode639_1().toString();
            assertEquals(whole, stage.detect(a.body()).code(), a.title());
        }
        assertTrue(probed > 30, "only " + probed + " bodies long enough for the probes");
    }

    @Test
    void aForeignOpeningDoesNotDecideWhenTheRestOfTheSampleDisagrees() {
        // English head, French tail: the probes disagree, so the whole sample decides, as before.
        String french = "La préfecture a annoncé mardi la fermeture de plusieurs routes du département après les"
                + " fortes pluies de la nuit, qui ont provoqué des inondations dans une dizaine de communes"
                + " et contraint les pompiers à évacuer des habitants. Les écoles resteront fermées jeudi"
                + " et vendredi, le temps de vérifier l'état des bâtiments, a précisé le maire de la ville.";
        String text = EN + "\n" + french + " " + french;
        assertEquals("fr", stage.detect(text).code());
        assertEquals("en", stage.detect(EN + " " + EN + " " + EN + "\n" + FR_200).code());
    }

    @Test
    void headAndTailCutBetweenWords() {
        String t = "alpha beta gamma delta epsilon";
        assertEquals("alpha beta", LanguageStage.head(t, 12));
        assertEquals("epsilon", LanguageStage.tail(t, 12));
        assertEquals(t, LanguageStage.head(t, 100));
        assertEquals(t, LanguageStage.tail(t, 100));
    }
}
