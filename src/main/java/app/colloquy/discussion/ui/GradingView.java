package app.colloquy.discussion.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.classroom.ClassroomService;
import app.colloquy.classroom.ClassroomSummary;
import app.colloquy.classroom.ui.ClassLinks;
import app.colloquy.discussion.CommentBankEntry;
import app.colloquy.discussion.FeedbackService;
import app.colloquy.discussion.GradingQueue;
import app.colloquy.discussion.Rubric;
import app.colloquy.discussion.StudentAnswer;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.ui.DateTimes;
import app.colloquy.reading.ui.LessonLinks;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;

/**
 * Feedback on one prompt's answers in a class, one answer after another with the keyboard: the
 * answer with the words it cites, a comment (typed, or one of the teacher's kept comments with
 * Alt+Shift+1 to 9), a score, and Ctrl+Enter to save and go on. Students see this feedback when the
 * teacher releases it, all at once.
 */
@Route("classes/:classId([0-9]{1,18})/prompts/:promptId([0-9]{1,18})/feedback")
@PermitAll
class GradingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final int SHORTCUT_COMMENTS = 9;

    private final FeedbackService feedback;
    private final ClassroomService classrooms;
    private final Paragraph progress = new Paragraph();
    private final Article answer = new Article();
    private final TextArea comment = new TextArea();
    private final IntegerField score = new IntegerField();
    private final Div bank = new Div();
    private final Paragraph saved = new Paragraph();
    private final Button release = new Button();
    private final Div rubricArea = new Div();
    private RubricPicker picker = new RubricPicker(Rubric.NONE);
    /** The teacher's kept comments as last shown: what Alt+Shift+1..9 add. */
    private List<CommentBankEntry> kept = List.of();

    @SuppressWarnings("NullAway.Init") // set on entering the page, before anything reads it
    private GradingQueue queue;

    private int index;

    GradingView(FeedbackService feedback, ClassroomService classrooms) {
        this.feedback = feedback;
        this.classrooms = classrooms;
        addClassName("page");
        addClassName("grading");
        progress.addClassName("grading-progress");
        answer.addClassName("grading-answer");
        comment.setWidthFull();
        comment.setMaxLength(FeedbackService.MAX_COMMENT);
        bank.addClassName("comment-bank");
        saved.addClassName("answer-status");
        saved.getElement().setAttribute("aria-live", "polite");
        release.addClickListener(e -> release());
        for (int n = 1; n <= SHORTCUT_COMMENTS; n++) {
            int number = n;
            Shortcuts.addShortcutListener(
                    this,
                    () -> insertKept(number),
                    Key.of(String.valueOf(n), "Digit" + n),
                    KeyModifier.ALT,
                    KeyModifier.SHIFT);
        }
    }

    static String path(long classId, long promptId) {
        return "classes/" + classId + "/prompts/" + promptId + "/feedback";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long classId = event.getRouteParameters().getLong("classId").orElseThrow();
        long promptId = event.getRouteParameters().getLong("promptId").orElseThrow();
        queue = feedback.grading(classId, promptId);
        ClassroomSummary classroom = classrooms.getClassroom(classId);
        index = firstWithoutFeedback();
        removeAll();
        Nav back = new Nav(
                ClassLinks.to(classId, classroom.name()),
                new Span(" › "),
                LessonLinks.to(classId, queue.lessonId(), tr("gradingView.backToTheLesson")));
        back.addClassName("breadcrumb");
        back.getElement().setAttribute("aria-label", tr("common.breadcrumb"));
        Button previous = new Button(tr("gradingView.previousAnswer"), e -> show(index - 1));
        Button next = new Button(tr("gradingView.nextAnswer"), e -> show(index + 1));
        Button save = new Button(tr("gradingView.saveAndNext"), e -> saveAndNext());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        Button keep = new Button(tr("gradingView.keepThisCommentForReuse"), e -> keepComment());
        Div actions = new Div(save, previous, next);
        actions.addClassName("assignment-actions");
        Paragraph keys = new Paragraph(tr("gradingView.keysCtrlEnterSavesAnd"));
        keys.addClassName("grading-keys");
        add(back, new H1(tr("gradingView.feedback", queue.question())), progress, keys, answer);
        add(comment, keep, bank, rubricArea, score, actions, saved, release, rubricEditor());
        showRubric();
        showBank();
        show(index);
    }

    /** The score is typed, or with a rubric the sum of the levels picked. */
    private void showRubric() {
        score.setLabel(
                queue.maxScore() == null ? tr("gradingView.score") : tr("gradingView.scoreOf", queue.maxScore()));
        score.setMin(0);
        if (queue.maxScore() != null) {
            score.setMax(queue.maxScore());
        }
        picker = new RubricPicker(queue.rubric());
        rubricArea.removeAll();
        rubricArea.add(picker);
    }

    /** The rubric written as text, one criterion per line. */
    private Details rubricEditor() {
        TextArea text = new TextArea(tr("gradingView.rubricOneCriterionPerLine"));
        text.setWidthFull();
        text.setValue(queue.rubric().asText());
        text.setHelperText(tr("gradingView.likeEvidence2Strong1"));
        Button save = new Button(tr("gradingView.saveRubric"), e -> {
            try {
                feedback.setRubric(queue.classroomId(), queue.promptId(), text.getValue());
                queue = feedback.grading(queue.classroomId(), queue.promptId());
                showRubric();
                show(index);
                Notification.show(tr("gradingView.rubricSaved"), 3000, Notification.Position.BOTTOM_START);
            } catch (InvalidInputException refused) {
                text.setErrorMessage(tr(refused));
                text.setInvalid(true);
            }
        });
        Details editor = new Details(tr("gradingView.rubric"), new Div(text, save));
        editor.addClassName("rubric-editor");
        return editor;
    }

    @Override
    public String getPageTitle() {
        return queue == null ? tr("gradingView.feedback2") : tr("gradingView.feedback", queue.question());
    }

    private int firstWithoutFeedback() {
        List<StudentAnswer> answers = queue.answers();
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).feedbackComment() == null && answers.get(i).feedbackScore() == null) {
                return i;
            }
        }
        return 0;
    }

    /** The answer at {@code position} with its feedback so far; past the last one, the end of the round. */
    private void show(int position) {
        List<StudentAnswer> answers = queue.answers();
        index = Math.max(0, Math.min(position, answers.size()));
        answer.removeAll();
        release.setText(tr("gradingView.releaseFeedbackToStudents", queue.held()));
        release.setEnabled(queue.held() > 0);
        if (index == answers.size()) {
            progress.setText(summary());
            answer.add(new H2(
                    answers.isEmpty() ? tr("gradingView.noAnswersSubmittedYet") : tr("gradingView.endOfTheAnswers")));
            comment.setVisible(false);
            score.setVisible(false);
            picker.setVisible(false);
            release.focus();
            return;
        }
        StudentAnswer student = answers.get(index);
        progress.setText(tr("gradingView.answerOf", (index + 1), answers.size(), summary()));
        Span when = new Span(tr(
                "gradingView.submitted",
                DateTimes.format(student.submittedAt()),
                (student.late() ? tr("common.late") : "")));
        when.addClassName("note-when");
        answer.add(new H2(student.displayName()), when, AnswerPieces.body(student.body(), null));
        if (!student.evidence().isEmpty()) {
            answer.add(AnswerPieces.citedPassages(student.evidence(), (cited, item) -> {}));
        }
        comment.setVisible(true);
        comment.setLabel(tr("gradingView.commentFor", student.displayName()));
        comment.setValue(student.feedbackComment() == null ? "" : student.feedbackComment());
        comment.setInvalid(false);
        boolean rubric = !queue.rubric().isEmpty();
        score.setVisible(queue.maxScore() != null && !rubric);
        score.setValue(student.feedbackScore());
        score.setInvalid(false);
        picker.setVisible(true);
        picker.show(queue.marksByStudent().getOrDefault(student.accountId(), Map.of()));
        if (rubric) {
            picker.focusFirst();
        } else {
            (queue.maxScore() != null ? score : comment).focus();
        }
    }

    private String summary() {
        long given = queue.answers().stream()
                .filter(a -> a.feedbackComment() != null || a.feedbackScore() != null)
                .count();
        return tr(
                "gradingView.ofStudentsSubmittedFeedbackNot",
                queue.answers().size(),
                queue.studentCount(),
                given,
                (given == 1 ? tr("gradingView.has") : tr("gradingView.have")),
                queue.held());
    }

    private void saveAndNext() {
        if (index >= queue.answers().size()) {
            return;
        }
        StudentAnswer student = queue.answers().get(index);
        try {
            if (queue.rubric().isEmpty()) {
                feedback.holdFeedback(
                        queue.classroomId(),
                        queue.promptId(),
                        student.accountId(),
                        comment.getValue(),
                        score.getValue());
            } else {
                feedback.holdRubricFeedback(
                        queue.classroomId(), queue.promptId(), student.accountId(), comment.getValue(), picker.marks());
            }
        } catch (InvalidInputException refused) {
            if ("rubric".equals(refused.field())) {
                picker.showProblem(tr(refused));
                return;
            }
            var field = "score".equals(refused.field()) ? score : comment;
            field.setErrorMessage(tr(refused));
            field.setInvalid(true);
            field.focus();
            return;
        }
        saved.setText(tr("gradingView.savedForTheySeeIt", student.displayName()));
        queue = feedback.grading(queue.classroomId(), queue.promptId());
        show(index + 1);
    }

    private void release() {
        int released = feedback.release(queue.classroomId(), queue.promptId());
        queue = feedback.grading(queue.classroomId(), queue.promptId());
        saved.setText(tr(
                "gradingView.feedbackReleasedTo",
                released,
                (released == 1 ? tr("gradingView.student") : tr("gradingView.students"))));
        show(index);
    }

    /** Adds the teacher's kept comment {@code number} (1-based) to the comment, after what is there. */
    private void insertKept(int number) {
        if (number > kept.size() || !comment.isVisible()) {
            return;
        }
        String current = comment.getValue().strip();
        comment.setValue(
                current.isEmpty()
                        ? kept.get(number - 1).body()
                        : current + " " + kept.get(number - 1).body());
    }

    private void keepComment() {
        try {
            feedback.addToCommentBank(comment.getValue());
            showBank();
            Notification.show(tr("gradingView.commentKeptForReuse"), 3000, Notification.Position.BOTTOM_START);
        } catch (InvalidInputException refused) {
            comment.setErrorMessage(tr(refused));
            comment.setInvalid(true);
        }
    }

    /**
     * The kept comments as buttons; the first nine also answer to Alt+Shift+1 to 9 (Alt+1 switches
     * browser tabs on Linux and Windows, Ctrl+Alt types characters on many European keyboards).
     */
    private void showBank() {
        bank.removeAll();
        kept = feedback.commentBank();
        if (kept.isEmpty()) {
            return;
        }
        bank.add(new Span(tr("gradingView.keptComments")));
        for (int i = 0; i < kept.size(); i++) {
            int number = i + 1;
            String text = kept.get(i).body();
            Button use = new Button(
                    (number <= SHORTCUT_COMMENTS ? tr("gradingView.altShift", number) : "") + text,
                    e -> insertKept(number));
            use.getElement().setAttribute("aria-label", tr("gradingView.addKeptComment", number, text));
            use.addThemeVariants(ButtonVariant.TERTIARY);
            use.addClassName("kept-comment");
            bank.add(use);
        }
    }
}
