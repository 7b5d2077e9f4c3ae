package org.vigie.testkit;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** File helpers the tests of several modules need: reading a CSV export back, copying a fixture folder. */
public final class TestFiles {

    private TestFiles() {
    }

    /**
     * A CSV text read back by a real parser (Jackson's): one map per record, from the header's names
     * to the record's cells, in column order.
     *
     * @throws IllegalArgumentException a record does not have one cell per column
     */
    public static List<Map<String, String>> csvRows(String text) throws IOException {
        CsvMapper m = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> records = new ArrayList<>();
        try (MappingIterator<List<String>> it = m.readerForListOf(String.class).readValues(text)) {
            it.forEachRemaining(records::add);
        }
        if (records.isEmpty()) return List.of();
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> r : records.subList(1, records.size())) {
            if (r.size() != header.size()) {
                throw new IllegalArgumentException("record " + rows.size() + " has " + r.size() + " cells for "
                        + header.size() + " columns: " + r);
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) row.put(header.get(i), r.get(i));
            rows.add(row);
        }
        return rows;
    }

    /** Copies the folder {@code from} and everything under it to {@code to} (a test's own copy of a fixture). */
    public static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(p -> {
                try {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(target);
                    else Files.copy(p, target);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return to;
    }
}
