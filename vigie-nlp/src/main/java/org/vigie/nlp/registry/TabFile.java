package org.vigie.nlp.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one of the registry's tab-separated data files: a byte-order mark dropped, blank
 * lines and {@code #} comments skipped, each row with its line number so that an error can say
 * where.
 */
final class TabFile {

    record Row(int line, String[] fields) {
    }

    private TabFile() {
    }

    /** @param what the kind of file, for errors ("alias table") */
    static List<Row> rows(InputStream in, String source, String what) {
        if (in == null) throw new IllegalArgumentException(what + " not found: " + source);
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (no == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
                if (line.isBlank() || line.strip().startsWith("#")) continue;
                rows.add(new Row(no, line.split("\t", -1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " " + source, e);
        }
        return rows;
    }
}
