package org.vigie.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.json.ArticleJson;

/** vigie check / vigie repair on a corpus whose only segment has a corrupt byte range. */
class CheckRepairCommandTest {

    @TempDir
    Path tmp;

    @Test
    void checkNamesTheCorruptSegmentAndRepairRestoresTheArticleFromTheJournal() throws Exception {
        Path data = tmp.resolve("corpus");
        String sample = Repo.file("samples/aleppo-putin-erdogan.txt").toString();
        assertEquals(0, CorpusCommandsTest.vigie("ingest", "--no-nlp", "--data", data.toString(), sample).code());
        CorpusCommandsTest.Run ok = CorpusCommandsTest.vigie("check", data.toString());
        assertEquals(0, ok.code(), ok.out() + ok.err());
        assertTrue(ok.out().endsWith("clean\n"), ok.out());

        Path cfs;
        try (Stream<Path> s = Files.list(data.resolve("index"))) {
            cfs = s.filter(p -> p.getFileName().toString().matches("_.*\\.(cfs|fdt)")).findFirst().orElseThrow();
        }
        try (RandomAccessFile f = new RandomAccessFile(cfs.toFile(), "rw")) {
            f.seek(f.length() / 2);
            f.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        }
        CorpusCommandsTest.Run bad = CorpusCommandsTest.vigie("check", data.toString());
        assertEquals(1, bad.code(), bad.out());
        assertTrue(bad.out().contains("1 corrupt segments holding 1 articles"), bad.out());
        assertTrue(bad.out().contains("file " + cfs.getFileName()), bad.out());

        var json = ArticleJson.mapper().readTree(CorpusCommandsTest.vigie("check", "--json", data.toString()).out());
        assertTrue(json.get("damaged").asBoolean());
        assertEquals(cfs.getFileName().toString(), json.get("index").get("bad_segments").get(0).get("file").asText());
        assertEquals(1, json.get("index").get("articles_affected").asInt());

        CorpusCommandsTest.Run repair = CorpusCommandsTest.vigie("repair", data.toString());
        assertEquals(0, repair.code(), repair.out() + repair.err());
        assertTrue(repair.out().contains("restored 1 articles from the journal"), repair.out());
        CorpusCommandsTest.Run search = CorpusCommandsTest.vigie("search", "--data", data.toString(), "terroriste");
        assertTrue(search.out().startsWith("1 hit"), search.out());
        CorpusCommandsTest.Run again = CorpusCommandsTest.vigie("repair", "--data", data.toString());
        assertTrue(again.out().contains("nothing to repair"), again.out());
    }

    @Test
    void checkOfAFolderThatIsNoCorpusIsAUsageError() {
        CorpusCommandsTest.Run r = CorpusCommandsTest.vigie("check", tmp.resolve("absent").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no corpus at"), r.err());
    }
}
