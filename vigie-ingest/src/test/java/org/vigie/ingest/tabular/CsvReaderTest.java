package org.vigie.ingest.tabular;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.read.RawDocument;
import org.vigie.core.read.ReadException;

class CsvReaderTest {

    private final CsvReader reader = new CsvReader();

    private List<Article> read(String csv, List<ReadException> rejects) throws ReadException {
        return reader.read(RawDocument.of(csv.getBytes(StandardCharsets.UTF_8), "d.csv"), rejects::add);
    }

    @Test
    void commaCsvWithQuotedMultilineBody() throws ReadException {
        String csv = "id,title,heading,text,date,url\n"
                + "a1,\"Titre, avec virgule\",Chapô,\"Premier paragraphe.\nSecond « paragraphe ».\",2018-05-31,https://ex.fr/1\n"
                + "a2,Autre titre,,Corps seul.,31/05/2018,\n";
        List<ReadException> rejects = new ArrayList<>();
        List<Article> out = read(csv, rejects);
        assertEquals(List.of(), rejects);
        assertEquals(2, out.size());
        Article a = out.get(0);
        assertEquals("Titre, avec virgule", a.title());
        assertEquals("Chapô", a.standfirst());
        assertEquals(List.of("Premier paragraphe.", "Second « paragraphe »."), List.of(a.body().split("\n")));
        assertEquals("a1", a.sourceId());
        assertEquals("2018-05-31", a.metadata().date());
        assertEquals(1L, a.origin().record());
        assertEquals("https://ex.fr/1", a.origin().url());
        Article b = out.get(1);
        assertNull(b.standfirst());
        assertEquals("2018-05-31", b.metadata().date());
        assertNull(b.metadata().url());
        assertEquals(2L, b.origin().record());
    }

    @Test
    void orangeSumRoundTripThroughCsv() throws Exception {
        java.nio.file.Path jsonl = java.nio.file.Path.of("../samples/orangesum/orangesum-sample.jsonl");
        List<Article> source = new JsonlReader().read(RawDocument.of(java.nio.file.Files.readAllBytes(jsonl), "o.jsonl"));
        com.fasterxml.jackson.dataformat.csv.CsvMapper mapper = new com.fasterxml.jackson.dataformat.csv.CsvMapper();
        StringBuilder csv = new StringBuilder();
        csv.append(mapper.writer(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema())
                .writeValueAsString(new String[] {"id", "title", "heading", "article", "date", "source"}));
        for (Article a : source) {
            // Paragraphs go out as lines inside one quoted field, as spreadsheets export them.
            csv.append(mapper.writer(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema()).writeValueAsString(
                    new String[] {a.sourceId(), a.title(), a.standfirst() == null ? "" : a.standfirst(),
                        a.body() + "\nDernier paragraphe ajouté, avec « guillemets » et \"quotes\".",
                        a.metadata().date(), a.metadata().site()}));
        }
        List<ReadException> rejects = new ArrayList<>();
        List<Article> back = read(csv.toString(), rejects);
        assertEquals(List.of(), rejects);
        assertEquals(40, back.size());
        for (int i = 0; i < 40; i++) {
            Article a = source.get(i);
            Article b = back.get(i);
            assertEquals(a.title(), b.title());
            assertEquals(a.standfirst(), b.standfirst());
            assertEquals(a.body() + "\nDernier paragraphe ajouté, avec « guillemets » et \"quotes\".", b.body());
            assertEquals(a.sourceId(), b.sourceId());
            assertEquals(a.metadata().date(), b.metadata().date());
            assertEquals(i + 1L, b.origin().record());
        }
    }

    @Test
    void semicolonSeparatedFrenchExportWithBom() throws ReadException {
        String csv = "\uFEFFtitre;title;body\r\nx;Un titre;Un corps.\r\ny;Deux;Deux corps.\r\n";
        List<Article> out = read(csv, new ArrayList<>());
        assertEquals(List.of("Un titre", "Deux"), out.stream().map(Article::title).toList());
    }

    @Test
    void frenchColumnNames() throws ReadException {
        String csv = "identifiant;titre;chapô;texte;auteur;lien;date_publication\n"
                + "7;Le titre;Le chapô.;Le corps.;Jeanne Martin;https://ex.fr/7;10/10/2016\n";
        Article a = read(csv, new ArrayList<>()).get(0);
        assertEquals("Le titre\n\nLe chapô.\n\nLe corps.", a.text());
        assertEquals("7", a.sourceId());
        assertEquals(List.of("Jeanne Martin"), a.metadata().authors());
        assertEquals("https://ex.fr/7", a.metadata().url());
        assertEquals("2016-10-10", a.metadata().date());
    }

    @Test
    void rowWithWrongFieldCountIsRejectedWithItsLineAndTheRestRead() throws ReadException {
        String csv = "title,body\nUn,Corps un.\nDeux,Corps,en trop\n\nTrois,\"Corps\ntrois.\"\nQuatre,\n";
        List<ReadException> rejects = new ArrayList<>();
        List<Article> out = read(csv, rejects);
        assertEquals(List.of("Un", "Trois"), out.stream().map(Article::title).toList());
        assertEquals(2, rejects.size());
        assertEquals(3, rejects.get(0).line());
        assertTrue(rejects.get(0).getMessage().contains("3 fields, the header has 2"), rejects.get(0).getMessage());
        assertEquals(7, rejects.get(1).line());
        assertTrue(rejects.get(1).getMessage().contains("no body"));
    }

    @Test
    void headerWithoutBodyColumnIsAClearError() {
        ReadException e = assertThrows(ReadException.class, () -> read("name,age\nBob,3\n", new ArrayList<>()));
        assertTrue(e.getMessage().contains("no body column"), e.getMessage());
    }

    @Test
    void unclosedQuoteRejectsTheRestButKeepsWhatCameBefore() throws ReadException {
        String csv = "title,body\nUn,Corps un.\nDeux,\"Corps jamais fermé\nTrois,Corps trois.\n";
        List<ReadException> rejects = new ArrayList<>();
        List<Article> out = read(csv, rejects);
        assertEquals(List.of("Un"), out.stream().map(Article::title).toList());
        assertEquals(1, rejects.size());
    }
}
