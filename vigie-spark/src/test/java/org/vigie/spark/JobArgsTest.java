package org.vigie.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The job's command line and the CLI's input-listing rules, without starting Spark. */
class JobArgsTest {

    @Test
    void parsesOptionsInputsAndOutput() {
        var a = VigieJob.JobArgs.parse(new String[] {"--master", "local[2]", "--date", "2016-10-10", "--no-spell-check",
                "--partitions", "8", "in1/", "hdfs://nn/in2", "out"});
        assertEquals("local[2]", a.master());
        assertEquals(List.of("in1/", "hdfs://nn/in2"), a.inputs());
        assertEquals("out", a.output());
        assertEquals(new JobOptions("2016-10-10", true, false), a.options());
        assertEquals(8, a.partitions());
        assertNull(VigieJob.JobArgs.parse(new String[] {"--help"}));
    }

    @Test
    void rejectsBadArgumentsWithTheReason() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> VigieJob.JobArgs.parse(new String[] {"--date", "10/10/2016", "in", "out"}));
        assertTrue(e.getMessage().contains("YYYY-MM-DD"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> VigieJob.JobArgs.parse(new String[] {"only-input"}));
        assertTrue(e.getMessage().contains("INPUT... OUTPUT"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> VigieJob.JobArgs.parse(new String[] {"--bogus", "a", "b"}));
        assertTrue(e.getMessage().contains("--bogus"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> VigieJob.JobArgs.parse(new String[] {"a", "b", "--master"}));
        assertTrue(e.getMessage().contains("--master needs a value"), e.getMessage());
    }

    @Test
    void foldersLeaveOutHiddenEntriesAndNoticesLikeTheCli() {
        String root = "file:/data/news";
        assertTrue(InputFiles.hiddenOrNotice(root, root + "/.git/config"));
        assertTrue(InputFiles.hiddenOrNotice(root, root + "/2024/.DS_Store"));
        assertTrue(InputFiles.hiddenOrNotice(root, root + "/orangesum/ATTRIBUTION.md"));
        assertTrue(InputFiles.hiddenOrNotice(root, root + "/LICENSE.txt"));
        assertFalse(InputFiles.hiddenOrNotice(root, root + "/orangesum/orangesum-sample.jsonl"));
        assertFalse(InputFiles.hiddenOrNotice(root, root + "/cc/CC-NEWS-20240101.warc.gz"));
        // a hidden folder above the root does not hide what the user pointed at
        assertFalse(InputFiles.hiddenOrNotice("file:/home/u/.cache/in", "file:/home/u/.cache/in/a.html"));
    }
}
