package dev.factx.batch;

import dev.factx.facts.DocumentFacts;
import dev.factx.facts.ErrorRecord;
import dev.factx.facts.Stats;
import dev.factx.input.Document;
import dev.factx.input.DocumentException;
import dev.factx.input.Input;
import dev.factx.input.InputFormat;
import dev.factx.input.Inputs;
import dev.factx.input.ReadOptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The runner's threading, order and error handling, on a fake extractor: no NLP needed. */
class BatchRunnerTest {
    private static final List<String> HEADLINES = List.of(
            "Fed raises rates by a quarter point", "Storm Ciara grounds flights across Europe",
            "Tesla opens its Shanghai factory", "Japan's parliament approves the budget",
            "Chile votes to rewrite its constitution", "Airbus cuts 15,000 jobs",
            "India bans 59 Chinese apps", "Ethiopia fills the Nile dam");

    /** Counts words as tokens; remembers how many run at once. */
    private static final class FakeExtractor implements Function<Document, DocumentFacts> {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();

        @Override
        public DocumentFacts apply(Document doc) {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                if (doc.text().startsWith("Reactor may explode")) {
                    throw new IllegalStateException("tagger crashed");
                }
                if (doc.text().startsWith("Talks hang")) {
                    new CountDownLatch(1).await();
                }
                // Earlier documents take longer, so they finish after later ones.
                Thread.sleep(Math.max(0, 40 - Integer.parseInt(doc.id().substring(1))));
                return facts(doc);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("stopped", e);
            } finally {
                running.decrementAndGet();
            }
        }
    }

    private static DocumentFacts facts(Document doc) {
        return new DocumentFacts(DocumentFacts.SCHEMA, doc.id(), doc.source(), null, null, null,
                new Stats(doc.text().length(), 1, doc.text().split(" ").length), null, List.of(), null, null);
    }

    private static Input doc(int n, String text) {
        return Input.of(new Document("d" + n, "news/d" + n + ".txt", text, null, null, null));
    }

    private static Input headline(int n) {
        return doc(n, HEADLINES.get(n % HEADLINES.size()));
    }

    private static Input unreadable(int n) {
        return Input.failed("d" + n, "news/d" + n + ".txt", new DocumentException("invalid-utf8", "not valid UTF-8 text"));
    }

    private static BatchRunner runner(FakeExtractor fake, int threads, Duration timeout) {
        return new BatchRunner(() -> fake, threads, BatchListener.NONE, timeout);
    }

    private static List<Object> run(BatchRunner runner, List<Input> inputs, boolean failFast) {
        List<Object> out = new ArrayList<>();
        runner.run(inputs.iterator(), out::add, failFast);
        return out;
    }

    private static String idOf(Object record) {
        return record instanceof ErrorRecord e ? e.id() + ":" + e.error().type() : ((DocumentFacts) record).id();
    }

    @Test
    void outputOrderIsInputOrderUnderFourThreads() {
        FakeExtractor fake = new FakeExtractor();
        List<Input> inputs = IntStream.range(0, 40).mapToObj(BatchRunnerTest::headline).toList();
        List<Object> out = run(runner(fake, 4, null), inputs, false);
        assertThat(out).extracting(BatchRunnerTest::idOf)
                .containsExactlyElementsOf(IntStream.range(0, 40).mapToObj(i -> "d" + i).toList());
        assertThat(fake.mostAtOnce.get()).isBetween(1, 4);
    }

    @Test
    void aFailedDocumentIsAnErrorRecordInItsPlaceAndTheOthersAreExtracted() {
        List<Input> inputs = List.of(headline(0), unreadable(1), doc(2, "Reactor may explode, officials warn"), headline(3));
        List<ErrorRecord> failures = new ArrayList<>();
        BatchRunner runner = new BatchRunner(FakeExtractor::new, 2, new BatchListener() {
            @Override
            public void failed(ErrorRecord record) {
                failures.add(record);
            }
        }, null);
        List<Object> out = new ArrayList<>();
        BatchResult result = runner.run(inputs.iterator(), out::add, false);
        assertThat(out).extracting(BatchRunnerTest::idOf)
                .containsExactly("d0", "d1:invalid-utf8", "d2:internal", "d3");
        assertThat(failures).containsExactly(
                new ErrorRecord("d1", "news/d1.txt", "invalid-utf8", "not valid UTF-8 text"),
                new ErrorRecord("d2", "news/d2.txt", "internal", "extraction failed: "
                        + "java.lang.IllegalStateException: tagger crashed; please report this with the input"));
        assertThat(result).isEqualTo(new BatchResult(2, 2, result.tokens(), result.seconds()));
        assertThat(result.tokens()).isEqualTo(7 + 5);
    }

    @Test
    void aDocumentWhoseExtractionThrowsHandsItsCauseToTheListenerForAStackTrace() {
        List<Input> inputs = List.of(unreadable(0), doc(1, "Reactor may explode, officials warn"));
        List<String> heard = new ArrayList<>();
        BatchRunner runner = new BatchRunner(FakeExtractor::new, 1, new BatchListener() {
            @Override
            public void failed(ErrorRecord record) {
                heard.add("failed " + record.id());
            }

            @Override
            public void crashed(ErrorRecord record, Throwable cause) {
                heard.add("crashed " + record.id() + ": " + cause.getMessage());
            }
        }, null);
        runner.run(inputs.iterator(), record -> { }, false);
        assertThat(heard).containsExactly("failed d0", "crashed d1: tagger crashed");
    }

    @Test
    void failFastStopsAtTheFirstFailure() {
        List<Input> inputs = List.of(headline(0), unreadable(1), headline(2), headline(3));
        List<Object> out = run(runner(new FakeExtractor(), 2, null), inputs, true);
        assertThat(out).extracting(BatchRunnerTest::idOf).containsExactly("d0", "d1:invalid-utf8");
    }

    @Test
    void aDocumentThatHangsTimesOutAndTheBatchGoesOn() {
        List<Input> inputs = List.of(headline(0), doc(1, "Talks hang in the balance"), headline(2));
        List<Object> out = run(runner(new FakeExtractor(), 2, Duration.ofSeconds(1)), inputs, false);
        assertThat(out).extracting(BatchRunnerTest::idOf).containsExactly("d0", "d1:timeout", "d2");
        assertThat(((ErrorRecord) out.get(1)).error().message()).isEqualTo("extraction took longer than "
                + "--doc-timeout 1 s and was stopped; raise --doc-timeout to extract it anyway");
    }

    @Test
    void modelsAreNotLoadedWhenNoDocumentNeedsThem() {
        BatchRunner runner = new BatchRunner(() -> {
            throw new AssertionError("loaded the models");
        }, 2, BatchListener.NONE, null);
        List<Object> out = new ArrayList<>();
        BatchResult result = runner.run(List.of(unreadable(0), unreadable(1)).iterator(), out::add, false);
        assertThat(result.failed()).isEqualTo(2);
    }

    @Test
    void modelsThatCannotLoadFailTheRun() {
        BatchRunner runner = new BatchRunner(() -> {
            throw new IllegalStateException("edu/stanford/nlp/models/ner missing");
        }, 2, BatchListener.NONE, null);
        Iterator<Input> inputs = List.of(headline(0)).iterator();
        assertThatThrownBy(() -> runner.run(inputs, record -> { }, false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("models/ner missing");
    }

    @Test
    void stdinIsStreamedResultsComeOutBeforeTheInputEnds() throws IOException, InterruptedException {
        PipedOutputStream feed = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(feed);
        Iterator<Input> inputs = Inputs.open(List.of("-"), stdin, ReadOptions.defaults().withFormat(InputFormat.JSONL));
        BlockingQueue<String> results = new LinkedBlockingQueue<>();
        Thread running = new Thread(() -> runner(new FakeExtractor(), 2, null)
                .run(inputs, record -> results.add(idOf(record)), false));
        running.start();

        feed.write("{\"id\": \"d1\", \"text\": \"Fed raises rates by a quarter point\"}\n".getBytes(StandardCharsets.UTF_8));
        feed.flush();
        // The first result arrives while stdin is still open: this blocks until it does.
        String first = results.poll(60, TimeUnit.SECONDS);
        feed.write("{\"id\": \"d2\", \"text\": \"Airbus cuts 15,000 jobs\"}\n".getBytes(StandardCharsets.UTF_8));
        feed.close();
        running.join();

        assertThat(first).isEqualTo("d1");
        assertThat(results).containsExactly("d2");
    }
}
