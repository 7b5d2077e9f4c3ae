package org.vigie.corpus.reprints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;

/**
 * A copy that changes a figure of the text it copies, on a real AFP dispatch (OrangeSum, CC BY-SA):
 * the gas leak in Visakhapatnam, "5 morts, au moins 1.000 personnes hospitalisées".
 */
class FigureChangeTest {

    private static final Article SOURCE = SampleArticles.get("orangesum-12158");

    private static Article copy(String title, java.util.function.UnaryOperator<String> edit) {
        List<String> paras = new ArrayList<>();
        for (String p : SampleArticles.paragraphTexts(SOURCE)) paras.add(edit.apply(p));
        return SampleArticles.copy(SOURCE, title, SOURCE.standfirst(), paras, "reinfo-quotidien.fr", null, "copy");
    }

    private static List<Change> figureChanges(Article copy) {
        return ReprintDiff.diff(SOURCE, copy).stream().filter(c -> c.kind() == Change.Kind.FIGURE_CHANGED).toList();
    }

    @Test
    void aReplacedFigureIsReportedWithTheOldAndNewValues() {
        Article c = copy(SOURCE.title(), p -> p.replace("Quelque 3.500 personnes avaient péri", "Quelque 35.000 personnes avaient péri"));
        List<Change> figures = figureChanges(c);
        assertEquals(1, figures.size(), ReprintDiff.diff(SOURCE, c).toString());
        Change f = figures.get(0);
        assertEquals(List.of("35.000"), f.spans().stream().map(s -> s.text()).toList());
        assertEquals(List.of("3.500"), f.removed());
        assertTrue(f.spans().get(0).matches(c.text()));
        // it comes with the paragraph edit it belongs to, about the same paragraph
        List<Change> all = ReprintDiff.diff(SOURCE, c);
        Change edit = all.get(all.indexOf(f) - 1);
        assertEquals(Change.Kind.PARAGRAPH_EDITED, edit.kind());
        assertEquals(edit.paragraph(), f.paragraph());
        assertEquals(edit.sourceParagraph(), f.sourceParagraph());
    }

    @Test
    void aFigureWrittenAnotherWayIsNoChange() {
        Article c = copy(SOURCE.title(), p -> p.replace("3.500", "3 500").replace("5 millions", "5 000 000"));
        List<Change> all = ReprintDiff.diff(SOURCE, c);
        assertTrue(all.stream().anyMatch(x -> x.kind() == Change.Kind.PARAGRAPH_EDITED), all.toString());
        assertEquals(List.of(), figureChanges(c));
    }

    @Test
    void anOrderOfMagnitudeIsAFigure() {
        Article c = copy(SOURCE.title(), p -> p.replace("5 millions de personnes", "5 milliards de personnes"));
        List<Change> figures = figureChanges(c);
        assertEquals(1, figures.size(), ReprintDiff.diff(SOURCE, c).toString());
        assertEquals("5 milliards", figures.get(0).spans().get(0).text());
        assertEquals(List.of("5 millions"), figures.get(0).removed());
    }

    @Test
    void aDigitAppendedToAFigureChangesIt() {
        // "1984" -> "19840" is a new word; "200 et 500" -> "200 et 5000" too; "3.500" -> "3.500.000" inserts a word
        Article c = copy(SOURCE.title(), p -> p.replace("Quelque 3.500 personnes", "Quelque 3.500.000 personnes"));
        List<Change> figures = figureChanges(c);
        assertEquals(1, figures.size(), ReprintDiff.diff(SOURCE, c).toString());
        assertEquals("3.500.000", figures.get(0).spans().get(0).text());
    }

    @Test
    void aHeadlineFigureChangeIsReported() {
        Article c = copy(SOURCE.title().replace("5 morts", "50 morts"), p -> p);
        List<Change> all = ReprintDiff.diff(SOURCE, c);
        assertEquals(List.of(Change.Kind.HEADLINE_CHANGED, Change.Kind.FIGURE_CHANGED), all.stream().map(Change::kind).toList());
        assertEquals("50", all.get(1).spans().get(0).text());
        assertEquals(List.of("5"), all.get(1).removed());
    }

    @Test
    void aSentenceCutOrAddedIsNotAFigureChange() {
        // the copier drops one sentence with a figure and adds another elsewhere in the paragraph
        Article c = copy(SOURCE.title(), p -> p.replace(" L'agglomération compte une population d'environ 5 millions de personnes.", "")
                .replace("Opérée par LG Polymers,", "Opérée par LG Polymers depuis 1997,"));
        List<Change> all = ReprintDiff.diff(SOURCE, c);
        assertTrue(all.stream().anyMatch(x -> x.kind() == Change.Kind.PARAGRAPH_EDITED), all.toString());
        assertEquals(List.of(), figureChanges(c), all.toString());
    }

    @Test
    void valuesAreReadAsFrenchAndEnglishWriteThem() {
        assertEquals(0, Figures.value("1 500").compareTo(new BigDecimal("1500")));
        assertEquals(0, Figures.value("1.500").compareTo(new BigDecimal("1500")));
        assertEquals(0, Figures.value("1,500").compareTo(new BigDecimal("1500")));
        assertEquals(0, Figures.value("1.500,25").compareTo(new BigDecimal("1500.25")));
        assertEquals(0, Figures.value("12,5").compareTo(new BigDecimal("12.5")));
        assertEquals(0, Figures.value("12.5").compareTo(new BigDecimal("12.5")));
        String t = "COP21 et 1,2 milliard d'euros, contre 1,2 million en 2019, à 14h30";
        List<Figures.Figure> f = Figures.of(t, 0, t.length());
        assertEquals(List.of("1,2 milliard", "1,2 million", "2019"), f.stream().map(x -> t.substring(x.start(), x.end())).toList());
        assertEquals(0, f.get(0).value().compareTo(new BigDecimal("1200000000")));
    }
}
