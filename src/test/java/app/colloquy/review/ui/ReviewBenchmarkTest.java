package app.colloquy.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.colloquy.account.Account;
import app.colloquy.discussion.AnswerService;
import app.colloquy.discussion.DiscussionService;
import app.colloquy.discussion.NewAnnotation;
import app.colloquy.discussion.Selection;
import app.colloquy.discussion.Visibility;
import app.colloquy.reading.ReadingDraft;
import app.colloquy.reading.ReadingService;
import app.colloquy.review.LessonReview;
import app.colloquy.review.ParticipationSort;
import app.colloquy.review.ReviewFilter;
import app.colloquy.review.ReviewService;
import app.colloquy.testsupport.BenchmarkReport;
import app.colloquy.testsupport.BrowserlessTest;
import app.colloquy.testsupport.StatementCounting;
import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A teacher's review of a class of 40 with 5,000 annotations on one lesson: the review screen and
 * service with their statement counts, a participation page, and both exports (time, size, and the
 * heap they leave behind). Run with {@code mvn -Pbenchmark verify}; results go to docs/performance.md.
 */
@Tag("benchmark")
@Import(StatementCounting.class)
class ReviewBenchmarkTest extends BrowserlessTest {

    static final int STUDENTS = 40;
    static final int ANNOTATIONS = 5000;
    static final int REPLIES = 1000;
    static final int ROUNDS = 30;
    static final String BODY =
            (("A paragraph of a lesson that a whole class annotates, with enough words in it to choose from. ")
                                    .repeat(8)
                                    .strip()
                            + "\n\n")
                    .repeat(25);

    @Autowired
    ReadingService readings;

    @Autowired
    DiscussionService discussion;

    @Autowired
    AnswerService answers;

    @Autowired
    ReviewService review;

    @Test
    void measureTheReviewOfABusyClass() throws Exception {
        Account teacher = accounts.createTeacher("bench-teacher");
        List<Account> students = IntStream.range(0, STUDENTS)
                .mapToObj(i -> accounts.create("bench-student"))
                .toList();
        long classId = accounts.createClass(teacher, "Busy class", students.toArray(Account[]::new));
        ReadingDraft.Lesson lesson = testReadings
                .lessonIn(classId, teacher)
                .titled("Busy reading", "Busy lesson")
                .text(BODY)
                .prompts("Why?", "How?")
                .assign()
                .lesson();
        long lessonId = lesson.id();
        var tags = accounts.as(teacher, () -> discussion.tags(classId));
        Random random = new Random(11);
        long[] notes = new long[ANNOTATIONS];
        for (int i = 0; i < ANNOTATIONS; i++) {
            Account author = students.get(random.nextInt(STUDENTS));
            Long tag = random.nextInt(3) == 0
                    ? null
                    : tags.get(random.nextInt(tags.size())).id();
            notes[i] = accounts.as(author, () -> post(classId, lessonId, random, tag));
        }
        for (int i = 0; i < REPLIES; i++) {
            long note = notes[random.nextInt(ANNOTATIONS)];
            accounts.as(students.get(random.nextInt(STUDENTS)), () -> discussion.reply(note, "A reply."));
        }
        for (Account student : students.subList(0, 30)) {
            accounts.as(
                    student,
                    () -> answers.submit(classId, lesson.prompts().getFirst().id(), "An answer."));
        }
        long assignmentId = accounts.as(teacher, () -> readings.assignmentsForClass(classId))
                .getFirst()
                .assignmentId();
        accounts.signIn(teacher);
        String route = "classes/" + classId + "/lessons/" + lessonId + "/review";

        Map<String, String> results = new LinkedHashMap<>();
        results.put(
                "review of the lesson (service): heat, threads, needs attention, activity",
                BenchmarkReport.timed(
                        ROUNDS, () -> review.lessonReview(classId, lessonId, ReviewFilter.NONE, ZoneOffset.UTC)));
        results.put(
                "review screen (view, browserless)",
                BenchmarkReport.timed(ROUNDS, () -> UI.getCurrent().navigate(route)));
        results.put(
                "participation, first page of 50, sorted by notes (service)",
                BenchmarkReport.timed(
                        ROUNDS,
                        () -> review.participation(classId, assignmentId, ParticipationSort.ANNOTATIONS, true, 0, 50)));
        results.put(
                "participation CSV export of the class", export(() -> review.writeParticipationCsv(classId, sink())));
        results.put(
                "annotations JSON-LD export of the lesson (6,000 annotations)",
                export(() -> review.writeAnnotationsJsonLd(classId, lessonId, "https://colloquy.example", sink())));
        LessonReview glance = review.lessonReview(classId, lessonId, ReviewFilter.NONE, ZoneOffset.UTC);
        assertThat(glance.threads()).hasSizeGreaterThan(ANNOTATIONS * 9 / 10);
        write(results);
    }

    private long post(long classId, long lessonId, Random random, Long tag) {
        int start = random.nextInt(BODY.length() - 80);
        int end = start + 10 + random.nextInt(60);
        Selection selection = discussion.select(classId, lessonId, 1, start, end, BODY.substring(start, end));
        return discussion.annotate(
                classId,
                lessonId,
                new NewAnnotation(
                        1,
                        selection.start(),
                        selection.end(),
                        selection.quote(),
                        "A note on these words.",
                        tag,
                        Visibility.CLASS));
    }

    /** Counts what an export writes without keeping it, like a browser receiving the download. */
    private static final class CountingSink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    private CountingSink lastSink;

    private OutputStream sink() {
        lastSink = new CountingSink();
        return lastSink;
    }

    interface Export {
        void run() throws IOException;
    }

    /** Median time over 10 runs, the size written, and the statements of one run. */
    private String export(Export export) {
        String row = BenchmarkReport.timed(10, () -> {
            try {
                export.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return row + " (" + String.format("%,d", lastSink.bytes) + " bytes)";
    }

    private static void write(Map<String, String> results) throws Exception {
        StringBuilder doc = new StringBuilder("""
                ## Teacher review: a class of 40 with 5,000 annotations on one lesson

                Measured by `ReviewBenchmarkTest` on this project's machine (2 cores), embedded PostgreSQL 17,
                warm JVM: %d students, %,d annotations and %,d replies on one lesson, 30 answers. Times in
                milliseconds after 5 warm-up calls; "statements" counts the SQL statements of one call (access
                checks included), the same whatever the number of students or notes. Last run: %s.

                | call | median | p95 | max | statements |
                |---|---:|---:|---:|---:|
                """.formatted(STUDENTS, ANNOTATIONS, REPLIES, LocalDate.now()));
        results.forEach((name, row) ->
                doc.append("| ").append(name).append(" | ").append(row).append(" |\n"));
        doc.append("""

                Exports stream: rows come from PostgreSQL through a cursor (fetch size 500, inside a
                repeatable-read transaction so counts and rows agree) and go straight to the response through
                Commons CSV or a Jackson generator; nothing holds the whole file.
                """);
        BenchmarkReport.writeSection("teacher-review", doc.toString());
    }
}
