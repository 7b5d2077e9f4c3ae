package org.vigie.cli;

import java.io.PrintWriter;
import org.vigie.corpus.store.CorpusLockedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vigie} command. */
@Command(name = "vigie", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "News intelligence: structured, searchable, explainable records from raw news pages.",
        subcommands = {AnalyzeCommand.class, IngestCommand.class, SearchCommand.class, TimelineCommand.class, TermsCommand.class,
                SitesCommand.class, SiteCommand.class, QuotesCommand.class, QuoteCommand.class, ExportCommand.class, FeedCommand.class, ShowCommand.class, RelatedCommand.class,
                SignalsCommand.class,
                ReprintsCommand.class, StoriesCommand.class, ServeCommand.class, DemoCommand.class,
                SparkRunCommand.class, ImportParquetCommand.class,
                CheckCommand.class, RepairCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The process's standard output; a command writing bytes (export) recognises it to bypass the locale's charset. */
    static final PrintWriter STDOUT = new PrintWriter(System.out, true);

    public static void main(String[] args) {
        System.exit(run(args, STDOUT, new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        // One clear line on stderr, never a stack trace, for errors a user can act on.
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("vigie: " + message(ex));
            if (System.getenv("VIGIE_DEBUG") != null) ex.printStackTrace(line.getErr());
            return ex instanceof UserException u ? u.exitCode() : 1;
        });
        return cl.execute(args);
    }

    private static String message(Throwable ex) {
        String m = ex.getMessage();
        if (ex instanceof UserException || ex instanceof CorpusLockedException || (m != null && !m.isBlank() && ex.getCause() == null)) {
            return m == null ? ex.getClass().getSimpleName() : m;
        }
        return ex.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"vigie " + (v == null ? "dev" : v)};
        }
    }
}
