package org.vigie.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.testkit.TestFiles;

/** vigie search --author, author:, quote:, and --from/--to over every publication, as a user runs them. */
class SearchFieldsCommandTest {

    @TempDir
    Path tmp;

    static CorpusCommandsTest.Run vigie(String... args) {
        return CorpusCommandsTest.vigie(args);
    }

    private static final String DISPATCH = "Les bombardements ont repris dans la soirée sur les quartiers est d'Alep,"
            + " a constaté notre correspondant. Les habitants ont passé la nuit dans les abris.";

    /** One dispatch read at two pages (two bylines, two dates) and another article, without NLP. */
    private Path corpus() throws IOException {
        Path jsonl = tmp.resolve("pages.jsonl");
        Files.writeString(jsonl, String.join("\n",
                "{\"title\": \"Alep sous les bombes\", \"body\": \"" + DISPATCH + "\", \"url\": \"https://fr.example-news.com/alep\","
                        + " \"date\": \"2016-10-09\", \"authors\": [\"Jean-Pierre Dupont\"]}",
                "{\"title\": \"Alep sous les bombes\", \"body\": \"" + DISPATCH + "\", \"url\": \"https://blog.example.org/alep\","
                        + " \"date\": \"2016-10-12\", \"authors\": [\"Marc Lefèvre\"]}",
                "{\"title\": \"Négociations à Genève\", \"body\": \"Les délégations se sont retrouvées à Genève pour une"
                        + " nouvelle session de négociations sur la Syrie.\", \"url\": \"https://www.lemonde.example/geneve\","
                        + " \"date\": \"2016-10-11\", \"authors\": [\"Anne Dupontel\"]}"), StandardCharsets.UTF_8);
        Path data = tmp.resolve("corpus");
        CorpusCommandsTest.Run in = vigie("ingest", "--no-nlp", "--data", data.toString(), jsonl.toString());
        assertEquals(0, in.code(), in.out() + in.err());
        return data;
    }

    @Test
    void authorOptionAndFieldMatchAWordOfTheBylineIgnoringCaseAndAccents() throws IOException {
        String data = corpus().toString();
        CorpusCommandsTest.Run r = vigie("search", "--data", data, "--author", "dupont");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("1 hit"), r.out());
        assertTrue(r.out().contains("Alep sous les bombes"), r.out());
        assertTrue(vigie("search", "--data", data, "--author", "LEFEVRE", "alep").out().startsWith("1 hit"),
                "the byline of the other page");
        CorpusCommandsTest.Run both = vigie("search", "--data", data, "--author", "dupont", "--author", "Anne Dupontel");
        assertTrue(both.out().startsWith("2 hits"), both.out());
        CorpusCommandsTest.Run field = vigie("search", "--data", data, "author:dupontel");
        assertTrue(field.out().startsWith("1 hit") && field.out().contains("Négociations"), field.out());
        assertEquals(1, vigie("search", "--data", data, "--author", "martin").code(), "no hit");

        CorpusCommandsTest.Run facets = vigie("search", "--facets", "--data", data, "*");
        assertTrue(facets.out().contains("author: "), facets.out());
        assertTrue(facets.out().contains("Jean-Pierre Dupont (1)") && facets.out().contains("Marc Lefèvre (1)"),
                facets.out());
    }

    @Test
    void fromToMatchEveryPublicationAndTheShownDateIsTheEarliest() throws IOException {
        String data = corpus().toString();
        CorpusCommandsTest.Run r = vigie("search", "--data", data, "--from", "2016-10-12", "--to", "2016-10-12", "*");
        assertTrue(r.out().startsWith("1 hit"), r.out());
        assertTrue(r.out().contains("Alep sous les bombes") && r.out().contains("2016-10-09"), r.out());
        assertTrue(vigie("search", "--data", data, "date:2016-10-12").out().startsWith("1 hit"));
        assertEquals(1, vigie("search", "--data", data, "--from", "2016-10-13", "*").code());
    }

    @Test
    void unknownFieldIsStillAUsageError() throws IOException {
        CorpusCommandsTest.Run r = vigie("search", "--data", corpus().toString(), "auteur:Dupont");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown field 'auteur'") && r.err().contains("author"), r.err());
    }

    /** A copy of the corpus an earlier Vigie wrote (schema 1), which the test may change. */
    private Path schema1Copy() throws IOException {
        return TestFiles.copyTree(Repo.file("vigie-corpus/src/test/resources/org/vigie/corpus/schema1/data"), tmp.resolve("old"));
    }

    @Test
    void ingestIntoASchema1CorpusMigratesItAndSaysSo() throws IOException {
        Path data = schema1Copy();
        Path jsonl = tmp.resolve("one.jsonl");
        Files.writeString(jsonl, "{\"title\": \"Alep sous les bombes\", \"body\": \"" + DISPATCH + "\"}", StandardCharsets.UTF_8);
        CorpusCommandsTest.Run in = vigie("ingest", "--no-nlp", "--data", data.toString(), jsonl.toString());
        assertEquals(0, in.code(), in.out() + in.err());
        assertTrue(in.err().contains("vigie: migrated the index from corpus schema 1"), in.err());
        CorpusCommandsTest.Run after = vigie("search", "--data", data.toString(), "quote@Q7747:terroristes");
        assertEquals(0, after.code(), "searchable without a repair: " + after.err());
        assertTrue(after.out().startsWith("2 hits"), after.out());
        assertFalse(vigie("ingest", "--no-nlp", "--data", data.toString(), jsonl.toString()).err().contains("migrated"),
                "said once, when it happens");
    }

    @Test
    void aSchema1CorpusAsksForRepairThenAnswersQuote() throws IOException {
        Path data = schema1Copy();
        CorpusCommandsTest.Run before = vigie("search", "--data", data.toString(), "quote:terroristes");
        assertEquals(1, before.code());
        assertTrue(before.err().contains("vigie repair --data"), before.err());
        CorpusCommandsTest.Run export = vigie("export", "--data", data.toString(), "quote:terroristes");
        assertEquals(1, export.code(), "export selects as search does: " + export.out());
        assertTrue(export.err().contains("vigie repair --data"), export.err());
        CorpusCommandsTest.Run repair = vigie("repair", data.toString());
        assertEquals(0, repair.code(), repair.out() + repair.err());
        assertTrue(repair.out().contains("migrated the index from corpus schema 1"), repair.out());
        CorpusCommandsTest.Run after = vigie("search", "--data", data.toString(), "--speaker", "Q7747", "quote:terroristes");
        assertEquals(0, after.code(), after.err());
        assertTrue(after.out().startsWith("3 hits"), after.out());
        assertTrue(after.out().contains("[terroristes]"), "the quoted word is marked: " + after.out());
        CorpusCommandsTest.Run own = vigie("search", "--data", data.toString(), "quote@Q7747:terroristes");
        assertTrue(own.out().startsWith("2 hits"), "in Poutine's own quotations only: " + own.out());
    }
}
