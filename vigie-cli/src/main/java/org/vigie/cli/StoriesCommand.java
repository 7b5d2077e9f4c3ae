package org.vigie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.core.json.ArticleJson;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.CorpusStories;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stories", mixinStandardHelpOptions = true,
        header = "Story clusters of a day: articles about the same event in different words.",
        description = {"Story clusters of a day: articles about the same event in different words (TF-IDF cosine over",
                "stems plus shared entities), rebuilt from the stored articles dated within two days of --date.",
                "Computed on demand: stories are not stored in the corpus yet."})
final class StoriesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The day whose stories to show.")
    String date;

    @Option(names = "--min-size", paramLabel = "N", defaultValue = "2",
            description = "Only stories of at least N articles (default: ${DEFAULT-VALUE}; 1 shows every article).")
    int minSize;

    @Option(names = "--json", description = "One JSON object: the day, its window and its stories with members and shared entities.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new UserException("--date must be YYYY-MM-DD, got '" + date + "'", 2);
        }
        if (minSize < 1) throw new UserException("--min-size must be at least 1", 2);
        data.existing();
        PrintWriter out = spec.commandLine().getOut();
        try (Corpus corpus = Corpus.openReadOnly(data.data)) {
            CorpusStories.Day d = CorpusStories.on(corpus, day, minSize);
            if (json) {
                out.println(ArticleJson.mapper().writeValueAsString(d));
            } else {
                print(out, d);
            }
            out.flush();
        }
        return 0;
    }

    private static void print(PrintWriter out, CorpusStories.Day d) {
        out.printf(Locale.ROOT, "%d stor%s on %s (%d article%s dated %s to %s clustered%s; computed on demand, not stored)%n",
                d.stories().size(), d.stories().size() == 1 ? "y" : "ies", d.date(), d.articles(),
                d.articles() == 1 ? "" : "s", d.from(), d.to(), d.truncated() ? ", window truncated" : "");
        for (CorpusStories.StoryView s : d.stories()) {
            List<String> days = s.days();
            out.printf(Locale.ROOT, "%nstory %s  %d article%s  %s  terms: %s%n", s.storyId(), s.size(),
                    s.size() == 1 ? "" : "s",
                    days.size() == 1 ? days.get(0) : days.get(0) + " .. " + days.get(days.size() - 1),
                    String.join(", ", s.terms()));
            for (CorpusStories.Member m : s.members()) {
                out.printf(Locale.ROOT, "  %-10s  %s  %s%s%n", m.date() == null ? "undated" : m.date(), m.id(),
                        oneLine(m.title()), m.site() == null ? "" : "  (" + m.site() + ")");
            }
            if (!s.sharedEntities().isEmpty()) {
                StringBuilder b = new StringBuilder("  shared entities: ");
                for (int i = 0; i < s.sharedEntities().size(); i++) {
                    CorpusStories.SharedEntity e = s.sharedEntities().get(i);
                    if (i > 0) b.append(", ");
                    b.append(e.name()).append(" (").append(e.type()).append(", ").append(e.articles()).append(')');
                }
                out.println(b);
            }
        }
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
