package org.vigie.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.corpus.publications.Publications;
import org.vigie.corpus.reprints.Fingerprint;
import org.vigie.corpus.reprints.SourceRanking;
import org.vigie.corpus.reprints.WireReprint;

/**
 * Vigie as a Spark job: input files (any Hadoop path: dumps, HTML, WARC(.gz), feeds, JSONL, CSV)
 * → the standard pipeline on every partition → Parquet tables under OUTPUT ({@link Tables}).
 *
 * <pre>
 * spark-submit --class org.vigie.spark.VigieJob vigie-spark.jar [--master local[2]] [options] INPUT... OUTPUT
 * </pre>
 *
 * Steps: list files on the driver; read each file on an executor (the CLI's readers); spread the
 * articles over {@code --partitions} and analyse them (models once per executor JVM, see
 * {@link Models}); fingerprint each article for reprints; persist; build the reprint families on
 * the driver ({@link ReprintStep}); write the tables. Bad files and records, and articles the
 * pipeline fails on, are counted in accumulators and written to {@code rejects}; they never fail
 * the job.
 */
public final class VigieJob {

    /** Counts of one run, read from the job's accumulators. */
    public record Summary(long files, long articles, long duplicates, long rejectedRead, long rejectedAnalysis,
                          Map<String, Long> skipped, int families, long millis) {
        @Override
        public String toString() {
            return String.format("%d files, %d articles (%d more pages of a text already read, kept as its publications), %d rejected at read, "
                            + "%d failed analysis, skipped %s, %d reprint families, %.1f s",
                    files, articles, duplicates, rejectedRead, rejectedAnalysis, skipped, families, millis / 1000.0);
        }
    }

    private VigieJob() {
    }

    public static void main(String[] args) {
        JobArgs a;
        try {
            a = JobArgs.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("vigie-spark: " + e.getMessage());
            System.err.println(JobArgs.USAGE);
            System.exit(2);
            return;
        }
        if (a == null) {
            System.out.println(JobArgs.USAGE);
            return;
        }
        SparkConf conf = new SparkConf().setAppName("vigie");
        if (a.master() != null) conf.setMaster(a.master());
        if (!conf.contains("spark.master")) conf.setMaster("local[*]");
        if (conf.get("spark.master").startsWith("local") && !conf.contains("spark.ui.enabled")) {
            conf.set("spark.ui.enabled", "false");
        }
        try (SparkSession spark = SparkSession.builder().config(conf).getOrCreate()) {
            Summary s = run(spark, a.inputs(), a.output(), a.options(), a.partitions());
            System.err.println("vigie-spark: " + s + " → " + a.output());
        } catch (IOException e) {
            System.err.println("vigie-spark: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Runs the job in {@code spark}; writes every table under {@code output} (replacing them).
     * {@code partitions} ≤ 0 means 4 × the default parallelism.
     */
    public static Summary run(SparkSession spark, List<String> inputs, String output, JobOptions options,
                              int partitions) throws IOException {
        long t0 = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        var hconf = jsc.hadoopConfiguration();
        LongAccumulator readRejects = jsc.sc().longAccumulator("vigie.rejected.read");
        LongAccumulator analysisRejects = jsc.sc().longAccumulator("vigie.rejected.analysis");
        LongAccumulator analysed = jsc.sc().longAccumulator("vigie.articles.analysed");
        var skipped = new MapAccumulator();
        jsc.sc().register(skipped, "vigie.skipped");

        List<Item.Reject> missing = new ArrayList<>();
        List<InputFiles.Input> files = InputFiles.list(inputs, hconf, missing);
        readRejects.add(missing.size());
        FileReading reading = new FileReading(hconf);

        // 1. read: one task per file group; reading is cheap next to analysis
        JavaRDD<Item> read = jsc.parallelize(files, Math.max(1, Math.min(files.size(), jsc.defaultParallelism() * 4)))
                .flatMap(f -> {
                    FileReading.Result r = reading.read(f);
                    r.skipped().forEach(skipped::add);
                    for (Item i : r.items()) {
                        if (!i.isArticle()) readRejects.add(1);
                    }
                    return r.items().iterator();
                });
        read.persist(StorageLevel.MEMORY_AND_DISK_SER());
        int parts = partitions > 0 ? partitions : jsc.defaultParallelism() * 4;

        // 2. analyse: spread articles evenly (one big JSONL file is one read task), one pipeline per JVM
        JavaRDD<Item> done = read.filter(Item::isArticle).repartition(parts).mapPartitions(it -> {
            Pipeline p = Models.pipeline(options);
            var fingerprinter = Models.fingerprinter();
            List<Item> out = new ArrayList<>();
            while (it.hasNext()) {
                Item i = it.next();
                try {
                    Article a = p.process(ArticleJson.fromJson(i.json()));
                    Fingerprint fp = fingerprinter.fingerprint(a);
                    out.add(new Item(i.file(), i.seq(), ArticleJson.toJson(a), fp.shingles(), fp.signature(), null));
                    analysed.add(1);
                } catch (RuntimeException e) {
                    analysisRejects.add(1);
                    Article a = ArticleJson.fromJson(i.json());
                    String where = a.origin() == null ? "<input>" : a.origin().toString();
                    out.add(Item.rejected(i.file(), i.seq(), new Item.Reject("analysis",
                            a.origin() == null ? null : a.origin().path(), a.origin() == null ? null : a.origin().record(),
                            null, null, "analysis failed",
                            where + ": analysis failed: " + e.getClass().getSimpleName() + ": " + e.getMessage())));
                }
            }
            return out.iterator();
        });
        done.persist(StorageLevel.MEMORY_AND_DISK_SER());
        done.count(); // analyse once; every table below reads the persisted result

        // 3. the same text at several pages (same id) is one article, as the corpus stores it: every
        //    publication kept, the earliest as its metadata; then reprint families, on the driver, in
        //    input order (see ReprintStep for the limit)
        List<ReprintStep.Print> prints = ReprintStep.prints(done.filter(Item::isArticle));
        Map<String, Article> merged = mergedPublications(jsc, done, prints);
        for (int k = 0; k < prints.size(); k++) {
            ReprintStep.Print p = prints.get(k);
            Article m = merged.get(p.id());
            if (m != null) prints.set(k, ReprintStep.print(p.ordinal(), m, p.shingles(), p.signature()));
        }
        ReprintStep reprints = ReprintStep.build(prints);
        Map<String, String> mergedJson = new HashMap<>();
        merged.forEach((id, a) -> mergedJson.put(id, ArticleJson.toJson(a)));
        Broadcast<Map<String, String>> publications = jsc.broadcast(mergedJson);
        Broadcast<Map<String, String[]>> links = jsc.broadcast(reprints.links());
        Broadcast<Map<String, WireReprint.Provenance>> provenances = jsc.broadcast(reprints.provenances());
        Broadcast<Set<Long>> dropped = jsc.broadcast(reprints.duplicateOrdinals());

        JavaRDD<Item> kept = done.filter(i -> i.isArticle() && !dropped.value().contains(i.ordinal()));
        JavaRDD<Article> articles = kept.map(i -> linked(i, publications.value(), links.value(), provenances.value()));

        // 4. tables
        write(spark, kept.map(i -> Tables.article(linked(i, publications.value(), links.value(), provenances.value()), i.ordinal())), Tables.ARTICLES_SCHEMA,
                output, Tables.ARTICLES);
        write(spark, articles.flatMap(a -> Tables.entities(a).iterator()), Tables.ENTITIES_SCHEMA, output, Tables.ENTITIES);
        write(spark, articles.flatMap(a -> Tables.quotes(a).iterator()), Tables.QUOTES_SCHEMA, output, Tables.QUOTES);
        write(spark, articles.flatMap(a -> Tables.times(a).iterator()), Tables.TIMES_SCHEMA, output, Tables.TIMES);
        write(spark, articles.flatMap(a -> Tables.signals(a).iterator()), Tables.SIGNALS_SCHEMA, output, Tables.SIGNALS);
        write(spark, jsc.parallelize(reprints.familyRows(), 1), Tables.REPRINT_FAMILIES_SCHEMA, output,
                Tables.REPRINT_FAMILIES);
        List<Row> missingRows = new ArrayList<>();
        for (Item.Reject r : missing) missingRows.add(Tables.reject(r));
        JavaRDD<Row> rejects = read.filter(i -> !i.isArticle()).union(done.filter(i -> !i.isArticle()))
                .map(i -> Tables.reject(i.reject())).union(jsc.parallelize(missingRows, 1));
        write(spark, rejects.coalesce(1), Tables.REJECTS_SCHEMA, output, Tables.REJECTS);

        done.unpersist();
        read.unpersist();
        return new Summary(files.size(), analysed.value() - reprints.duplicateOrdinals().size(),
                reprints.duplicateOrdinals().size(), readRejects.value(), analysisRejects.value(),
                new java.util.TreeMap<>(skipped.value()), reprints.familyCount(),
                (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * Every text the input holds more than once, merged in input order as the corpus merges a text
     * stored again ({@link Publications#merge}): only those articles come to the driver.
     */
    static Map<String, Article> mergedPublications(JavaSparkContext jsc, JavaRDD<Item> done, List<ReprintStep.Print> prints) {
        Map<String, List<Long>> ordinals = new HashMap<>();
        for (ReprintStep.Print p : prints) ordinals.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(p.ordinal());
        Set<Long> repeated = new HashSet<>(); // the prints say which items share a text: no JSON is parsed to find them
        ordinals.values().forEach(o -> {
            if (o.size() > 1) repeated.addAll(o);
        });
        if (repeated.isEmpty()) return Map.of();
        Broadcast<Set<Long>> wanted = jsc.broadcast(repeated);
        List<Item> items = new ArrayList<>(done.filter(i -> i.isArticle() && wanted.value().contains(i.ordinal())).collect());
        items.sort(Comparator.comparingLong(Item::ordinal));
        Map<String, Article> merged = new HashMap<>();
        for (Item i : items) {
            Article a = ArticleJson.fromJson(i.json());
            merged.merge(a.id(), a, (stored, incoming) -> Publications.merge(stored, incoming, SourceRanking.defaults()));
        }
        return merged;
    }

    private static Article linked(Item i, Map<String, String> merged, Map<String, String[]> links,
                                  Map<String, WireReprint.Provenance> provenances) {
        Article a = ArticleJson.fromJson(i.json());
        String publications = merged.get(a.id());
        if (publications != null) a = ArticleJson.fromJson(publications);
        String[] l = links.get(a.id());
        Article linked = l == null ? a : a.withCorpusLinks(l[0], l[1], a.storyId());
        return WireReprint.mark(linked, provenances.get(a.id()));
    }

    private static void write(SparkSession spark, JavaRDD<Row> rows, StructType schema, String output, String table) {
        spark.createDataFrame(rows, schema).write().mode(SaveMode.Overwrite).parquet(output + "/" + table);
    }

    /** Parsed command line; null from {@link #parse} means help was asked. */
    record JobArgs(String master, List<String> inputs, String output, JobOptions options, int partitions) {

        static final String USAGE = """
                usage: VigieJob [--master URL] [--partitions N] [--date YYYY-MM-DD] [--no-spell-check]
                                [--high-accuracy-language] INPUT... OUTPUT
                  INPUT   files or folders on any Hadoop file system (file:, hdfs://, s3a://)
                  OUTPUT  folder for the Parquet tables articles, entities, quotes, times, signals,
                          reprint_families and rejects (replaced if present)""";

        static JobArgs parse(String[] args) {
            String master = null, date = null;
            boolean noSpell = false, accurate = false;
            int partitions = 0;
            List<String> pos = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String s = args[i];
                switch (s) {
                    case "-h", "--help" -> {
                        return null;
                    }
                    case "--master" -> master = value(args, ++i, s);
                    case "--date" -> {
                        date = value(args, ++i, s);
                        try {
                            java.time.LocalDate.parse(date);
                        } catch (java.time.format.DateTimeParseException e) {
                            throw new IllegalArgumentException("--date: expected YYYY-MM-DD, got " + date);
                        }
                    }
                    case "--partitions" -> {
                        try {
                            partitions = Integer.parseInt(value(args, ++i, s));
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--partitions: expected a number");
                        }
                    }
                    case "--no-spell-check" -> noSpell = true;
                    case "--high-accuracy-language" -> accurate = true;
                    default -> {
                        if (s.startsWith("--")) throw new IllegalArgumentException("unknown option " + s);
                        pos.add(s);
                    }
                }
            }
            if (pos.size() < 2) throw new IllegalArgumentException("expected INPUT... OUTPUT");
            return new JobArgs(master, List.copyOf(pos.subList(0, pos.size() - 1)), pos.get(pos.size() - 1),
                    new JobOptions(date, noSpell, accurate), partitions);
        }

        private static String value(String[] args, int i, String opt) {
            if (i >= args.length) throw new IllegalArgumentException(opt + " needs a value");
            return args[i];
        }
    }

    /** Counts by key across tasks (skip reasons). */
    static final class MapAccumulator extends org.apache.spark.util.AccumulatorV2<Map.Entry<String, Long>, Map<String, Long>> {
        private final HashMap<String, Long> counts = new HashMap<>();

        @Override
        public boolean isZero() {
            return counts.isEmpty();
        }

        @Override
        public MapAccumulator copy() {
            MapAccumulator c = new MapAccumulator();
            synchronized (counts) {
                c.counts.putAll(counts);
            }
            return c;
        }

        @Override
        public void reset() {
            synchronized (counts) {
                counts.clear();
            }
        }

        void add(String key, long n) {
            synchronized (counts) {
                counts.merge(key, n, Long::sum);
            }
        }

        @Override
        public void add(Map.Entry<String, Long> e) {
            add(e.getKey(), e.getValue());
        }

        @Override
        public void merge(org.apache.spark.util.AccumulatorV2<Map.Entry<String, Long>, Map<String, Long>> other) {
            other.value().forEach(this::add);
        }

        @Override
        public Map<String, Long> value() {
            synchronized (counts) {
                return new HashMap<>(counts);
            }
        }
    }

    static Set<Long> setOf(List<Long> l) {
        return new HashSet<>(l);
    }
}
