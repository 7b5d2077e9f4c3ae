package org.vigie.ingest.tabular;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.read.RawDocument;
import org.vigie.core.read.ReadException;

class JsonReaderTest {

    private final JsonReader reader = new JsonReader();

    private List<Article> read(String json, List<ReadException> rejects) throws ReadException {
        return reader.read(RawDocument.of(json.getBytes(StandardCharsets.UTF_8), "d.json"), rejects::add);
    }

    @Test
    void theOrangeSumSampleAsOneJsonArrayReadsLikeTheJsonLines() throws Exception {
        Path jsonl = Path.of("../samples/orangesum/orangesum-sample.jsonl");
        List<String> lines = Files.readAllLines(jsonl);
        String array = "[\n" + String.join(",\n", lines) + "\n]";
        List<ReadException> rejects = new ArrayList<>();
        List<Article> fromArray = read(array, rejects);
        List<Article> fromLines = new JsonlReader().read(RawDocument.of(Files.readAllBytes(jsonl), "x.jsonl"));
        assertEquals(List.of(), rejects);
        assertEquals(40, fromArray.size());
        for (int i = 0; i < 40; i++) {
            assertEquals(fromLines.get(i).text(), fromArray.get(i).text());
            assertEquals(fromLines.get(i).sourceId(), fromArray.get(i).sourceId());
            assertEquals(i + 1L, fromArray.get(i).origin().record());
        }
    }

    @Test
    void wrappedArraySingleObjectAndConcatenatedObjects() throws ReadException {
        List<ReadException> rejects = new ArrayList<>();
        List<Article> wrapped = read("{\"status\": \"ok\", \"articles\": [{\"title\": \"A\", \"content\": \"Corps A.\"},"
                + " {\"title\": \"B\"}]}", rejects);
        assertEquals(List.of("A"), wrapped.stream().map(Article::title).toList());
        assertEquals(1, rejects.size());
        assertEquals(2L, rejects.get(0).origin().record());

        assertEquals("Seul", read("{\"title\": \"Seul\", \"text\": \"Corps.\"}", new ArrayList<>()).get(0).title());
        List<Article> seq = read("{\"title\": \"Un\", \"text\": \"1.\"}\n{\"title\": \"Deux\", \"text\": \"2.\"}", new ArrayList<>());
        assertEquals(List.of("Un", "Deux"), seq.stream().map(Article::title).toList());
    }

    @Test
    void malformedJsonKeepsWhatCameBefore() throws ReadException {
        List<ReadException> rejects = new ArrayList<>();
        List<Article> out = read("[{\"title\": \"A\", \"body\": \"a.\"},\n {\"title\": \"B\", \"body\": }]", rejects);
        assertEquals(List.of("A"), out.stream().map(Article::title).toList());
        assertEquals(1, rejects.size());
        assertEquals(2, rejects.get(0).line());
        assertThrows(ReadException.class, () -> read("[{\"title\": ", new ArrayList<>()));
        assertThrows(ReadException.class, () -> read("  ", new ArrayList<>()));
    }
}
