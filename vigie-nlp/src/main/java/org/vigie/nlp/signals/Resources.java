package org.vigie.nlp.signals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the signal data files: UTF-8, one record a line, {@code #} starts a comment. */
public final class Resources {

    /** A meaningful line of a data file and where it came from, for error messages. */
    public record Line(String source, int number, String text) {
        public IllegalArgumentException error(String what) {
            return new IllegalArgumentException(source + ":" + number + ": " + what + ": \"" + text + "\"");
        }

        /** The {@code |}-separated fields of the line, trimmed. */
        public String[] fields() {
            String[] f = text.split("\\|", -1);
            for (int i = 0; i < f.length; i++) f[i] = f[i].strip();
            return f;
        }
    }

    private Resources() {
    }

    /** Lines of a resource next to this package ({@code org/vigie/nlp/signals/NAME}). */
    public static List<Line> lines(String name) {
        String path = "/org/vigie/nlp/signals/" + name;
        try (InputStream in = Resources.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            return read(path, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        }
    }

    /** Lines of a user-supplied data file (e.g. a custom source list). */
    public static List<Line> lines(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<Line> read(String source, InputStream in) throws IOException {
        List<Line> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String l;
        int n = 0;
        while ((l = r.readLine()) != null) {
            n++;
            int hash = l.indexOf('#');
            String t = (hash >= 0 ? l.substring(0, hash) : l).strip();
            if (!t.isEmpty()) out.add(new Line(source, n, t));
        }
        return out;
    }
}
