package org.vigie.bench.signals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import org.vigie.core.model.Article;

/**
 * FreSaDa (satire vs regular French news), read in place from {@code ../shared} and never copied
 * (CC BY-NC-SA): each article's split, label and the feature vector a scorer gives it.
 */
final class FreSaDa {

    /** One article: train or test split, satire or not, its features. */
    record Doc(boolean train, boolean satire, double[] x) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private FreSaDa() {
    }

    /** Every article of {@code file} (gzip JSON lines: split, title, text, label 1 = satire). */
    static List<Doc> read(Path file, Function<Article, double[]> features) throws IOException {
        if (!Files.exists(file)) throw new IOException("missing data file " + file);
        List<Doc> docs = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                JsonNode j;
                try {
                    j = JSON.readTree(line);
                } catch (IOException e) {
                    throw new IOException(file + ": line " + n + ": not JSON: " + e.getMessage(), e);
                }
                Article a = Article.compose(j.path("title").asText(""), null,
                        Arrays.asList(j.path("text").asText("").split("\n")));
                docs.add(new Doc("train".equals(j.path("split").asText()), j.path("label").asInt() == 1, features.apply(a)));
            }
        }
        return docs;
    }
}
