package org.vigie.core.read;

import org.vigie.core.model.Origin;

/**
 * A precise rejection of an input: where (file, record, line or byte offset) and what was
 * expected. The message is one line a user can act on.
 */
public class ReadException extends Exception {

    private final transient Origin origin;
    private final long line;
    private final long offset;
    private final String reason;

    public ReadException(Origin origin, long line, long offset, String reason) {
        this(origin, line, offset, reason, null);
    }

    public ReadException(Origin origin, long line, long offset, String reason, Throwable cause) {
        super(format(origin, line, offset, reason), cause);
        this.origin = origin;
        this.line = line;
        this.offset = offset;
        this.reason = reason;
    }

    public static ReadException at(Origin origin, String reason) {
        return new ReadException(origin, -1, -1, reason);
    }

    private static String format(Origin origin, long line, long offset, String reason) {
        StringBuilder b = new StringBuilder();
        b.append(origin == null ? "<input>" : origin.toString());
        if (line >= 0) b.append(':').append(line);
        if (offset >= 0) b.append(" (byte ").append(offset).append(')');
        return b.append(": ").append(reason).toString();
    }

    public Origin origin() {
        return origin;
    }

    /** 1-based line, or -1 when not applicable. */
    public long line() {
        return line;
    }

    /** Byte offset, or -1 when not applicable. */
    public long offset() {
        return offset;
    }

    public String reason() {
        return reason;
    }
}
