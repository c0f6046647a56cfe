package app.colloquy.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.colloquy.account.Account;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.NotFoundException;
import app.colloquy.testsupport.IntegrationTest;
import app.colloquy.testsupport.TestAccounts;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class LibraryServiceTest {

    @Autowired
    LibraryService library;

    @Autowired
    ReadingService readings;

    @Autowired
    ClassroomService classrooms;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    Account owner;
    long readingId;

    @BeforeEach
    void setUp() {
        owner = accounts.createTeacher("owner");
        readingId = accounts.as(
                owner,
                () -> library.importReading(new NewReading(
                        "The Federalist No. 51",
                        "Madison, 1788",
                        "How the structure of government checks power.",
                        List.of(
                                new NewReading.NewLesson(
                                        "Separate departments",
                                        "To what expedient, then, shall we finally resort?",
                                        List.of("What is the \"expedient\" Madison proposes?")),
                                new NewReading.NewLesson(
                                        "Ambition counteracts ambition",
                                        "But the great security against a gradual "
                                                + "concentration of the several powers...",
                                        List.of()),
                                new NewReading.NewLesson(
                                        "The compound republic",
                                        "In the compound republic of America...",
                                        List.of())))));
    }

    @Test
    void onlyTeachersImportReadings() {
        Account student = accounts.create("student");
        assertThatThrownBy(() -> accounts.as(
                        student,
                        () -> library.importReading(new NewReading(
                                "T", null, "", List.of(new NewReading.NewLesson("L", "Text.", List.of()))))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.as(student, () -> library.proposeSplit("Some text")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void emptyOrOversizeTextIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> accounts.as(owner, () -> library.proposeSplit("   ")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Paste the article");
        String huge = "word ".repeat(ReadingLimits.MAX_TEXT_BYTES / 5 + 10);
        assertThatThrownBy(() -> accounts.as(owner, () -> library.proposeSplit(huge)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("1 MB");
    }

    @Test
    void aReadingSaysItsLanguageWhichItsEditorCanChange() {
        long spanish = accounts.as(
                owner,
                () -> library.importReading(new NewReading(
                        "Cumbres",
                        null,
                        "",
                        List.of(new NewReading.NewLesson("Primera parte", "El texto.", List.of())),
                        "es")));
        assertThat(accounts.as(owner, () -> library.readingForEditing(spanish)).language())
                .isEqualTo("es");
        assertThat(accounts.as(owner, () -> library.readingForEditing(readingId))
                        .language())
                .as("readings imported without a language are English")
                .isEqualTo("en");

        accounts.as(owner, () -> {
            library.changeReadingLanguage(spanish, "pt-BR");
            return null;
        });
        assertThat(accounts.as(owner, () -> library.readingForEditing(spanish)).language())
                .isEqualTo("pt-BR");
        assertThatThrownBy(() -> accounts.as(owner, () -> {
                    library.changeReadingLanguage(spanish, "klingon");
                    return null;
                }))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Choose the language the text is written in.");
    }

    @Test
    void theLibraryListsTheOwnersReadingsOnly() {
        Account other = accounts.createTeacher("other");

        assertThat(accounts.as(owner, () -> library.myReadings()))
                .extracting(ReadingSummary::title)
                .containsExactly("The Federalist No. 51");
        assertThat(accounts.as(other, () -> library.myReadings())).isEmpty();
        assertThat(accounts.as(owner, () -> library.myReadings()).getFirst().lessonCount())
                .isEqualTo(3);
    }

    @Test
    void editingALessonsTextMakesANewVersionAndKeepsTheOldOne() {
        long lessonId = lesson(0).id();

        var saved = accounts.as(
                owner, () -> library.updateLesson(lessonId, 1, "Separate departments", "A corrected text."));
        var sameAgain = accounts.as(
                owner, () -> library.updateLesson(lessonId, saved.revision(), "Renamed only", "A corrected text."));

        assertThat(saved.textVersion()).isEqualTo(2);
        assertThat(sameAgain.textVersion())
                .as("a title change alone keeps the text version")
                .isEqualTo(2);
        assertThat(sameAgain.revision()).as("but it is a new revision").isEqualTo(3);
        assertThat(jdbc.sql("select body from lesson_version where lesson_id = :id order by version")
                        .param("id", lessonId)
                        .query(String.class)
                        .list())
                .containsExactly("To what expedient, then, shall we finally resort?", "A corrected text.");
        assertThat(lesson(0).title()).isEqualTo("Renamed only");
    }

    @Test
    void aStaleEditorIsToldTheLessonChangedAndOverwritesNothing() {
        long lessonId = lesson(0).id();
        int loaded = lesson(0).revision();
        accounts.as(
                owner, () -> library.updateLesson(lessonId, loaded, "Separate departments", "Saved in the other tab."));

        assertThatThrownBy(() ->
                        accounts.as(owner, () -> library.updateLesson(lessonId, loaded, "Stale title", "Stale text.")))
                .isInstanceOf(LessonChangedException.class)
                .hasMessageContaining("changed since you opened it");
        assertThat(lesson(0).body()).isEqualTo("Saved in the other tab.");
        assertThat(lesson(0).title()).isEqualTo("Separate departments");
    }

    @Test
    void twoSimultaneousSavesOfOneLessonEndInOneSaveAndOneClearRefusal() throws Exception {
        long lessonId = lesson(0).id();
        int loaded = lesson(0).revision();
        CyclicBarrier together = new CyclicBarrier(2);
        List<Object> outcomes = new CopyOnWriteArrayList<>();
        try (ExecutorService editors = Executors.newFixedThreadPool(2)) {
            for (String text : List.of("Text from the owner's laptop.", "Text from the owner's tablet.")) {
                editors.submit(() -> {
                    together.await();
                    try {
                        outcomes.add(accounts.as(owner, () -> library.updateLesson(lessonId, loaded, "Title", text)));
                    } catch (RuntimeException e) {
                        outcomes.add(e);
                    }
                    return null;
                });
            }
        }

        assertThat(outcomes).hasSize(2);
        assertThat(outcomes)
                .filteredOn(LibraryService.SavedLesson.class::isInstance)
                .hasSize(1);
        assertThat(outcomes)
                .filteredOn(o -> !(o instanceof LibraryService.SavedLesson))
                .singleElement()
                .isInstanceOf(LessonChangedException.class);
        assertThat(jdbc.sql("select count(*) from lesson_version where lesson_id = :id")
                        .param("id", lessonId)
                        .query(Integer.class)
                        .single())
                .as("the original and one new version")
                .isEqualTo(2);
    }

    @Test
    void lessonsAndPromptsCanBeReordered() {
        long second = lesson(1).id();
        accounts.as(owner, () -> {
            library.moveLesson(second, -1);
            library.addPrompt(second, "Why must ambition counteract ambition?", true);
            library.addPrompt(second, "Is Madison's view of human nature too dark?", false);
            return null;
        });
        ReadingDraft draft = accounts.as(owner, () -> library.readingForEditing(readingId));
        assertThat(draft.lessons())
                .extracting(ReadingDraft.Lesson::title)
                .containsExactly("Ambition counteracts ambition", "Separate departments", "The compound republic");
        List<Prompt> prompts = draft.lessons().getFirst().prompts();
        assertThat(prompts.getFirst().answerBeforePeers()).isTrue();

        accounts.as(owner, () -> {
            library.movePrompt(prompts.get(1).id(), -1);
            library.deletePrompt(prompts.getFirst().id());
            return null;
        });
        assertThat(accounts.as(owner, () -> library.readingForEditing(readingId))
                        .lessons()
                        .getFirst()
                        .prompts())
                .extracting(Prompt::question, Prompt::position)
                .containsExactly(Tuple.tuple("Is Madison's view of human nature too dark?", 1));
    }

    @Test
    void onlyTheOwnerAndTheTeachersOfAnAssignedClassEdit() {
        Account coTeacher = accounts.createTeacher("coteacher");
        Account otherTeacher = accounts.createTeacher("other");
        Account student = accounts.create("student");
        long classId = accounts.createClass(owner, "Government", student);
        long lessonId = lesson(0).id();

        assertThatThrownBy(() -> accounts.as(coTeacher, () -> library.readingForEditing(readingId)))
                .isInstanceOf(NotFoundException.class);
        accounts.addCoTeacher(classId, owner, coTeacher);
        accounts.as(owner, () -> readings.assign(classId, readingId, null, null));

        assertThat(accounts.as(
                                coTeacher,
                                () -> library.updateLesson(lessonId, 1, "Edited by a co-teacher", "New text."))
                        .textVersion())
                .isEqualTo(2);
        for (Account outsider : List.of(otherTeacher, student)) {
            assertThatThrownBy(() -> accounts.as(outsider, () -> library.updateLesson(lessonId, 2, "X", "Y")))
                    .isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> accounts.as(coTeacher, () -> library.deleteReading(readingId)))
                .as("only the owner deletes")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aReadingNobodyWorkedOnIsDeletedOneStudentsOpenedIsArchived() {
        assertThat(accounts.as(owner, () -> library.deleteReading(readingId)))
                .isEqualTo(LibraryService.Removal.DELETED);
        assertThat(jdbc.sql("select count(*) from reading where id = :id")
                        .param("id", readingId)
                        .query(Long.class)
                        .single())
                .isZero();

        Account student = accounts.create("student");
        long classId = accounts.createClass(owner, "Government", student);
        long used = accounts.as(
                owner,
                () -> library.importReading(new NewReading(
                        "Used reading",
                        null,
                        "",
                        List.of(new NewReading.NewLesson("Only lesson", "Some text.", List.of())))));
        accounts.as(owner, () -> readings.assign(classId, used, null, null));
        long lessonId = accounts.as(owner, () -> library.readingForEditing(used))
                .lessons()
                .getFirst()
                .id();
        accounts.as(student, () -> readings.openLesson(classId, lessonId));

        assertThat(accounts.as(owner, () -> library.deleteReading(used))).isEqualTo(LibraryService.Removal.ARCHIVED);
        assertThat(accounts.as(owner, () -> library.myReadings()))
                .extracting(ReadingSummary::id)
                .doesNotContain(used);
        assertThat(accounts.as(student, () -> readings.openLesson(classId, lessonId))
                        .title())
                .as("students' class keeps the lesson")
                .isEqualTo("Only lesson");
    }

    private ReadingDraft.Lesson lesson(int index) {
        return accounts.as(owner, () -> library.readingForEditing(readingId))
                .lessons()
                .get(index);
    }
}
