package app.colloquy.discussion.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.colloquy.account.Account;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.discussion.AnswerService;
import app.colloquy.discussion.DiscussionService;
import app.colloquy.discussion.ModerationService;
import app.colloquy.discussion.ModerationTarget;
import app.colloquy.discussion.NewAnnotation;
import app.colloquy.discussion.PromptAnswers;
import app.colloquy.discussion.Selection;
import app.colloquy.discussion.Visibility;
import app.colloquy.reading.LibraryService;
import app.colloquy.testsupport.BrowserlessTest;
import app.colloquy.testsupport.StoredIds;
import app.colloquy.testsupport.TestReadings;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Answering prompts on the real lesson view without a browser: refusals keep the text, evidence, versions. */
class PromptAnswersViewTest extends BrowserlessTest {

    static final String TEXT = "Rivers carry water to the sea.";

    @Autowired
    LibraryService library;

    @Autowired
    AnswerService answers;

    @Autowired
    DiscussionService discussion;

    @Autowired
    ClassroomService classrooms;

    @Autowired
    ModerationService moderation;

    @Autowired
    StoredIds ids;

    Account teacher;
    Account student;
    long classId;
    long lessonId;
    long promptId;

    @BeforeEach
    void lessonWithAPrompt() {
        teacher = accounts.createTeacher("teacher");
        student = accounts.create("student");
        classId = accounts.createClass(teacher, "Views class", student);
        TestReadings.AssignedLesson lesson = testReadings
                .lessonIn(classId, teacher)
                .text(TEXT)
                .prompts("Where does the water go?")
                .assign();
        lessonId = lesson.lessonId();
        promptId = lesson.promptId(0);
    }

    @Test
    void anEmptyOrOversizedAnswerIsRefusedOnTheFieldAndKeepsWhatWasTyped() {
        StudentPrompts prompts = openAsStudent();
        prompts.submit(promptId, "");
        assertThat(sentToBrowser()).contains("Write your answer").contains("\\\"focus\\\":true");

        String tooLong = "y".repeat(AnswerService.MAX_ANSWER + 12);
        prompts.saveDraft(promptId, tooLong);
        String refused = sentToBrowser();
        assertThat(refused).contains("Not saved: ");
        prompts.submit(promptId, tooLong);
        // Refused without putting other text in the field: the browser keeps what was typed.
        assertThat(refused + sentToBrowser()).doesNotContain("\\\"text\\\"").doesNotContain("\\\"saved\\\"");
        assertThat(accounts.as(student, () -> answers.lessonPrompts(classId, lessonId))
                        .getFirst()
                        .mine()
                        .submitted())
                .isFalse();
        assertThat(prompts.typedAnswers()).containsExactly(tooLong);
    }

    @Test
    void typingSavesTheDraftAndSaysWhen() {
        StudentPrompts prompts = openAsStudent();
        prompts.saveDraft(promptId, "To the sea.");
        assertThat(sentToBrowser()).contains("Draft saved");
        assertThat(accounts.as(student, () -> answers.lessonPrompts(classId, lessonId))
                        .getFirst()
                        .mine()
                        .draft())
                .isEqualTo("To the sea.");
    }

    /** Another tab saved first: one dialog offers both texts, however often the browser retries meanwhile. */
    @Test
    void aDraftChangedInAnotherTabAsksOnceWhichTextToKeep() {
        StudentPrompts prompts = openAsStudent();
        accounts.as(student, () -> answers.saveDraft(classId, promptId, "From the other tab.", 0));

        prompts.saveDraft(promptId, "From this tab.");
        assertThat(sentToBrowser()).contains("Not saved: changed elsewhere");
        prompts.retryUnsaved(promptId, "From this tab.", 0);
        prompts.saveDraft(promptId, "From this tab, more.");
        assertThat(_find(Dialog.class)).hasSize(1);
        Dialog dialog = _get(Dialog.class);
        assertThat(_find(dialog, Paragraph.class))
                .extracting(Paragraph::getText)
                .contains("From the other tab.", "From this tab, more.");

        _click(_get(dialog, Button.class, spec -> spec.withText("Keep the text in this tab")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(accounts.as(student, () -> answers.lessonPrompts(classId, lessonId))
                        .getFirst()
                        .mine()
                        .draft())
                .isEqualTo("From this tab, more.");
        // Once chosen, a later conflict asks again.
        accounts.as(student, () -> answers.saveDraft(classId, promptId, "Elsewhere again.", 2));
        prompts.saveDraft(promptId, "Here again.");
        _click(_get(Button.class, spec -> spec.withText("Use the saved text")));
        assertThat(sentToBrowser()).contains("Elsewhere again.");
    }

    /** Tabs of one browser share its unsaved text: when another tab saved the same text first, there is nothing to choose. */
    @Test
    void theSameTextSavedFirstByAnotherTabCountsAsSaved() {
        StudentPrompts prompts = openAsStudent();
        accounts.as(student, () -> answers.saveDraft(classId, promptId, "Typed once.", 0));

        sentToBrowser();
        prompts.saveDraft(promptId, "Typed once.");

        assertThat(sentToBrowser()).contains("Draft saved");
        assertThat(_find(Dialog.class)).isEmpty();
        prompts.saveDraft(promptId, "Typed once, then more.");
        assertThat(accounts.as(student, () -> answers.lessonPrompts(classId, lessonId))
                        .getFirst()
                        .mine()
                        .draft())
                .isEqualTo("Typed once, then more.");
    }

    @Test
    void aPromptDeletedOrAClassArchivedWhileTheStudentWritesLeavesTheTextToCopy() {
        StudentPrompts prompts = openAsStudent();
        accounts.as(teacher, () -> {
            classrooms.setArchived(classId, true);
            return null;
        });
        accounts.signIn(student);
        prompts.submit(promptId, "Written as the class was archived.");
        assertThat(sentToBrowser()).contains("archived");

        accounts.as(teacher, () -> {
            classrooms.setArchived(classId, false);
            library.deletePrompt(promptId);
            return null;
        });
        accounts.signIn(student);
        prompts.submit(promptId, "Written as the class was archived.");
        assertThat(sentToBrowser()).contains("no longer available").contains("copy it");
        assertThat(prompts.typedAnswers()).containsExactly("Written as the class was archived.");
    }

    @Test
    void aStudentRemovedWhileWritingKeepsWhatTheyWroteOnScreenToCopy() {
        Account classmate = accounts.create("classmate");
        String code =
                accounts.as(teacher, () -> classrooms.joinSettings(classId).joinCode());
        accounts.as(classmate, () -> classrooms.joinWithCode(code, "127.0.0.1"));
        openAsStudent().saveDraft(promptId, "Half a thought");
        accounts.as(teacher, () -> {
            classrooms.removeStudent(classId, student.id());
            return null;
        });
        // The next change in the lesson reaches the removed student's open screen by push.
        accounts.as(classmate, () -> discussion.annotate(classId, lessonId, noteOn(classmate)));
        // Polled in this thread: the mocked browser's UI belongs to it.
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().until(() -> {
            MockVaadin.clientRoundtrip(false);
            return !_find(H1.class, spec -> spec.withText("This lesson is no longer available to you"))
                    .isEmpty();
        });
        assertThat(_find(H1.class))
                .extracting(H1::getText)
                .containsExactly("This lesson is no longer available to you");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("Half a thought");
        assertThat(_find(StudentPrompts.class)).isEmpty();
    }

    /** Someone else's ids in calls forged from the browser's console change nothing and say so. */
    @Test
    void anotherClasssAnswerOrPromptInAForgedCallIsRefused() {
        Account otherTeacher = accounts.createTeacher("otherteacher");
        Account writer = accounts.create("writer");
        Account reader = accounts.create("reader");
        long otherClass = accounts.createClass(otherTeacher, "Other class", writer, reader);
        TestReadings.AssignedLesson other = testReadings
                .lessonIn(otherClass, otherTeacher)
                .text(TEXT)
                .prompts("Elsewhere?")
                .assign();
        long otherPrompt = other.promptId(0);
        accounts.as(writer, () -> answers.submit(otherClass, otherPrompt, "Their answer."));
        long otherAnswer = ids.answer(otherClass, otherPrompt, writer.id());

        StudentPrompts prompts = openAsStudent();
        prompts.helpful(otherAnswer, true);
        assertThat(_get(Notification.class).getElement().getProperty("text")).contains("no longer available");
        prompts.submit(otherPrompt, "Forged into another class.");
        prompts.saveDraft(otherPrompt, "Forged draft.");

        accounts.as(reader, () -> answers.submit(otherClass, otherPrompt, "A reader's answer."));
        PromptAnswers seen = accounts.as(reader, () -> answers.lessonPrompts(otherClass, other.lessonId()))
                .getFirst();
        assertThat(seen.classmates())
                .singleElement()
                .satisfies(answer -> assertThat(answer.helpfulCount()).isZero());
        assertThat(accounts.as(student, () -> answers.lessonPrompts(classId, lessonId))
                        .getFirst()
                        .mine()
                        .draftRevision())
                .isZero();
    }

    private NewAnnotation noteOn(Account author) {
        Selection words = accounts.as(author, () -> discussion.select(classId, lessonId, 1, 0, 6, "Rivers"));
        return new NewAnnotation(
                words.textVersion(), words.start(), words.end(), words.quote(), "A note", null, Visibility.CLASS);
    }

    @Test
    void theCiteDialogOffersTheStudentsOwnHighlightsAndCitingShowsTheQuoteWithTheAnswer() {
        long highlight = accounts.as(student, () -> {
            Selection words = discussion.select(classId, lessonId, 1, 7, 18, "carry water");
            return discussion.annotate(
                    classId,
                    lessonId,
                    new NewAnnotation(
                            words.textVersion(),
                            words.start(),
                            words.end(),
                            words.quote(),
                            "",
                            null,
                            Visibility.PRIVATE));
        });
        openAsStudent().cite(promptId);
        Dialog dialog = _get(Dialog.class);
        assertThat(_get(dialog, Span.class, spec -> spec.withClasses("evidence-quote"))
                        .getText())
                .isEqualTo("“carry water”");
        sentToBrowser();
        _click(_get(dialog, Button.class, spec -> spec.withText("Cite")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(sentToBrowser()).contains("this.change(").contains("“carry water”");
        assertThat(accounts.as(student, () -> answers.lessonPrompts(classId, lessonId))
                        .getFirst()
                        .mine()
                        .evidence())
                .singleElement()
                .satisfies(e -> assertThat(e.annotationId()).isEqualTo(highlight));
    }

    @Test
    void teachersOpenEveryEarlierVersionOfAnAnswer() {
        accounts.as(student, () -> answers.submit(classId, promptId, "First thought."));
        accounts.as(student, () -> answers.submit(classId, promptId, "Second thought."));
        accounts.signIn(teacher);
        UI.getCurrent().navigate("classes/" + classId + "/lessons/" + lessonId);
        Details answersPanel = _get(Details.class, spec -> spec.withClasses("teacher-answers"));
        assertThat(answersPanel.getSummaryText()).isEqualTo("Answers: 1 submitted, 0 drafting, 0 late");
        answersPanel.setOpened(true);
        _click(_get(Button.class, spec -> spec.withText("Earlier versions (1)")));
        Dialog versions = _get(Dialog.class);
        assertThat(_find(versions, Paragraph.class, spec -> spec.withClasses("note-body")))
                .extracting(Paragraph::getText)
                .containsExactly("Second thought.", "First thought.");
        assertThat(_get(Anchor.class, spec -> spec.withText("Give feedback answer by answer"))
                        .getHref())
                .isEqualTo("classes/" + classId + "/prompts/" + promptId + "/feedback");
    }

    @Test
    void aTeacherWatchingAPromptSeesHowManyAreDraftingAndWritingNow() {
        accounts.signIn(teacher);
        UI.getCurrent().navigate("classes/" + classId + "/lessons/" + lessonId);
        Details panel = _get(Details.class, spec -> spec.withClasses("teacher-answers"));
        assertThat(panel.getSummaryText()).doesNotContain("writing now");

        accounts.as(student, () -> answers.saveDraft(classId, promptId, "Half a sentence", 0));

        await().atMost(Duration.ofSeconds(5)).pollInSameThread().until(() -> {
            MockVaadin.clientRoundtrip(false);
            return panel.getSummaryText().endsWith("1 writing now");
        });
        // The first draft also counts among those drafting, without reading the page again.
        assertThat(panel.getSummaryText()).startsWith("Answers: 0 submitted, 1 drafting, 0 late");
    }

    /** A reply is asked for in a dialog: an empty one is refused on its field, a written one reaches the classmate. */
    @Test
    void anEmptyReplyIsRefusedOnItsFieldAndAWrittenOneReachesTheClassmate() {
        Account classmate = classmateWhoAnswered("Into the ground.");
        long theirs = ids.answer(classId, promptId, classmate.id());
        accounts.as(student, () -> answers.submit(classId, promptId, "The sea."));

        StudentPrompts prompts = openAsStudent();
        prompts.classmatesOpened(promptId, true);
        prompts.reply(promptId, theirs);
        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Reply to " + classmate.displayName());
        TextArea reply = _get(dialog, TextArea.class, spec -> spec.withLabel("Your reply"));
        Button post = _get(dialog, Button.class, spec -> spec.withText("Post reply"));
        _click(post);
        assertThat(reply.isInvalid()).isTrue();
        assertThat(reply.getErrorMessage()).contains("Write something");
        assertThat(dialog.isOpened()).isTrue();

        reply.setValue("Some of it rises as vapour.");
        _click(post);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(accounts.as(classmate, () -> answers.lessonPrompts(classId, lessonId))
                        .getFirst()
                        .mine()
                        .replies())
                .singleElement()
                .satisfies(r -> assertThat(r.body()).isEqualTo("Some of it rises as vapour."));
    }

    /** What classmates read in place of a hidden answer, and how a teacher's reply is marked. */
    @Test
    void aHiddenAnswerSaysTheTeacherHidItAndATeachersReplySaysWhoWroteIt() {
        Account classmate = classmateWhoAnswered("Something unkind.");
        long hidden = ids.answer(classId, promptId, classmate.id());
        accounts.as(student, () -> answers.submit(classId, promptId, "The sea."));
        long replied = ids.answer(classId, promptId, student.id());
        accounts.as(teacher, () -> {
            moderation.hide(ModerationTarget.answer(hidden), "Unkind");
            return answers.reply(replied, "Where does it go after that?");
        });

        openAsStudent().classmatesOpened(promptId, true);
        String opened = sentToBrowser();
        assertThat(opened)
                .contains("Classmates' answers (1)")
                .contains(teacher.displayName() + " (teacher)")
                .contains("Where does it go after that?");
        // The hidden answer is sent without its words; the browser says the teacher hid it.
        assertThat(opened).contains("\\\"classmates\\\":[{").contains("\\\"body\\\":null");
        assertThat(opened).doesNotContain("Something unkind.");
    }

    /** A second student of the class, who has submitted this answer to the prompt. */
    private Account classmateWhoAnswered(String answer) {
        Account classmate = accounts.create("classmate");
        accounts.join(classId, teacher, classmate);
        accounts.as(classmate, () -> answers.submit(classId, promptId, answer));
        return classmate;
    }

    private StudentPrompts openAsStudent() {
        accounts.signIn(student);
        UI.getCurrent().navigate("classes/" + classId + "/lessons/" + lessonId);
        return _get(StudentPrompts.class);
    }
}
