package org.vigie.nlp.times;

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

/** Repository fixtures (relative to the module folder, surefire's working directory). */
final class Fixtures {

    static final Path REPO = Path.of("..");
    static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    /** The sample page: title = line 1, standfirst = line 5, body = non-empty lines until "Laissez un commentaire". */
    static Article aleppo() {
        List<String> lines = lines(REPO.resolve("samples/aleppo-putin-erdogan.txt"));
        List<String> body = new ArrayList<>();
        for (int i = 5; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("Laissez un commentaire")) break;
            if (!lines.get(i).isBlank()) body.add(lines.get(i));
        }
        return Article.compose(lines.get(0), lines.get(4), body).withLanguage("fr", null);
    }

    /** An OrangeSum sample article by number: title, heading = standfirst, article = body. */
    static Article orangesum(String number) {
        for (String line : lines(REPO.resolve("samples/orangesum/orangesum-sample.jsonl"))) {
            JsonNode n = json(line);
            if (n.path("id").asText().equals("orangesum-" + number)) {
                return Article.compose(n.get("title").asText(), n.path("heading").asText(null),
                        List.of(n.get("article").asText())).withLanguage("fr", null);
            }
        }
        throw new IllegalArgumentException("no orangesum-" + number + " in the sample");
    }

    static JsonNode gold(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(String s) {
        try {
            return JSON.readTree(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
