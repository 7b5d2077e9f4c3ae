package org.vigie.cli;

/** An error the user can act on: printed as one line, with a chosen exit code. */
final class UserException extends RuntimeException {

    private final int exitCode;

    UserException(String message) {
        this(message, 1);
    }

    UserException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
