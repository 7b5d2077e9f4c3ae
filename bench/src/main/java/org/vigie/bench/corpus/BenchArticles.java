package org.vigie.bench.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Signal;
import org.vigie.core.model.Span;
import org.vigie.core.model.Speaker;

/**
 * Real OrangeSum articles (JSONL, gzipped or not: title, heading, article, date), streamed
 * {@code copies} times so the corpus reaches the size under test. Copy 0 is the article as
 * published on actu.orange.fr; copy k adds a line naming a made-up site "copie-k.example" (so
 * its text, hence its id, differs) and is dated k days later.
 *
 * <p>The annotation layers are synthetic, to load the facets without running the NLP: entities
 * are the names of a small gazetteer found verbatim (real spans), quotes are the « » passages of
 * an article naming a person, attributed to that person, and a signal "bench-quoted" marks
 * articles with a quote.
 */
public final class BenchArticles implements Iterator<Article> {

    public static final String[][] GAZETTEER = {
            {"Emmanuel Macron", "PER"}, {"Donald Trump", "PER"}, {"Édouard Philippe", "PER"},
            {"François Hollande", "PER"}, {"Marine Le Pen", "PER"}, {"Nicolas Sarkozy", "PER"},
            {"Jean-Luc Mélenchon", "PER"}, {"Angela Merkel", "PER"}, {"Vladimir Poutine", "PER"},
            {"Christophe Castaner", "PER"}, {"Anne Hidalgo", "PER"}, {"Olivier Véran", "PER"},
            {"Jean Castex", "PER"}, {"Gérald Darmanin", "PER"}, {"Laurent Wauquiez", "PER"},
            {"Paris", "LOC"}, {"Marseille", "LOC"}, {"Lyon", "LOC"}, {"Chine", "LOC"}, {"Russie", "LOC"},
            {"Allemagne", "LOC"}, {"Italie", "LOC"}, {"Espagne", "LOC"}, {"Royaume-Uni", "LOC"},
            {"Etats-Unis", "LOC"}, {"SNCF", "ORG"}, {"Union européenne", "ORG"}, {"Assemblée nationale", "ORG"},
            {"Sénat", "ORG"}, {"OMS", "ORG"}};
    private static final Pattern QUOTE = Pattern.compile("«[^»]{10,400}»");

    private final Path path;
    private final int copies;
    private final long limit;
    private final ObjectMapper json = new ObjectMapper();
    private BufferedReader in;
    private int copy;
    private long produced;
    private long lineNo;
    private Article next;

    public BenchArticles(Path path, int copies, long limit) {
        this.path = path;
        this.copies = copies;
        this.limit = limit;
    }

    /** Lines (articles) in the file, to choose how many copies reach a target size. */
    public static long countLines(Path path) throws IOException {
        try (BufferedReader r = open(path)) {
            return r.lines().filter(l -> !l.isBlank()).count();
        }
    }

    public static BufferedReader open(Path path) throws IOException {
        var raw = Files.newInputStream(path);
        var stream = path.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        return new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public boolean hasNext() {
        if (next != null) return true;
        if (produced >= limit) return false;
        try {
            while (copy < copies) {
                if (in == null) {
                    in = open(path);
                    lineNo = 0;
                }
                String line = in.readLine();
                if (line == null) {
                    in.close();
                    in = null;
                    copy++;
                    continue;
                }
                lineNo++;
                if (line.isBlank()) continue;
                next = build(json.readTree(line), copy);
                produced++;
                return true;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(path + " line " + lineNo + ": " + e.getMessage(), e);
        }
        return false;
    }

    @Override
    public Article next() {
        if (!hasNext()) throw new NoSuchElementException();
        Article a = next;
        next = null;
        return a;
    }

    private Article build(JsonNode n, int copy) {
        List<String> paras = new ArrayList<>(List.of(n.path("article").asText("")));
        String site = copy == 0 ? "actu.orange.fr" : "copie-" + copy + ".example";
        if (copy > 0) paras.add("Article repris par " + site + ".");
        Article a = Article.compose(n.path("title").asText(""), n.path("heading").asText(null), paras);
        String date = n.path("date").asText(null);
        if (date != null && copy > 0) {
            try {
                date = LocalDate.parse(date).plusDays(copy).toString();
            } catch (RuntimeException e) {
                // keep the date as found
            }
        }
        Metadata md = new Metadata(null, null, site, List.of(), date, "orangesum", null, null);
        String sourceId = n.path("file").asText(n.path("id").asText(null));
        return annotate(a.withSourceId(sourceId).withLanguage("fr", null).withMetadata(md));
    }

    private static Article annotate(Article a) {
        String text = a.text();
        List<Entity> entities = new ArrayList<>();
        Entity person = null;
        for (String[] g : GAZETTEER) {
            List<Span> mentions = new ArrayList<>();
            for (int i = text.indexOf(g[0]); i >= 0; i = text.indexOf(g[0], i + g[0].length())) {
                mentions.add(a.span(i, i + g[0].length()));
            }
            if (mentions.isEmpty()) continue;
            Entity e = new Entity(g[0], EntityType.valueOf(g[1]), "bench:" + slug(g[0]), mentions);
            entities.add(e);
            if (person == null && e.type() == EntityType.PER) person = e;
        }
        List<Quote> quotes = new ArrayList<>();
        List<Signal> signals = new ArrayList<>();
        if (person != null) {
            Matcher m = QUOTE.matcher(text);
            while (m.find()) {
                quotes.add(new Quote(Quote.Kind.DIRECT, a.span(m.start(), m.end()),
                        new Speaker(person.canonical(), person.entityId()), null, null));
            }
            if (!quotes.isEmpty()) {
                signals.add(new Signal("bench-quoted", 0.5, List.of(quotes.get(0).text()), "synthetic"));
            }
        }
        return a.withEntities(entities).withQuotes(quotes).withSignals(signals);
    }

    public static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
    }
}
