package app.colloquy.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.colloquy.account.Account;
import app.colloquy.discussion.AnswerService;
import app.colloquy.discussion.FeedbackService;
import app.colloquy.discussion.PromptAnswers;
import app.colloquy.testsupport.BrowserJourney;
import app.colloquy.testsupport.TestAccounts;
import app.colloquy.testsupport.TestReadings;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Feedback for a whole class with the keyboard alone: thirty answers, a comment kept on the first
 * and reused on the rest, a score each, released together. Every key press or typed text counts
 * as one input; the teacher needs fewer than 100.
 */
class GradingJourneyIT extends BrowserJourney {

    private static final int STUDENTS = 30;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestReadings testReadings;

    @Autowired
    AnswerService answers;

    @Autowired
    FeedbackService feedback;

    private int inputs;

    @Test
    void aTeacherGivesThirtyStudentsFeedbackWithTheKeyboardInUnder100Inputs() {
        Account teacher = accounts.createTeacher("grader");
        List<Account> students = new ArrayList<>();
        for (int i = 0; i < STUDENTS; i++) {
            students.add(accounts.create("student" + i));
        }
        long classId = accounts.createClass(teacher, "Period 1", students.toArray(Account[]::new));
        TestReadings.AssignedLesson lesson = testReadings
                .lessonIn(classId, teacher)
                .prompts("Where does the water go?")
                .assign();
        long promptId = lesson.promptId(0);
        for (Account student : students) {
            accounts.as(
                    student,
                    () -> answers.submit(classId, promptId, "It goes to the sea, says " + student.displayName()));
        }
        accounts.as(teacher, () -> {
            answers.setMaxScore(classId, promptId, 10);
            return null;
        });

        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            signIn(page, teacher.loginName(), TestAccounts.PASSWORD);
            page.navigate(url("/classes/" + classId + "/prompts/" + promptId + "/feedback"));
            inputs++; // following "Give feedback answer by answer" from the lesson
            Locator progress = page.locator(".grading-progress");
            Locator score = page.getByLabel("Score (of 10)");
            assertThat(progress).containsText("Answer 1 of 30");
            assertThat(score).isFocused();

            // The first answer: a score, then a comment written and kept for the others.
            type(page, "9");
            press(page, "Shift+Tab");
            press(page, "Shift+Tab");
            type(page, "Name where the water goes next.");
            press(page, "Tab");
            press(page, "Enter");
            assertThat(page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Add kept comment 1: Name where the water goes next.")))
                    .isVisible();
            press(page, "Control+Enter");

            for (int n = 2; n <= STUDENTS; n++) {
                assertThat(progress).containsText("Answer " + n + " of 30");
                assertThat(score).isFocused();
                type(page, "8");
                press(page, "Alt+Shift+Digit1");
                assertThat(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Comment for")))
                        .hasValue("Name where the water goes next.");
                if (n == 2) {
                    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/grading.png")));
                }
                press(page, "Control+Enter");
            }

            Locator release = page.getByRole(
                    AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Release feedback to students (30)"));
            assertThat(release).isFocused();
            press(page, "Enter");
            assertThat(page.getByText("Feedback released to 30 students.")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/grading-released.png")));
        }

        assertThat(inputs).as("inputs for 30 students").isLessThan(100);
        PromptAnswers.Feedback first = feedbackOf(students.getFirst(), classId, lesson.lessonId());
        assertThat(first.score()).isEqualTo(9);
        assertThat(first.comment()).isEqualTo("Name where the water goes next.");
        PromptAnswers.Feedback last = feedbackOf(students.getLast(), classId, lesson.lessonId());
        assertThat(last.score()).isEqualTo(8);
        assertThat(last.comment()).isEqualTo("Name where the water goes next.");
    }

    /** With a rubric, each criterion's level is picked with Space and Tab; the score is their sum. */
    @Test
    void aRubricIsScoredWithTheKeyboard() {
        Account teacher = accounts.createTeacher("rubric");
        Account ana = accounts.create("ana");
        long classId = accounts.createClass(teacher, "Period 2", ana);
        TestReadings.AssignedLesson lesson = testReadings
                .lessonIn(classId, teacher)
                .prompts("Where does the water go?")
                .assign();
        long promptId = lesson.promptId(0);
        accounts.as(ana, () -> answers.submit(classId, promptId, "To the sea."));
        accounts.as(
                teacher,
                () -> feedback.setRubric(
                        classId, promptId, "Evidence: 2 Strong, 1 Some, 0 None\nClarity: 1 Clear, 0 Unclear"));

        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            signIn(page, teacher.loginName(), TestAccounts.PASSWORD);
            page.navigate(url("/classes/" + classId + "/prompts/" + promptId + "/feedback"));
            assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("2 · Strong")))
                    .isFocused();
            page.keyboard().press("Space");
            page.keyboard().press("Tab");
            page.keyboard().press("Space");
            assertThat(page.locator(".rubric-total")).hasText("Score: 3 of 3");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/grading-rubric.png")));
            page.keyboard().press("Control+Enter");
            assertThat(page.getByText("Saved for " + ana.displayName())).isVisible();
        }
        accounts.as(teacher, () -> feedback.release(classId, promptId));
        assertThat(feedbackOf(ana, classId, lesson.lessonId()).score()).isEqualTo(3);

        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            signIn(page, ana.loginName(), TestAccounts.PASSWORD);
            page.navigate(url("/classes/" + classId + "/lessons/" + lesson.lessonId()));
            assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Rubric")))
                    .containsText("Evidence: Strong (2 of 2)");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/rubric-student.png")));
        }
    }

    private PromptAnswers.Feedback feedbackOf(Account student, long classId, long lessonId) {
        return accounts.as(student, () -> answers.lessonPrompts(classId, lessonId))
                .getFirst()
                .mine()
                .feedback();
    }

    private void type(Page page, String text) {
        page.keyboard().type(text);
        inputs++;
    }

    private void press(Page page, String keys) {
        page.keyboard().press(keys);
        inputs++;
    }
}
