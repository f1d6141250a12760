package dev.factx.spark;

import dev.factx.facts.ErrorRecord;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.util.LongAccumulator;

import java.util.Iterator;

/** Extracts a partition's documents on this executor's one extractor, as JSON lines. */
final class ExtractPartition implements FlatMapFunction<Iterator<WireDocument>, String> {
    private final LongAccumulator documents;
    private final LongAccumulator failed;

    ExtractPartition(LongAccumulator documents, LongAccumulator failed) {
        this.documents = documents;
        this.failed = failed;
    }

    @Override
    public Iterator<String> call(Iterator<WireDocument> docs) {
        return Iterators.map(docs, doc -> {
            Object record = Records.of(doc.toInput(), ExtractorHolder::get);
            documents.add(1);
            if (record instanceof ErrorRecord) {
                failed.add(1);
            }
            return Records.line(record);
        });
    }
}
