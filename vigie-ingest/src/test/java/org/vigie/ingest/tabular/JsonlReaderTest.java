package org.vigie.ingest.tabular;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.core.model.Section;
import org.vigie.core.read.RawDocument;
import org.vigie.core.read.ReadException;

class JsonlReaderTest {

    private static final Path ORANGESUM = Path.of("../samples/orangesum/orangesum-sample.jsonl");

    private final JsonlReader reader = new JsonlReader();

    @Test
    void orangeSumSampleReadsIntoFortyArticlesWithTheirFields() throws Exception {
        List<ReadException> rejects = new ArrayList<>();
        List<Article> articles = reader.read(RawDocument.of(Files.readAllBytes(ORANGESUM), ORANGESUM.toString()),
                rejects::add);
        assertEquals(List.of(), rejects);
        assertEquals(40, articles.size());

        List<String> lines = Files.readAllLines(ORANGESUM);
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode in = json.readTree(lines.get(i));
            Article a = articles.get(i);
            assertEquals(in.get("id").asText(), a.sourceId());
            assertEquals(in.get("title").asText().strip(), a.title());
            String heading = in.get("heading").asText().strip();
            assertEquals(heading.isEmpty() ? null : heading, a.standfirst());
            // a one-line body is split where its paragraph breaks were lost: only breaks are added
            assertEquals(in.get("article").asText().strip(), a.body().replace("\n", ""));
            assertEquals(in.get("date").asText(), a.metadata().date());
            assertEquals("record", a.metadata().dateSource());
            assertEquals(in.get("source").asText(), a.metadata().site());
            assertEquals(i + 1L, a.origin().record());
            assertEquals(ORANGESUM.toString(), a.origin().path());
        }
    }

    @Test
    void lostParagraphBreaksAreRestoredInTheBodyOnlyWithSubheadingsAsHeadingSections() throws ReadException {
        String line = "{\"title\": \"Titre.Sans espace\", \"heading\": \"Chapô.Collé aussi\", "
                + "\"article\": \"Réunion mardi soir.Des consignes sanitaires à respecterPour s'assurer que tout va bien.\"}";
        Article a = reader.read(RawDocument.of(line.getBytes(StandardCharsets.UTF_8), "g.jsonl")).get(0);
        assertEquals("Titre.Sans espace", a.title());
        assertEquals("Chapô.Collé aussi", a.standfirst());
        assertEquals("Réunion mardi soir.\nDes consignes sanitaires à respecter\nPour s'assurer que tout va bien.", a.body());
        assertEquals(List.of(Section.Kind.PARAGRAPH, Section.Kind.HEADING, Section.Kind.PARAGRAPH),
                a.paragraphs().stream().map(Section::kind).toList());
        Section h = a.paragraphs().get(1);
        assertEquals("Des consignes sanitaires à respecter", a.text().substring(h.start(), h.end()));
        assertTrue(a.text().endsWith(a.body()));
    }

    @Test
    void orangeSumSampleSubheadingsAreHeadingSectionsOverTheirOwnText() throws Exception {
        List<Article> articles = reader.read(RawDocument.of(Files.readAllBytes(ORANGESUM), ORANGESUM.toString()));
        Article a = articles.stream().filter(x -> "orangesum-10416".equals(x.sourceId())).findFirst().orElseThrow();
        List<String> headings = a.paragraphs().stream().filter(s -> s.kind() == Section.Kind.HEADING)
                .map(s -> a.text().substring(s.start(), s.end())).toList();
        assertTrue(headings.contains("Des missions locales enthousiasmantes"), headings.toString());
        assertTrue(a.paragraphs().size() > 10, "paragraphs: " + a.paragraphs().size());
    }

    @Test
    void badLinesAreRejectedWithTheirLineNumberAndOthersAreRead() throws ReadException {
        String jsonl = String.join("\n",
                "{\"title\": \"Un\", \"body\": \"Corps un.\"}",
                "{\"title\": \"Deux\", \"body\": ",
                "",
                "[1, 2]",
                "{\"title\": \"Sans corps\"}",
                "{\"title\": \"Trois\", \"text\": \"Corps trois.\\nSecond paragraphe.\", \"url\": \"https://ex.fr/a\"}");
        List<ReadException> rejects = new ArrayList<>();
        List<Article> out = reader.read(RawDocument.of(jsonl.getBytes(StandardCharsets.UTF_8), "x.jsonl"), rejects::add);

        assertEquals(List.of("Un", "Trois"), out.stream().map(Article::title).toList());
        assertEquals(List.of(2L, 4L, 5L), rejects.stream().map(ReadException::line).toList());
        assertTrue(rejects.get(0).getMessage().startsWith("x.jsonl:2: malformed JSON"), rejects.get(0).getMessage());
        assertTrue(rejects.get(1).getMessage().contains("expected a JSON object, found array"));
        assertTrue(rejects.get(2).getMessage().contains("no body"));
        Article trois = out.get(1);
        assertEquals(6L, trois.origin().record());
        assertEquals("https://ex.fr/a", trois.origin().url());
        assertEquals("https://ex.fr/a", trois.metadata().url());
        assertEquals(2, trois.paragraphs().size());
    }

    @Test
    void bodyAsArrayOfParagraphsAndAuthorsAsList() throws ReadException {
        String line = "{\"headline\": \"T\", \"article\": [\"P1.\", \"P2.\"], \"authors\": [\"A. Dupont\", \"B. Martin\"],"
                + " \"date\": \"Mon, 10 Oct 2016 14:30:00 +0200\", \"id\": 42}";
        Article a = reader.read(RawDocument.of(line.getBytes(StandardCharsets.UTF_8), "y.jsonl")).get(0);
        assertEquals("T\n\nP1.\nP2.", a.text());
        assertEquals(List.of("A. Dupont", "B. Martin"), a.metadata().authors());
        assertEquals("2016-10-10T14:30+02:00", a.metadata().date());
        assertEquals("42", a.sourceId());
    }

    @Test
    void roundTripThroughTheJsonContract() throws ReadException {
        Article a = reader.read(RawDocument.of(
                "{\"title\":\"Titre\",\"heading\":\"Chapô\",\"body\":\"Corps.\",\"id\":\"z1\"}".getBytes(StandardCharsets.UTF_8),
                "z.jsonl")).get(0);
        Article back = ArticleJson.fromJson(ArticleJson.toJson(a));
        assertEquals(a, back);
    }

    @Test
    void mojibakeInsideJsonStringsIsRepaired() throws ReadException {
        String line = "{\"title\": \"LÃ©gislatives : lâ€™Ã©lan\", \"body\": \"Ã€ Paris, Ã§a bouge.\"}";
        Article a = reader.read(RawDocument.of(line.getBytes(StandardCharsets.UTF_8), "m.jsonl")).get(0);
        assertEquals("Législatives : l’élan", a.title());
        assertEquals("À Paris, ça bouge.", a.body());
    }

    @Test
    void streamsFromGzipAndSkipsOverlongLinesWithoutHoldingThem() throws Exception {
        String jsonl = "{\"title\":\"Un\",\"body\":\"Corps.\"}\r\n"
                + "{\"title\":\"Long\",\"body\":\"" + "x".repeat(5000) + "\"}\n"
                + "{\"title\":\"Trois\",\"body\":\"Corps trois.\"}";
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(gz)) {
            z.write(jsonl.getBytes(StandardCharsets.UTF_8));
        }
        List<Article> out = new ArrayList<>();
        List<ReadException> rejects = new ArrayList<>();
        long records = new JsonlReader(1000).read(new java.util.zip.GZIPInputStream(
                new java.io.ByteArrayInputStream(gz.toByteArray())), org.vigie.core.model.Origin.ofPath("s.jsonl.gz"),
                null, out::add, rejects::add);
        assertEquals(2, records);
        assertEquals(List.of("Un", "Trois"), out.stream().map(Article::title).toList());
        assertEquals(3L, out.get(1).origin().record());
        assertEquals(1, rejects.size());
        assertEquals(2, rejects.get(0).line());
        assertTrue(rejects.get(0).getMessage().contains("line longer than 1000 bytes"), rejects.get(0).getMessage());

        byte[] cut = java.util.Arrays.copyOf(gz.toByteArray(), gz.size() - 12);
        List<Article> partial = new ArrayList<>();
        ReadException e = assertThrows(ReadException.class, () -> new JsonlReader().read(new java.util.zip.GZIPInputStream(
                new java.io.ByteArrayInputStream(cut)), org.vigie.core.model.Origin.ofPath("c.jsonl.gz"), null,
                partial::add, x -> { }));
        assertTrue(e.getMessage().contains("truncated input"), e.getMessage());
        assertEquals("Un", partial.get(0).title());
    }

    @Test
    void emptyFileIsAnError() {
        ReadException e = assertThrows(ReadException.class,
                () -> reader.read(RawDocument.of("\n\n".getBytes(StandardCharsets.UTF_8), "e.jsonl")));
        assertTrue(e.getMessage().contains("empty"));
    }
}
