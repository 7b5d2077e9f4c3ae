package org.vigie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Word lists that two modules keep, because neither may depend on the other: vigie-ingest's reader
 * finds lost paragraph breaks at a glued given name ("BFMTVFrançois Fillon"), vigie-nlp's entities
 * use the same names for gender and name boundaries. This is the first module that sees both.
 */
class WordListsInStepTest {

    @Test
    void theReadersGivenNamesAreTheEntitiesGivenNames() throws Exception {
        Set<String> ingest = firstColumn("/org/vigie/ingest/text/first-names.txt");
        Set<String> nlp = firstColumn("/org/vigie/nlp/entities/first-names.txt");
        assertTrue(ingest.size() > 100, "the reader's list is loaded: " + ingest.size());
        Set<String> onlyIngest = new TreeSet<>(ingest);
        onlyIngest.removeAll(nlp);
        Set<String> onlyNlp = new TreeSet<>(nlp);
        onlyNlp.removeAll(ingest);
        assertEquals("", onlyIngest.isEmpty() && onlyNlp.isEmpty() ? ""
                : "vigie-ingest text/first-names.txt copies vigie-nlp entities/first-names.txt; change both. Only in ingest: "
                + onlyIngest + ", only in nlp: " + onlyNlp);
    }

    /** The first column (before a tab or " |") of each non-comment line of a classpath resource. */
    private static Set<String> firstColumn(String resource) throws Exception {
        Set<String> out = new TreeSet<>();
        try (InputStream in = WordListsInStepTest.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(line.split("\t| \\|", 2)[0].strip());
            }
        }
        return out;
    }
}
