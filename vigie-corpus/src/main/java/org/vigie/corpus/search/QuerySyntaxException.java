package org.vigie.corpus.search;

/** A query string that cannot be parsed; the message says where and why, for the user. */
public class QuerySyntaxException extends IllegalArgumentException {

    public QuerySyntaxException(String message, Throwable cause) {
        super(message, cause);
    }

    public QuerySyntaxException(String message) {
        super(message);
    }
}
