package app.colloquy.discussion.ui;

import app.colloquy.discussion.AnswerService;
import app.colloquy.discussion.DraftConflictException;
import app.colloquy.discussion.DraftSaved;
import app.colloquy.discussion.ModerationService;
import app.colloquy.discussion.ModerationTarget;
import app.colloquy.discussion.Note;
import app.colloquy.discussion.Permissions;
import app.colloquy.discussion.PromptAnswers;
import app.colloquy.discussion.StudentAnswer;
import app.colloquy.platform.DatabaseTrouble;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.NotFoundException;
import app.colloquy.platform.ui.DateTimes;
import app.colloquy.platform.ui.ReasonDialog;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.Component;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The lesson's discussion prompts, each with the student's answer right under it (the draft saves
 * itself a moment after typing stops and is kept in the browser until the server has it; Submit
 * sends it), the highlights it cites, and classmates' answers once they may see them. Teachers see
 * every student's answer with its evidence and versions, give feedback and steer the prompt.
 * Updates by others redraw only what others changed: a field being typed in is never replaced.
 */
@JsModule("./answer-draft.ts")
class PromptAnswersSection extends Section {

    /** How a character count ends; the browser counts with the same words while offline. */
    private static final String COUNTED = String.format(Locale.ROOT, "of %,d characters", AnswerService.MAX_ANSWER);

    private static final int DRAFT_PAUSE_MS = 1500;

    /** What the section needs from the lesson screen around it. */
    interface Host {
        /** The viewer's own highlights in this lesson that have a place in the text. */
        List<Note> myHighlights();

        void showInText(PromptAnswers.Evidence evidence);

        /** Lets the student select new words in the text to cite in the prompt's answer. */
        void citeNewWords(long promptId, int promptNumber);
    }

    private final AnswerService answers;
    private final ModerationService moderation;
    private final Host host;
    private final long classId;
    private final long lessonId;
    private final long viewerId;
    private final boolean teacher;
    private final Map<Long, StudentPrompt> studentPrompts = new HashMap<>();
    private final Map<Long, TeacherPrompt> teacherPrompts = new HashMap<>();
    private List<Long> shownPrompts = List.of();
    private Long focusHelpfulOf;

    PromptAnswersSection(AnswerService answers, ModerationService moderation, Host host, long classId, long lessonId,
                         long viewerId, boolean teacher) {
        this.answers = answers;
        this.moderation = moderation;
        this.host = host;
        this.classId = classId;
        this.lessonId = lessonId;
        this.viewerId = viewerId;
        this.teacher = teacher;
        addClassName("prompts");
        getElement().setAttribute("aria-labelledby", "prompts-heading");
        refresh();
    }

    /** Re-reads the prompts; redraws the whole list only when the prompts themselves changed. */
    void refresh() {
        List<PromptAnswers> prompts = answers.lessonPrompts(classId, lessonId);
        List<Long> ids = prompts.stream().map(PromptAnswers::promptId).toList();
        if (!ids.equals(shownPrompts)) {
            rebuild(prompts);
            shownPrompts = ids;
        }
        prompts.forEach(prompt -> {
            if (teacher) {
                teacherPrompts.get(prompt.promptId()).show(prompt);
            } else {
                studentPrompts.get(prompt.promptId()).show(prompt);
            }
        });
    }

    private void rebuild(List<PromptAnswers> prompts) {
        removeAll();
        Map<Long, StudentPrompt> previous = new HashMap<>(studentPrompts);
        studentPrompts.clear();
        teacherPrompts.clear();
        H2 heading = new H2("Discussion prompts");
        heading.setId("prompts-heading");
        add(heading);
        if (prompts.isEmpty()) {
            add(new Span("No prompts for this lesson yet."));
            return;
        }
        OrderedList list = new OrderedList();
        for (int i = 0; i < prompts.size(); i++) {
            PromptAnswers prompt = prompts.get(i);
            ListItem item = new ListItem(prompt.question());
            item.addClassName("prompt");
            if (prompt.answerBeforePeers()) {
                Span gate = new Span("Answer before you see classmates' answers");
                gate.addClassName("prompt-gate");
                item.add(gate);
            }
            Span state = new Span();
            state.addClassName("prompt-state");
            item.add(state);
            if (teacher) {
                TeacherPrompt block = new TeacherPrompt(prompt.promptId(), state);
                teacherPrompts.put(prompt.promptId(), block);
                item.add(block.panel);
            } else {
                int number = i + 1;
                StudentPrompt block = new StudentPrompt(prompt, number, state);
                if (previous.containsKey(prompt.promptId())) {
                    block.carryOver(previous.get(prompt.promptId()));
                }
                studentPrompts.put(prompt.promptId(), block);
                item.add(block.editor, block.mine, block.classmates);
            }
            list.add(item);
        }
        add(list);
    }

    /** The student's non-empty answer fields as typed, for when the lesson goes away under them. */
    List<String> typedAnswers() {
        return studentPrompts.values().stream().map(p -> p.field.getValue()).filter(text -> !text.isBlank()).toList();
    }

    /** Refills the student's answer with what they typed offline or before a tab closed (kept in the browser). */
    @ClientCallable
    void restoreUnsaved(long promptId, String text, int baseRevision) {
        StudentPrompt prompt = studentPrompts.get(promptId);
        if (prompt != null && text != null) {
            prompt.restore(text, baseRevision);
        }
    }

    /**
     * The browser still holds text the server has not saved (the database or the connection was
     * away): saves it now if nothing newer was saved meanwhile; while the database is still away,
     * quietly, since the page already says "Not saved yet".
     */
    @ClientCallable
    void retryUnsaved(long promptId, String text, int baseRevision) {
        StudentPrompt prompt = studentPrompts.get(promptId);
        if (prompt != null && text != null) {
            prompt.retry(text, baseRevision);
        }
    }

    private static void showState(Span state, PromptAnswers prompt) {
        state.setText(prompt.closed() ? "Closed: no more answers" : prompt.locked() ? "Locked: submitted answers are final" : "");
        state.setVisible(prompt.closed() || prompt.locked());
    }

    /** One prompt as a student answers it. */
    private final class StudentPrompt {

        private final long promptId;
        private final int number;
        private final Span state;
        private final TextArea field;
        private final Span saved = new Span();
        private final Span unsaved = new Span("Not saved yet: kept in this browser until the server has it");
        private final Div evidence = new Div();
        private final Button submit = new Button("Submit answer", e -> submit());
        private final Div editor;
        private final Div mine = new Div();
        private final Div classmates = new Div();
        private final Paragraph classmatesNote = new Paragraph();
        private final Details others = new Details();
        private final UnorderedList othersList = new UnorderedList();
        private final KeyedItems<PromptAnswers.ClassmateAnswer> othersItems =
                new KeyedItems<>(othersList, PromptAnswers.ClassmateAnswer::answerId, PromptAnswersSection.this::classmateAnswer);
        private int revision;
        private PromptAnswers current;

        StudentPrompt(PromptAnswers prompt, int number, Span state) {
            this.promptId = prompt.promptId();
            this.number = number;
            this.state = state;
            this.revision = prompt.mine().draftRevision();
            field = new TextArea("Your answer to prompt " + number);
            field.setWidthFull();
            field.setMinHeight("6rem");
            field.setValue(prompt.mine().draft());
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setValueChangeTimeout(DRAFT_PAUSE_MS);
            field.addValueChangeListener(e -> {
                showCount(field);
                if (e.isFromClient()) {
                    saveDraft();
                }
            });
            showCount(field);
            saved.setText(status(prompt.mine()));
            saved.addClassName("answer-status");
            saved.getElement().setAttribute("aria-live", "polite");
            unsaved.addClassName("answer-unsaved");
            // Shown and hidden by the browser alone: it knows before the server does.
            unsaved.getElement().setAttribute("hidden", true);
            evidence.addClassName("answer-evidence");
            submit.addThemeVariants(ButtonVariant.PRIMARY);
            Button cite = new Button("Cite evidence", e -> openCiteDialog());
            Div actions = new Div(cite, submit);
            actions.addClassName("answer-actions");
            editor = new Div(field, saved, unsaved, evidence, actions);
            editor.addClassName("answer-editor");
            mine.addClassName("my-answer-responses");
            classmates.addClassName("classmate-answers");
            others.addClassName("classmates-details");
            classmates.add(classmatesNote, others);
            othersList.getElement().setAttribute("aria-label", "Classmates' answers");
            others.add(othersList);
            others.addOpenedChangeListener(e -> {
                if (e.isOpened()) {
                    othersItems.show(current.classmates());
                }
            });
            keepInBrowser();
        }

        /** What is typed is kept in the browser until the server has saved it (frontend/answer-draft.ts). */
        private void keepInBrowser() {
            field.getElement().setAttribute("data-revision", String.valueOf(revision));
            field.getElement().executeJs("window.colloquyAnswerDraft.keep(this, $0, $1, $2, $3, $4)",
                    storageKey(), unsaved, PromptAnswersSection.this, promptId, COUNTED);
        }

        private String storageKey() {
            return "colloquy-answer:" + viewerId + ":" + classId + ":" + promptId;
        }

        /** The server has the text: the browser's copy can go, unless more was typed meanwhile. */
        private void savedInBrowser(String text) {
            field.getElement().setAttribute("data-revision", String.valueOf(revision));
            field.getElement().executeJs("window.colloquyAnswerDraft.saved(this, $0, $1, $2, $3)",
                    storageKey(), unsaved, text, revision);
        }

        void show(PromptAnswers prompt) {
            current = prompt;
            showState(state, prompt);
            submit.setText(prompt.mine().submitted() ? "Submit changes" : "Submit answer");
            submit.setEnabled(!prompt.closed());
            evidence.removeAll();
            if (!prompt.mine().evidence().isEmpty()) {
                evidence.add(evidenceList(prompt.mine().evidence(), this::uncite));
            }
            mine.removeAll();
            PromptAnswers.MyAnswer my = prompt.mine();
            if (my.hiddenReason() != null) {
                Paragraph hidden = new Paragraph("Your teacher hid this answer from classmates: " + my.hiddenReason());
                hidden.addClassName("note-hidden-reason");
                mine.add(hidden);
            }
            if (my.feedback() != null) {
                mine.add(feedback(my.feedback(), prompt.maxScore()));
            }
            if (my.helpfulCount() > 0) {
                mine.add(new Paragraph(my.helpfulCount() == 1 ? "1 classmate found your answer helpful."
                        : my.helpfulCount() + " classmates found your answer helpful."));
            }
            if (!my.replies().isEmpty()) {
                mine.add(replies(my.replies(), "Replies to your answer"));
            }
            showClassmates(prompt);
        }

        /** Classmates' answers stay folded until opened, and are drawn only then: a class of 40 is long. */
        private void showClassmates(PromptAnswers prompt) {
            boolean any = !prompt.classmatesHidden() && !prompt.classmates().isEmpty();
            classmatesNote.setText(prompt.classmatesHidden() ? "Classmates' answers appear here once you have submitted yours."
                    : "No classmates' answers yet.");
            classmatesNote.setVisible(!any);
            others.setVisible(any);
            others.setSummaryText("Classmates' answers (" + prompt.classmates().size() + ")");
            if (any && others.isOpened()) {
                othersItems.show(prompt.classmates());
            }
        }

        /** Keeps what was typed in the block this one replaces (the teacher changed the lesson's prompts). */
        void carryOver(StudentPrompt old) {
            field.setValue(old.field.getValue());
            showCount(field);
            revision = old.revision;
            saved.setText(old.saved.getText());
        }

        void restore(String text, int baseRevision) {
            field.setValue(text);
            showCount(field);
            revision = baseRevision;
            saveDraft();
        }

        void retry(String text, int baseRevision) {
            if (baseRevision != revision) {
                return;
            }
            try {
                restore(text, baseRevision);
            } catch (RuntimeException failure) {
                if (!DatabaseTrouble.isCause(failure)) {
                    throw failure;
                }
            }
        }

        private void saveDraft() {
            String text = field.getValue();
            try {
                DraftSaved draft = answers.saveDraft(classId, promptId, text, revision);
                revision = draft.revision();
                saved.setText("Draft saved " + DateTimes.format(draft.savedAt()));
                field.setInvalid(false);
                savedInBrowser(text);
            } catch (DraftConflictException conflict) {
                chooseDraft(conflict);
            } catch (InvalidInputException problem) {
                saved.setText("Not saved: " + problem.getMessage());
                field.setErrorMessage(problem.getMessage());
                field.setInvalid(true);
            } catch (NotFoundException gone) {
                saved.setText("This prompt is no longer available. Your text is still here: copy it if you need it.");
            }
        }

        /** Another tab or device saved meanwhile: show both and let the student choose. */
        private void chooseDraft(DraftConflictException conflict) {
            saved.setText("Not saved: changed elsewhere");
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle("This answer was changed in another tab");
            Paragraph elsewhere = new Paragraph(conflict.savedDraft());
            elsewhere.addClassName("note-body");
            Paragraph here = new Paragraph(field.getValue());
            here.addClassName("note-body");
            dialog.add(new Paragraph("Saved from elsewhere:"), elsewhere, new Paragraph("In this tab:"), here);
            Button keepMine = new Button("Keep the text in this tab", e -> {
                revision = conflict.savedRevision();
                dialog.close();
                saveDraft();
            });
            Button useSaved = new Button("Use the saved text", e -> {
                revision = conflict.savedRevision();
                field.setValue(conflict.savedDraft());
                saved.setText("Using the text saved elsewhere");
                savedInBrowser(conflict.savedDraft());
                dialog.close();
            });
            dialog.getFooter().add(useSaved, keepMine);
            dialog.open();
        }

        private void submit() {
            String text = field.getValue();
            try {
                int version = answers.submit(classId, promptId, text);
                savedInBrowser(text);
                refresh();
                saved.setText(status(current.mine()));
                revision = current.mine().draftRevision();
                field.setInvalid(false);
                Notification.show(version == 1 ? "Answer submitted." : "Changes submitted (version " + version + ").", 4000,
                        Notification.Position.BOTTOM_START);
            } catch (InvalidInputException problem) {
                field.setErrorMessage(problem.getMessage());
                field.setInvalid(true);
                field.focus();
            } catch (NotFoundException gone) {
                saved.setText("This prompt is no longer available. Your text is still here: copy it if you need it.");
            }
        }

        private void openCiteDialog() {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle("Cite evidence in your answer to prompt " + number);
            Set<Long> cited = new HashSet<>();
            current.mine().evidence().forEach(e -> cited.add(e.annotationId()));
            List<Note> highlights = host.myHighlights();
            if (highlights.isEmpty()) {
                dialog.add(new Paragraph("You have no highlights in this lesson yet."));
            } else {
                UnorderedList list = new UnorderedList();
                list.getElement().setAttribute("aria-label", "Your highlights");
                for (Note note : highlights) {
                    Span quote = new Span("“" + note.quote() + "”");
                    quote.addClassName("evidence-quote");
                    Button choose = new Button(cited.contains(note.id()) ? "Cited" : "Cite", e -> {
                        if (act(() -> answers.cite(classId, promptId, note.id()))) {
                            dialog.close();
                        }
                    });
                    choose.setEnabled(!cited.contains(note.id()));
                    choose.getElement().setAttribute("aria-label", "Cite “" + shorten(note.quote()) + "”");
                    ListItem item = new ListItem(quote);
                    if (note.body() != null && !note.body().isBlank()) {
                        Paragraph body = new Paragraph(note.body());
                        body.addClassName("note-body");
                        item.add(body);
                    }
                    item.add(choose);
                    list.add(item);
                }
                dialog.add(list);
            }
            Button newWords = new Button("Highlight new words to cite", e -> {
                dialog.close();
                host.citeNewWords(promptId, number);
            });
            dialog.getFooter().add(new Button("Close", e -> dialog.close()), newWords);
            dialog.open();
        }

        private void uncite(PromptAnswers.Evidence cited) {
            act(() -> answers.uncite(classId, promptId, cited.annotationId()));
        }
    }

    /** One prompt as the class's teachers steer it, with every student's answer. */
    private final class TeacherPrompt {

        private final long promptId;
        private final Span state;
        private final Details panel = new Details();
        private final Div controls = new Div();
        private final Div content = new Div();
        /** Feedback being written: such a panel is not redrawn under the teacher's hands. */
        private final Set<Long> writingFeedback = new HashSet<>();
        private PromptAnswers prompt;
        private List<StudentAnswer> students = List.of();
        private List<Object> drawnSettings = List.of();
        private final UnorderedList studentList = new UnorderedList();
        private final KeyedItems<StudentAnswer> studentItems =
                new KeyedItems<>(studentList, StudentAnswer::accountId, student -> studentRow(prompt, student));
        /** The answers are drawn when the panel is open: a closed panel costs only its summary. */
        private boolean drawn;

        TeacherPrompt(long promptId, Span state) {
            this.promptId = promptId;
            this.state = state;
            panel.addClassName("teacher-answers");
            studentList.getElement().setAttribute("aria-label", "Every student's answer");
            content.add(studentList);
            panel.add(controls, content);
            panel.addOpenedChangeListener(e -> {
                if (e.isOpened() && !drawn) {
                    draw();
                }
            });
        }

        void show(PromptAnswers prompt) {
            showState(state, prompt);
            this.prompt = prompt;
            students = answers.studentAnswers(classId, promptId);
            long submitted = students.stream().filter(s -> s.submittedVersion() > 0).count();
            long drafting = students.stream().filter(StudentAnswer::drafting).count();
            long late = students.stream().filter(StudentAnswer::late).count();
            panel.setSummaryText("Answers: %d submitted, %d drafting, %d late".formatted(submitted, drafting, late));
            drawn = false;
            if (panel.isOpened()) {
                draw();
            }
        }

        private void draw() {
            drawn = true;
            List<Object> settings = List.of(prompt.locked(), prompt.closed(), prompt.revealed(), prompt.answerBeforePeers(),
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
                    Button showNew = new Button("New activity: show the latest answers", e -> {
                        writingFeedback.clear();
                        refresh();
                    });
                    showNew.addClassName("show-new-answers");
                    content.addComponentAsFirst(showNew);
                }
                return;
            }
            content.getChildren().filter(c -> c.hasClassName("show-new-answers")).toList().forEach(content::remove);
            studentItems.show(students);
        }

        private Component controls(PromptAnswers prompt) {
            Button lock = new Button(prompt.locked() ? "Unlock" : "Lock answers", e -> act(() ->
                    answers.setPromptState(classId, promptId, !prompt.locked(), prompt.closed())));
            Button close = new Button(prompt.closed() ? "Reopen" : "Close", e -> act(() ->
                    answers.setPromptState(classId, promptId, prompt.locked(), !prompt.closed())));
            Div controls = new Div(lock, close);
            if (prompt.answerBeforePeers() && !prompt.revealed()) {
                controls.add(new Button("Reveal answers to the class", e -> act(() -> answers.reveal(classId, promptId))));
            }
            controls.addClassName("assignment-actions");
            IntegerField max = new IntegerField("Maximum score");
            max.setValue(prompt.maxScore());
            max.setHelperText("Leave empty for comments without scores.");
            Button saveMax = new Button("Save maximum", e -> act(() -> answers.setMaxScore(classId, promptId, max.getValue())));
            Div scoring = new Div(max, saveMax);
            scoring.addClassName("tag-add");
            return new Div(controls, scoring);
        }

        private ListItem studentRow(PromptAnswers prompt, StudentAnswer student) {
            Span who = new Span(student.displayName());
            who.addClassName("author-name");
            String state = student.submittedVersion() > 0
                    ? " · submitted " + DateTimes.format(student.submittedAt()) + (student.late() ? " · late" : "")
                    : student.drafting() ? " · drafting" : " · not started";
            ListItem row = new ListItem(who, new Span(state));
            if (student.body() != null) {
                row.add(body(student.body(), student.hiddenReason()),
                        moderationButton(ModerationTarget.answer(student.answerId()), student.hiddenReason() != null,
                                "answer by " + student.displayName()));
            }
            if (!student.evidence().isEmpty()) {
                row.add(evidenceList(student.evidence(), null));
            }
            if (student.submittedVersion() > 1) {
                row.add(new Button("Earlier versions (" + (student.submittedVersion() - 1) + ")", e -> showVersions(student)));
            }
            if (student.helpfulCount() > 0) {
                row.add(new Paragraph("Helpful to " + student.helpfulCount() + (student.helpfulCount() == 1 ? " classmate" : " classmates")));
            }
            if (!student.replies().isEmpty()) {
                row.add(replies(student.replies(), "Replies to " + student.displayName()));
            }
            if (student.submittedVersion() > 0) {
                row.add(feedbackEditor(prompt, student));
            }
            if (prompt.answerBeforePeers()) {
                Checkbox exempt = new Checkbox("May see classmates' answers first", student.exempt());
                exempt.addValueChangeListener(e -> act(() -> answers.setExempt(classId, promptId, student.accountId(), e.getValue())));
                row.add(exempt);
            }
            return row;
        }

        private void showVersions(StudentAnswer student) {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle("Submitted versions: " + student.displayName());
            OrderedList versions = new OrderedList();
            versions.getElement().setAttribute("reversed", true);
            answers.versions(classId, promptId, student.accountId()).forEach(v -> {
                Paragraph when = new Paragraph("Version " + v.version() + " · " + DateTimes.format(v.submittedAt())
                        + (v.late() ? " · late" : ""));
                when.addClassName("note-when");
                Paragraph text = new Paragraph(v.body());
                text.addClassName("note-body");
                versions.add(new ListItem(when, text));
            });
            dialog.add(versions);
            dialog.getFooter().add(new Button("Close", e -> dialog.close()));
            dialog.open();
        }

        private Div feedbackEditor(PromptAnswers prompt, StudentAnswer student) {
            TextArea comment = new TextArea("Feedback for " + student.displayName());
            comment.setValue(student.feedbackComment() == null ? "" : student.feedbackComment());
            comment.setWidthFull();
            comment.addValueChangeListener(e -> writingFeedback.add(student.accountId()));
            IntegerField score = new IntegerField("Score" + (prompt.maxScore() == null ? "" : " (of " + prompt.maxScore() + ")"));
            score.setValue(student.feedbackScore());
            score.setVisible(prompt.maxScore() != null);
            score.addValueChangeListener(e -> writingFeedback.add(student.accountId()));
            Button save = new Button("Save feedback", e -> {
                try {
                    answers.giveFeedback(classId, promptId, student.accountId(), comment.getValue(), score.getValue());
                    writingFeedback.remove(student.accountId());
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
    }

    // Pieces shared by students' and teachers' views.

    private ListItem classmateAnswer(PromptAnswers.ClassmateAnswer answer) {
        Span who = new Span(answer.authorName());
        who.addClassName("author-name");
        Span when = new Span(" · " + DateTimes.format(answer.submittedAt()) + (answer.late() ? " · late" : ""));
        when.addClassName("note-when");
        ListItem item = new ListItem(who, when, body(answer.body(), null));
        if (!answer.evidence().isEmpty()) {
            item.add(evidenceList(answer.evidence(), null));
        }
        if (!answer.replies().isEmpty()) {
            item.add(replies(answer.replies(), "Replies to " + answer.authorName()));
        }
        Button helpful = new Button((answer.helpfulByMe() ? "Marked helpful" : "Helpful")
                + (answer.helpfulCount() > 0 ? " (" + answer.helpfulCount() + ")" : ""), e -> {
            focusHelpfulOf = answer.answerId();
            act(() -> answers.setHelpful(answer.answerId(), !answer.helpfulByMe()));
        });
        if (focusHelpfulOf != null && focusHelpfulOf == answer.answerId()) {
            // The answer was redrawn with its new count: the keyboard stays on its button.
            focusHelpfulOf = null;
            helpful.focus();
        }
        helpful.getElement().setAttribute("aria-pressed", String.valueOf(answer.helpfulByMe()));
        helpful.getElement().setAttribute("aria-label", "Helpful: answer by " + answer.authorName()
                + (answer.helpfulCount() > 0 ? ", " + answer.helpfulCount() + " so far" : ""));
        Button reply = new Button("Reply", e -> openReply(answer));
        reply.getElement().setAttribute("aria-label", "Reply to " + answer.authorName());
        Div actions = new Div(helpful, reply);
        if (Permissions.mayFlag(teacher, false, false, answer.hidden())) {
            actions.add(flagButton(ModerationTarget.answer(answer.answerId()), "answer by " + answer.authorName()));
        }
        actions.addClassName("answer-actions");
        item.add(actions);
        return item;
    }

    private void openReply(PromptAnswers.ClassmateAnswer answer) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Reply to " + answer.authorName());
        TextArea text = new TextArea("Your reply");
        text.setWidthFull();
        text.setMinHeight("6rem");
        text.setMaxLength(AnswerService.MAX_REPLY);
        text.setHelperText("Up to %,d characters".formatted(AnswerService.MAX_REPLY));
        Button post = new Button("Post reply", e -> {
            try {
                answers.reply(answer.answerId(), text.getValue());
                dialog.close();
                refresh();
            } catch (InvalidInputException problem) {
                text.setErrorMessage(problem.getMessage());
                text.setInvalid(true);
            } catch (NotFoundException gone) {
                text.setErrorMessage("This answer is no longer there. Your reply is still here to copy.");
                text.setInvalid(true);
            }
        });
        post.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(text);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), post);
        dialog.addOpenedChangeListener(e -> text.focus());
        dialog.open();
    }

    /** Cited passages with a way to their place in the text; {@code remove} offers taking one out. */
    private Div evidenceList(List<PromptAnswers.Evidence> evidence,
                             java.util.function.Consumer<PromptAnswers.Evidence> remove) {
        Span label = new Span("Cited evidence");
        label.addClassName("evidence-label");
        UnorderedList list = new UnorderedList();
        list.addClassName("evidence-list");
        list.getElement().setAttribute("aria-label", "Cited evidence");
        for (PromptAnswers.Evidence cited : evidence) {
            Span quote = new Span("“" + cited.quote() + "”");
            quote.addClassName("evidence-quote");
            ListItem item = new ListItem(quote);
            if (cited.orphaned()) {
                Span gone = new Span(" (these words are no longer in the lesson text)");
                gone.addClassName("note-when");
                item.add(gone);
            } else {
                Button show = new Button("Show in text", e -> host.showInText(cited));
                show.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                show.getElement().setAttribute("aria-label", "Show in text: “" + shorten(cited.quote()) + "”");
                item.add(show);
            }
            if (remove != null) {
                Button take = new Button("Remove", e -> remove.accept(cited));
                take.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                take.getElement().setAttribute("aria-label", "Remove: “" + shorten(cited.quote()) + "” from your answer");
                item.add(take);
            }
            list.add(item);
        }
        return new Div(label, list);
    }

    private UnorderedList replies(List<PromptAnswers.AnswerReply> replies, String label) {
        UnorderedList list = new UnorderedList();
        list.addClassName("answer-replies");
        list.getElement().setAttribute("aria-label", label);
        replies.forEach(reply -> {
            Span who = new Span(reply.authorName() + (reply.authorIsTeacher() ? " (teacher)" : ""));
            who.addClassName("author-name");
            Span when = new Span(" · " + DateTimes.format(reply.createdAt()));
            when.addClassName("note-when");
            ListItem item = new ListItem(who, when, body(reply.body(), reply.hiddenReason()));
            ModerationTarget target = ModerationTarget.answerReply(reply.id());
            if (Permissions.mayModerate(teacher, false)) {
                item.add(moderationButton(target, reply.hidden(), "reply by " + reply.authorName()));
            } else if (Permissions.mayFlag(teacher, reply.mine(), false, reply.hidden())) {
                item.add(flagButton(target, "reply by " + reply.authorName()));
            }
            list.add(item);
        });
        return list;
    }

    /** The text of an answer or reply; a hidden one says so, and its author sees why. */
    private static Div body(String text, String hiddenReason) {
        Div body = new Div();
        Paragraph paragraph = new Paragraph(text == null ? "Hidden by the teacher." : text);
        paragraph.addClassName(text == null ? "note-hidden" : "note-body");
        body.add(paragraph);
        if (hiddenReason != null) {
            Paragraph why = new Paragraph("Hidden from classmates by the teacher: " + hiddenReason);
            why.addClassName("note-hidden-reason");
            body.add(why);
        }
        return body;
    }

    private Button flagButton(ModerationTarget target, String what) {
        Button flag = new Button("Flag", e -> ReasonDialog.open("Flag this " + target.kind().label() + " for your teacher",
                "Your teacher will see it and your reason. The author is not told who flagged it.", "Flag",
                ModerationService.MAX_REASON, reason -> moderation.flag(target, reason), () -> Notification.show(
                        "Flagged for your teacher.", 3000, Notification.Position.BOTTOM_START)));
        flag.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        flag.getElement().setAttribute("aria-label", "Flag " + what);
        return flag;
    }

    private Button moderationButton(ModerationTarget target, boolean hidden, String what) {
        Button button = new Button(hidden ? "Show again" : "Hide from classmates", e -> ReasonDialog.open(
                hidden ? "Show this " + target.kind().label() + " again" : "Hide this " + target.kind().label() + " from classmates",
                hidden ? "Say why, for the class's record." : "Classmates will see \"Hidden by the teacher\". The author still sees it, with your reason.",
                hidden ? "Show again" : "Hide", ModerationService.MAX_REASON,
                reason -> {
                    if (hidden) {
                        moderation.unhide(target, reason);
                    } else {
                        moderation.hide(target, reason);
                    }
                }, this::refresh));
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        button.getElement().setAttribute("aria-label", (hidden ? "Show again: " : "Hide from classmates: ") + what);
        return button;
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
        field.setHelperText(String.format(Locale.ROOT, "%,d ", length) + COUNTED);
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

    static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }

    /** Runs a change and redraws; a refusal is shown and changes nothing. Says whether it went through. */
    private boolean act(Runnable change) {
        boolean done = false;
        try {
            change.run();
            done = true;
        } catch (InvalidInputException refused) {
            Notification.show(refused.getMessage(), 5000, Notification.Position.MIDDLE);
        } catch (NotFoundException gone) {
            Notification.show("That is no longer available. The answers have been refreshed.", 5000, Notification.Position.MIDDLE);
        }
        refresh();
        return done;
    }
}
