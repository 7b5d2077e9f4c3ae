package org.vigie.core.read;

/** Where a multi-record reader reports a record it had to skip, so the run can go on. */
@FunctionalInterface
public interface RejectSink {

    /** Rethrows the first rejection: for callers that want all or nothing. */
    RejectSink THROWING = e -> {
        throw new RejectedRecordException(e);
    };

    void reject(ReadException e);

    /** Unchecked carrier used by {@link #THROWING}. */
    final class RejectedRecordException extends RuntimeException {
        public RejectedRecordException(ReadException cause) {
            super(cause.getMessage(), cause);
        }

        @Override
        public synchronized ReadException getCause() {
            return (ReadException) super.getCause();
        }
    }
}
