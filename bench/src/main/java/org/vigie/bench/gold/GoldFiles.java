package org.vigie.bench.gold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vigie.core.model.Article;
import org.vigie.core.model.Origin;
import org.vigie.core.read.ReadException;
import org.vigie.ingest.tabular.RecordFields;

/**
 * The hand-made gold files of {@code ../shared/gold} and the texts they annotate, read one way
 * for every evaluation (entities, quotes, times). A gold file's {@code "sample"} names its text:
 * a raw page dump ({@code samples/...txt}: title, id line, standfirst, paragraphs, comment widget)
 * or an OrangeSum parsed record ({@code corpora/.../parsed/ID.json}: title, heading = standfirst,
 * article = body). The dump parsing here is the minimum the gold needs, independent of the
 * product's reader (vigie-ingest) so that a reader bug cannot hide in the evaluation's input. A
 * parsed record is read as the product reads a JSON record ({@link RecordFields#toArticle}): its
 * one-line body has lost its paragraph breaks, and the stages are scored on the text the product
 * builds from it (gold spans are surface strings, so the canonical-text choice does not matter).
 */
public final class GoldFiles {

    /** One gold file: where it is, its JSON, and the article it annotates. */
    public record Gold(Path file, JsonNode json, Article article) {

        public String name() {
            return file.getFileName().toString();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldFiles() {
    }

    /** Every {@code *.gold.json} below {@code goldDir}, sorted; an error when there is none. */
    public static List<Path> list(Path goldDir) throws IOException {
        if (!Files.isDirectory(goldDir)) throw new IOException("gold directory not found: " + goldDir.toAbsolutePath());
        List<Path> files;
        try (Stream<Path> s = Files.walk(goldDir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
        if (files.isEmpty()) throw new IOException("no *.gold.json under " + goldDir.toAbsolutePath());
        return files;
    }

    /** {@link #read} of every file of {@link #list}. */
    public static List<Gold> readAll(Path goldDir, Texts texts) throws IOException {
        List<Gold> out = new ArrayList<>();
        for (Path f : list(goldDir)) out.add(read(f, texts));
        return out;
    }

    /** Reads one gold file and the text its {@code "sample"} field names. */
    public static Gold read(Path goldFile, Texts texts) throws IOException {
        JsonNode g;
        try {
            g = JSON.readTree(goldFile.toFile());
        } catch (IOException e) {
            throw new IOException(goldFile + ": not valid JSON: " + e.getMessage(), e);
        }
        String sample = g.path("sample").asText(null);
        if (sample == null) throw new IOException(goldFile + ": no \"sample\" field naming the annotated text");
        Path src = texts.resolve(sample);
        if (!Files.isRegularFile(src)) {
            throw new IOException(goldFile + ": its text " + src.toAbsolutePath() + " (field \"sample\") does not exist");
        }
        return new Gold(goldFile, g, sample.endsWith(".json") ? fromParsedJson(src) : fromDump(src));
    }

    /**
     * Where the texts named by {@code "sample"} are: below {@code sharedRoot} as named, unless a
     * folder is given for dumps or parsed records (then found there by file name).
     */
    public record Texts(Path sharedRoot, Path dumpDir, Path parsedDir) {

        public static Texts under(Path sharedRoot) {
            return new Texts(sharedRoot, null, null);
        }

        Path resolve(String sample) {
            Path dir = sample.endsWith(".json") ? parsedDir : dumpDir;
            return dir != null ? dir.resolve(Path.of(sample).getFileName().toString()) : sharedRoot.resolve(sample);
        }
    }

    /** OrangeSum's parsed JSON: title, heading (standfirst), article (body, its paragraph breaks lost). */
    public static Article fromParsedJson(Path file) throws IOException {
        JsonNode n;
        try {
            n = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + ": not a JSON record: " + e.getMessage(), e);
        }
        if (!n.hasNonNull("title") || !n.hasNonNull("article")) {
            throw new IOException(file + ": expected an object with \"title\" and \"article\"");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", n.get("title").asText());
        if (n.hasNonNull("heading")) fields.put("heading", n.get("heading").asText());
        fields.put("article", n.get("article").asText());
        Origin origin = Origin.ofPath(file.toString());
        try {
            return RecordFields.toArticle(fields, origin, origin, -1);
        } catch (ReadException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Title, optional 32-hex id line, standfirst, then one paragraph per non-empty line until the comment widget. */
    public static Article fromDump(Path file) throws IOException {
        List<String> nonEmpty = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (nonEmpty.isEmpty()) throw new IOException(file + ": empty dump (expected title, id, standfirst, body lines)");
        int i = 1;
        if (i < nonEmpty.size() && nonEmpty.get(i).matches("\\p{XDigit}{32}")) i++;
        String standfirst = i < nonEmpty.size() ? nonEmpty.get(i++) : null;
        List<String> paragraphs = new ArrayList<>();
        for (; i < nonEmpty.size(); i++) {
            String l = nonEmpty.get(i);
            if (l.startsWith("Laissez un commentaire") || l.startsWith("Aucun commentaire")) break;
            paragraphs.add(l);
        }
        return Article.compose(nonEmpty.get(0).replace("\uFEFF", ""), standfirst, paragraphs);
    }
}
