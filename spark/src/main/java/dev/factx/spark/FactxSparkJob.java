package dev.factx.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.SerializableConfiguration;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * factx on Spark: reads the corpus with the CLI's readers, extracts every document with the
 * CLI's {@link dev.factx.extract.Extractor} (one per executor JVM), and writes the CLI's JSON
 * Lines, error records included, in input order; or the same records as Parquet.
 */
public final class FactxSparkJob {
    /**
     * Minutes of work per task at a few documents a second: scheduling and shuffle costs
     * vanish, and a lost task redoes little. Never fewer than two tasks per core, to even out.
     */
    static final int DOCUMENTS_PER_PARTITION = 500;
    private static final int USAGE_ERROR = 2;

    private FactxSparkJob() {
    }

    public static void main(String[] args) {
        JobArgs jobArgs;
        try {
            jobArgs = JobArgs.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("factx-spark: " + e.getMessage());
            System.err.println(JobArgs.USAGE);
            System.exit(USAGE_ERROR);
            return;
        }
        long began = System.nanoTime();
        SparkSession spark = SparkSession.builder().appName("factx").getOrCreate();
        // Start-up is part of the cost of a small corpus: say what it was.
        System.err.printf("factx-spark: Spark started in %.1f s%n", (System.nanoTime() - began) / 1e9);
        try {
            System.err.println(run(spark, jobArgs).summary(jobArgs.output()));
        } finally {
            spark.stop();
        }
    }

    public static JobResult run(SparkSession spark, JobArgs args) {
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(args, "args");
        long began = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<SerializableConfiguration> conf =
                jsc.broadcast(new SerializableConfiguration(jsc.hadoopConfiguration()));
        List<SourceFile> files = SourceFiles.expand(args.inputs(), jsc.hadoopConfiguration());
        List<Tuple2<Integer, SourceFile>> indexed = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            indexed.add(new Tuple2<>(i, files.get(i)));
        }
        // Reading is cheap next to extraction: a few slices of files, then balanced by the sort.
        int readSlices = Math.max(1, Math.min(files.size(), 4 * jsc.defaultParallelism()));
        JavaPairRDD<Long, WireDocument> documents = jsc.parallelize(indexed, readSlices)
                .flatMapToPair(new ReadFiles(args, conf))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        long count = documents.count();
        int partitions = args.partitions() > 0 ? args.partitions()
                : (int) Math.max(2L * jsc.defaultParallelism(), (count + DOCUMENTS_PER_PARTITION - 1) / DOCUMENTS_PER_PARTITION);
        LongAccumulator written = jsc.sc().longAccumulator("documents");
        LongAccumulator failed = jsc.sc().longAccumulator("failed documents");
        JavaRDD<String> lines = documents.sortByKey(true, partitions).values()
                .mapPartitions(new ExtractPartition(written, failed));
        write(spark, lines, args);
        documents.unpersist(false);
        return new JobResult(written.value(), failed.value(), partitions, (System.nanoTime() - began) / 1e9);
    }

    private static void write(SparkSession spark, JavaRDD<String> lines, JobArgs args) {
        Dataset<String> json = spark.createDataset(lines.rdd(), Encoders.STRING());
        if (args.format() == JobArgs.OutputFormat.JSONL) {
            json.write().text(args.output());
            return;
        }
        // Parquet needs the schema first, read from the lines themselves: keep them, so that
        // inferring it and writing do not extract twice.
        json.persist(StorageLevel.MEMORY_AND_DISK());
        spark.read().json(json).write().parquet(args.output());
        json.unpersist(false);
    }
}
