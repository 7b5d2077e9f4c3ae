package org.vigie.corpus;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A child JVM running one of these tests' main classes with their class path, for the crash
 * tests that kill it (SIGKILL). A thread reads its standard output line by line, hands each line
 * to the test's listener (so the test's counters are up to date before the line is seen), then
 * queues it for {@link #next}.
 */
final class ChildJvm {

    private static final String EOF = "<eof>";

    private final Process process;
    private final Thread pump;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private ChildJvm(Process process, Consumer<String> listener) {
        this.process = process;
        this.pump = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    listener.accept(line);
                    lines.add(line);
                }
            } catch (IOException closedByKill) {
                // destroyForcibly closes the pipe: the output ends here.
            } finally {
                lines.add(EOF);
            }
        });
        pump.setDaemon(true);
        pump.start();
    }

    /** Starts {@code main} with {@code args}, its standard error in {@code errors}. */
    static ChildJvm start(Class<?> main, Path errors, Consumer<String> listener, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectError(errors.toFile());
        return new ChildJvm(pb.start(), listener);
    }

    /** The next output line; fails when the child is silent for 5 minutes or ends before {@code awaited}. */
    String next(String awaited) throws InterruptedException {
        String line = lines.poll(5, TimeUnit.MINUTES);
        assertNotNull(line, "child silent for 5 minutes");
        assertNotEquals(EOF, line, "child ended before " + awaited);
        return line;
    }

    /** Kills the child (SIGKILL) and waits until its output is read to the end. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        pump.join(60_000);
    }

    /** Waits for the child to exit and its output to be read; its exit code. */
    int awaitExit() throws InterruptedException {
        int rc = process.waitFor();
        pump.join(60_000);
        return rc;
    }
}
