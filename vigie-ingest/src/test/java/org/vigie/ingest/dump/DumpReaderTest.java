package org.vigie.ingest.dump;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Section;
import org.vigie.core.read.RawDocument;
import org.vigie.core.read.ReadException;

class DumpReaderTest {

    private static final Path SAMPLE = Path.of("../samples/aleppo-putin-erdogan.txt");
    private static final Path GOLD = Path.of("../fixtures/gold/aleppo-putin-erdogan.gold.json");

    private final DumpReader reader = new DumpReader();

    private Article read(String text) throws ReadException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private Article read(byte[] bytes) throws ReadException {
        List<Article> out = reader.read(RawDocument.of(bytes, "test.txt"));
        assertEquals(1, out.size());
        return out.get(0);
    }

    @Test
    void samplePageMatchesGoldStructure() throws Exception {
        JsonNode gold = new ObjectMapper().readTree(GOLD.toFile()).get("structure");
        Article a = reader.read(RawDocument.of(Files.readAllBytes(SAMPLE), SAMPLE.toString())).get(0);

        assertEquals(gold.get("title").asText(), a.title());
        assertEquals(gold.get("source_id").asText(), a.sourceId());
        assertEquals(gold.get("standfirst").asText(), a.standfirst());
        assertTrue(a.body().startsWith(gold.get("body_first_words").asText()), a.body());
        assertTrue(a.body().endsWith(gold.get("body_last_words").asText()), a.body());
        assertEquals(gold.get("body_paragraphs").asInt(), a.paragraphs().size());
        assertEquals(gold.get("body_paragraphs").asInt(), a.body().split("\n").length);
        assertEquals(gold.get("comment_count").asInt(), a.commentCount());
        for (JsonNode b : gold.get("boilerplate_removed")) {
            assertTrue(a.boilerplate().contains(b.asText()), "boilerplate " + b + " in " + a.boilerplate());
            assertFalse(a.text().contains(b.asText()), "boilerplate " + b + " left in text");
        }
        assertFalse(a.text().contains(a.sourceId()), "the id is not part of the text");
        assertEquals(SAMPLE.toString(), a.origin().path());
        // Every section points at its own words in the canonical text.
        assertEquals(a.title(), a.text().substring(a.sections().get(0).start(), a.sections().get(0).end()));
        Section sf = a.sections().get(1);
        assertEquals(Section.Kind.STANDFIRST, sf.kind());
        assertEquals(a.standfirst(), a.text().substring(sf.start(), sf.end()));
    }

    @Test
    void samplePageSavedAsCp1252OrAsMojibakeReadsTheSame() throws Exception {
        byte[] utf8 = Files.readAllBytes(SAMPLE);
        String text = new String(utf8, StandardCharsets.UTF_8);
        Article expected = read(utf8);
        Article cp1252 = read(text.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Article mojibake = read(new String(utf8, java.nio.charset.Charset.forName("windows-1252"))
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(expected.text(), cp1252.text());
        assertEquals(expected.text(), mojibake.text());
        assertEquals(expected.boilerplate(), mojibake.boilerplate());
    }

    @Test
    void pageWithoutIdStillFindsStandfirstAndBody() throws ReadException {
        Article a = read("Titre de l'article\n\nUn chapô court.\n\nPremier paragraphe du corps.\nDeuxième paragraphe du corps.\n");
        assertEquals("Titre de l'article", a.title());
        assertNull(a.sourceId());
        assertEquals("Un chapô court.", a.standfirst());
        assertEquals("Premier paragraphe du corps.\nDeuxième paragraphe du corps.", a.body());
    }

    @Test
    void aBodySavedAsOneLineGetsItsParagraphBreaksBackAndSeveralLinesAreKept() throws ReadException {
        Article a = read("Titre\n\nRéunion mardi soir.Des consignes sanitaires à respecterPour s'assurer que tout va bien.\n");
        assertEquals("Réunion mardi soir.\nDes consignes sanitaires à respecter\nPour s'assurer que tout va bien.", a.body());
        assertEquals(List.of(Section.Kind.PARAGRAPH, Section.Kind.HEADING, Section.Kind.PARAGRAPH),
                a.paragraphs().stream().map(Section::kind).toList());
        Article b = read("Titre\n\nRéunion mardi soir.Des consignes à respecter.\nSecond paragraphe.\n");
        assertEquals("Réunion mardi soir.Des consignes à respecter.\nSecond paragraphe.", b.body());
    }

    @Test
    void pageWithIdButNoStandfirst() throws ReadException {
        Article a = read("Titre\n\n0123456789abcdef0123456789ABCDEF\n\nPremier paragraphe.\nDeuxième paragraphe.\n\nTroisième.\n");
        assertEquals("0123456789abcdef0123456789ABCDEF", a.sourceId());
        assertNull(a.standfirst());
        assertEquals(List.of("Premier paragraphe.", "Deuxième paragraphe.", "Troisième."), List.of(a.body().split("\n")));
    }

    @Test
    void idLineFirstIsTakenAsIdAndTitleFollows() throws ReadException {
        Article a = read("0123456789abcdef0123456789abcdef\nLe titre\nLe corps.\n");
        assertEquals("0123456789abcdef0123456789abcdef", a.sourceId());
        assertEquals("Le titre", a.title());
        assertEquals("Le corps.", a.body());
    }

    @Test
    void aHexLineOfAnotherLengthIsBodyNotId() throws ReadException {
        Article a = read("Titre\n\n0123456789abcdef0123456789abcde\n\nCorps un.\nCorps deux.\n");
        assertNull(a.sourceId());
        assertTrue(a.text().contains("0123456789abcdef0123456789abcde"));
    }

    @Test
    void ambiguousPageWithoutBlankLinesIsTitleThenBody() throws ReadException {
        Article a = read("Le titre\nUne ligne.\nUne autre ligne.\nEncore une.");
        assertEquals("Le titre", a.title());
        assertNull(a.standfirst());
        assertEquals(3, a.paragraphs().size());
    }

    @Test
    void whenEveryParagraphIsSpacedALongFirstParagraphIsNotAStandfirst() throws ReadException {
        String p = "Ceci est un paragraphe du corps, aussi long que les autres paragraphes de cet article.";
        Article a = read("Titre\n\n" + p + "\n\n" + p + " Deux.\n\n" + p + " Trois.\n");
        assertNull(a.standfirst());
        assertEquals(3, a.paragraphs().size());
    }

    @Test
    void whenEveryParagraphIsSpacedOnlyADekStyleLeadIsAStandfirst() throws ReadException {
        String p = "Ceci est un paragraphe du corps, qui se termine comme une phrase.";
        Article dek = read("Titre\n\nUn chapô écrit comme un sous-titre\n\n" + p + "\n\n" + p + "\n");
        assertEquals("Un chapô écrit comme un sous-titre", dek.standfirst());
        assertEquals(2, dek.paragraphs().size());
        Article sentence = read("Titre\n\nUne première phrase courte.\n\n" + p + "\n\n" + p + "\n");
        assertNull(sentence.standfirst());
        assertEquals(3, sentence.paragraphs().size());
    }

    @Test
    void aLeadBeforeABodySavedAsOneLineIsAStandfirstWhenClearlyShorter() throws ReadException {
        String body = "Le corps de l'article tient sur une seule ligne car le site a perdu ses paragraphes. ".repeat(4);
        assertEquals("Le chapô.", read("Titre\n\nLe chapô.\n\n" + body).standfirst());
        assertNull(read("Titre\n\n" + body + "\n\n" + body).standfirst());
    }

    @Test
    void crlfAndCrLineEndingsReadLikeLf() throws ReadException {
        String lf = "Titre\n\nChapô.\n\nUn.\nDeux.\n\nLaissez un commentaire\n";
        Article expected = read(lf);
        Article crlf = read(lf.replace("\n", "\r\n"));
        Article cr = read(lf.replace("\n", "\r"));
        assertEquals(expected.text(), crlf.text());
        assertEquals(expected.text(), cr.text());
        assertFalse(crlf.text().contains("\r"));
        assertEquals(List.of("Laissez un commentaire"), crlf.boilerplate());
    }

    @Test
    void utf8BomIsDroppedAndAccentsSurvive() throws ReadException {
        byte[] body = "Été à Alep\n\nCorps é.\nSuite.".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Article a = read(withBom);
        assertEquals("Été à Alep", a.title());
        assertEquals(read(body).text(), a.text());
    }

    @Test
    void leadingAndTrailingBlankLinesAreIgnored() throws ReadException {
        Article a = read("\n\n   \n\u00A0\nTitre\n\nCorps.\n\n\n   \n");
        assertEquals("Titre", a.title());
        assertEquals("Titre\n\nCorps.", a.text());
    }

    @Test
    void emptyFileIsAClearError() {
        ReadException e = assertThrows(ReadException.class, () -> read(new byte[0]));
        assertTrue(e.getMessage().contains("test.txt"), e.getMessage());
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
        ReadException blank = assertThrows(ReadException.class, () -> read(" \r\n\n\t\n"));
        assertTrue(blank.getMessage().contains("empty"), blank.getMessage());
    }

    @Test
    void binaryFileIsAClearErrorWithByteOffset() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        ReadException e = assertThrows(ReadException.class, () -> read(png));
        assertEquals(8, e.offset());
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
        assertTrue(e.getMessage().contains("byte 8"), e.getMessage());
    }

    @Test
    void textWithManyControlBytesIsBinary() {
        byte[] b = new byte[400];
        for (int i = 0; i < b.length; i++) b[i] = (byte) (i % 3 == 0 ? 0x03 : 'a');
        ReadException e = assertThrows(ReadException.class, () -> read(b));
        assertEquals(0, e.offset());
    }

    @Test
    void commentCountIsReadFromTheWidget() throws ReadException {
        Article a = read("Titre\n\nCorps un.\nCorps deux.\n\n3 commentaires\nPartager sur Facebook\nTweeter\n");
        assertEquals(3, a.commentCount());
        assertEquals(List.of("3 commentaires", "Partager sur Facebook", "Tweeter"), a.boilerplate());
        assertEquals("Corps un.\nCorps deux.", a.body());
    }

    @Test
    void aShareBarAndCounterUnderTheTitleAreCutAndCounted() throws ReadException {
        Article a = read("Titre\n\nPartager sur Facebook\nTweeter\n1\u00A0234 commentaires\n\nCorps un.\nCorps deux.\n");
        assertEquals("Titre\n\nCorps un.\nCorps deux.", a.text());
        assertEquals(1234, a.commentCount());
        assertEquals(List.of("Partager sur Facebook", "Tweeter", "1\u00A0234 commentaires"), a.boilerplate());
    }

    @Test
    void pageChromeBeyondTheCommentWidgetIsCutToo() throws ReadException {
        Article a = read("Le budget voté\n\nPar Jeanne Martin\nLe conseil a voté le budget mardi soir, après trois heures de débat.\n"
                + "A LIRE AUSSI:\nImpôts locaux: ce qui change\nL'opposition annonce un recours devant le tribunal administratif.\n"
                + "Le maire se dit serein.\nPARTAGEZ CET ARTICLE\nMOTS-CLÉS\nbudget\nDANS LA MÊME RUBRIQUE\n");
        assertEquals("Le conseil a voté le budget mardi soir, après trois heures de débat.\n"
                + "L'opposition annonce un recours devant le tribunal administratif.\nLe maire se dit serein.", a.body());
        assertTrue(a.boilerplate().containsAll(List.of("Par Jeanne Martin", "A LIRE AUSSI:", "PARTAGEZ CET ARTICLE", "MOTS-CLÉS")),
                a.boilerplate().toString());
    }

    @Test
    void englishWidgetIsRemovedToo() throws ReadException {
        Article a = read("Title\n\nBody one.\nBody two.\n\nLeave a comment\nBe the first to comment!\nShare this:\n");
        assertEquals("Body one.\nBody two.", a.body());
        assertEquals(3, a.boilerplate().size());
        assertEquals(0, a.commentCount());
    }

    @Test
    void bodySentencesMentioningCommentsAreKept() throws ReadException {
        String last = "Le ministre a refusé de commenter ces 3 commentaires publiés sur le réseau social.";
        Article a = read("Titre\n\nCorps.\n" + last + "\n");
        assertTrue(a.body().endsWith(last));
        assertTrue(a.boilerplate().isEmpty());
    }

    @Test
    void nbspAndTypographicQuotesAreKept() throws ReadException {
        Article a = read("Titre\n\n« Bonjour\u00A0», a-t-il dit l’air las.\nSuite.\n");
        assertTrue(a.body().contains("« Bonjour\u00A0»"));
        assertTrue(a.body().contains("l’air"));
    }
}
