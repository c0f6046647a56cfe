package app.colloquy.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.colloquy.account.Account;
import app.colloquy.account.AccountService;
import app.colloquy.account.NewAccount;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.reading.LibraryService;
import app.colloquy.reading.NewReading;
import app.colloquy.reading.ReadingDraft;
import app.colloquy.testsupport.IntegrationTest;
import app.colloquy.testsupport.TestAccounts;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * NUL and broken UTF-16 typed into any text field get a message for that field, never a database
 * error, and nothing is saved.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadTextEverywhereTest {

    @Autowired
    AccountService accountService;

    @Autowired
    ClassroomService classrooms;

    @Autowired
    LibraryService library;

    @Autowired
    TestAccounts accounts;

    Account teacher;
    Account student;
    long classId;
    ReadingDraft reading;

    @BeforeAll
    void createClassAndReading() {
        teacher = accounts.createTeacher("teacher");
        student = accounts.create("student");
        classId = accounts.createClass(teacher, "Period 4", student);
        long readingId = accounts.as(
                teacher,
                () -> library.importReading(new NewReading(
                        "Federalist 10",
                        null,
                        "",
                        List.of(new NewReading.NewLesson(
                                "Faction", "The latent causes of faction.", List.of("Why?"))))));
        reading = accounts.as(teacher, () -> library.readingForEditing(readingId));
    }

    record Entry(String name, String field, Function<String, Object> enter) {
        @Override
        public String toString() {
            return name;
        }
    }

    Stream<Arguments> entries() {
        long lessonId = reading.lessons().getFirst().id();
        long promptId = reading.lessons().getFirst().prompts().getFirst().id();
        return Stream.of(
                        new Entry(
                                "class name", "name", text -> asTeacher(() -> classrooms.createClassroom(text, null))),
                        new Entry(
                                "class term",
                                "term",
                                text -> asTeacher(() -> classrooms.createClassroom("Period 5", text))),
                        new Entry(
                                "display name",
                                "displayName",
                                text -> accounts.as(student, () -> accountService.changeDisplayName(text))),
                        new Entry(
                                "new account's name",
                                "displayName",
                                text -> accountService.registerStudent(
                                        new NewAccount("fresh-" + System.nanoTime(), text, "a long password here"))),
                        new Entry(
                                "join code",
                                "joinCode",
                                text -> accounts.as(student, () -> classrooms.joinWithCode(text, "10.3.3.3"))),
                        new Entry(
                                "pasted article",
                                "text",
                                text -> asTeacher(() -> library.proposeSplit("# Title\n\n" + text))),
                        new Entry(
                                "reading title",
                                "title",
                                text -> asTeacher(() -> library.importReading(new NewReading(
                                        text,
                                        null,
                                        "",
                                        List.of(new NewReading.NewLesson("One", "Body.", List.of())))))),
                        new Entry(
                                "source note",
                                "sourceNote",
                                text -> asTeacher(() -> library.importReading(new NewReading(
                                        "T", text, "", List.of(new NewReading.NewLesson("One", "Body.", List.of())))))),
                        new Entry(
                                "overview",
                                "overview",
                                text -> asTeacher(() -> library.importReading(new NewReading(
                                        "T",
                                        null,
                                        text,
                                        List.of(new NewReading.NewLesson("One", "Body.", List.of())))))),
                        new Entry(
                                "lesson text",
                                "body",
                                text -> asTeacher(() -> library.updateLesson(lessonId, 1, "Faction", text))),
                        new Entry(
                                "lesson title",
                                "lessonTitle",
                                text -> asTeacher(() -> library.updateLesson(lessonId, 1, text, "Body."))),
                        new Entry(
                                "prompt",
                                "question",
                                text -> asTeacher(() -> {
                                    library.updatePrompt(promptId, text, false);
                                    return null;
                                })))
                .flatMap(entry ->
                        Stream.of(Arguments.of(entry, "Ada\u0000Lovelace"), Arguments.of(entry, "owl \uD83E")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("entries")
    void badCharactersGetAMessageForTheirField(Entry entry, String text) {
        assertThatThrownBy(() -> entry.enter().apply(text)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(entry.field());
            assertThat(e.getMessage()).containsAnyOf("control character", "broken character");
        });
    }

    private <T> T asTeacher(Supplier<T> work) {
        return accounts.as(teacher, work);
    }
}
