package dev.factx.spark;

import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.SerializableConfiguration;
import scala.Tuple2;

import java.util.Iterator;

/**
 * Reads one file of the corpus into its documents, each keyed by its place in the input
 * order (file index, then position in the file), so extraction can be balanced over many
 * partitions and the output still come out in the CLI's order.
 */
final class ReadFiles implements PairFlatMapFunction<Tuple2<Integer, SourceFile>, Long, WireDocument> {
    private final JobArgs args;
    private final Broadcast<SerializableConfiguration> conf;

    ReadFiles(JobArgs args, Broadcast<SerializableConfiguration> conf) {
        this.args = args;
        this.conf = conf;
    }

    @Override
    public Iterator<Tuple2<Long, WireDocument>> call(Tuple2<Integer, SourceFile> file) {
        long fileKey = (long) file._1() << 32;
        long[] position = {0};
        return Iterators.map(SourceReader.read(file._2(), args.readOptions(), conf.value().value()),
                input -> new Tuple2<>(fileKey | position[0]++, WireDocument.of(input)));
    }
}
