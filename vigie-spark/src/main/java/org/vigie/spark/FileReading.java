package org.vigie.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.core.model.Origin;
import org.vigie.core.read.ReadException;
import org.vigie.ingest.source.FormatDetector;
import org.vigie.ingest.source.Ingestion;

/**
 * Reads one input file on an executor with the CLI's own {@link Ingestion} (format detection,
 * gzip, WARC streaming, every reader, the same rejections), so a record reads the same here as in
 * {@code vigie analyze}. Local files are read in place; files of other file systems (HDFS, S3A)
 * are first copied to the executor's local temp folder, as Ingestion reads local paths.
 */
final class FileReading implements Serializable {

    /** What a file gave; {@code skipped} counts what was passed over on purpose, by reason. */
    record Result(List<Item> items, Map<String, Long> skipped) {
    }

    private final byte[] hadoopConf;

    FileReading(Configuration conf) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(b)) {
            conf.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.hadoopConf = b.toByteArray();
    }

    private Configuration conf() {
        Configuration c = new Configuration(false);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(hadoopConf))) {
            c.readFields(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return c;
    }

    Result read(InputFiles.Input input) {
        List<Item> items = new ArrayList<>();
        long[] seq = {0};
        Path hp = new Path(input.path());
        java.nio.file.Path local = null;
        boolean temp = false;
        try {
            URI uri = hp.toUri();
            if (uri.getScheme() == null || uri.getScheme().equals("file")) {
                local = Paths.get(uri.getScheme() == null ? new URI("file", null, uri.getPath(), null) : uri);
            } else {
                FileSystem fs = hp.getFileSystem(conf());
                java.nio.file.Path dir = Files.createTempDirectory("vigie-spark-");
                local = dir.resolve(hp.getName());
                temp = true;
                try (InputStream in = fs.open(hp)) {
                    Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            if (!input.explicit() && FormatDetector.detect(local.getFileName().toString(), head(local)).isEmpty()) {
                return new Result(items, Map.of("unknown format", 1L));
            }
            String shown = input.path();
            java.nio.file.Path localPath = local;
            Ingestion.Summary s = new Ingestion(Models.readers()).read(List.of(local), a -> {
                Origin o = a.origin();
                Article fixed = a.withOrigin(new Origin(shown, o == null ? null : o.record(), o == null ? null : o.url()));
                items.add(Item.article(input.index(), seq[0]++, ArticleJson.toJson(fixed)));
            }, e -> items.add(Item.rejected(input.index(), seq[0]++, reject(e, shown, localPath))));
            return new Result(items, s.skipped());
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            items.add(Item.rejected(input.index(), seq[0]++, new Item.Reject("read", input.path(), null, null, null,
                    "cannot read file", input.path() + ": cannot read file: " + e)));
            return new Result(items, Map.of());
        } finally {
            if (temp) {
                try {
                    Files.deleteIfExists(local);
                    Files.deleteIfExists(local.getParent());
                } catch (IOException ignored) {
                    // the executor's temp folder is cleaned with the executor
                }
            }
        }
    }

    private static byte[] head(java.nio.file.Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            return in.readNBytes(FormatDetector.HEAD_BYTES);
        }
    }

    /** A reader's rejection, with the local copy's path replaced by the input's own. */
    static Item.Reject reject(ReadException e, String shown, java.nio.file.Path local) {
        Origin o = e.origin();
        String msg = e.getMessage().replace(local.toString(), shown);
        return new Item.Reject("read", shown, o == null ? null : o.record(),
                e.line() < 0 ? null : e.line(), e.offset() < 0 ? null : e.offset(),
                Ingestion.reasonKey(e), msg);
    }
}
