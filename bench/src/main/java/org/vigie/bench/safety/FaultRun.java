package org.vigie.bench.safety;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.vigie.bench.BenchFiles;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.CorpusCheck;
import org.vigie.corpus.CorpusRepair;
import org.vigie.corpus.store.BatchNotStoredException;
import org.vigie.corpus.store.CorpusDamagedException;
import org.vigie.corpus.store.CorpusStore;
import org.vigie.corpus.store.DiskQuota;
import org.vigie.corpus.store.Journal;

/**
 * Injects store faults on temporary corpora and prints one table: per fault kind, how many were
 * injected, how many {@code Corpus.check} called damaged, how many corpora reopened (or refused
 * to open with a precise {@code CorpusDamagedException}), how many checked clean with every
 * committed article identical after {@code Corpus.repair}, and how many committed articles were lost.
 * <ul>
 * <li>kill -9: a child JVM ingesting is SIGKILLed at random points (in the journal write, the
 *     Lucene write or commit), repeatedly on the same corpus; "committed" = batches whose commit
 *     the child reported;
 * <li>disk full (quota): a {@link DiskQuota} of a random byte budget makes a write fail with
 *     "No space left on device"; space is freed and the failed batch retried;
 * <li>disk full (real tmpfs): the same on a tmpfs of random size mounted in a user and mount
 *     namespace ({@code unshare -rm}); skipped, with the reason, where that is not permitted;
 * <li>corrupt index / corrupt journal: random bytes of a random index (or journal) file of a
 *     committed corpus are flipped.
 * </ul>
 * Usage: {@code bench/run org.vigie.bench.safety.FaultRun [--articles PATH.jsonl[.gz]] [--count 300]
 * [--batch 50] [--rounds 5] [--seed N]}; articles default to the repository's OrangeSum sample
 * (varied into {@code --count} distinct texts), so it runs anywhere. Exit code 1 when a committed
 * article was lost or a fault was not recovered.
 */
public final class FaultRun {

    private static final String USAGE = "FaultRun [--articles PATH] [--count N] [--batch N] [--rounds K] [--seed N]";
    private static final String SAMPLE = "samples/orangesum/orangesum-sample.jsonl";

    /** One row of the table. */
    static final class Tally {
        final String kind;
        int injected, damaged, reopened, refusedPrecisely, recovered, tails;
        long lost;
        String skipped;
        double seconds;

        Tally(String kind) {
            this.kind = kind;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--kill-child")) {
            killChild(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            return;
        }
        if (args.length > 0 && args[0].equals("--tmpfs-child")) {
            tmpfsChild(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Long.parseLong(args[5]));
            return;
        }
        Map<String, String> o = BenchFiles.options(args, USAGE);
        Path source = articlesPath(o.get("articles"));
        int count = Integer.parseInt(o.getOrDefault("count", "200"));
        int batch = Integer.parseInt(o.getOrDefault("batch", "40"));
        int rounds = Integer.parseInt(o.getOrDefault("rounds", "5"));
        long seed = Long.parseLong(o.getOrDefault("seed", Long.toString(new Random().nextLong())));
        Random rnd = new Random(seed);
        List<Article> articles = load(source, count);
        System.out.println("FaultRun: " + articles.size() + " articles from " + source + ", batches of " + batch
                + ", " + rounds + " faults per kind, seed " + seed);
        Path work = Files.createTempDirectory("vigie-faults");
        long t0 = System.nanoTime();
        List<Tally> rows = new ArrayList<>();
        try {
            long total = bytesWritten(work, articles, batch);
            timed(rows, () -> kill9(work, source, articles, batch, rounds, rnd));
            timed(rows, () -> diskFullQuota(work, articles, batch, rounds, rnd, total));
            timed(rows, () -> diskFullTmpfs(work, source, articles.size(), batch, rounds, rnd, total));
            Path base = work.resolve("base");
            try (Corpus c = Corpus.open(base)) {
                for (int i = 0; i < articles.size(); i += batch) {
                    c.ingest(articles.subList(i, Math.min(articles.size(), i + batch)));
                }
            }
            Map<String, String> expected = expected(articles);
            diskCost(base);
            timed(rows, () -> corrupt("corrupt index file", work, base, expected, rounds, rnd, false));
            timed(rows, () -> corrupt("corrupt journal file", work, base, expected, rounds, rnd, true));
        } finally {
            BenchFiles.deleteTree(work);
        }
        print(rows);
        System.out.printf("(%.1f s)%n", (System.nanoTime() - t0) / 1e9);
        boolean bad = rows.stream().anyMatch(r -> r.skipped == null && (r.lost > 0 || r.recovered < r.injected));
        System.exit(bad ? 1 : 0);
    }

    private interface Fault {
        Tally run() throws Exception;
    }

    private static void timed(List<Tally> rows, Fault f) throws Exception {
        long t0 = System.nanoTime();
        Tally t = f.run();
        t.seconds = (System.nanoTime() - t0) / 1e9;
        rows.add(t);
    }

    /** Bytes the store writes (index and journal) to ingest the articles from scratch. */
    private static long bytesWritten(Path work, List<Article> articles, int batch) throws IOException {
        Path probe = work.resolve("probe");
        DiskQuota measure = DiskQuota.bytes(Long.MAX_VALUE / 2);
        try (Corpus c = Corpus.open(probe, measure)) {
            for (int i = 0; i < articles.size(); i += batch) c.ingest(articles.subList(i, Math.min(articles.size(), i + batch)));
        }
        BenchFiles.deleteTree(probe);
        return Long.MAX_VALUE / 2 - measure.remaining();
    }

    // ---- kill -9 -------------------------------------------------------------------------

    private static Tally kill9(Path work, Path source, List<Article> articles, int batch, int rounds, Random rnd)
            throws Exception {
        Tally t = new Tally("kill -9 during ingest");
        Path data = work.resolve("kill");
        Map<String, String> expected = expected(articles);
        List<String> ids = new ArrayList<>(expected.keySet());
        int batches = (articles.size() + batch - 1) / batch;
        for (int r = 0; r < rounds; r++) {
            int after = rnd.nextInt(Math.min(3, batches)); // reports to wait for (0: kill during the first batch)
            long pause = rnd.nextInt(200);
            List<String> cmd = List.of(java(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                    FaultRun.class.getName(), "--kill-child", data.toString(), source.toString(),
                    Integer.toString(articles.size()), Integer.toString(batch));
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            LinkedBlockingQueue<String> lines = pump(p.getInputStream());
            int upto = 0;
            int seen = 0;
            boolean done = false;
            while (seen <= after) {
                String line = lines.poll(5, TimeUnit.MINUTES);
                if (line == null || line.equals("<eof>") || line.equals("done")) {
                    done = true;
                    break;
                }
                if (line.startsWith("upto ")) upto = Integer.parseInt(line.substring(5));
                seen++;
            }
            Thread.sleep(pause);
            p.destroyForcibly().waitFor();
            for (String line; (line = lines.poll(10, TimeUnit.SECONDS)) != null && !line.equals("<eof>"); ) {
                if (line.startsWith("upto ")) upto = Integer.parseInt(line.substring(5));
            }
            if (done) continue; // finished before the kill: not a fault
            t.injected++;
            Map<String, String> committed = new LinkedHashMap<>();
            for (String id : ids.subList(0, upto)) committed.put(id, expected.get(id));
            outcome(t, data, committed);
            if (r % 2 == 1) BenchFiles.deleteTree(data); // alternate a fresh corpus and one carried on
        }
        return t;
    }

    /** Child: ingests in batches, printing "started" then "upto N" after each batch's commit returns. */
    private static void killChild(Path data, Path source, int count, int batch) throws IOException {
        List<Article> articles = load(source, count);
        try (Corpus c = Corpus.open(data)) {
            System.out.println("started");
            System.out.flush();
            for (int i = 0; i < articles.size(); i += batch) {
                int end = Math.min(articles.size(), i + batch);
                c.ingest(articles.subList(i, end));
                System.out.println("upto " + end);
                System.out.flush();
            }
        }
        System.out.println("done");
    }

    // ---- disk full -----------------------------------------------------------------------

    private static Tally diskFullQuota(Path work, List<Article> articles, int batch, int rounds, Random rnd, long total)
            throws IOException {
        Tally t = new Tally("disk full (byte quota)");
        Map<String, String> expected = expected(articles);
        List<String> ids = new ArrayList<>(expected.keySet());
        for (int r = 0; r < rounds; r++) {
            Path data = work.resolve("df-" + r);
            DiskQuota quota = DiskQuota.bytes((long) (rnd.nextDouble() * total));
            int committed = 0;
            boolean hit = false;
            String error = null;
            try (Corpus c = Corpus.open(data, quota)) {
                for (int i = 0; i < articles.size(); i += batch) {
                    c.ingest(articles.subList(i, Math.min(articles.size(), i + batch)));
                    committed = Math.min(articles.size(), i + batch);
                }
            } catch (BatchNotStoredException e) {
                hit = true;
                error = e.getMessage();
                if (e.articlesStored() != committed) error += " [reported " + e.articlesStored() + ", expected " + committed + "]";
            } catch (IOException e) {
                hit = DiskQuota.isDiskFull(e); // while creating the corpus
                error = e.toString();
            }
            if (!hit) continue;
            t.injected++;
            if (r == 0) System.out.println("  e.g. " + error);
            Map<String, String> c = new LinkedHashMap<>();
            for (String id : ids.subList(0, committed)) c.put(id, expected.get(id));
            // "space freed": the rest is ingested again without a quota
            outcome(t, data, c);
            try (Corpus corpus = Corpus.open(data)) {
                for (int i = 0; i < articles.size(); i += batch) corpus.ingest(articles.subList(i, Math.min(articles.size(), i + batch)));
            }
            if (lost(data, expected) > 0 || Corpus.check(data).damaged()) {
                t.recovered--;
                System.out.println("  retry after freeing space did not complete the corpus " + data);
            }
            BenchFiles.deleteTree(data);
        }
        return t;
    }

    private static Tally diskFullTmpfs(Path work, Path source, int count, int batch, int rounds, Random rnd, long total)
            throws Exception {
        Tally t = new Tally("disk full (real tmpfs)");
        String why = tmpfsUnavailable(work);
        if (why != null) {
            t.skipped = why;
            return t;
        }
        for (int r = 0; r < Math.min(rounds, 3); r++) { // a JVM and a whole ingest each: fewer rounds
            Path mount = Files.createDirectories(work.resolve("tmpfs-" + r));
            // room for the JVM-independent part only: some of the corpus fits, not all (tmpfs rounds to pages)
            long sizeKb = 64 + (long) (rnd.nextDouble() * total * 0.5 / 1024);
            long filler = 1L << 20;
            String inner = "mount -t tmpfs -o size=" + (sizeKb + filler / 1024) + "k vigie-faults " + q(mount) + " && exec "
                    + q(Path.of(java())) + " -Xmx512m -cp " + q(Path.of(System.getProperty("java.class.path")))
                    + " " + FaultRun.class.getName() + " --tmpfs-child " + q(mount) + " " + q(source.toAbsolutePath())
                    + " " + count + " " + batch + " " + filler;
            Process p = new ProcessBuilder("unshare", "-rm", "sh", "-c", inner).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            String result = out.lines().filter(l -> l.startsWith("result ")).findFirst().orElse(null);
            if (result == null) {
                System.out.println("  tmpfs round " + r + " gave no result: " + out.strip());
                continue;
            }
            Map<String, String> kv = new LinkedHashMap<>();
            for (String f : result.substring(7).split(" ")) kv.put(f.substring(0, f.indexOf('=')), f.substring(f.indexOf('=') + 1));
            if (!kv.get("injected").equals("1")) continue;
            t.injected++;
            t.damaged += Integer.parseInt(kv.get("damaged"));
            t.reopened += Integer.parseInt(kv.get("reopened"));
            t.recovered += Integer.parseInt(kv.get("recovered"));
            t.lost += Long.parseLong(kv.get("lost"));
            if (t.injected == 1) out.lines().filter(l -> l.startsWith("  e.g.")).findFirst().ifPresent(System.out::println);
        }
        return t;
    }

    /** Null when a tmpfs can be mounted in a user namespace here, else why not. */
    private static String tmpfsUnavailable(Path work) {
        try {
            Path m = Files.createDirectories(work.resolve("tmpfs-probe"));
            Process p = new ProcessBuilder("unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k probe " + q(m))
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return "cannot mount a tmpfs without root here (unshare -rm: " + (out.isEmpty() ? "exit " + p.exitValue() : out) + ")";
            }
            return null;
        } catch (IOException | InterruptedException e) {
            return "no unshare command (" + e.getMessage() + ")";
        }
    }

    /**
     * Child, inside its mount namespace: fills the tmpfs with a filler file, ingests until the disk
     * is full, checks the corpus reopens at its last commit, deletes the filler and retries.
     */
    private static void tmpfsChild(Path mount, Path source, int count, int batch, long filler) throws IOException {
        List<Article> articles = load(source, count);
        Path fill = mount.resolve("filler");
        Files.write(fill, new byte[(int) filler]);
        Path data = mount.resolve("data");
        int committed = 0;
        boolean hit = false;
        String error = null;
        int failedAt = -1;
        try (Corpus c = Corpus.open(data)) {
            for (int i = 0; i < articles.size(); i += batch) {
                failedAt = i;
                c.ingest(articles.subList(i, Math.min(articles.size(), i + batch)));
                committed = Math.min(articles.size(), i + batch);
            }
        } catch (IOException e) {
            hit = DiskQuota.isDiskFull(e);
            error = e.getMessage();
        }
        if (!hit) {
            System.out.println("result injected=0 damaged=0 reopened=0 recovered=0 lost=0");
            return;
        }
        System.out.println("  e.g. " + error);
        Map<String, String> expected = expected(articles);
        List<String> ids = new ArrayList<>(expected.keySet());
        int damaged = 0, reopened = 0, recovered = 0;
        long lost;
        try {
            damaged = Corpus.check(data).damaged() ? 1 : 0;
            try (Corpus c = Corpus.open(data)) {
                if (c.count() == committed) reopened = 1;
            }
        } catch (IOException e) {
            System.out.println("  reopen failed: " + e);
        }
        Files.delete(fill);
        try (Corpus c = Corpus.open(data)) {
            for (int i = Math.max(failedAt, 0); i < articles.size(); i += batch) {
                c.ingest(articles.subList(i, Math.min(articles.size(), i + batch)));
                committed = Math.min(articles.size(), i + batch);
            }
        } catch (IOException e) {
            System.out.println("  retry stopped (tmpfs too small for the rest): " + e.getMessage());
        }
        Map<String, String> c = new LinkedHashMap<>();
        for (String id : ids.subList(0, committed)) c.put(id, expected.get(id));
        lost = lost(data, c);
        if (lost == 0 && !Corpus.check(data).damaged()) recovered = 1;
        System.out.println("result injected=1 damaged=" + damaged + " reopened=" + reopened + " recovered=" + recovered
                + " lost=" + lost);
    }

    // ---- corruption ----------------------------------------------------------------------

    private static Tally corrupt(String kind, Path work, Path base, Map<String, String> expected, int rounds, Random rnd,
            boolean journal) throws IOException {
        Tally t = new Tally(kind);
        for (int r = 0; r < rounds; r++) {
            Path data = work.resolve((journal ? "cj-" : "ci-") + r);
            copyTree(base, data);
            List<Path> files = journal ? Journal.files(data) : indexFiles(data.resolve(CorpusStore.INDEX_DIR));
            Path victim = files.get(rnd.nextInt(files.size()));
            long size = Files.size(victim);
            int n = 1 + rnd.nextInt(16);
            long at = size <= n ? 0 : (long) (rnd.nextDouble() * (size - n));
            flip(victim, at, (int) Math.min(n, size));
            t.injected++;
            CorpusCheck check = Corpus.check(data);
            if (check.damaged()) t.damaged++;
            else System.out.println("  not detected: " + n + " bytes flipped at " + at + " in " + victim.getFileName());
            try (Corpus c = Corpus.open(data)) {
                t.reopened++;
            } catch (CorpusDamagedException e) {
                t.refusedPrecisely++;
                if (t.refusedPrecisely == 1) System.out.println("  e.g. open refused: " + e.getMessage());
            } catch (Exception e) {
                System.out.println("  open failed imprecisely on " + victim.getFileName() + ": " + e);
            }
            long lost;
            try {
                CorpusRepair repair = Corpus.repair(data);
                lost = lost(data, expected);
                if (!repair.after().damaged() && lost == 0) t.recovered++;
                else System.out.println("  not recovered (" + victim.getFileName() + "): " + repair.toText());
            } catch (Exception e) {
                System.out.println("  repair failed on " + victim.getFileName() + " at " + at + ": " + e);
                lost = expected.size();
            }
            t.lost += lost;
            BenchFiles.deleteTree(data);
        }
        return t;
    }

    /** What the journal costs on disk, beside the index and the stored JSON it copies. */
    private static void diskCost(Path base) throws IOException {
        long index = BenchFiles.size(base.resolve(CorpusStore.INDEX_DIR));
        long journal = BenchFiles.size(Journal.dir(base));
        long[] json = {0};
        try (Corpus c = Corpus.openReadOnly(base)) {
            c.forEach(a -> json[0] += ArticleJson.toJson(a).getBytes(StandardCharsets.UTF_8).length);
        }
        System.out.printf("disk cost: journal %,d bytes = %.0f%% of the stored JSON (%,d bytes), %.0f%% of the index (%,d bytes)%n",
                journal, 100.0 * journal / json[0], json[0], 100.0 * journal / index, index);
    }

    private static List<Path> indexFiles(Path index) throws IOException {
        try (Stream<Path> s = Files.list(index)) {
            return s.filter(p -> !p.getFileName().toString().equals("write.lock")).sorted().toList();
        }
    }

    private static void flip(Path file, long at, int n) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            for (int i = 0; i < n; i++) {
                f.seek(at + i);
                int b = f.read();
                f.seek(at + i);
                f.write(b ^ (1 + (i * 37) % 255));
            }
        }
    }

    // ---- shared --------------------------------------------------------------------------

    /** Tallies what a fault left: check verdict, reopen, then repair and committed articles lost. */
    private static void outcome(Tally t, Path data, Map<String, String> committed) {
        try {
            CorpusCheck check = Corpus.check(data);
            if (check.damaged()) t.damaged++;
            if (!check.notes().isEmpty()) t.tails++;
            try (Corpus c = Corpus.open(data)) {
                if (lost(c, committed) == 0) t.reopened++;
            }
        } catch (CorpusDamagedException e) {
            t.refusedPrecisely++;
        } catch (IOException | RuntimeException e) {
            System.out.println("  reopen failed: " + e);
        }
        try {
            CorpusRepair repair = Corpus.repair(data);
            long lost = lost(data, committed);
            t.lost += lost;
            if (!repair.after().damaged() && lost == 0) t.recovered++;
        } catch (IOException | RuntimeException e) {
            System.out.println("  repair failed: " + e);
            t.lost += committed.size();
        }
    }

    private static long lost(Path data, Map<String, String> committed) throws IOException {
        try (Corpus c = Corpus.open(data)) {
            return lost(c, committed);
        }
    }

    /**
     * Committed articles not stored as they were given: the stored record's {@code stored_at} (when
     * the corpus first took the text, which the given article cannot know) is left out of the comparison.
     */
    private static long lost(Corpus c, Map<String, String> committed) throws IOException {
        long n = 0;
        for (Map.Entry<String, String> e : committed.entrySet()) {
            String stored = c.get(e.getKey()).map(a -> ArticleJson.toJson(a.withStoredAt(null))).orElse(null);
            if (!e.getValue().equals(stored)) n++;
        }
        return n;
    }

    private static Map<String, String> expected(List<Article> articles) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Article a : articles) m.put(a.id(), ArticleJson.toJson(a));
        return m;
    }

    private static void print(List<Tally> rows) {
        String f = "%-24s | %8s | %14s | %8s | %17s | %9s | %23s | %s%n";
        System.out.println();
        System.out.printf(f, "fault", "injected", "check: damaged", "reopened", "refused precisely", "recovered",
                "committed articles lost", "time");
        System.out.println("-".repeat(24) + "-+-" + "-".repeat(8) + "-+-" + "-".repeat(14) + "-+-" + "-".repeat(8) + "-+-"
                + "-".repeat(17) + "-+-" + "-".repeat(9) + "-+-" + "-".repeat(23) + "-+-" + "-".repeat(6));
        for (Tally t : rows) {
            if (t.skipped != null) {
                System.out.printf("%-24s | skipped: %s%n", t.kind, t.skipped);
            } else {
                System.out.printf(f, t.kind, t.injected, t.damaged, t.reopened, t.refusedPrecisely, t.recovered, t.lost,
                        String.format("%.1f s", t.seconds));
            }
        }
        for (Tally t : rows) {
            if (t.tails > 0) {
                System.out.println(t.kind + ": " + t.tails + " of " + t.injected + " left a torn journal tail or a journalled"
                        + " batch whose commit never happened (check notes it; the next open drops it)");
            }
        }
        System.out.println("reopened: opened with every committed article; refused precisely: open failed with a"
                + " CorpusDamagedException naming the file; recovered: after Corpus.repair, checks clean with every"
                + " committed article identical.");
    }

    private static LinkedBlockingQueue<String> pump(InputStream in) {
        LinkedBlockingQueue<String> q = new LinkedBlockingQueue<>();
        Thread th = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) q.add(l);
            } catch (IOException killed) {
                // the pipe closes with the process
            } finally {
                q.add("<eof>");
            }
        });
        th.setDaemon(true);
        th.start();
        return q;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String q(Path p) {
        return "'" + p.toString().replace("'", "'\\''") + "'";
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else if (!p.getFileName().toString().equals("write.lock")) Files.copy(p, target);
            }
        }
    }

    static Path articlesPath(String given) throws IOException {
        if (given != null) {
            Path p = Path.of(given);
            if (!Files.isRegularFile(p)) throw new IOException("no such articles file: " + p.toAbsolutePath());
            return p;
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve(SAMPLE))) return d.resolve(SAMPLE);
        }
        throw new IOException(SAMPLE + " not found above " + Path.of("").toAbsolutePath() + "; pass --articles PATH");
    }

    /**
     * {@code count} distinct articles from an OrangeSum-format JSONL file (title, heading, article,
     * id, date; gzip when the name ends in .gz): the first lines as they are, then, when the file
     * has fewer, variants whose sentences are rotated and which end with a line naming them.
     */
    static List<Article> load(Path file, int count) throws IOException {
        ObjectMapper m = new ObjectMapper();
        List<Article> real = new ArrayList<>();
        InputStream raw = Files.newInputStream(file);
        if (file.toString().endsWith(".gz")) raw = new GZIPInputStream(raw, 1 << 16);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8))) {
            int line = 0;
            for (String l; real.size() < count && (l = r.readLine()) != null; ) {
                line++;
                if (l.isBlank()) continue;
                JsonNode n;
                try {
                    n = m.readTree(l);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IOException(file + " line " + line + ": not a JSON object: " + e.getOriginalMessage(), e);
                }
                String body = n.path("article").asText("");
                if (body.isBlank()) continue;
                Article a = Article.compose(n.path("title").asText(""), n.path("heading").asText(null), List.of(body));
                Metadata md = Metadata.EMPTY.withDate(n.path("date").asText(null), "orangesum");
                String id = n.path("id").asText("line-" + line);
                real.add(a.withSourceId(id).withLanguage("fr", null).withMetadata(md));
            }
        }
        if (real.isEmpty()) throw new IOException(file + ": no article (expected JSON lines with title, heading, article)");
        List<Article> out = new ArrayList<>(real);
        java.util.Set<String> ids = new java.util.HashSet<>();
        out.removeIf(a -> !ids.add(a.id()));
        for (int i = 0; out.size() < count; i++) {
            Article base = real.get(i % real.size());
            List<String> sentences = new ArrayList<>(Arrays.asList(base.body().split("(?<=[.!?])\\s+")));
            Collections.rotate(sentences, 1 + i / real.size());
            sentences.add("Variante de synthèse n° " + i + ".");
            Article a = Article.compose(base.title(), base.standfirst(), sentences)
                    .withSourceId(base.sourceId() + "-v" + i).withLanguage("fr", null).withMetadata(base.metadata());
            if (ids.add(a.id())) out.add(a);
        }
        return out;
    }
}
