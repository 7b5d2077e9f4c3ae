package org.vigie.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;

/** The repository's real fixtures, read as articles (paths relative to the module folder). */
public final class Samples {

    static final Path ORANGESUM = Path.of("../samples/orangesum/orangesum-sample.jsonl");
    static final Path ALEPPO = Path.of("../samples/aleppo-putin-erdogan.txt");

    private Samples() {
    }

    /** The 40 OrangeSum articles: title, heading = standfirst, article = body, id = source id. */
    public static List<Article> orangesum() {
        ObjectMapper m = new ObjectMapper();
        List<Article> out = new ArrayList<>();
        try {
            int line = 0;
            for (String l : Files.readAllLines(ORANGESUM, StandardCharsets.UTF_8)) {
                line++;
                if (l.isBlank()) continue;
                JsonNode n = m.readTree(l);
                Article a = Article.compose(n.path("title").asText(), n.path("heading").asText(null),
                        List.of(n.path("article").asText()));
                Metadata md = Metadata.EMPTY.withDate(n.path("date").asText(null), "orangesum");
                md = new Metadata(md.url(), md.canonicalUrl(), n.path("source").asText(null), md.authors(),
                        md.date(), md.dateSource(), md.modified(), md.section());
                out.add(a.withSourceId(n.path("id").asText()).withLanguage("fr", null).withMetadata(md));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The sample page: title line 1, source id line 3, standfirst line 5, paragraphs the
     * non-empty lines after it until the comment widget.
     */
    public static Article aleppo() {
        try {
            List<String> lines = Files.readAllLines(ALEPPO, StandardCharsets.UTF_8);
            List<String> paragraphs = new ArrayList<>();
            for (String l : lines.subList(5, lines.size())) {
                if (l.strip().equals("Laissez un commentaire")) break;
                if (!l.isBlank()) paragraphs.add(l);
            }
            return Article.compose(lines.get(0), lines.get(4), paragraphs)
                    .withSourceId(lines.get(2).strip()).withLanguage("fr", null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code n} distinct articles made from the 40 real ones: article i takes real article
     * i % 40, rotates its sentences by i / 40 and ends with a line naming i, so every text (and
     * id) differs while the language stays real.
     */
    public static List<Article> synthesize(int n) {
        List<Article> real = orangesum();
        List<Article> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Article base = real.get(i % real.size());
            List<String> sentences = new ArrayList<>(Arrays.asList(base.body().split("(?<=[.!?])\\s*(?=[A-ZÀ-Ý«\"])")));
            java.util.Collections.rotate(sentences, i / real.size());
            List<String> paras = new ArrayList<>(sentences);
            paras.add("Dépêche de synthèse n° " + i + ".");
            out.add(Article.compose(base.title(), base.standfirst(), paras)
                    .withSourceId("synth-" + i).withLanguage("fr", null).withMetadata(base.metadata()));
        }
        return out;
    }
}
