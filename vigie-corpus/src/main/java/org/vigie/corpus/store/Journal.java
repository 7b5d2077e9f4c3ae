package org.vigie.corpus.store;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The append-only journal of accepted articles, {@code DATA/journal/NNNNNNNN.vjl}: a second copy of
 * every article JSON the store commits, written and fsynced <em>before</em> the Lucene commit, so
 * that a damaged index segment loses nothing committed ({@code vigie repair} re-adds from here).
 *
 * <p>File layout: magic "VGJ1", then frames {@code [int length][int CRC32 of body][body]}. A body
 * is an ARTICLE ({@code type=1, long batch, UTF id, int CRC32 of the JSON, deflated UTF-8 JSON})
 * or the END of a batch ({@code type=2, long batch, int articles}). A batch counts only once its
 * END frame is read with the right article count, so a batch cut by {@code kill -9} is never
 * replayed in part. Batch numbers are the index's commit counter ({@code vigie.batches}): a
 * complete batch numbered above the index's counter is one whose Lucene commit did not happen,
 * and is dropped when the corpus is next opened for writing, as is a torn last frame.
 *
 * <p>A new file starts at a batch boundary once the current one passes 64 MiB, so only the last
 * file is ever torn or rolled back, and opening for writing reads only that file.
 */
public final class Journal implements Closeable {

    public static final String DIR = "journal";
    static final String SUFFIX = ".vjl";
    private static final int MAGIC = 0x56474A31; // "VGJ1"
    private static final int HEADER = 4;
    private static final byte ARTICLE = 1;
    private static final byte END = 2;
    private static final long ROTATE_AT = 64L << 20;
    private static final int MAX_FRAME = 512 << 20;

    /** Where an article's latest committed copy is. */
    public record Loc(Path file, long offset, long batch, int jsonCrc) {
    }

    /** Bytes of a journal file that were not read: a torn tail, or a corrupt frame and what follows. */
    public record Damage(String file, long offset, long bytes, String reason, boolean tornTail) {
        @Override
        public String toString() {
            return file + " at byte " + offset + ": " + reason + " (" + bytes + " bytes ignored)";
        }
    }

    /**
     * What a scan found. {@code latest}: per article id, its last copy in a complete batch numbered
     * at most the limit, in order of first appearance (ingestion order). {@code beyondLimit*}:
     * complete batches above the limit (uncommitted). {@code incomplete}: articles of batches
     * without their END frame.
     */
    public record Scan(List<Path> files, long bytes, long records, long batches, long lastBatch,
                       Map<String, Loc> latest, long beyondLimitBatches, long beyondLimitRecords,
                       long incomplete, List<Damage> damage,
                       Path lastBatchFile, long lastBatchStart, long lastBatchEnd, long validEnd) {

        /** Damage other than a torn tail of the last file (which a crash leaves and writing repairs). */
        public List<Damage> corruption() {
            return damage.stream().filter(d -> !d.tornTail()).toList();
        }

        public List<Damage> tornTails() {
            return damage.stream().filter(Damage::tornTail).toList();
        }
    }

    /** A position to roll back to if the batch being written is not committed. */
    public record Mark(long position) {
    }

    private final Path dir;
    private final DiskQuota quota;
    private Path current;
    private FileChannel ch;
    private long size;
    private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
    private final String recovery;

    private Journal(Path dir, DiskQuota quota, Path current, FileChannel ch, long size, String recovery) {
        this.dir = dir;
        this.quota = quota;
        this.current = current;
        this.ch = ch;
        this.size = size;
        this.recovery = recovery;
    }

    public static Path dir(Path dataDir) {
        return dataDir.resolve(DIR);
    }

    /** The journal files in order (empty when there is no journal). */
    public static List<Path> files(Path dataDir) throws IOException {
        return filesIn(dir(dataDir));
    }

    /** The journal files of a journal folder (the live one, or one set aside by repair). */
    public static List<Path> filesIn(Path d) throws IOException {
        if (!Files.isDirectory(d)) return List.of();
        try (Stream<Path> s = Files.list(d)) {
            return s.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        }
    }

    /**
     * Opens the journal for appending after the index's last commit {@code committedBatches}:
     * drops a torn or incomplete tail of the last file and a complete batch numbered
     * {@code committedBatches + 1} (journalled, but its commit never happened).
     *
     * @throws CorpusDamagedException the journal holds later batches than the index has committed
     */
    static Journal openForAppend(Path dataDir, long committedBatches, DiskQuota quota) throws IOException {
        Path d = dir(dataDir);
        Files.createDirectories(d);
        List<Path> files = files(dataDir);
        Path last = files.isEmpty() ? d.resolve(name(1)) : files.get(files.size() - 1);
        String recovery = null;
        if (!Files.exists(last) || Files.size(last) < HEADER) {
            try (FileChannel c = FileChannel.open(last, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                c.truncate(0);
                c.write(ByteBuffer.allocate(HEADER).putInt(0, MAGIC));
                c.force(true);
            }
            syncDirectory(d);
        } else {
            Scan s = scan(List.of(last), Long.MAX_VALUE);
            if (!s.corruption().isEmpty()) {
                throw new CorpusDamagedException("corrupt journal: " + s.corruption().get(0)
                        + CorpusDamagedException.hint(dataDir));
            }
            long keep;
            if (s.lastBatch() > committedBatches + 1) {
                throw new CorpusDamagedException("journal " + last + " holds batch " + s.lastBatch()
                        + " but the index's last commit is batch " + committedBatches
                        + " (the index lost commits)" + CorpusDamagedException.hint(dataDir));
            } else if (s.lastBatch() == committedBatches + 1) {
                keep = s.lastBatchStart();
                recovery = "dropped batch " + s.lastBatch() + " from the journal (" + (s.lastBatchEnd() - keep)
                        + " bytes): journalled, but its index commit never happened";
            } else {
                keep = s.lastBatch() < 0 ? HEADER : s.lastBatchEnd();
            }
            long fileSize = Files.size(last);
            if (keep < fileSize) {
                if (recovery == null) {
                    recovery = "ignored the torn tail of journal " + last.getFileName() + " (" + (fileSize - keep)
                            + " bytes after byte " + keep + ": a write cut short)";
                }
                try (FileChannel c = FileChannel.open(last, StandardOpenOption.WRITE)) {
                    c.truncate(keep);
                    c.force(true);
                }
            }
        }
        FileChannel c = FileChannel.open(last, StandardOpenOption.WRITE, StandardOpenOption.READ);
        return new Journal(d, quota, last, c, c.size(), recovery);
    }

    /** What opening did to the journal's tail, or null when it was clean. */
    public String recovery() {
        return recovery;
    }

    public Mark mark() throws IOException {
        if (size >= ROTATE_AT) rotate();
        return new Mark(size);
    }

    /**
     * Appends one batch (id and JSON per article) with its END frame, and forces it to disk.
     * Call {@link #mark()} first, and {@link #rollback} to it if the batch is not committed.
     */
    synchronized void append(long batch, List<Map.Entry<String, String>> articles) throws IOException {
        for (Map.Entry<String, String> a : articles) {
            write(articleBody(batch, a.getKey(), a.getValue()));
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream(16);
        DataOutputStream out = new DataOutputStream(b);
        out.writeByte(END);
        out.writeLong(batch);
        out.writeInt(articles.size());
        write(b.toByteArray());
        ch.force(false);
    }

    synchronized void rollback(Mark mark) throws IOException {
        ch.truncate(mark.position());
        ch.force(false);
        size = mark.position();
    }

    private byte[] articleBody(long batch, String id, String json) throws IOException {
        byte[] raw = json.getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(raw);
        ByteArrayOutputStream b = new ByteArrayOutputStream(raw.length / 3 + 64);
        DataOutputStream out = new DataOutputStream(b);
        out.writeByte(ARTICLE);
        out.writeLong(batch);
        out.writeUTF(id);
        out.writeInt((int) crc.getValue());
        deflater.reset();
        deflater.setInput(raw);
        deflater.finish();
        byte[] buf = new byte[8192];
        while (!deflater.finished()) {
            int n = deflater.deflate(buf);
            out.write(buf, 0, n);
        }
        return b.toByteArray();
    }

    private void write(byte[] body) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(body);
        ByteBuffer frame = ByteBuffer.allocate(8 + body.length);
        frame.putInt(body.length).putInt((int) crc.getValue()).put(body).flip();
        quota.take(frame.remaining());
        while (frame.hasRemaining()) size += ch.write(frame, size);
    }

    private void rotate() throws IOException {
        ch.close();
        String n = current.getFileName().toString();
        int seq = Integer.parseInt(n.substring(0, n.length() - SUFFIX.length()));
        current = dir.resolve(name(seq + 1));
        ch = FileChannel.open(current, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.READ);
        quota.take(HEADER);
        ch.write(ByteBuffer.allocate(HEADER).putInt(0, MAGIC));
        ch.force(true);
        syncDirectory(dir);
        size = HEADER;
    }

    private static String name(int seq) {
        return String.format("%08d%s", seq, SUFFIX);
    }

    @Override
    public synchronized void close() throws IOException {
        deflater.end();
        ch.close();
    }

    /** Reads every journal file of {@code dataDir}; batches numbered above {@code limit} are counted apart. */
    public static Scan scan(Path dataDir, long limit) throws IOException {
        return scan(files(dataDir), limit);
    }

    /** {@link #scan(Path, long)} of a journal folder given directly. */
    public static Scan scanFolder(Path journalDir, long limit) throws IOException {
        return scan(filesIn(journalDir), limit);
    }

    private static Scan scan(List<Path> files, long limit) throws IOException {
        Map<String, Loc> latest = new LinkedHashMap<>();
        List<Damage> damage = new ArrayList<>();
        List<Map.Entry<String, Loc>> pending = new ArrayList<>();
        long pendingBatch = -1;
        long pendingStart = -1;
        long bytes = 0, records = 0, batches = 0, lastBatch = -1, beyondBatches = 0, beyondRecords = 0, incomplete = 0;
        Path lastFile = null;
        long lastStart = -1, lastEnd = -1, validEnd = HEADER;
        for (int f = 0; f < files.size(); f++) {
            Path file = files.get(f);
            boolean lastOfAll = f == files.size() - 1;
            long fileSize = Files.size(file);
            bytes += fileSize;
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                if (fileSize < HEADER) {
                    damage.add(new Damage(file.toString(), 0, fileSize, "file shorter than its header", lastOfAll));
                    continue;
                }
                int magic = in.readInt();
                if (magic != MAGIC) {
                    damage.add(new Damage(file.toString(), 0, fileSize, "not a Vigie journal file (bad magic)", false));
                    continue;
                }
                long pos = HEADER;
                while (pos < fileSize) {
                    long left = fileSize - pos;
                    String bad = null;
                    boolean torn = false;
                    int len = -1;
                    if (left < 8) {
                        bad = "frame header cut short";
                        torn = true;
                    } else {
                        len = in.readInt();
                        int crc = in.readInt();
                        if (len < 9 || len > MAX_FRAME) {
                            bad = "impossible frame length " + len;
                            torn = lastOfAll && allZero(in, left - 8);
                        } else if (len > left - 8) {
                            bad = "frame of " + len + " bytes cut short at " + (left - 8);
                            torn = lastOfAll;
                        } else {
                            byte[] body = in.readNBytes(len);
                            CRC32 c = new CRC32();
                            c.update(body);
                            if ((int) c.getValue() != crc) {
                                bad = "checksum mismatch (CRC32)";
                                torn = lastOfAll && pos + 8 + len == fileSize;
                            } else {
                                DataInputStream b = new DataInputStream(new java.io.ByteArrayInputStream(body));
                                byte type = b.readByte();
                                long batch = b.readLong();
                                if (type == ARTICLE) {
                                    String id = b.readUTF();
                                    int jsonCrc = b.readInt();
                                    if (!pending.isEmpty() && pendingBatch != batch) {
                                        incomplete += pending.size();
                                        pending.clear();
                                    }
                                    if (pending.isEmpty()) pendingStart = pos;
                                    pendingBatch = batch;
                                    pending.add(Map.entry(id, new Loc(file, pos, batch, jsonCrc)));
                                    records++;
                                } else if (type == END) {
                                    int count = b.readInt();
                                    if (pendingBatch == batch && pending.size() == count) {
                                        batches++;
                                        if (batch <= limit) {
                                            for (Map.Entry<String, Loc> e : pending) latest.put(e.getKey(), e.getValue());
                                        } else {
                                            beyondBatches++;
                                            beyondRecords += count;
                                        }
                                        lastBatch = batch;
                                        lastFile = file;
                                        lastStart = pendingStart;
                                        lastEnd = pos + 8 + len;
                                    } else {
                                        damage.add(new Damage(file.toString(), pos, 8 + len, "end of batch " + batch
                                                + " announces " + count + " articles, " + pending.size() + " read", false));
                                        incomplete += pending.size();
                                    }
                                    pending.clear();
                                } else {
                                    bad = "unknown frame type " + type;
                                }
                            }
                        }
                    }
                    if (bad != null) {
                        damage.add(new Damage(file.toString(), pos, fileSize - pos, bad, torn));
                        break;
                    }
                    pos += 8 + len;
                    if (lastOfAll) validEnd = pos;
                }
            } catch (EOFException e) {
                damage.add(new Damage(file.toString(), -1, 0, "unexpected end of a frame body", false));
            }
        }
        incomplete += pending.size();
        return new Scan(files, bytes, records, batches, lastBatch, latest, beyondBatches, beyondRecords, incomplete,
                List.copyOf(damage), lastFile, lastStart, lastEnd, validEnd);
    }

    private static boolean allZero(InputStream in, long n) throws IOException {
        byte[] buf = new byte[8192];
        while (n > 0) {
            int r = in.read(buf, 0, (int) Math.min(buf.length, n));
            if (r < 0) return true;
            for (int i = 0; i < r; i++) if (buf[i] != 0) return false;
            n -= r;
        }
        return true;
    }

    /** The JSON of the article framed at {@code loc}, checked against both its checksums. */
    public static String read(Loc loc) throws IOException {
        try (FileChannel c = FileChannel.open(loc.file(), StandardOpenOption.READ)) {
            ByteBuffer head = ByteBuffer.allocate(8);
            readFully(c, head, loc.offset());
            int len = head.getInt(0);
            int crc = head.getInt(4);
            if (len < 9 || len > MAX_FRAME) throw new IOException(loc.file() + " at byte " + loc.offset() + ": bad frame length");
            ByteBuffer body = ByteBuffer.allocate(len);
            readFully(c, body, loc.offset() + 8);
            CRC32 check = new CRC32();
            check.update(body.array());
            if ((int) check.getValue() != crc) throw new IOException(loc.file() + " at byte " + loc.offset() + ": checksum mismatch");
            DataInputStream b = new DataInputStream(new java.io.ByteArrayInputStream(body.array()));
            b.readByte();
            b.readLong();
            b.readUTF();
            int jsonCrc = b.readInt();
            byte[] deflated = b.readAllBytes();
            Inflater inf = new Inflater();
            try {
                inf.setInput(deflated);
                ByteArrayOutputStream out = new ByteArrayOutputStream(deflated.length * 4);
                byte[] buf = new byte[8192];
                while (!inf.finished()) {
                    int n = inf.inflate(buf);
                    if (n == 0 && (inf.needsInput() || inf.needsDictionary())) break;
                    out.write(buf, 0, n);
                }
                byte[] raw = out.toByteArray();
                CRC32 jc = new CRC32();
                jc.update(raw);
                if ((int) jc.getValue() != jsonCrc) {
                    throw new IOException(loc.file() + " at byte " + loc.offset() + ": article JSON checksum mismatch");
                }
                return new String(raw, StandardCharsets.UTF_8);
            } catch (DataFormatException e) {
                throw new IOException(loc.file() + " at byte " + loc.offset() + ": bad deflate data", e);
            } finally {
                inf.end();
            }
        }
    }

    private static void readFully(FileChannel c, ByteBuffer b, long pos) throws IOException {
        while (b.hasRemaining()) {
            int n = c.read(b, pos + b.position());
            if (n < 0) throw new EOFException("journal frame cut short");
        }
    }

    /** CRC32 of a JSON text as the journal records it. */
    public static int jsonCrc(String json) {
        CRC32 c = new CRC32();
        c.update(json.getBytes(StandardCharsets.UTF_8));
        return (int) c.getValue();
    }

    static void syncDirectory(Path dir) {
        try (FileChannel c = FileChannel.open(dir, StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory; the file itself was forced.
        }
    }
}
