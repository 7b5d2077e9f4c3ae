package org.vigie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.CorpusReprints;
import org.vigie.corpus.reprints.ReprintFamilies;
import org.vigie.corpus.reprints.ReprintFamily;
import org.vigie.corpus.reprints.ReprintJson;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "reprints", mixinStandardHelpOptions = true,
        header = "Reprint families: copies of one text, their earliest source, and what each copy changed.",
        description = {"Reprint families of the corpus: copies of one text, its earliest source, and what each copy",
                "added or changed (headline, standfirst, paragraphs).",
                "  vigie reprints ARTICLE_ID     the family of one article",
                "  vigie reprints --top N        the N largest families",
                "  vigie reprints --all --json   every family, one JSON object per line"})
final class ReprintsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static final class Which {
        @Parameters(paramLabel = "ARTICLE_ID", description = "An article id (or a family id).")
        String id;

        @Option(names = "--top", paramLabel = "N", description = "The N largest families.")
        Integer top;

        @Option(names = "--all", description = "Every family of two or more articles.")
        boolean all;
    }

    @Option(names = "--json", description = "One JSON object per family: family_id, source_id, members with changes.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        data.existing();
        PrintWriter out = spec.commandLine().getOut();
        try (Corpus corpus = Corpus.openReadOnly(data.data)) {
            CorpusReprints reprints = CorpusReprints.open(corpus);
            if (which.id != null) {
                ReprintFamily f = reprints.familyOf(which.id).filter(x -> x.size() > 1)
                        .or(() -> reprints.family(which.id))
                        .orElseThrow(() -> new UserException("no reprint family holds " + which.id, 1));
                print(out, f);
            } else if (which.top != null) {
                if (which.top < 1) throw new UserException("--top must be at least 1", 2);
                for (ReprintFamilies.Summary s : reprints.largest(which.top)) reprints.family(s.familyId()).ifPresent(f -> print(out, f));
            } else {
                for (String id : reprints.familyIds()) reprints.family(id).ifPresent(f -> print(out, f));
            }
            out.flush();
        }
        return 0;
    }

    private void print(PrintWriter out, ReprintFamily f) {
        out.print(json ? ReprintJson.toJsonLine(f) + "\n" : ReprintJson.toText(f) + "\n");
    }
}
