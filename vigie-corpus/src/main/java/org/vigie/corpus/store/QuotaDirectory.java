package org.vigie.corpus.store;

import java.io.IOException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/** A Lucene directory whose file writes draw on a {@link DiskQuota} (disk-full fault injection). */
final class QuotaDirectory extends FilterDirectory {

    private final DiskQuota quota;

    QuotaDirectory(Directory in, DiskQuota quota) {
        super(in);
        this.quota = quota;
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
        return new QuotaOutput(in.createOutput(name, context), quota);
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
        return new QuotaOutput(in.createTempOutput(prefix, suffix, context), quota);
    }

    private static final class QuotaOutput extends IndexOutput {
        private final IndexOutput out;
        private final DiskQuota quota;

        QuotaOutput(IndexOutput out, DiskQuota quota) {
            super("quota(" + out + ")", out.getName());
            this.out = out;
            this.quota = quota;
        }

        @Override
        public void writeByte(byte b) throws IOException {
            quota.take(1);
            out.writeByte(b);
        }

        @Override
        public void writeBytes(byte[] b, int offset, int length) throws IOException {
            quota.take(length);
            out.writeBytes(b, offset, length);
        }

        @Override
        public long getFilePointer() {
            return out.getFilePointer();
        }

        @Override
        public long getChecksum() throws IOException {
            return out.getChecksum();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
