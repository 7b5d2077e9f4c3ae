package org.vigie.bench.reprints;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;

/**
 * Reads OrangeSum JSON lines ({@code title, heading, article, date, file|id}) as articles: title,
 * heading as standfirst, body split back into paragraphs. OrangeSum glued paragraphs without a
 * separator ("Pyrénées.Alors"), so a sentence end directly followed by a capital (or an opening
 * quote) is taken as a paragraph break.
 */
final class OrangeSumArticles {

    static final Pattern GLUED_PARAGRAPH = Pattern.compile("(?<=[.!?»])(?=[\"«]?\\p{Lu})");

    /** One loaded record: the article and its OrangeSum file name. */
    record Doc(String file, Article article) {
    }

    private OrangeSumArticles() {
    }

    static List<Doc> load(Path file, int limit) throws IOException {
        ObjectMapper m = new ObjectMapper();
        List<Doc> out = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            long n = 0;
            while ((line = r.readLine()) != null && out.size() < limit) {
                n++;
                if (line.isBlank()) continue;
                JsonNode j;
                try {
                    j = m.readTree(line);
                } catch (IOException e) {
                    throw new IOException(file + ":" + n + ": not a JSON object: " + e.getMessage(), e);
                }
                String name = j.hasNonNull("file") ? j.get("file").asText() : j.path("id").asText("line-" + n);
                Article a = Article.compose(j.path("title").asText(""), j.path("heading").asText(null),
                        paragraphs(j.path("article").asText("")));
                String date = j.hasNonNull("date") ? j.get("date").asText() : null;
                a = a.withSourceId(name).withMetadata(new Metadata(null, null, "actu.orange.fr", List.of(), date,
                        date == null ? null : "input", null, null));
                out.add(new Doc(name, a));
            }
        }
        return out;
    }

    static List<String> paragraphs(String body) {
        List<String> out = new ArrayList<>();
        for (String p : GLUED_PARAGRAPH.split(body)) {
            // A fragment too short to be a paragraph (an initial, "M.") goes back to the previous one.
            if (!out.isEmpty() && p.strip().length() < 40) {
                out.set(out.size() - 1, out.get(out.size() - 1) + p);
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
