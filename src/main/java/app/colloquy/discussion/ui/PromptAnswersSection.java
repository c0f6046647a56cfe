package app.colloquy.discussion.ui;

import app.colloquy.discussion.AnswerService;
import app.colloquy.discussion.DraftConflictException;
import app.colloquy.discussion.PromptAnswers;
import app.colloquy.discussion.StudentAnswer;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.NotFoundException;
import app.colloquy.platform.ui.DateTimes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;

/**
 * The lesson's discussion prompts, each with the student's answer right under it (the draft saves
 * itself a moment after typing stops; Submit sends it) and classmates' answers once they may see
 * them. Teachers see every student's answer and lock, close or reveal the prompt for the class.
 */
class PromptAnswersSection extends Section {

    private static final int DRAFT_PAUSE_MS = 1500;

    private final AnswerService answers;
    private final long classId;
    private final long lessonId;
    private final boolean teacher;
    /** Teachers' answer panels that are open, so they stay open when the section redraws. */
    private final java.util.Set<Long> openPanels = new java.util.HashSet<>();

    PromptAnswersSection(AnswerService answers, long classId, long lessonId, boolean teacher) {
        this.answers = answers;
        this.classId = classId;
        this.lessonId = lessonId;
        this.teacher = teacher;
        addClassName("prompts");
        getElement().setAttribute("aria-labelledby", "prompts-heading");
        refresh();
    }

    private void refresh() {
        removeAll();
        H2 heading = new H2("Discussion prompts");
        heading.setId("prompts-heading");
        add(heading);
        List<PromptAnswers> prompts = answers.lessonPrompts(classId, lessonId);
        if (prompts.isEmpty()) {
            add(new Span("No prompts for this lesson yet."));
            return;
        }
        OrderedList list = new OrderedList();
        for (int i = 0; i < prompts.size(); i++) {
            list.add(promptItem(i + 1, prompts.get(i)));
        }
        add(list);
    }

    private ListItem promptItem(int number, PromptAnswers prompt) {
        ListItem item = new ListItem(prompt.question());
        item.addClassName("prompt");
        if (prompt.answerBeforePeers()) {
            Span gate = new Span("Answer before you see classmates' answers");
            gate.addClassName("prompt-gate");
            item.add(gate);
        }
        if (prompt.locked() || prompt.closed()) {
            Span state = new Span(prompt.closed() ? "Closed: no more answers" : "Locked: submitted answers are final");
            state.addClassName("prompt-state");
            item.add(state);
        }
        if (teacher) {
            item.add(teacherControls(prompt));
        } else {
            item.add(answerEditor(number, prompt), classmates(prompt));
        }
        return item;
    }

    // The student's own answer.

    private Div answerEditor(int number, PromptAnswers prompt) {
        PromptAnswers.MyAnswer mine = prompt.mine();
        TextArea field = new TextArea("Your answer to prompt " + number);
        field.setWidthFull();
        field.setMinHeight("6rem");
        field.setValue(mine.draft());
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(DRAFT_PAUSE_MS);
        Span status = new Span(status(mine));
        status.addClassName("answer-status");
        status.getElement().setAttribute("aria-live", "polite");
        int[] revision = {mine.draftRevision()};
        field.addValueChangeListener(e -> {
            showCount(field);
            if (e.isFromClient()) {
                saveDraft(prompt, field, status, revision);
            }
        });
        showCount(field);
        Button submit = new Button(mine.submitted() ? "Submit changes" : "Submit answer", e -> submit(prompt, field, status, revision));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setEnabled(!prompt.closed());
        Div editor = new Div(field, status, submit);
        editor.addClassName("answer-editor");
        if (mine.feedback() != null) {
            editor.add(feedback(mine.feedback(), prompt.maxScore()));
        }
        return editor;
    }

    private void saveDraft(PromptAnswers prompt, TextArea field, Span status, int[] revision) {
        try {
            revision[0] = answers.saveDraft(classId, prompt.promptId(), field.getValue(), revision[0]);
            status.setText("Draft saved " + DateTimes.format(java.time.Instant.now()));
            field.setInvalid(false);
        } catch (DraftConflictException conflict) {
            chooseDraft(prompt, field, status, revision, conflict);
        } catch (InvalidInputException problem) {
            status.setText("Not saved yet: " + problem.getMessage());
            field.setErrorMessage(problem.getMessage());
            field.setInvalid(true);
        } catch (NotFoundException gone) {
            status.setText("This prompt is no longer available. Your text is still here: copy it if you need it.");
        }
    }

    /** Another tab or device saved meanwhile: show both and let the student choose. */
    private void chooseDraft(PromptAnswers prompt, TextArea field, Span status, int[] revision, DraftConflictException conflict) {
        status.setText("Not saved: changed elsewhere");
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("This answer was changed in another tab");
        Paragraph saved = new Paragraph(conflict.savedDraft());
        saved.addClassName("note-body");
        Paragraph here = new Paragraph(field.getValue());
        here.addClassName("note-body");
        dialog.add(new Paragraph("Saved from elsewhere:"), saved, new Paragraph("In this tab:"), here);
        Button keepMine = new Button("Keep the text in this tab", e -> {
            revision[0] = conflict.savedRevision();
            dialog.close();
            saveDraft(prompt, field, status, revision);
        });
        Button useSaved = new Button("Use the saved text", e -> {
            revision[0] = conflict.savedRevision();
            field.setValue(conflict.savedDraft());
            status.setText("Using the text saved elsewhere");
            dialog.close();
        });
        dialog.getFooter().add(useSaved, keepMine);
        dialog.open();
    }

    private void submit(PromptAnswers prompt, TextArea field, Span status, int[] revision) {
        try {
            int version = answers.submit(classId, prompt.promptId(), field.getValue());
            refresh();
            Notification.show(version == 1 ? "Answer submitted." : "Changes submitted (version " + version + ").", 4000,
                    Notification.Position.BOTTOM_START);
        } catch (InvalidInputException problem) {
            field.setErrorMessage(problem.getMessage());
            field.setInvalid(true);
            field.focus();
        } catch (NotFoundException gone) {
            status.setText("This prompt is no longer available. Your text is still here: copy it if you need it.");
        }
    }

    private static Div feedback(PromptAnswers.Feedback feedback, Integer maxScore) {
        Div box = new Div();
        box.addClassName("answer-feedback");
        Paragraph who = new Paragraph("Feedback from " + feedback.teacherName() + " · " + DateTimes.format(feedback.givenAt())
                + (feedback.score() == null ? "" : " · Score " + feedback.score() + (maxScore == null ? "" : " of " + maxScore)));
        who.addClassName("note-when");
        box.add(who);
        if (!feedback.comment().isBlank()) {
            Paragraph comment = new Paragraph(feedback.comment());
            comment.addClassName("note-body");
            box.add(comment);
        }
        return box;
    }

    private static void showCount(TextArea field) {
        int length = field.getValue().length();
        field.setHelperText("%,d of %,d characters".formatted(length, AnswerService.MAX_ANSWER));
        if (length > AnswerService.MAX_ANSWER) {
            field.setErrorMessage("%,d characters over the limit: shorten your answer to save it.".formatted(length - AnswerService.MAX_ANSWER));
            field.setInvalid(true);
        }
    }

    private static String status(PromptAnswers.MyAnswer mine) {
        if (mine.submitted()) {
            return "Submitted " + DateTimes.format(mine.submittedAt()) + (mine.late() ? " (late)" : "")
                    + (mine.submittedVersion() > 1 ? ", version " + mine.submittedVersion() : "");
        }
        return mine.draftSavedAt() == null ? "Not started" : "Draft saved " + DateTimes.format(mine.draftSavedAt());
    }

    // Classmates' answers, and for teachers the whole class with the prompt's controls.

    private Div classmates(PromptAnswers prompt) {
        Div area = new Div();
        area.addClassName("classmate-answers");
        if (prompt.classmatesHidden()) {
            area.add(new Paragraph("Classmates' answers appear here once you have submitted yours."));
            return area;
        }
        if (prompt.classmates().isEmpty()) {
            area.add(new Paragraph("No classmates' answers yet."));
        } else {
            UnorderedList list = new UnorderedList();
            list.getElement().setAttribute("aria-label", "Classmates' answers");
            prompt.classmates().forEach(answer -> {
                Span who = new Span(answer.authorName());
                who.addClassName("author-name");
                Span when = new Span(" · " + DateTimes.format(answer.submittedAt()) + (answer.late() ? " · late" : ""));
                when.addClassName("note-when");
                Paragraph body = new Paragraph(answer.body());
                body.addClassName("note-body");
                list.add(new ListItem(who, when, body));
            });
            area.add(new Details("Classmates' answers (" + prompt.classmates().size() + ")", list));
        }
        return area;
    }

    private Details teacherControls(PromptAnswers prompt) {
        List<StudentAnswer> students = answers.studentAnswers(classId, prompt.promptId());
        long submitted = students.stream().filter(s -> s.submittedVersion() > 0).count();
        long drafting = students.stream().filter(StudentAnswer::drafting).count();
        long late = students.stream().filter(StudentAnswer::late).count();
        Div content = new Div();
        Button lock = new Button(prompt.locked() ? "Unlock" : "Lock answers", e -> change(() ->
                answers.setPromptState(classId, prompt.promptId(), !prompt.locked(), prompt.closed())));
        Button close = new Button(prompt.closed() ? "Reopen" : "Close", e -> change(() ->
                answers.setPromptState(classId, prompt.promptId(), prompt.locked(), !prompt.closed())));
        Div controls = new Div(lock, close);
        if (prompt.answerBeforePeers() && !prompt.revealed()) {
            controls.add(new Button("Reveal answers to the class", e -> change(() -> answers.reveal(classId, prompt.promptId()))));
        }
        controls.addClassName("assignment-actions");
        IntegerField max = new IntegerField("Maximum score");
        max.setValue(prompt.maxScore());
        max.setHelperText("Leave empty for comments without scores.");
        Button saveMax = new Button("Save maximum", e -> change(() -> answers.setMaxScore(classId, prompt.promptId(), max.getValue())));
        Div scoring = new Div(max, saveMax);
        scoring.addClassName("tag-add");
        content.add(controls, scoring);
        UnorderedList list = new UnorderedList();
        list.getElement().setAttribute("aria-label", "Every student's answer");
        for (StudentAnswer student : students) {
            Span who = new Span(student.displayName());
            who.addClassName("author-name");
            String state = student.submittedVersion() > 0
                    ? " · submitted " + DateTimes.format(student.submittedAt()) + (student.late() ? " · late" : "")
                    : student.drafting() ? " · drafting" : " · not started";
            ListItem row = new ListItem(who, new Span(state));
            if (student.body() != null) {
                Paragraph body = new Paragraph(student.body());
                body.addClassName("note-body");
                row.add(body);
            }
            if (student.submittedVersion() > 0) {
                row.add(feedbackEditor(prompt, student));
            }
            if (prompt.answerBeforePeers()) {
                Checkbox exempt = new Checkbox("May see classmates' answers first", student.exempt());
                exempt.addValueChangeListener(e -> change(() ->
                        answers.setExempt(classId, prompt.promptId(), student.accountId(), e.getValue())));
                row.add(exempt);
            }
            list.add(row);
        }
        content.add(list);
        Details details = new Details("Answers: %d submitted, %d drafting, %d late".formatted(submitted, drafting, late), content);
        details.addClassName("teacher-answers");
        details.setOpened(openPanels.contains(prompt.promptId()));
        details.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                openPanels.add(prompt.promptId());
            } else {
                openPanels.remove(prompt.promptId());
            }
        });
        return details;
    }

    private Div feedbackEditor(PromptAnswers prompt, StudentAnswer student) {
        TextArea comment = new TextArea("Feedback for " + student.displayName());
        comment.setValue(student.feedbackComment() == null ? "" : student.feedbackComment());
        comment.setWidthFull();
        IntegerField score = new IntegerField("Score" + (prompt.maxScore() == null ? "" : " (of " + prompt.maxScore() + ")"));
        score.setValue(student.feedbackScore());
        score.setVisible(prompt.maxScore() != null);
        Button save = new Button("Save feedback", e -> {
            try {
                answers.giveFeedback(classId, prompt.promptId(), student.accountId(), comment.getValue(), score.getValue());
                Notification.show("Feedback saved for " + student.displayName() + ".", 3000, Notification.Position.BOTTOM_START);
                comment.setInvalid(false);
                score.setInvalid(false);
            } catch (InvalidInputException problem) {
                var target = "score".equals(problem.field()) ? score : comment;
                target.setErrorMessage(problem.getMessage());
                target.setInvalid(true);
            }
        });
        Div editor = new Div(comment, score, save);
        editor.addClassName("answer-editor");
        return editor;
    }

    private void change(Runnable change) {
        try {
            change.run();
        } catch (InvalidInputException refused) {
            Notification.show(refused.getMessage(), 5000, Notification.Position.MIDDLE);
        }
        refresh();
    }
}
