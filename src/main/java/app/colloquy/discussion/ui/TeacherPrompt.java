package app.colloquy.discussion.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.discussion.DraftProgress;
import app.colloquy.discussion.ModerationTarget;
import app.colloquy.discussion.PromptAnswers;
import app.colloquy.discussion.StudentAnswer;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.ui.DateTimes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One prompt as the class's teachers steer it, with every student's answer. */
final class TeacherPrompt {

    private final PromptContext ctx;
    private final AnswerPieces pieces;
    private final long promptId;
    private final Span state;
    final Details panel = new Details();
    private final Div controls = new Div();
    private final Div content = new Div();
    /** Feedback being written: such a panel is not redrawn under the teacher's hands. */
    private final Set<Long> writingFeedback = new HashSet<>();

    @SuppressWarnings("NullAway.Init") // shown right after it is made (PromptAnswersSection)
    private PromptAnswers prompt;

    private List<StudentAnswer> students = List.of();
    private List<Object> drawnSettings = List.of();
    private final UnorderedList studentList = new UnorderedList();
    private final KeyedItems<StudentAnswer> studentItems =
            new KeyedItems<>(studentList, StudentAnswer::accountId, student -> studentRow(prompt, student));
    /** Students who saved a draft in the last minutes and have not submitted it since. */
    private DraftProgress progress = new DraftProgress(0, 0);
    /** The answers are drawn when the panel is open: a closed panel costs only its summary. */
    private boolean drawn;

    TeacherPrompt(PromptContext ctx, AnswerPieces pieces, long promptId, Span state) {
        this.ctx = ctx;
        this.pieces = pieces;
        this.promptId = promptId;
        this.state = state;
        panel.addClassName("teacher-answers");
        studentList.getElement().setAttribute("aria-label", tr("teacherPrompt.everyStudentSAnswer"));
        content.add(studentList);
        panel.add(controls, content);
        panel.addOpenedChangeListener(e -> {
            if (e.isOpened() && !drawn) {
                draw();
            }
        });
    }

    void show(PromptAnswers prompt) {
        AnswerPieces.showState(state, prompt);
        this.prompt = prompt;
        readStudents();
        redraw();
    }

    /**
     * A student saved a draft: the counts are read again (one light query, no answer); the answers
     * are read and the rows redrawn only when someone started drafting (a first draft moves them
     * from "not started" to "drafting"), so a teacher writing feedback is not interrupted by every
     * keystroke save.
     */
    void showDrafting() {
        DraftProgress now = ctx.answers().draftProgress(ctx.classId(), promptId);
        boolean someoneStarted = now.drafting() != progress.drafting();
        progress = now;
        if (someoneStarted && readStudents()) {
            redraw();
        } else {
            showSummary();
        }
    }

    /** Reads every student's answer and the draft counts, and shows them; true when an answer changed. */
    private boolean readStudents() {
        List<StudentAnswer> now = ctx.answers().studentAnswers(ctx.classId(), promptId);
        boolean changed = !now.equals(students);
        students = now;
        progress = ctx.answers().draftProgress(ctx.classId(), promptId);
        showSummary();
        return changed;
    }

    private void redraw() {
        drawn = false;
        if (panel.isOpened()) {
            draw();
        }
    }

    private void showSummary() {
        long submitted = students.stream().filter(s -> s.submittedVersion() > 0).count();
        long late = students.stream().filter(StudentAnswer::late).count();
        panel.setSummaryText(tr("teacherPrompt.answersSummary", submitted, progress.drafting(), late)
                + (progress.writingNow() == 0 ? "" : tr("teacherPrompt.writingNow", progress.writingNow())));
    }

    private void draw() {
        drawn = true;
        List<Object> settings = List.of(
                prompt.locked(),
                prompt.closed(),
                prompt.revealed(),
                prompt.answerBeforePeers(),
                String.valueOf(prompt.maxScore()));
        if (!settings.equals(drawnSettings)) {
            // Controls and rows depend on these; otherwise both stay as they are (focus included).
            drawnSettings = settings;
            controls.removeAll();
            controls.add(controls(prompt));
            studentItems.clear();
        }
        if (!writingFeedback.isEmpty()) {
            if (content.getChildren().noneMatch(c -> c.hasClassName("show-new-answers"))) {
                Button showNew = new Button(tr("teacherPrompt.newActivityShowTheLatest"), e -> {
                    writingFeedback.clear();
                    ctx.refresh().run();
                });
                showNew.addClassName("show-new-answers");
                content.addComponentAsFirst(showNew);
            }
            return;
        }
        content.getChildren()
                .filter(c -> c.hasClassName("show-new-answers"))
                .toList()
                .forEach(content::remove);
        studentItems.show(students);
    }

    private Component controls(PromptAnswers prompt) {
        Button lock = new Button(
                prompt.locked() ? tr("teacherPrompt.unlock") : tr("teacherPrompt.lockAnswers"),
                e -> pieces.act(() ->
                        ctx.answers().setPromptState(ctx.classId(), promptId, !prompt.locked(), prompt.closed())));
        Button close = new Button(
                prompt.closed() ? tr("teacherPrompt.reopen") : tr("common.close"),
                e -> pieces.act(() ->
                        ctx.answers().setPromptState(ctx.classId(), promptId, prompt.locked(), !prompt.closed())));
        Div controls = new Div(lock, close);
        if (prompt.answerBeforePeers() && !prompt.revealed()) {
            controls.add(new Button(
                    tr("teacherPrompt.revealAnswersToTheClass"),
                    e -> pieces.act(() -> ctx.answers().reveal(ctx.classId(), promptId))));
        }
        controls.addClassName("assignment-actions");
        IntegerField max = new IntegerField(tr("teacherPrompt.maximumScore"));
        max.setValue(prompt.maxScore());
        max.setHelperText(tr("teacherPrompt.leaveEmptyForCommentsWithout"));
        Button saveMax = new Button(
                tr("teacherPrompt.saveMaximum"),
                e -> pieces.act(() -> ctx.answers().setMaxScore(ctx.classId(), promptId, max.getValue())));
        Div scoring = new Div(max, saveMax);
        scoring.addClassName("tag-add");
        Anchor grade =
                new Anchor(GradingView.path(ctx.classId(), promptId), tr("teacherPrompt.giveFeedbackAnswerByAnswer"));
        grade.addClassName("grade-link");
        return new Div(controls, scoring, grade);
    }

    private ListItem studentRow(PromptAnswers prompt, StudentAnswer student) {
        Span who = new Span(student.displayName());
        who.addClassName("author-name");
        String state = student.submittedVersion() > 0
                ? tr(
                        "teacherPrompt.submitted",
                        DateTimes.format(student.submittedAt()),
                        (student.late() ? tr("common.late") : ""))
                : student.drafting() ? tr("teacherPrompt.drafting") : tr("teacherPrompt.notStarted");
        ListItem row = new ListItem(who, new Span(state));
        if (student.body() != null) {
            row.add(
                    AnswerPieces.body(student.body(), student.hiddenReason()),
                    pieces.moderationButton(
                            ModerationTarget.answer(student.answerId()),
                            student.hiddenReason() != null,
                            tr("teacherPrompt.answerBy", student.displayName())));
        }
        if (!student.evidence().isEmpty()) {
            row.add(pieces.evidenceList(student.evidence()));
        }
        if (student.submittedVersion() > 1) {
            row.add(new Button(
                    tr("teacherPrompt.earlierVersions", (student.submittedVersion() - 1)), e -> showVersions(student)));
        }
        if (student.helpfulCount() > 0) {
            row.add(new Paragraph(tr(
                    "teacherPrompt.helpfulTo",
                    student.helpfulCount(),
                    (student.helpfulCount() == 1 ? tr("teacherPrompt.classmate") : tr("teacherPrompt.classmates")))));
        }
        if (!student.replies().isEmpty()) {
            row.add(pieces.replies(student.replies(), tr("teacherPrompt.repliesTo", student.displayName())));
        }
        if (student.submittedVersion() > 0) {
            row.add(feedbackEditor(prompt, student));
        }
        if (prompt.answerBeforePeers()) {
            Checkbox exempt = new Checkbox(tr("teacherPrompt.maySeeClassmatesAnswersFirst"), student.exempt());
            exempt.addValueChangeListener(e -> pieces.act(
                    () -> ctx.answers().setExempt(ctx.classId(), promptId, student.accountId(), e.getValue())));
            row.add(exempt);
        }
        return row;
    }

    private void showVersions(StudentAnswer student) {
        TextHistoryDialog.open(
                tr("teacherPrompt.submittedVersions", student.displayName()),
                ctx.answers().versions(ctx.classId(), promptId, student.accountId()).stream()
                        .map(v -> new TextHistoryDialog.Entry(
                                tr(
                                        "teacherPrompt.version",
                                        v.version(),
                                        DateTimes.format(v.submittedAt()),
                                        (v.late() ? tr("teacherPrompt.late") : "")),
                                v.body()))
                        .toList(),
                true);
    }

    private Div feedbackEditor(PromptAnswers prompt, StudentAnswer student) {
        TextArea comment = new TextArea(tr("teacherPrompt.feedbackFor", student.displayName()));
        comment.setValue(student.feedbackComment() == null ? "" : student.feedbackComment());
        if (student.feedbackHeld()) {
            comment.setHelperText(tr("teacherPrompt.notReleasedYetSavingIt"));
        }
        comment.setWidthFull();
        comment.addValueChangeListener(e -> writingFeedback.add(student.accountId()));
        IntegerField score = new IntegerField(tr(
                "teacherPrompt.score", (prompt.maxScore() == null ? "" : tr("teacherPrompt.of", prompt.maxScore()))));
        score.setValue(student.feedbackScore());
        score.setVisible(prompt.maxScore() != null);
        score.addValueChangeListener(e -> writingFeedback.add(student.accountId()));
        Button save = new Button(tr("teacherPrompt.saveFeedback"), e -> {
            try {
                ctx.feedback()
                        .giveFeedback(
                                ctx.classId(), promptId, student.accountId(), comment.getValue(), score.getValue());
                writingFeedback.remove(student.accountId());
                Notification.show(
                        tr("teacherPrompt.feedbackSavedFor", student.displayName()),
                        3000,
                        Notification.Position.BOTTOM_START);
                comment.setInvalid(false);
                score.setInvalid(false);
            } catch (InvalidInputException problem) {
                var target = "score".equals(problem.field()) ? score : comment;
                target.setErrorMessage(tr(problem));
                target.setInvalid(true);
            }
        });
        Div editor = new Div(comment, score, save);
        editor.addClassName("answer-editor");
        return editor;
    }
}
