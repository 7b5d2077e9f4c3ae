package org.vigie.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.vigie.core.model.Article;
import org.vigie.core.model.Origin;
import org.vigie.core.read.ReadException;
import org.vigie.ingest.tabular.RecordFields;

/** What the benchmarks share: "--name value" options, the default data path, folder and iterator chores. */
public final class BenchFiles {

    public static final String ORANGESUM = "../shared/corpora/orangesum/orangesum_parsed.jsonl.gz";

    private BenchFiles() {
    }

    /** Parses "--name value" pairs; {@code usage} is the message for anything else. */
    public static Map<String, String> options(String[] args, String usage) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: " + usage + "; bad argument: " + args[i]);
            }
            m.put(args[i].substring(2), args[++i]);
        }
        return m;
    }

    /** The data file given, or OrangeSum relative to the repository root (or a worktree below it). */
    public static Path orangesum(String given) throws IOException {
        if (given != null) {
            Path p = Path.of(given);
            if (!Files.isRegularFile(p)) throw new IOException("no such data file: " + p.toAbsolutePath());
            return p;
        }
        for (String c : List.of(ORANGESUM, "../" + ORANGESUM)) {
            if (Files.isRegularFile(Path.of(c))) return Path.of(c);
        }
        throw new IOException("OrangeSum data not found at " + ORANGESUM + " (from " + Path.of("").toAbsolutePath()
                + "); pass --data PATH");
    }

    public static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    public static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /** The OrangeSum articles {@code skip} to {@code skip + n} (held-out slices), read as {@link #orangesumRead(Path, int)} reads them. */
    public static List<Article> orangesumRead(Path file, int skip, int n) throws IOException {
        List<Article> all = orangesumRead(file, skip + n);
        return all.subList(Math.min(skip, all.size()), all.size());
    }

    /**
     * The first {@code limit} OrangeSum articles with a title and a body, read as the product reads
     * a JSONL record ({@link RecordFields#toArticle}: mojibake repair, lost paragraph breaks), so
     * that every harness measures the canonical text users get.
     */
    public static List<Article> orangesumRead(Path file, int limit) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Article> out = new ArrayList<>();
        if (limit <= 0) return out;
        eachJsonLine(file, (record, line) -> {
            Map<String, Object> fields = json.convertValue(record, new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
            if (fields == null || !(fields.get("title") instanceof String t) || t.isBlank()
                    || !(fields.get("article") instanceof String b) || b.isBlank()) return true;
            Origin origin = new Origin(file.toString(), (long) line, null);
            try {
                out.add(RecordFields.toArticle(fields, origin, origin, line));
            } catch (ReadException e) {
                throw new IOException(e.getMessage(), e);
            }
            return out.size() < limit;
        });
        return out;
    }

    /** One record of a JSON-lines file and its line number (from 1); false stops the reading. */
    @FunctionalInterface
    public interface JsonLine {
        boolean accept(JsonNode record, int line) throws IOException;
    }

    /**
     * Each record of a gzip JSON-lines file, in order, until {@code each} returns false. A line that
     * is not JSON is an error naming the file and the line.
     */
    public static void eachJsonLine(Path file, JsonLine each) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                JsonNode record;
                try {
                    record = json.readTree(line);
                } catch (IOException e) {
                    throw new IOException(file + ": line " + n + ": not JSON: " + e.getMessage(), e);
                }
                if (!each.accept(record, n)) return;
            }
        }
    }

    /** The next {@code n} items of {@code it}, lazily. */
    public static <T> Iterator<T> take(Iterator<T> it, long n) {
        return new Iterator<>() {
            long left = n;

            @Override
            public boolean hasNext() {
                return left > 0 && it.hasNext();
            }

            @Override
            public T next() {
                left--;
                return it.next();
            }
        };
    }
}
