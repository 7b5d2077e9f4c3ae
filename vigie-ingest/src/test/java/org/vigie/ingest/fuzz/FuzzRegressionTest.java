package org.vigie.ingest.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.vigie.core.read.RawDocument;
import org.vigie.core.read.ReadException;
import org.vigie.ingest.StandInHtmlReader;
import org.vigie.ingest.tabular.JsonReader;
import org.vigie.ingest.warc.WarcArticleReader;

/** Inputs the fuzz properties and FuzzRun found rejected without a clear error, now rejected clearly. */
class FuzzRegressionTest {

    @Test
    void warcParseErrorsSayWhatNotWhichJavaClass() {
        // Was: "not a WARC file: ParsingException: invalid WARC record at position 0: <-- HERE -->\x00\x00"
        ReadException e = assertThrows(ReadException.class,
                () -> new WarcArticleReader(new StandInHtmlReader()).read(RawDocument.of(new byte[2], "two-nuls.warc")));
        assertNull(ClearError.problem(e, "two-nuls.warc"), e.getMessage());
        assertTrue(e.reason().startsWith("not a WARC file: invalid WARC record"), e.getMessage());
        assertFalse(e.getMessage().contains("HERE") || e.getMessage().contains("\\xff"), e.getMessage());
    }

    @Test
    void jsonNameOverJacksonsLimitIsLocated() {
        // Was: "malformed JSON, rest of file skipped: Name length (70005) exceeds the maximum ..." with no line:
        // Jackson's limit errors carry no location.
        String json = "[\n\n{\"" + "n".repeat(70_000) + "\":1}]";
        ReadException e = assertThrows(ReadException.class,
                () -> new JsonReader().read(RawDocument.of(json.getBytes(StandardCharsets.UTF_8), "long-name.json")));
        assertNull(ClearError.problem(e, "long-name.json"), e.getMessage());
        assertTrue(e.line() == 3, e.getMessage());
    }
}
