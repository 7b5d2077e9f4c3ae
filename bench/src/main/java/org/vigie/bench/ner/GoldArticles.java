package org.vigie.bench.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.vigie.core.model.Article;

/**
 * Reads the gold files of ../shared/gold and the texts they describe: a raw page dump
 * ("samples/...txt": title, id line, standfirst, paragraphs, comment widget) or an OrangeSum
 * parsed record ("corpora/.../parsed/ID.json": title, heading = standfirst, article = body).
 * The dump parsing here is the minimum the gold needs; the real reader lives in vigie-ingest.
 */
final class GoldArticles {

    record Gold(Path file, JsonNode json, Article article) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldArticles() {
    }

    /** Every *.gold.json under {@code goldDir}, sorted, with its article. */
    static List<Gold> load(Path goldDir, Path sharedRoot) throws IOException {
        if (!Files.isDirectory(goldDir)) {
            throw new IllegalArgumentException("gold directory not found: " + goldDir.toAbsolutePath());
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(goldDir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
        List<Gold> out = new ArrayList<>();
        for (Path f : files) {
            JsonNode g = JSON.readTree(f.toFile());
            String sample = g.path("sample").asText(null);
            if (sample == null) throw new IllegalArgumentException(f + ": no \"sample\" field");
            Path src = sharedRoot.resolve(sample);
            if (!Files.exists(src)) throw new IllegalArgumentException(f + ": sample not found: " + src.toAbsolutePath());
            out.add(new Gold(f, g, sample.endsWith(".json") ? fromParsedJson(src) : fromDump(src)));
        }
        return out;
    }

    static Article fromParsedJson(Path p) {
        try {
            JsonNode n = JSON.readTree(p.toFile());
            return Article.compose(n.path("title").asText(), n.path("heading").asText(null),
                    List.of(n.path("article").asText()));
        } catch (IOException e) {
            throw new UncheckedIOException(p + ": not a JSON record", e);
        }
    }

    /** Title, optional 32-hex id line, standfirst, then one paragraph per non-empty line. */
    static Article fromDump(Path p) {
        List<String> lines;
        try {
            lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
        List<String> nonEmpty = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (nonEmpty.isEmpty()) throw new IllegalArgumentException(p + ": empty dump");
        int i = 1;
        if (i < nonEmpty.size() && nonEmpty.get(i).matches("\\p{XDigit}{32}")) i++;
        String standfirst = i < nonEmpty.size() ? nonEmpty.get(i++) : null;
        List<String> paras = new ArrayList<>();
        for (; i < nonEmpty.size(); i++) {
            String l = nonEmpty.get(i);
            if (l.startsWith("Laissez un commentaire") || l.startsWith("Aucun commentaire")) break;
            paras.add(l);
        }
        return Article.compose(nonEmpty.get(0).replace("\uFEFF", ""), standfirst, paras);
    }
}
