package dev.factx.spark;

import dev.factx.input.InputFormat;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobArgsTest {

    @Test
    void readsInputsOutputAndOptions() {
        JobArgs args = JobArgs.parse("--format", "parquet", "--input-format", "jsonl", "--date-field", "published",
                "--date", "2019-07-04", "--partitions", "8", "hdfs://nn/corpus/*.jsonl", "local.jsonl", "s3a://b/out");

        assertThat(args.inputs()).containsExactly("hdfs://nn/corpus/*.jsonl", "local.jsonl");
        assertThat(args.output()).isEqualTo("s3a://b/out");
        assertThat(args.format()).isEqualTo(JobArgs.OutputFormat.PARQUET);
        assertThat(args.partitions()).isEqualTo(8);
        assertThat(args.readOptions().format()).isEqualTo(InputFormat.JSONL);
        assertThat(args.readOptions().dateField()).isEqualTo("published");
        assertThat(args.readOptions().date()).isEqualTo(LocalDate.of(2019, 7, 4));
    }

    @Test
    void defaultsAreTheClis() {
        JobArgs args = JobArgs.parse("in", "out");

        assertThat(args.format()).isEqualTo(JobArgs.OutputFormat.JSONL);
        assertThat(args.partitions()).isZero();
        assertThat(args.readOptions().format()).isNull();
        assertThat(args.readOptions().textField()).isEqualTo("text");
    }

    @Test
    void refusesBadArgumentsNamingThem() {
        assertThatThrownBy(() -> JobArgs.parse("only-one")).hasMessageContaining("OUTPUT");
        assertThatThrownBy(() -> JobArgs.parse("--format", "csv", "in", "out")).hasMessageContaining("--format");
        assertThatThrownBy(() -> JobArgs.parse("--partitions", "0", "in", "out")).hasMessageContaining("--partitions");
        assertThatThrownBy(() -> JobArgs.parse("--date", "4 July", "in", "out")).hasMessageContaining("--date");
        assertThatThrownBy(() -> JobArgs.parse("in", "out", "--date")).hasMessageContaining("--date needs a value");
        assertThatThrownBy(() -> JobArgs.parse("--text-field", " ", "in", "out")).hasMessageContaining("textField");
        assertThatThrownBy(() -> JobArgs.parse("--threads", "2", "in", "out")).hasMessageContaining("unknown option");
    }
}
