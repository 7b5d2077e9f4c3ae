package org.vigie.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.export.Export;
import org.vigie.corpus.export.ExportFormat;
import org.vigie.corpus.export.ExportRequest;
import org.vigie.corpus.export.ExportSummary;
import org.vigie.corpus.export.ExportTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export every article a query matches as a CSV or JSONL table, for R, pandas or a spreadsheet.",
                "Same query and filters as search; rows by date, then id; the Spark job's column names.",
                "CSV: RFC 4180, UTF-8, CRLF, text starting with = + - @ prefixed with ' (see vigie-corpus/EXPORT.md)."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Mixin
    QueryOptions query;

    @Option(names = "--table", paramLabel = "TABLE",
            description = "articles, entities (one row per mention), quotes, times or signals (default: ${DEFAULT-VALUE}).")
    String table = "articles";

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv or jsonl (default: ${DEFAULT-VALUE}).")
    String format = "csv";

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write to FILE (complete or not at all) instead of standard output.")
    Path out;

    @Option(names = "--limit", paramLabel = "N", description = "At most N articles (the first by date), with all their rows.")
    Long limit;

    @Override
    public Integer call() throws IOException {
        ExportRequest request = QueryOptions.asked(() -> new ExportRequest(query.builder().build(), ExportTable.of(table),
                ExportFormat.of(format), limit == null ? ExportRequest.NO_LIMIT : limit));
        Path target = out == null ? null : AtomicFile.checkTarget(out);
        PrintWriter err = spec.commandLine().getErr();
        data.existing();
        try (Corpus corpus = Corpus.openReadOnly(data.data)) {
            ExportSummary s;
            try (Export export = QueryOptions.answer(() -> corpus.export(request))) {
                s = target == null ? toStdout(export) : toFile(export, target);
            }
            err.printf("vigie: exported %,d article%s, %,d row%s of %s%s%n", s.articles(), s.articles() == 1 ? "" : "s",
                    s.rows(), s.rows() == 1 ? "" : "s", request.table().id(), target == null ? "" : " to " + out);
            err.flush();
            if (s.articles() == 0) SearchCommand.unknownSignals(corpus, query.signals, err);
            return 0;
        }
    }

    private static ExportSummary toFile(Export export, Path target) throws IOException {
        return AtomicFile.replace(target, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            ExportSummary s = export.writeTo(w);
            w.flush();
            return s;
        });
    }

    /**
     * Standard output, always UTF-8: the process's stdout encodes with the locale's charset (ASCII
     * under LANG=C, which would turn every accent into '?'), so the bytes go to it directly.
     */
    private ExportSummary toStdout(Export export) throws IOException {
        PrintWriter w = spec.commandLine().getOut();
        if (w != Main.STDOUT) return export.writeTo(w);
        w.flush();
        Writer utf8 = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        ExportSummary s = export.writeTo(utf8);
        utf8.flush();
        return s;
    }
}
