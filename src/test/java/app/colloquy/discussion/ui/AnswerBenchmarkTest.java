package app.colloquy.discussion.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import app.colloquy.account.Account;
import app.colloquy.discussion.AnswerService;
import app.colloquy.discussion.DiscussionService;
import app.colloquy.discussion.NewAnnotation;
import app.colloquy.discussion.Selection;
import app.colloquy.discussion.Visibility;
import app.colloquy.reading.Prompt;
import app.colloquy.reading.ReadingDraft;
import app.colloquy.testsupport.BenchmarkReport;
import app.colloquy.testsupport.BrowserlessTest;
import app.colloquy.testsupport.StatementCounting;
import app.colloquy.testsupport.StoredIds;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Prompt answers at class size: saving a draft (one small write, however long the answer's
 * history), and the teacher's and a student's lesson screen with every answer, its evidence and
 * replies, for classes of 10 and 40 (the statement count must not grow with the class). Run with
 * {@code mvn -Pbenchmark verify}; results go to docs/performance.md.
 */
@Tag("benchmark")
@Import(StatementCounting.class)
class AnswerBenchmarkTest extends BrowserlessTest {

    static final int ROUNDS = 50;
    static final String TEXT =
            ("Liberty is to faction what air is to fire, an aliment without which it instantly expires. ")
                    .repeat(30)
                    .strip();
    static final List<String> PROMPTS = List.of("Is faction avoidable?", "What does Madison propose?", "Do you agree?");

    @Autowired
    AnswerService answers;

    @Autowired
    DiscussionService discussion;

    @Test
    void measureAnswersAtClassSize() throws Exception {
        Map<String, String> results = new LinkedHashMap<>();
        for (int size : new int[] {10, 40}) {
            measureClass(size, results);
        }
        write(results);
    }

    private void measureClass(int size, Map<String, String> results) {
        Account teacher = accounts.createTeacher("bench-teacher");
        List<Account> students = IntStream.range(0, size)
                .mapToObj(i -> accounts.create("bench-student"))
                .toList();
        long classId = accounts.createClass(teacher, "Class of " + size, students.toArray(Account[]::new));
        ReadingDraft.Lesson lesson = testReadings
                .lessonIn(classId, teacher)
                .titled("Federalist No. 10", "Faction")
                .text(TEXT)
                .prompts(PROMPTS)
                .assign()
                .lesson();
        for (Account student : students) {
            accounts.as(student, () -> {
                for (Prompt prompt : lesson.prompts()) {
                    for (int version = 0; version < 3; version++) {
                        answers.submit(
                                classId,
                                prompt.id(),
                                "An answer of a few sentences, version " + version + ". ".repeat(1)
                                        + "Madison writes that the causes of faction are sown in the nature of man.");
                    }
                    int at = (int) (student.id() % 40) * 60;
                    Selection words =
                            discussion.select(classId, lesson.id(), 1, at, at + 20, TEXT.substring(at, at + 20));
                    long highlight = discussion.annotate(
                            classId,
                            lesson.id(),
                            new NewAnnotation(
                                    words.textVersion(),
                                    words.start(),
                                    words.end(),
                                    words.quote(),
                                    "",
                                    null,
                                    Visibility.PRIVATE));
                    answers.cite(classId, prompt.id(), highlight);
                }
                return null;
            });
        }
        long firstPrompt = lesson.prompts().getFirst().id();
        long someAnswer = answerIdOf(classId, firstPrompt, students.get(1));
        accounts.as(students.get(2), () -> answers.reply(someAnswer, "A reply to a classmate."));
        String route = "classes/" + classId + "/lessons/" + lesson.id();

        Account writer = students.getFirst();
        accounts.signIn(writer);
        int[] revision = {
            answers.lessonPrompts(classId, lesson.id()).getFirst().mine().draftRevision()
        };
        long writesBefore = StatementCounting.WRITES.get();
        String draftRow = BenchmarkReport.timed(
                ROUNDS,
                () -> revision[0] = answers.saveDraft(
                                classId,
                                firstPrompt,
                                "A draft that grows a little each time. ".repeat(revision[0] % 50 + 1),
                                revision[0])
                        .revision());
        long writesPerSave = (StatementCounting.WRITES.get() - writesBefore) / (ROUNDS + 5);
        assertThat(writesPerSave).isEqualTo(1);
        results.put(
                "save a draft (3 versions submitted before), class of " + size + "; writes per save: " + writesPerSave,
                draftRow);
        results.put(
                "student's lesson screen (view), answers submitted, class of " + size,
                BenchmarkReport.timed(ROUNDS, () -> UI.getCurrent().navigate(route)));
        results.put(
                "student's lesson screen, then one prompt's classmates' answers opened (view), class of " + size,
                BenchmarkReport.timed(ROUNDS, () -> {
                    UI.getCurrent().navigate(route);
                    _find(Details.class, spec -> spec.withClasses("classmates-details"))
                            .getFirst()
                            .setOpened(true);
                }));

        accounts.signIn(teacher);
        results.put(
                "teacher's answers to one prompt (service), class of " + size,
                BenchmarkReport.timed(ROUNDS, () -> answers.studentAnswers(classId, firstPrompt)));
        results.put(
                "teacher's lesson screen (view), 3 prompts with their counts, class of " + size,
                BenchmarkReport.timed(ROUNDS, () -> UI.getCurrent().navigate(route)));
        results.put(
                "teacher's lesson screen, then one prompt's answers opened (view), class of " + size,
                BenchmarkReport.timed(ROUNDS, () -> {
                    UI.getCurrent().navigate(route);
                    _find(Details.class, spec -> spec.withClasses("teacher-answers"))
                            .getFirst()
                            .setOpened(true);
                }));
        assertThat(_find(TextArea.class))
                .filteredOn(field -> field.getLabel().startsWith("Feedback for "))
                .as("one opened prompt: a feedback field per student")
                .hasSize(size);
        assertThat(answers.studentAnswers(classId, firstPrompt))
                .hasSize(size)
                .allSatisfy(s -> assertThat(s.evidence()).hasSize(1));
    }

    @Autowired
    StoredIds ids;

    private long answerIdOf(long classId, long promptId, Account author) {
        return ids.answer(classId, promptId, author.id());
    }

    private static void write(Map<String, String> results) throws Exception {
        StringBuilder doc = new StringBuilder("""
                ## Prompt answers at class size

                Measured by `AnswerBenchmarkTest` on this project's machine (2 cores), embedded PostgreSQL 17,
                warm JVM: one lesson with 3 prompts; every student submitted 3 versions of each answer and cited a
                highlight in each. %d rounds after 5 warm-up calls; times in milliseconds; "statements" counts the
                SQL statements one call sends, access checks included. Last run: %s.

                | call | median | p95 | max | statements |
                |---|---:|---:|---:|---:|
                """.formatted(ROUNDS, LocalDate.now()));
        results.forEach((name, row) ->
                doc.append("| ").append(name).append(" | ").append(row).append(" |\n"));
        doc.append("""

                A draft save is one statement that writes (update in place, or insert on the first save); the
                others are the access checks (enrolment, lesson, class). Submitted versions live in their own
                table, so their number does not change the cost of a save. The screens send the same number
                of statements for 10 and for 40 students: answers, evidence, replies and helpful marks are
                each read in one query per screen (per prompt for the teacher), never per student.
                """);
        BenchmarkReport.writeSection("prompt-answers", doc.toString());
    }
}
