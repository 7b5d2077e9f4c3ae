package org.vigie.testkit;

import java.util.List;
import java.util.regex.Pattern;
import org.vigie.core.read.ReadException;

/**
 * What a "clear error" is, for the fuzz properties (the bench's FuzzRun applies the same rule):
 * <ol>
 *   <li>the message starts with the input's name (so a user knows which file);</li>
 *   <li>the reason is a sentence of at least three words that names no Java exception class
 *       (a user-facing verdict, not a stack trace: "java.lang.", "Exception", "Error:" fail);</li>
 *   <li>it says where: a line, a byte offset or a record number, unless the reason is about the
 *       input as a whole (empty, binary, not this format, too large, no article in it), where
 *       there is no place to point at.</li>
 * </ol>
 */
public final class ClearError {

    /** Reasons about the whole input, which need no position. */
    static final List<String> WHOLE_INPUT = List.of("empty", "binary content", "no ", "not a", "root element", "gzip",
            "unknown format", "file of", "decompressed size", "truncated gzip", "corrupt gzip", "page dump holds only",
            "unsupported");

    public static final Pattern JAVA_NAMES = Pattern.compile("java\\.|javax\\.|Exception|\\bError:|@[0-9a-f]{4,}");

    private ClearError() {
    }

    /** Null when {@code e} is a clear rejection of the input named {@code name}; else what is wrong with it. */
    public static String problem(ReadException e, String name) {
        if (!e.getMessage().startsWith(name)) return "does not name the input: " + e.getMessage();
        String reason = e.reason() == null ? "" : e.reason().strip();
        if (reason.split("\\s+").length < 3) return "reason too short: " + e.getMessage();
        if (JAVA_NAMES.matcher(reason).find()) return "reason is a Java exception, not a verdict: " + e.getMessage();
        boolean located = e.line() >= 1 || e.offset() >= 0 || (e.origin() != null && e.origin().record() != null);
        if (!located && WHOLE_INPUT.stream().noneMatch(reason::startsWith)) return "no position: " + e.getMessage();
        return null;
    }
}
