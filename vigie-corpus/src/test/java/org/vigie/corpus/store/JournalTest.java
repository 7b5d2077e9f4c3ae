package org.vigie.corpus.store;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal's framing on real text: round trip, a write cut at every byte, an uncommitted batch. */
class JournalTest {

    @TempDir
    Path data;

    static final String TEXT = "Le président turc Recep Tayyip Erdogan a affirmé que l'armée turque était entrée en Syrie"
            + " « pour mettre fin au règne du tyran al-Assad ».";

    static List<Map.Entry<String, String>> batch(int from, int n) {
        return java.util.stream.IntStream.range(from, from + n)
                .mapToObj(i -> Map.entry("id-" + i, "{\"id\":\"id-" + i + "\",\"text\":\"" + TEXT + " n° " + i + "\"}"))
                .toList();
    }

    @Test
    void batchesRoundTripWithTheirJsonAndLastCopyWins() throws IOException {
        try (Journal j = Journal.openForAppend(data, 0, DiskQuota.unlimited())) {
            j.mark();
            j.append(1, batch(0, 3));
            j.append(2, List.of(Map.entry("id-1", "{\"id\":\"id-1\",\"updated\":true}")));
        }
        Journal.Scan s = Journal.scan(data, 2);
        assertEquals(2, s.batches());
        assertEquals(4, s.records());
        assertEquals(List.of("id-0", "id-1", "id-2"), List.copyOf(s.latest().keySet()), "ingestion order");
        assertEquals("{\"id\":\"id-1\",\"updated\":true}", Journal.read(s.latest().get("id-1")));
        assertEquals(batch(0, 3).get(2).getValue(), Journal.read(s.latest().get("id-2")));
        assertEquals(List.of(), s.damage());
        assertEquals(3, Journal.scan(data, 1).latest().size(), "batch 2 above the limit is counted apart");
        assertEquals(1, Journal.scan(data, 1).beyondLimitBatches());
    }

    @Test
    void aWriteCutAtAnyByteLeavesTheEarlierBatchesAndATornTail() throws IOException {
        try (Journal j = Journal.openForAppend(data, 0, DiskQuota.unlimited())) {
            j.append(1, batch(0, 2));
        }
        Path file = Journal.files(data).get(0);
        long committedEnd = Files.size(file);
        try (Journal j = Journal.openForAppend(data, 1, DiskQuota.unlimited())) {
            j.append(2, batch(2, 2));
        }
        byte[] full = Files.readAllBytes(file);
        for (long cut = committedEnd + 1; cut < full.length; cut++) {
            Files.write(file, java.util.Arrays.copyOf(full, (int) cut));
            Journal.Scan s = Journal.scan(data, Long.MAX_VALUE);
            assertEquals(List.of("id-0", "id-1"), List.copyOf(s.latest().keySet()), "cut at " + cut);
            assertEquals(List.of(), s.corruption(), "cut at " + cut + " is a torn tail, not corruption");
            assertTrue(s.tornTails().size() + s.incomplete() > 0, "cut at " + cut + " is seen");
        }
        // opening for writing drops the torn tail: the file ends after batch 1 again
        try (Journal j = Journal.openForAppend(data, 1, DiskQuota.unlimited())) {
            assertNotNull(j.recovery());
        }
        assertEquals(committedEnd, Files.size(file));
    }

    @Test
    void aJournalledBatchWhoseCommitNeverHappenedIsDroppedAndOneFurtherAheadIsRefused() throws IOException {
        try (Journal j = Journal.openForAppend(data, 0, DiskQuota.unlimited())) {
            j.append(1, batch(0, 2));
            j.append(2, batch(2, 2));
        }
        Path file = Journal.files(data).get(0);
        long size = Files.size(file);
        CorpusDamagedException ahead = assertThrows(CorpusDamagedException.class,
                () -> Journal.openForAppend(data, 0, DiskQuota.unlimited()));
        assertTrue(ahead.getMessage().contains("holds batch 2 but the index's last commit is batch 0"), ahead.getMessage());
        assertEquals(size, Files.size(file), "nothing was cut");
        try (Journal j = Journal.openForAppend(data, 1, DiskQuota.unlimited())) {
            assertTrue(j.recovery().startsWith("dropped batch 2 from the journal"), j.recovery());
        }
        assertEquals(List.of("id-0", "id-1"), List.copyOf(Journal.scan(data, Long.MAX_VALUE).latest().keySet()));
    }

    @Test
    void aFlippedByteBeforeTheTailIsCorruptionNamedByFileAndOffset() throws IOException {
        try (Journal j = Journal.openForAppend(data, 0, DiskQuota.unlimited())) {
            j.append(1, batch(0, 2));
            j.append(2, batch(2, 2));
        }
        Path file = Journal.files(data).get(0);
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(1);
            c.read(b, 20);
            b.put(0, (byte) (b.get(0) ^ 0x40)).rewind();
            c.write(b, 20);
        }
        Journal.Scan s = Journal.scan(data, Long.MAX_VALUE);
        assertEquals(1, s.corruption().size());
        assertEquals(4, s.corruption().get(0).offset(), "the first frame starts after the 4-byte header");
        assertTrue(s.corruption().get(0).toString().startsWith(file + " at byte 4: checksum mismatch"), s.corruption().toString());
        assertThrows(CorpusDamagedException.class, () -> Journal.openForAppend(data, 2, DiskQuota.unlimited()));
    }

    @Test
    void aFullDiskFailsTheAppendAndRollbackRestoresTheFile() throws IOException {
        DiskQuota quota = DiskQuota.bytes(1_000_000);
        try (Journal j = Journal.openForAppend(data, 0, quota)) {
            j.append(1, batch(0, 2));
            Journal.Mark m = j.mark();
            quota.set(300);
            IOException e = assertThrows(IOException.class, () -> j.append(2, batch(2, 4)));
            assertEquals(DiskQuota.NO_SPACE, e.getMessage());
            j.rollback(m);
        }
        Journal.Scan s = Journal.scan(data, Long.MAX_VALUE);
        assertEquals(List.of(), s.damage());
        assertEquals(1, s.batches());
    }
}
