package org.vigie.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Origin;
import org.vigie.core.read.ReadException;

/** The end-of-run summary counts skipped inputs by reason, not by where in a file they broke. */
class RunSummaryTest {

    @Test
    void malformedLinesAtDifferentColumnsAreOneReason() {
        StringWriter err = new StringWriter();
        RunSummary s = new RunSummary(new PrintWriter(err), false);
        Origin o = new Origin("data.jsonl", null, null);
        s.skipped(new ReadException(o, 2, -1, "malformed JSON at column 26: Unexpected end-of-input"));
        s.skipped(new ReadException(o, 7, -1, "malformed JSON at column 3: Unexpected character"));
        s.print("read");
        assertTrue(err.toString().contains("\n  2 × malformed JSON\n"), err.toString());
    }
}
