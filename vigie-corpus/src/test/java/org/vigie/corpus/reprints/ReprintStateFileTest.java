package org.vigie.corpus.reprints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;

class ReprintStateFileTest {

    @Test
    void savedFamiliesReopenAndKeepGrowing(@TempDir Path dir) throws IOException {
        List<ReprintFamiliesTest.Family> fams = ReprintFamiliesTest.families();
        ReprintFamilies f = new ReprintFamilies();
        for (ReprintFamiliesTest.Family fam : fams) {
            // All but the last copy now; the last one after reopening.
            for (Article a : fam.all().subList(0, 5)) f.add(a);
        }
        ReprintStateFile.save(f, dir);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve(ReprintStateFile.FILE_NAME)), files.toList(), "no temporary file left");
        }
        ReprintFamilies back = ReprintStateFile.load(dir, ReprintConfig.DEFAULT, SourceRanking.defaults());
        assertEquals(f.assignments(), back.assignments());
        // Without a state file, re-adding the stored articles in their order gives the same families and ids.
        List<Article> stored = new java.util.ArrayList<>();
        for (ReprintFamiliesTest.Family fam : fams) stored.addAll(fam.all().subList(0, 5));
        assertEquals(f.assignments(), ReprintFamilies.rebuild(stored, ReprintConfig.DEFAULT, SourceRanking.defaults()).assignments());
        assertEquals(f.familyCount(), back.familyCount());
        for (ReprintFamiliesTest.Family fam : fams) {
            String id = fam.original().id();
            assertEquals(f.sourceOf(id), back.sourceOf(id));
            assertEquals(f.links(fam.copies().get(0).id()), back.links(fam.copies().get(0).id()));
            ReprintFamilies.Assignment late = back.add(fam.copies().get(4));
            assertEquals(id, late.familyId(), "a copy arriving after reopening joins its family");
        }
        assertEquals(40, back.familyCount());

        // Saving again replaces the file atomically.
        ReprintStateFile.save(back, dir);
        assertEquals(back.assignments(), ReprintStateFile.load(dir, ReprintConfig.DEFAULT, SourceRanking.defaults()).assignments());
    }

    @Test
    void theFileHoldsTheDocumentedBigEndianLayout(@TempDir Path dir) throws IOException {
        ReprintFamilies f = new ReprintFamilies();
        for (ReprintFamiliesTest.Family fam : ReprintFamiliesTest.families().subList(0, 3)) {
            for (Article a : fam.all()) f.add(a);
        }
        ReprintStateFile.save(f, dir);
        List<ReprintFamilies.Entry> entries = f.entriesSnapshot();
        int[] roots = f.rootsSnapshot();
        try (var in = new java.io.DataInputStream(Files.newInputStream(dir.resolve(ReprintStateFile.FILE_NAME)))) {
            assertEquals(0x56475246, in.readInt());
            assertEquals(2, in.readInt());
            in.readInt();
            in.readInt();
            in.readInt();
            in.readLong();
            in.readDouble();
            in.readDouble();
            in.readInt();
            assertEquals(entries.size(), in.readInt());
            for (int d = 0; d < entries.size(); d++) {
                ReprintFamilies.Entry e = entries.get(d);
                assertEquals(e.id(), in.readUTF());
                in.readUTF();
                in.readUTF();
                in.readUTF();
                assertEquals(e.title(), in.readUTF());
                assertEquals(e.day(), in.readLong());
                assertEquals(e.secondOfDay(), in.readInt());
                assertEquals(roots[d], in.readInt());
                for (int[] values : List.of(e.shingles(), e.signature())) {
                    assertEquals(values.length, in.readInt());
                    for (int v : values) assertEquals(v, in.readInt());
                }
            }
            assertEquals(-1, in.read(), "nothing after the last entry");
        }
    }

    @Test
    void aVersionOneFileWithoutHeadlinesStillLoadsAndIsWrittenBackWithThem(@TempDir Path dir) throws IOException {
        ReprintFamilies f = new ReprintFamilies();
        for (ReprintFamiliesTest.Family fam : ReprintFamiliesTest.families().subList(0, 3)) {
            for (Article a : fam.all()) f.add(a);
        }
        writeVersionOne(f, dir.resolve(ReprintStateFile.FILE_NAME));
        ReprintFamilies back = ReprintStateFile.load(dir, ReprintConfig.DEFAULT, SourceRanking.defaults());
        assertEquals(f.assignments(), back.assignments(), "a store saved before headlines were kept keeps its families");
        assertTrue(back.entriesSnapshot().stream().allMatch(e -> e.title().isEmpty()), "headlines unknown, not invented");
        ReprintStateFile.save(back, dir);
        try (var in = new java.io.DataInputStream(Files.newInputStream(dir.resolve(ReprintStateFile.FILE_NAME)))) {
            in.readInt();
            assertEquals(2, in.readInt(), "saved again in the current format");
        }
        assertEquals(f.assignments(), ReprintStateFile.load(dir, ReprintConfig.DEFAULT, SourceRanking.defaults()).assignments());

        java.nio.ByteBuffer future = java.nio.ByteBuffer.allocate(8).putInt(0x56475246).putInt(3);
        Files.write(dir.resolve(ReprintStateFile.FILE_NAME), future.array());
        IOException e = assertThrows(IOException.class,
                () -> ReprintStateFile.load(dir, ReprintConfig.DEFAULT, SourceRanking.defaults()));
        assertTrue(e.getMessage().contains("format version 3, expected 1 to 2"), e.getMessage());
    }

    /** The layout of format version 1, which had no headline, as the store of an earlier Vigie wrote it. */
    private static void writeVersionOne(ReprintFamilies f, Path file) throws IOException {
        List<ReprintFamilies.Entry> entries = f.entriesSnapshot();
        int[] roots = f.rootsSnapshot();
        ReprintConfig c = f.config();
        try (var out = new java.io.DataOutputStream(Files.newOutputStream(file))) {
            out.writeInt(0x56475246);
            out.writeInt(1);
            out.writeInt(c.shingleSize());
            out.writeInt(c.bands());
            out.writeInt(c.rows());
            out.writeLong(c.seed());
            out.writeDouble(c.minJaccard());
            out.writeDouble(c.minContainment());
            out.writeInt(c.minShingles());
            out.writeInt(entries.size());
            for (int d = 0; d < entries.size(); d++) {
                ReprintFamilies.Entry e = entries.get(d);
                for (String s : new String[] {e.id(), e.sourceId(), e.date(), e.site()}) out.writeUTF(s == null ? "" : s);
                out.writeLong(e.day());
                out.writeInt(e.secondOfDay());
                out.writeInt(roots[d]);
                for (int[] values : List.of(e.shingles(), e.signature())) {
                    out.writeInt(values.length);
                    for (int v : values) out.writeInt(v);
                }
            }
        }
    }

    @Test
    void missingFileGivesAnEmptyIndexAndBadFilesAClearError(@TempDir Path dir) throws IOException {
        assertEquals(0, ReprintStateFile.load(dir, ReprintConfig.DEFAULT, SourceRanking.defaults()).size());
        Files.writeString(dir.resolve(ReprintStateFile.FILE_NAME), "not a state file");
        IOException e = assertThrows(IOException.class,
                () -> ReprintStateFile.load(dir, ReprintConfig.DEFAULT, SourceRanking.defaults()));
        assertTrue(e.getMessage().contains("bad magic"), e.getMessage());
    }

    @Test
    void familiesPrintAsOneJsonObjectPerLine() throws IOException {
        ReprintFamiliesTest.Family fam = ReprintFamiliesTest.family(SampleArticles.get("orangesum-10877"));
        Map<String, Article> store = new HashMap<>();
        ReprintFamilies f = new ReprintFamilies();
        for (Article a : fam.all()) {
            store.put(a.id(), a);
            f.add(a);
        }
        List<String> ids = f.familyIds(2);
        assertEquals(List.of(fam.original().id()), ids);
        String line = ReprintJson.toJsonLine(f.family(ids.get(0), store::get).orElseThrow());
        assertTrue(!line.contains("\n"));
        JsonNode j = ArticleJson.mapper().readTree(line);
        assertEquals(fam.original().id(), j.get("family_id").asText());
        assertEquals(fam.original().id(), j.get("source_id").asText());
        JsonNode members = j.get("members");
        assertEquals(6, members.size());
        // Source first, then the same-day copy, then by day: the cut copy is the fourth.
        assertEquals("orangesum-10877-typos", members.get(1).get("source_id").asText());
        JsonNode cut = members.get(3);
        assertEquals(fam.copies().get(2).id(), cut.get("id").asText());
        assertEquals("orangesum-10877-cut", cut.get("source_id").asText());
        assertEquals("2020-05-20", cut.get("date").asText());
        assertTrue(cut.get("similarity").asDouble() > 0.5);
        JsonNode added = cut.get("changes").get(cut.get("changes").size() - 1);
        assertEquals("paragraph_added", added.get("kind").asText());
        JsonNode span = added.get("spans").get(0);
        assertEquals(ReprintFamiliesTest.JUNK.get(1), span.get("text").asText());
        assertEquals(span.get("text").asText(),
                fam.copies().get(2).text().substring(span.get("start").asInt(), span.get("end").asInt()));
        assertEquals(f.family(ids.get(0), store::get).orElseThrow(), ReprintJson.fromJson(line));
        String text = ReprintJson.toText(ReprintJson.fromJson(line));
        assertTrue(text.contains("paragraph_removed"), text);
    }
}
