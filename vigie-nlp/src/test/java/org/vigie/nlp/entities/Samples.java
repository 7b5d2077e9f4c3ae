package org.vigie.nlp.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vigie.core.model.Article;

/** Articles built from the repository's samples (the real dump reader lives in vigie-ingest). */
public final class Samples {

    public static final Path REPO = Path.of("..");

    private Samples() {
    }

    /**
     * The Aleppo page: line 1 title, the id line skipped, line 5 standfirst, then every non-empty
     * line up to the comment widget is a paragraph.
     */
    public static Article aleppo() {
        List<String> lines = lines(REPO.resolve("samples/aleppo-putin-erdogan.txt"));
        List<String> paras = new ArrayList<>();
        for (String l : lines.subList(5, lines.size())) {
            if (l.strip().startsWith("Laissez un commentaire")) break;
            if (!l.isBlank()) paras.add(l);
        }
        return Article.compose(lines.get(0), lines.get(4), paras);
    }

    /** An OrangeSum record ("orangesum-1349") of the bundled sample as an article. */
    public static Article orangesum(String id) {
        Path p = REPO.resolve("samples/orangesum/orangesum-sample.jsonl");
        ObjectMapper json = new ObjectMapper();
        for (String line : lines(p)) {
            if (line.isBlank()) continue;
            try {
                JsonNode n = json.readTree(line);
                if (n.path("id").asText().equals(id)) {
                    return Article.compose(n.path("title").asText(), n.path("heading").asText(),
                            List.of(n.path("article").asText()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(p + ": bad JSON line", e);
            }
        }
        throw new IllegalArgumentException("no record " + id + " in " + p);
    }

    /** The hand gold of a sample, relative to the repository's fixtures/gold. */
    public static JsonNode gold(String relative) {
        try {
            return new ObjectMapper().readTree(REPO.resolve("fixtures/gold").resolve(relative).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
