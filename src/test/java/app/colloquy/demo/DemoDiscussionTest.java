package app.colloquy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.colloquy.classroom.ClassroomService;
import app.colloquy.discussion.Discussion;
import app.colloquy.discussion.DiscussionService;
import app.colloquy.discussion.NoteThread;
import app.colloquy.reading.ReadingService;
import app.colloquy.testsupport.IntegrationTest;
import app.colloquy.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo class opens with a discussion under way, each note visible only to whom it should be. */
@IntegrationTest
class DemoDiscussionTest {

    @Autowired
    DiscussionService discussion;

    @Autowired
    ClassroomService classrooms;

    @Autowired
    ReadingService readings;

    @Autowired
    TestAccounts accounts;

    @Test
    void theFirstDemoLessonCarriesAnnotationsRepliesAndReactions() {
        Discussion forBen = firstLessonAs("student2");
        assertThat(forBen.threads()).extracting(t -> t.root().tag()).contains("Question", "Claim", "Evidence");
        NoteThread question = forBen.threads().stream()
                .filter(t -> "Question".equals(t.root().tag()))
                .findFirst()
                .orElseThrow();
        assertThat(question.root().authorName()).isEqualTo("Ada Okafor");
        assertThat(question.replies()).hasSize(2);
        assertThat(question.replies().getFirst().authorIsTeacher()).isTrue();
        assertThat(question.root().helpfulCount()).isPositive();
        assertThat(forBen.threads()).noneMatch(t -> t.root().quote().equals("G20 summit"));
        assertThat(firstLessonAs("student1").threads())
                .anyMatch(t -> t.root().quote().equals("G20 summit"));
    }

    private Discussion firstLessonAs(String login) {
        return accounts.as(login, () -> {
            long classId = classrooms.myClasses().stream()
                    .filter(c -> c.name().equals("Demo class"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            long lessonId = readings.assignmentsForClass(classId)
                    .getFirst()
                    .lessons()
                    .getFirst()
                    .lessonId();
            return discussion.discussion(classId, lessonId);
        });
    }
}
