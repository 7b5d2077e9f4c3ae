package org.vigie.corpus.reprints;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Persists {@link ReprintFamilies} as one compact binary file, {@code DIR/reprints.bin}, so a
 * store can reopen its families without re-reading texts (or rebuild them from stored articles
 * by re-adding them). Written to a temporary file, forced to disk, then atomically renamed: a
 * crash leaves the previous file intact.
 *
 * <p>Layout (big-endian, {@link DataOutputStream}): magic "VGRF", format version, the
 * {@link ReprintConfig} (signatures are only comparable under the same k, seed and banding), the
 * entry count, then per entry in ingestion order: id, source id, date, site (UTF, "" for null),
 * headline (UTF, at most {@value #MAX_TITLE} characters; since version 2), epoch day, second of day,
 * family root index, shingle count and shingles, signature. Version 1 files (no headline) still load,
 * with empty headlines, and are written back as version 2 at the next save.
 */
public final class ReprintStateFile {

    public static final String FILE_NAME = "reprints.bin";
    private static final int MAGIC = 0x56475246; // "VGRF"
    private static final int VERSION = 2;
    /** Format versions this reader accepts: 1 had no headline. */
    private static final int OLDEST = 1;
    /** Headlines are cut here: writeUTF takes at most 65,535 bytes, and a headline is only compared. */
    static final int MAX_TITLE = 1_000;

    private ReprintStateFile() {
    }

    public static void save(ReprintFamilies families, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path target = dir.resolve(FILE_NAME);
        Path tmp = Files.createTempFile(dir, FILE_NAME, ".tmp");
        try {
            List<ReprintFamilies.Entry> entries = families.entriesSnapshot();
            int[] roots = families.rootsSnapshot();
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream os = Channels.newOutputStream(ch);
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16));
                ReprintConfig c = families.config();
                out.writeInt(MAGIC);
                out.writeInt(VERSION);
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
                    out.writeUTF(nz(e.id()));
                    out.writeUTF(nz(e.sourceId()));
                    out.writeUTF(nz(e.date()));
                    out.writeUTF(nz(e.site()));
                    String title = nz(e.title());
                    out.writeUTF(title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE) : title);
                    out.writeLong(e.day());
                    out.writeInt(e.secondOfDay());
                    out.writeInt(roots[d]);
                    writeInts(out, e.shingles());
                    writeInts(out, e.signature());
                }
                out.flush();
                ch.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Loads {@code DIR/reprints.bin}; an empty instance with {@code defaults} when there is none. */
    public static ReprintFamilies load(Path dir, ReprintConfig defaults, SourceRanking ranking) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.exists(file)) return new ReprintFamilies(defaults, ranking);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            int magic = in.readInt();
            if (magic != MAGIC) throw new IOException(file + ": not a Vigie reprint state file (bad magic at byte 0)");
            int version = in.readInt();
            if (version < OLDEST || version > VERSION) {
                throw new IOException(file + ": reprint state format version " + version + ", expected "
                        + OLDEST + " to " + VERSION);
            }
            ReprintConfig c = new ReprintConfig(in.readInt(), in.readInt(), in.readInt(), in.readLong(),
                    in.readDouble(), in.readDouble(), in.readInt());
            ReprintFamilies f = new ReprintFamilies(c, ranking);
            int n = in.readInt();
            for (int d = 0; d < n; d++) {
                String id = in.readUTF(), sourceId = in.readUTF(), date = in.readUTF(), site = in.readUTF();
                String title = version >= 2 ? in.readUTF() : "";
                long day = in.readLong();
                int second = in.readInt();
                int root = in.readInt();
                int[] shingles = readInts(in, file, d);
                int[] signature = readInts(in, file, d);
                if (signature.length != c.signatureSize()) {
                    throw new IOException(file + ": entry " + d + " has a signature of " + signature.length
                            + " values, expected " + c.signatureSize());
                }
                f.restore(new ReprintFamilies.Entry(id, nn(sourceId), nn(date), nn(site), shingles, signature,
                        day, 0, second, title), root);
            }
            return f;
        } catch (EOFException e) {
            throw new IOException(file + ": truncated reprint state file", e);
        }
    }

    /** Makes the rename durable where the platform allows opening a directory (Linux, macOS). */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory; the rename is still atomic there.
        }
    }

    /**
     * The length, then the values, big-endian as {@link DataOutputStream#writeInt} writes them, but
     * in one block: the whole state is rewritten at every batch, and an int at a time (four
     * synchronized single-byte writes each) was most of the save.
     */
    private static void writeInts(DataOutputStream out, int[] v) throws IOException {
        out.writeInt(v.length);
        ByteBuffer b = ByteBuffer.allocate(v.length * Integer.BYTES); // big-endian, as DataOutput
        b.asIntBuffer().put(v);
        out.write(b.array());
    }

    private static int[] readInts(DataInputStream in, Path file, int entry) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 10_000_000) throw new IOException(file + ": entry " + entry + " has a bad length " + n);
        byte[] bytes = new byte[n * Integer.BYTES];
        in.readFully(bytes);
        int[] v = new int[n];
        ByteBuffer.wrap(bytes).asIntBuffer().get(v);
        return v;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String nn(String s) {
        return s.isEmpty() ? null : s;
    }
}
