package org.vigie.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.core.model.Signal;
import org.vigie.core.model.Skipped;
import org.vigie.core.model.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "signals", mixinStandardHelpOptions = true,
        description = {"Read pages and print their signals: what deserves a reader's attention, and why.",
                "Signals inform; they never claim a verdict. Each names the words that triggered it."})
final class SignalsCommand extends ArticleCommand {

    @Option(names = "--json", description = "One JSON object per article: id, source_id, title, signals, and skipped (the signal families not analysed) when there are any.")
    boolean json;

    @Override
    void accept(Article a, PrintWriter out) {
        if (json) {
            var node = ArticleJson.mapper().createObjectNode();
            node.put("id", a.id());
            node.put("source_id", a.sourceId());
            node.put("title", a.title());
            node.set("signals", ArticleJson.mapper().valueToTree(a.signals()));
            List<Skipped> skipped = signalSkips(a);
            if (!skipped.isEmpty()) node.set("skipped", ArticleJson.mapper().valueToTree(skipped));
            out.println(node);
            return;
        }
        out.println(a.title() + "  [" + a.id() + (a.origin() == null ? "" : ", " + a.origin()) + "]");
        if (a.signals().isEmpty()) out.println("  no signal");
        for (Signal s : a.signals()) {
            out.printf(Locale.ROOT, "  %-34s %.2f  %s%n", s.kind(), s.score(), s.explanation());
            StringBuilder ev = new StringBuilder();
            for (Span e : s.evidence()) {
                ev.append(ev.isEmpty() ? "" : ", ").append('«').append(e.text()).append("» @").append(e.start());
            }
            if (!ev.isEmpty()) out.println("  " + " ".repeat(34) + "       evidence: " + ev);
        }
        for (Skipped k : signalSkips(a)) {
            out.printf(Locale.ROOT, "  %-34s not analysed: %s%n", k.layer().substring(SIGNALS.length()), k.reason());
        }
        out.println();
    }

    private static final String SIGNALS = "signals:";

    /** The signal families not analysed on {@code a} (no lexicon or model for its language). */
    private static List<Skipped> signalSkips(Article a) {
        return a.skipped().stream().filter(k -> k.layer().startsWith(SIGNALS)).toList();
    }

    @Override
    String verb() {
        return "read";
    }
}
