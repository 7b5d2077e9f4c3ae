package org.vigie.corpus;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.vigie.core.model.Article;
import org.vigie.corpus.store.CorpusStore;
import org.vigie.corpus.store.DiskQuota;

/**
 * Group commit for ingests that arrive concurrently (the server's {@code POST /api/ingest}): the
 * requests waiting while a commit runs are gathered into the next one, so a group pays once for
 * the reprint links, the journal append and its fsync, and the Lucene commit. {@link #ingest}
 * returns only when the batch holding its articles is committed (journalled and in the index):
 * an acknowledged article is never lost. A commit that fails fails every request of its group
 * ({@link NotStoredException}) and stores nothing of it; the corpus stays at its last commit.
 *
 * <p>One committer thread and no timer: it commits whatever is queued, then whatever queued up
 * meanwhile, so a lone request is committed at once. It links articles to their reprint families
 * and writes under the {@link CorpusReprints} monitor, the lock every writer of families and index
 * takes; analysis (slow NLP) stays in the callers, outside it. The I/O runs on that thread, never
 * on a caller's: a request thread interrupted (a server stopping, a client gone) cannot close the
 * journal's channel or Lucene's writer under the other requests, and it still gets its answer.
 *
 * <p>The reprint state file is saved every {@link Options#stateEveryArticles} new articles or
 * {@link Options#stateInterval}, and on {@link #close}, rather than after each commit: for a large
 * corpus it is tens of MB, and {@link CorpusReprints#open} rebuilds the part it lacks exactly from
 * the journal order.
 */
public final class GroupCommit implements AutoCloseable {

    /**
     * When to gather and when to save the families.
     *
     * @param maxGroupArticles  articles per commit at most (a larger request is committed alone)
     * @param stateEveryArticles save the reprint state once this many new articles are committed
     * @param stateInterval     ... or once this long has passed since the last save (checked at commits)
     */
    public record Options(int maxGroupArticles, int stateEveryArticles, Duration stateInterval) {

        public static final Options DEFAULTS = new Options(Corpus.DEFAULT_BATCH, 1_000, Duration.ofSeconds(30));

        public Options {
            if (maxGroupArticles < 1) throw new IllegalArgumentException("maxGroupArticles must be >= 1");
            if (stateEveryArticles < 1) throw new IllegalArgumentException("stateEveryArticles must be >= 1");
            if (stateInterval == null || stateInterval.isNegative()) throw new IllegalArgumentException("bad stateInterval");
        }
    }

    /**
     * The commit that stored a request: its number ({@code vigie.batches}, 0 when the group
     * needed no write), how many requests and articles it gathered, and how many stored articles
     * it re-linked (their family's source changed).
     */
    public record Group(long batch, int requests, int articles, int relinked) {
    }

    /**
     * What one request got: its articles as stored (with their reprint links), its own counts (a
     * repeat within the group counts as unchanged, as within one batch; {@code took_ms} from
     * submission to durability) and the group it was committed in.
     */
    public record Receipt(List<Article> articles, IngestReport report, Group group) {
    }

    /** The request's group was not committed: none of its articles is stored. */
    public static final class NotStoredException extends IOException {
        private final boolean diskFull;
        private final int groupRequests;

        NotStoredException(IOException cause, int groupRequests) {
            super(cause.getMessage() + (groupRequests > 1 ? " (the " + groupRequests
                    + " requests committed together all failed)" : ""), cause);
            this.diskFull = DiskQuota.isDiskFull(cause);
            this.groupRequests = groupRequests;
        }

        public boolean diskFull() {
            return diskFull;
        }

        public int groupRequests() {
            return groupRequests;
        }
    }

    private static final class Request {
        final List<Article> articles;
        final long submitted = System.nanoTime();
        boolean done; // guarded by the mutex
        Receipt receipt;
        Throwable failure;

        Request(List<Article> articles) {
            this.articles = articles;
        }
    }

    private final Corpus corpus;
    private final CorpusReprints reprints;
    private final Options options;

    private final ReentrantLock mutex = new ReentrantLock();
    private final Condition changed = mutex.newCondition();
    private final ArrayDeque<Request> queue = new ArrayDeque<>(); // guarded by the mutex
    private long submitted; // guarded by the mutex
    private boolean closed; // guarded by the mutex
    private final Thread committer;

    // Guarded by the reprints monitor (held by the leader).
    private boolean familiesStale;
    private long unsaved;
    private long lastSave = System.nanoTime();
    private long groups;

    public GroupCommit(Corpus corpus, CorpusReprints reprints, Options options) {
        this.corpus = corpus;
        this.reprints = reprints;
        this.options = options;
        this.committer = new Thread(this::commitLoop, "vigie-group-commit " + corpus.dataDir().getFileName());
        committer.setDaemon(true);
        committer.start();
    }

    public GroupCommit(Corpus corpus, CorpusReprints reprints) {
        this(corpus, reprints, Options.DEFAULTS);
    }

    /**
     * Links {@code articles} to their reprint families and stores them with whatever other
     * requests are waiting, returning once their batch is committed.
     *
     * @throws NotStoredException the group's commit failed (a full disk...): nothing of it is stored
     * @throws IllegalArgumentException an article without id (refused before joining a group)
     */
    public Receipt ingest(Collection<Article> articles) throws IOException {
        List<Article> list = articles.stream().map(Corpus::storable).toList();
        for (Article a : list) {
            if (a.id() == null || a.id().isBlank()) {
                throw new IllegalArgumentException("article without id cannot be stored (title: " + a.title() + ")");
            }
        }
        Request r = new Request(list);
        mutex.lock();
        try {
            if (closed) throw new IllegalStateException("group commit closed: " + corpus.dataDir());
            queue.add(r);
            submitted++;
            changed.signalAll();
            // Uninterruptible: the commit goes on regardless, and the answer says whether it held.
            while (!r.done) changed.awaitUninterruptibly();
        } finally {
            mutex.unlock();
        }
        if (r.failure instanceof NotStoredException e) throw new NotStoredException((IOException) e.getCause(), e.groupRequests);
        if (r.failure instanceof IOException e) throw new NotStoredException(e, 1);
        if (r.failure instanceof RuntimeException e) throw e;
        if (r.failure instanceof Error e) throw e;
        return r.receipt;
    }

    /** Requests submitted so far (committed, failed, or waiting). */
    public long submitted() {
        mutex.lock();
        try {
            return submitted;
        } finally {
            mutex.unlock();
        }
    }

    /** Commits made so far (groups that wrote something). */
    public long groups() {
        synchronized (reprints) {
            return groups;
        }
    }

    /** The committer thread: one group at a time, until closed with nothing queued. */
    private void commitLoop() {
        while (true) {
            mutex.lock();
            try {
                while (queue.isEmpty() && !closed) changed.awaitUninterruptibly();
                if (queue.isEmpty()) return;
            } finally {
                mutex.unlock();
            }
            try {
                lead();
            } catch (RuntimeException | Error e) { // run() answers its group; this keeps the thread for the next
                System.getLogger(GroupCommit.class.getName()).log(System.Logger.Level.ERROR, "group commit failed", e);
            }
        }
    }

    /** Commits one group of what is queued; the families and the index change under the reprints monitor. */
    private void lead() {
        synchronized (reprints) {
            List<Request> group = drain();
            if (group.isEmpty()) return;
            run(group);
            saveStateIfDue();
        }
    }

    private List<Request> drain() {
        mutex.lock();
        try {
            List<Request> group = new ArrayList<>();
            int articles = 0;
            while (!queue.isEmpty()) {
                Request next = queue.peek();
                if (!group.isEmpty() && articles + next.articles.size() > options.maxGroupArticles()) break;
                group.add(queue.poll());
                articles += next.articles.size();
            }
            return group;
        } finally {
            mutex.unlock();
        }
    }

    private void run(List<Request> group) {
        Throwable failure;
        try {
            commit(group);
            return;
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
        }
        // The families hold the group's articles though none is stored: load them again.
        familiesStale = true;
        try {
            reprints.reload();
            familiesStale = false;
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
        if (!(failure instanceof IOException) && group.size() > 1 && !familiesStale) {
            // Not the disk but one request's articles (a bug, a bad article): isolate it.
            for (Request r : group) run(List.of(r));
            return;
        }
        Throwable f = failure instanceof IOException io ? new NotStoredException(io, group.size()) : failure;
        complete(group, r -> r.failure = f);
    }

    private void commit(List<Request> group) throws IOException {
        if (familiesStale) {
            reprints.reload();
            familiesStale = false;
        }
        for (Request r : group) {
            for (Article a : r.articles) reprints.link(a);
        }
        // links read once the whole group is in: a copy may come before its source in one group
        List<Article> all = new ArrayList<>();
        for (Request r : group) all.addAll(r.articles);
        List<Article> batch = reprints.toWrite(all); // the group's articles, in order, then stale stored ones
        int own = all.size();
        List<List<Article>> linked = new ArrayList<>(group.size());
        int from = 0;
        for (Request r : group) {
            linked.add(batch.subList(from, from + r.articles.size()));
            from += r.articles.size();
        }
        CorpusStore.BatchOutcome o = corpus.store().write(batch);
        if (o.commits() > 0) groups++;
        unsaved += o.added();
        Group g = new Group(o.commits() > 0 ? o.batch() : 0, group.size(), own, batch.size() - own);
        Set<String> seen = new HashSet<>();
        long now = System.nanoTime();
        List<Receipt> receipts = new ArrayList<>(group.size());
        for (int i = 0; i < group.size(); i++) {
            long added = 0, updated = 0, unchanged = 0;
            for (Article a : linked.get(i)) {
                if (!seen.add(a.id())) unchanged++;
                else if (o.addedIds().contains(a.id())) added++;
                else if (o.updatedIds().contains(a.id())) updated++;
                else unchanged++;
            }
            IngestReport report = new IngestReport(added, updated, unchanged, o.commits(),
                    (now - group.get(i).submitted) / 1_000_000);
            // as stored: a text already stored from another page comes back with all its publications
            List<Article> asStored = new ArrayList<>(linked.get(i).size());
            for (Article a : linked.get(i)) asStored.add(o.asStored().getOrDefault(a.id(), a));
            receipts.add(new Receipt(List.copyOf(asStored), report, g));
        }
        int[] k = {0};
        complete(group, r -> r.receipt = receipts.get(k[0]++));
    }

    private void complete(List<Request> group, java.util.function.Consumer<Request> outcome) {
        mutex.lock();
        try {
            for (Request r : group) {
                outcome.accept(r);
                r.done = true;
            }
            changed.signalAll(); // the group's callers return while the leader may still save the state
        } finally {
            mutex.unlock();
        }
    }

    private void saveStateIfDue() {
        if (unsaved == 0 || familiesStale) return;
        if (unsaved < options.stateEveryArticles()
                && System.nanoTime() - lastSave < options.stateInterval().toNanos()) return;
        try {
            saveState();
        } catch (IOException | RuntimeException e) {
            // Committed articles are safe in the index and journal; the next save or open covers them.
            System.getLogger(GroupCommit.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot save the reprint state (rebuilt from the journal on the next open): " + e);
        }
    }

    private void saveState() throws IOException {
        reprints.save();
        unsaved = 0;
        lastSave = System.nanoTime();
    }

    /**
     * Refuses new requests, commits those already queued, stops the committer thread and saves
     * the reprint state if commits happened since the last save.
     */
    @Override
    public void close() throws IOException {
        mutex.lock();
        try {
            closed = true;
            changed.signalAll();
        } finally {
            mutex.unlock();
        }
        boolean interrupted = false;
        while (committer.isAlive()) {
            try {
                committer.join(); // what is queued is committed first
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        synchronized (reprints) {
            if (unsaved > 0 && !familiesStale) saveState();
        }
    }
}
