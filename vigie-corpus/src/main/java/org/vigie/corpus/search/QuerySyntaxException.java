package org.vigie.corpus.search;

/** A query the parser cannot read; the message starts with "bad query: " and is meant for the user. */
public class QuerySyntaxException extends IllegalArgumentException {

    public QuerySyntaxException(String message, Throwable cause) {
        super(message, cause);
    }

    public QuerySyntaxException(String message) {
        super(message);
    }
}
