package org.vigie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** `vigie --help` lists every command with a summary a user can read: whole sentences, not cut lines. */
class HelpTest {

    @Test
    void everyCommandSummaryIsAWholeSentence() {
        StringWriter out = new StringWriter();
        assertEquals(0, Main.run(new String[] {"--help"}, new PrintWriter(out), new PrintWriter(new StringWriter())));
        String help = out.toString();
        List<String> summaries = new ArrayList<>();
        boolean inCommands = false;
        for (String line : help.lines().toList()) {
            if (line.startsWith("Commands:")) {
                inCommands = true;
            } else if (inCommands && line.matches("  \\S.*")) {
                summaries.add(line.strip().replaceFirst("^\\S+\\s+", ""));
            } else if (inCommands && line.matches("\\s{4,}\\S.*") && !summaries.isEmpty()) {
                int last = summaries.size() - 1;
                summaries.set(last, summaries.get(last) + " " + line.strip());
            }
        }
        assertTrue(summaries.size() >= 12, help);
        for (String s : summaries) assertTrue(s.endsWith("."), "summary cut mid-sentence: " + s);
    }
}
