package org.vigie.bench.endtoend;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Start-up of {@code vigie analyze one-file}: wall time from launching a fresh JVM on the CLI jar
 * (what {@code ./vigie} runs) to its first byte of output and to its exit, model loading included;
 * cold (the JDK's own class-data archive only) and with an application class-data archive
 * (AppCDS, dumped by one training run with {@code -XX:ArchiveClassesAtExit}).
 */
final class StartupTimer {

    /** One launch: milliseconds to first output byte and to exit, and what it printed. */
    record Launch(long firstOutputMs, long exitMs, String stdout) {
    }

    private final Path cliJar;
    private final Path sample;
    /** An article whose header has no suspect word (most of them): its spell check needs only the dictionary. */
    private final Path cleanSample;
    private final List<String> jvm;

    StartupTimer(Path cliJar, Path sample, Path cleanSample) {
        this.cliJar = cliJar;
        this.sample = sample;
        this.cleanSample = cleanSample;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the launcher's default options
        this.jvm = List.of(java, "-Xmx6g", "-XX:+UseParallelGC");
    }

    void run(int runs, Path work) throws IOException, InterruptedException {
        System.out.printf(Locale.ROOT, "%nstart-up: `vigie analyze %s` in a fresh JVM (median of %d; wall ms)%n",
                sample, runs);
        System.out.println("  (wall time: a loaded machine makes these slower; the CLI loads its models on first use)");
        System.out.println("configuration                              first output     exit");
        median("cold, models loaded one after another", runs, List.of("-Xshare:auto", "-Dvigie.noPreload=true"),
                List.of());
        Launch cold = median("cold (JDK CDS only)", runs, List.of("-Xshare:auto"), List.of());
        median("cold, --no-spell-check", runs, List.of("-Xshare:auto"), List.of("--no-spell-check"));
        if (cleanSample != null) {
            median("cold, a header without suspect words", runs, List.of("-Xshare:auto"), List.of(), cleanSample);
        }
        Path archive = work.resolve("vigie-cli.jsa");
        long t0 = System.nanoTime();
        Launch training = launch(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"),
                List.of(), sample);
        System.out.printf(Locale.ROOT, "  (AppCDS training run incl. dump: %d ms, archive %.1f MB)%n",
                (System.nanoTime() - t0) / 1_000_000, Files.size(archive) / 1e6);
        Launch cds = median("AppCDS archive", runs, List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off"), List.of());
        median("AppCDS archive, --no-spell-check", runs, List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off"),
                List.of("--no-spell-check"));
        System.out.printf(Locale.ROOT, "AppCDS saves %.0f %% of start-up (exit); output identical to cold: %s%n",
                100.0 * (cold.exitMs() - cds.exitMs()) / cold.exitMs(), difference(cold.stdout(), cds.stdout()));
    }

    /** "yes", or the first line that differs. */
    private static String difference(String a, String b) {
        String[] x = a.split("\n");
        String[] y = b.split("\n");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String l = i < x.length ? x[i].strip() : "(none)";
            String r = i < y.length ? y[i].strip() : "(none)";
            if (!l.equals(r)) return "no, line " + (i + 1) + ": " + l + "  vs  " + r;
        }
        return "yes";
    }

    private Launch median(String label, int runs, List<String> jvmFlags, List<String> cliFlags)
            throws IOException, InterruptedException {
        return median(label, runs, jvmFlags, cliFlags, sample);
    }

    private Launch median(String label, int runs, List<String> jvmFlags, List<String> cliFlags, Path file)
            throws IOException, InterruptedException {
        List<Launch> all = new ArrayList<>();
        for (int i = 0; i < runs; i++) all.add(launch(jvmFlags, cliFlags, file));
        long[] first = all.stream().mapToLong(Launch::firstOutputMs).sorted().toArray();
        long[] exit = all.stream().mapToLong(Launch::exitMs).sorted().toArray();
        Launch m = new Launch(first[runs / 2], exit[runs / 2], all.get(0).stdout());
        System.out.printf(Locale.ROOT, "%-40s %10d ms %8d ms   (runs: %s)%n", label, m.firstOutputMs(), m.exitMs(),
                Arrays.toString(exit));
        return m;
    }

    private Launch launch(List<String> jvmFlags, List<String> cliFlags, Path file) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(jvm);
        cmd.addAll(jvmFlags);
        cmd.addAll(List.of("-jar", cliJar.toString(), "analyze"));
        cmd.addAll(cliFlags);
        cmd.add(file.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        long t0 = System.nanoTime();
        Process p = pb.start();
        p.getOutputStream().close();
        InputStream in = p.getInputStream();
        int b = in.read();
        long first = System.nanoTime();
        byte[] rest = in.readAllBytes();
        int rc = p.waitFor();
        long end = System.nanoTime();
        if (rc != 0 || b < 0) throw new IllegalStateException("vigie analyze failed (exit " + rc + "): " + cmd);
        byte[] all = new byte[rest.length + 1];
        all[0] = (byte) b;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return new Launch((first - t0) / 1_000_000, (end - t0) / 1_000_000, new String(all, StandardCharsets.UTF_8));
    }
}
