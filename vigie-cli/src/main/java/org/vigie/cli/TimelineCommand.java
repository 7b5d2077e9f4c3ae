package org.vigie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.core.json.ArticleJson;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.timeline.Interval;
import org.vigie.corpus.timeline.Timeline;
import org.vigie.corpus.timeline.TimelineBucket;
import org.vigie.corpus.timeline.TimelineRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Attention over time: how many articles matching a query were published per day, week or month (UTC).",
                "Each article counts once, at its earliest publication; empty intervals are shown as 0.",
                "Query syntax and filters as for vigie search (see vigie-corpus/QUERY-SYNTAX.md)."})
final class TimelineCommand implements Callable<Integer> {

    /** The width of the longest bar, in characters. */
    static final int BAR = 40;

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Mixin
    QueryOptions query;

    @Option(names = "--interval", paramLabel = "day|week|month",
            description = "Width of one line: day, ISO week (Monday to Sunday) or month (default: day).")
    String interval = "day";

    @Option(names = "--normalize", description = "Also count every stored article per interval and print the matches' share of it.")
    boolean normalize;

    @Option(names = "--json", description = "The whole timeline as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        data.existing();
        TimelineRequest request = QueryOptions.asked(() -> new TimelineRequest(query.builder().build(), Interval.of(interval), normalize));
        PrintWriter out = spec.commandLine().getOut();
        try (Corpus corpus = Corpus.openReadOnly(data.data)) {
            Timeline t = QueryOptions.answerAsAsked(() -> corpus.timeline(request)); // too many intervals: it names those that fit
            if (json) out.println(ArticleJson.mapper().writeValueAsString(t));
            else print(t, out);
            out.flush();
            if (t.total() == 0) SearchCommand.unknownSignals(corpus, query.signals, spec.commandLine().getErr());
            return t.total() == 0 ? 1 : 0;
        }
    }

    static void print(Timeline t, PrintWriter out) {
        out.printf(Locale.ROOT, "%d article%s (%d dated, %d undated%s) per %s (%d ms)%n", t.total(),
                t.total() == 1 ? "" : "s", t.dated(), t.undated(),
                t.outside() == 0 ? "" : ", " + t.outside() + " first published before the window", t.interval(),
                t.tookMillis());
        double max = 0;
        int width = 0;
        for (TimelineBucket b : t.buckets()) {
            max = Math.max(max, t.normalized() ? b.share() : b.count());
            width = Math.max(width, Long.toString(b.count()).length());
        }
        for (TimelineBucket b : t.buckets()) {
            double v = t.normalized() ? b.share() : b.count();
            int len = max == 0 ? 0 : (int) Math.round(v / max * BAR);
            if (len == 0 && v > 0) len = 1; // a bar for every non-empty interval
            String share = t.normalized()
                    ? String.format(Locale.ROOT, "  %6.2f%% of %d", 100 * b.share(), b.corpus()) : "";
            out.printf(Locale.ROOT, "%-10s %" + width + "d%s  %s%n", b.label(), b.count(), share, "#".repeat(len));
        }
    }
}
