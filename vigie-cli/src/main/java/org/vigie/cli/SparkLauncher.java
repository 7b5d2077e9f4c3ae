package org.vigie.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a vigie-spark command in its own JVM through {@code vigie-spark/run}: Spark (hundreds of
 * MB of jars, Java 17 {@code --add-opens} flags) stays out of the CLI's class path and JVM.
 * The launcher is looked up beside the CLI's build ({@code vigie-cli/target/vigie-cli.jar} →
 * {@code vigie-spark/run}) or at {@code $VIGIE_SPARK_HOME/run}.
 */
final class SparkLauncher {

    private SparkLauncher() {
    }

    static int run(String command, List<String> args) {
        Path script = script();
        List<String> cmd = new ArrayList<>();
        cmd.add(script.toString());
        cmd.add(command);
        cmd.addAll(args);
        try {
            return new ProcessBuilder(cmd).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new UserException("cannot start " + script + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException("interrupted");
        }
    }

    static Path script() {
        String home = System.getenv("VIGIE_SPARK_HOME");
        if (home != null && !home.isBlank()) return checked(Path.of(home, "run"));
        try {
            Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // vigie-cli/target/vigie-cli.jar or vigie-cli/target/classes → the repository root
            Path root = jar.getParent().getParent().getParent();
            return checked(root.resolve("vigie-spark").resolve("run"));
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new UserException("cannot locate vigie-spark: set VIGIE_SPARK_HOME to the vigie-spark folder");
        }
    }

    private static Path checked(Path script) {
        if (!Files.isExecutable(script)) {
            throw new UserException("vigie-spark launcher not found at " + script
                    + " (set VIGIE_SPARK_HOME to the vigie-spark folder)");
        }
        return script;
    }
}
