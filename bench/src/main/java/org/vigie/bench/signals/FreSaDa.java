package org.vigie.bench.signals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.function.Function;
import org.vigie.bench.BenchFiles;
import org.vigie.core.model.Article;
import org.vigie.ingest.dump.TextFurniture;

/**
 * FreSaDa (satire vs regular French news), read in place from {@code ../shared} and never copied
 * (CC BY-NC-SA): each article's split, label and the feature vector a scorer gives it.
 */
final class FreSaDa {

    /**
     * One article: train or test split, satire or not, its features, and whether the same cleaned
     * text came earlier in the same split (FreSaDa holds repeated articles).
     */
    record Doc(boolean train, boolean satire, double[] x, boolean duplicate) {
        Doc(boolean train, boolean satire, double[] x) {
            this(train, satire, x, false);
        }
    }

    private FreSaDa() {
    }

    /**
     * Every article of {@code file} (gzip JSON lines: split, title, text, label 1 = satire), built as
     * any page dump is: the page furniture the scraper kept (share bars, tag lists, bylines, credits,
     * script lines; {@link TextFurniture}) is cut from the paragraphs before scoring.
     */
    static List<Doc> read(Path file, Function<Article, double[]> features) throws IOException {
        if (!Files.exists(file)) throw new IOException("missing data file " + file);
        List<Doc> docs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        BenchFiles.eachJsonLine(file, (j, line) -> {
            List<String> paragraphs = TextFurniture.defaults().clean(Arrays.asList(j.path("text").asText("").split("\n"))).lines();
            boolean train = "train".equals(j.path("split").asText());
            String key = (train ? "train\n" : "test\n") + String.join("\n", paragraphs).replaceAll("\\s+", " ").strip();
            Article a = Article.compose(j.path("title").asText(""), null, paragraphs);
            docs.add(new Doc(train, j.path("label").asInt() == 1, features.apply(a), !seen.add(key)));
            return true;
        });
        return docs;
    }
}
