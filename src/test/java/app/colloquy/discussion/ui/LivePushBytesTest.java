package app.colloquy.discussion.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.colloquy.account.Account;
import app.colloquy.discussion.AnswerService;
import app.colloquy.discussion.DiscussionService;
import app.colloquy.discussion.NewAnnotation;
import app.colloquy.discussion.Selection;
import app.colloquy.discussion.Visibility;
import app.colloquy.testsupport.BrowserlessTest;
import app.colloquy.testsupport.TestReadings;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What one classmate's note or answer costs every open lesson screen: the message pushed to a
 * viewer holds that note's thread, not the discussion, so its size does not grow with the
 * discussion's; a submitted answer changes the classmates' count, not the viewer's own answer.
 */
class LivePushBytesTest extends BrowserlessTest {

    private static final String TEXT = "Rivers carry water to the sea, and the sea gives it back as rain. "
            .repeat(40)
            .strip();

    @Autowired
    DiscussionService discussion;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AnswerService answers;

    Account viewer;
    Account writer;
    long classId;
    long lessonId;
    Div activity;

    @Test
    void aPostPushesTheSameFewBytesWhetherTheDiscussionHasTwentyNotesOrFourHundred() {
        Account teacher = accounts.createTeacher("teacher");
        viewer = accounts.create("viewer");
        writer = accounts.create("writer");
        classId = accounts.createClass(teacher, "Busy class", viewer, writer);
        lessonId = testReadings.lessonIn(classId, teacher).text(TEXT).assign().lessonId();
        postNotes(20, "Earlier note");
        accounts.signIn(viewer);
        UI.getCurrent().navigate("classes/" + classId + "/lessons/" + lessonId);
        activity = _get(Div.class, spec -> spec.withClasses("discussion-activity"));
        // The earlier notes' own announcements may still be on their way to the new screen: let them pass.
        await().pollDelay(Duration.ofSeconds(1)).pollInSameThread().until(() -> {
            MockVaadin.runUIQueue();
            return true;
        });

        String small = pushedForOnePost("The first live note");
        activity.setText("");
        postNotes(380, "Earlier note");
        awaitAnnouncement();
        sentToBrowser();
        String large = pushedForOnePost("The second live note");

        assertThat(small).contains("The first live note").doesNotContain("Earlier note");
        assertThat(large).contains("The second live note").doesNotContain("Earlier note");
        assertThat(large.length())
                .as("bytes per post with 400 notes vs 20 (%s)", small.length())
                .isLessThan(small.length() + 100)
                .isLessThan(5_000);
    }

    @Test
    void aClassmatesAnswerPushesTheClassmatesCountAndLeavesTheViewersOwnAnswerAlone() {
        Account teacher = accounts.createTeacher("teacher");
        viewer = accounts.create("viewer");
        writer = accounts.create("writer");
        Account third = accounts.create("third");
        classId = accounts.createClass(teacher, "Answering class", viewer, writer, third);
        TestReadings.AssignedLesson lesson = testReadings
                .lessonIn(classId, teacher)
                .text(TEXT)
                .prompts("Where does the water go?")
                .assign();
        lessonId = lesson.lessonId();
        long promptId = lesson.promptId(0);
        accounts.as(viewer, () -> answers.submit(classId, promptId, "My own answer, cited and replied to."));
        accounts.as(third, () -> answers.submit(classId, promptId, "An earlier classmate's answer."));
        accounts.signIn(viewer);
        UI.getCurrent().navigate("classes/" + classId + "/lessons/" + lessonId);
        assertThat(sentToBrowser()).contains("Classmates' answers (1)");

        accounts.as(writer, () -> answers.submit(classId, promptId, "A new classmate's answer."));
        AtomicReference<String> pushed = new AtomicReference<>("");
        await().atMost(Duration.ofSeconds(10)).pollInSameThread().until(() -> {
            MockVaadin.runUIQueue();
            pushed.set(sentToBrowser());
            return pushed.get().contains("Classmates' answers (2)");
        });
        String message = pushed.get();

        // The field keeps its text in the browser: the prompt's data carries neither it nor the folded answers.
        assertThat(message)
                .contains("this.change(")
                .doesNotContain("A new classmate's answer.")
                .doesNotContain("An earlier classmate's answer.")
                .doesNotContain("My own answer");
        assertThat(message.length()).as("bytes for one classmate's answer").isLessThan(1_500);
    }

    /** What is sent to the viewer's browser after a classmate posts one note. */
    private String pushedForOnePost(String body) {
        sentToBrowser();
        postNotes(1, body);
        awaitAnnouncement();
        return sentToBrowser();
    }

    /**
     * Waits until the screen has announced the new note, running the page's queued live updates
     * as the session's lock allows (no lookups meanwhile: they would send the page's messages).
     */
    private void awaitAnnouncement() {
        await().atMost(Duration.ofSeconds(10)).pollInSameThread().until(() -> {
            MockVaadin.runUIQueue();
            return activity.getText().startsWith("New note by");
        });
        activity.setText("");
    }

    /** Posts the notes in one transaction, so open screens hear of them at once. */
    private void postNotes(int count, String body) {
        transactions.execute(status -> accounts.as(writer, () -> {
            for (int i = 0; i < count; i++) {
                int start = (i * 7) % (TEXT.length() - 20);
                int end = start + 6;
                Selection words = discussion.select(classId, lessonId, 1, start, end, TEXT.substring(start, end));
                discussion.annotate(
                        classId,
                        lessonId,
                        new NewAnnotation(
                                words.textVersion(),
                                words.start(),
                                words.end(),
                                words.quote(),
                                count == 1 ? body : body + " " + i,
                                null,
                                Visibility.CLASS));
            }
            return null;
        }));
    }
}
