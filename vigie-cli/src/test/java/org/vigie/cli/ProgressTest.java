package org.vigie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Progress lines say something true: no rate or ETA measured over the first milliseconds. */
class ProgressTest {

    @Test
    void aLogGetsNoLineForTheFirstInputAndTheLastLineCountsAll() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), 11, false, 5);
        p.step("files");
        assertEquals("", bytes.toString(StandardCharsets.UTF_8), "was '1/11 files  49399.8/s  ETA 0m00s'");
        for (int i = 1; i < 11; i++) p.step("files");
        assertTrue(bytes.toString(StandardCharsets.UTF_8).startsWith("11/11 files"), bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aLineRightAfterTheStartHasNoRate() {
        Progress p = new Progress(new PrintStream(new ByteArrayOutputStream()), 11, true, 5);
        String line = p.line(1, System.nanoTime(), "files");
        assertTrue(line.endsWith("1/11 files"), line);
    }
}
