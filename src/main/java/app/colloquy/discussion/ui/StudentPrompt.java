package app.colloquy.discussion.ui;

import app.colloquy.discussion.AnswerService;
import app.colloquy.discussion.DraftConflictException;
import app.colloquy.discussion.DraftSaved;
import app.colloquy.discussion.Note;
import app.colloquy.discussion.PromptAnswers;
import app.colloquy.platform.DatabaseTrouble;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.NotFoundException;
import app.colloquy.platform.ui.DateTimes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * One prompt as a student answers it: the draft saves itself a moment after typing stops and is
 * kept in the browser until the server has it (frontend/answer-draft.ts); Submit sends it; cited
 * evidence; what others said about the answer; classmates' answers once they may see them.
 */
final class StudentPrompt {

    private static final int DRAFT_PAUSE_MS = 1500;
    /** How a character count ends; the browser counts with the same words while offline. */
    private static final String COUNTED = String.format(Locale.ROOT, "of %,d characters", AnswerService.MAX_ANSWER);

    private final PromptContext ctx;
    private final AnswerPieces pieces;
    private final Component section;
    private final long promptId;
    private final int number;
    private final Span state;
    private final TextArea field;
    private final Span saved = new Span();
    private final Span unsaved = new Span("Not saved yet: kept in this browser until the server has it");
    private final Div evidence = new Div();
    private final Button submit = new Button("Submit answer", e -> submit());
    final Div editor;
    final Div mine = new Div();
    final Div classmates = new Div();
    private final Paragraph classmatesNote = new Paragraph();
    private final Details others = new Details();
    private final UnorderedList othersList = new UnorderedList();
    private final KeyedItems<PromptAnswers.ClassmateAnswer> othersItems;
    private int revision;

    @SuppressWarnings("NullAway.Init") // shown right after it is made (PromptAnswersSection)
    private PromptAnswers current;

    /** {@code section} receives the browser's calls back (its unsaved text). */
    StudentPrompt(
            PromptContext ctx, AnswerPieces pieces, Component section, PromptAnswers prompt, int number, Span state) {
        this.ctx = ctx;
        this.pieces = pieces;
        this.section = section;
        this.othersItems =
                new KeyedItems<>(othersList, PromptAnswers.ClassmateAnswer::answerId, pieces::classmateAnswer);
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
        field.getElement()
                .executeJs(
                        "window.colloquyAnswerDraft.keep(this, $0, $1, $2, $3, $4)",
                        storageKey(),
                        unsaved,
                        section,
                        promptId,
                        COUNTED);
    }

    private String storageKey() {
        return "colloquy-answer:" + ctx.viewerId() + ":" + ctx.classId() + ":" + promptId;
    }

    /** The server has the text: the browser's copy can go, unless more was typed meanwhile. */
    private void savedInBrowser(String text) {
        field.getElement().setAttribute("data-revision", String.valueOf(revision));
        field.getElement()
                .executeJs(
                        "window.colloquyAnswerDraft.saved(this, $0, $1, $2, $3)",
                        storageKey(),
                        unsaved,
                        text,
                        revision);
    }

    /**
     * Shows the prompt as read now; parts that read the same as before are left as they are, so a
     * classmate's submission redraws the classmates' count and not the student's own answer.
     */
    void show(PromptAnswers prompt) {
        PromptAnswers before = current;
        current = prompt;
        if (changed(
                before, prompt, p -> List.of(p.closed(), p.locked(), p.mine().submitted()))) {
            AnswerPieces.showState(state, prompt);
            submit.setText(prompt.mine().submitted() ? "Submit changes" : "Submit answer");
            submit.setEnabled(!prompt.closed());
        }
        if (changed(before, prompt, p -> p.mine().evidence())) {
            evidence.removeAll();
            if (!prompt.mine().evidence().isEmpty()) {
                evidence.add(pieces.evidenceList(prompt.mine().evidence(), this::uncite));
            }
        }
        if (changed(before, prompt, StudentPrompt::responsesToMine)) {
            showResponses(prompt);
        }
        if (changed(before, prompt, p -> List.of(p.classmatesHidden(), p.classmates()))) {
            showClassmates(prompt);
        }
    }

    private static boolean changed(PromptAnswers before, PromptAnswers now, Function<PromptAnswers, Object> part) {
        return before == null || !part.apply(before).equals(part.apply(now));
    }

    private static List<Object> responsesToMine(PromptAnswers prompt) {
        PromptAnswers.MyAnswer my = prompt.mine();
        return Arrays.asList(my.hiddenReason(), my.feedback(), prompt.maxScore(), my.helpfulCount(), my.replies());
    }

    /** What the teacher and classmates made of the student's answer. */
    private void showResponses(PromptAnswers prompt) {
        mine.removeAll();
        PromptAnswers.MyAnswer my = prompt.mine();
        if (my.hiddenReason() != null) {
            Paragraph hidden = new Paragraph("Your teacher hid this answer from classmates: " + my.hiddenReason());
            hidden.addClassName("note-hidden-reason");
            mine.add(hidden);
        }
        if (my.feedback() != null) {
            mine.add(AnswerPieces.feedback(my.feedback(), prompt.maxScore()));
        }
        if (my.helpfulCount() > 0) {
            mine.add(new Paragraph(
                    my.helpfulCount() == 1
                            ? "1 classmate found your answer helpful."
                            : my.helpfulCount() + " classmates found your answer helpful."));
        }
        if (!my.replies().isEmpty()) {
            mine.add(pieces.replies(my.replies(), "Replies to your answer"));
        }
    }

    /** Classmates' answers stay folded until opened, and are drawn only then: a class of 40 is long. */
    private void showClassmates(PromptAnswers prompt) {
        boolean any = !prompt.classmatesHidden() && !prompt.classmates().isEmpty();
        // Text set only when it differs: setting it again would still send a new text node.
        String note = prompt.classmatesHidden()
                ? "Classmates' answers appear here once you have submitted yours."
                : "No classmates' answers yet.";
        if (!note.equals(classmatesNote.getText())) {
            classmatesNote.setText(note);
        }
        classmatesNote.setVisible(!any);
        others.setVisible(any);
        String summary = "Classmates' answers (" + prompt.classmates().size() + ")";
        if (!summary.equals(others.getSummaryText())) {
            others.setSummaryText(summary);
        }
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
            DraftSaved draft = ctx.answers().saveDraft(ctx.classId(), promptId, text, revision);
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
            int version = ctx.answers().submit(ctx.classId(), promptId, text);
            savedInBrowser(text);
            ctx.refresh().run();
            saved.setText(status(current.mine()));
            revision = current.mine().draftRevision();
            field.setInvalid(false);
            Notification.show(
                    version == 1 ? "Answer submitted." : "Changes submitted (version " + version + ").",
                    4000,
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
        List<Note> highlights = ctx.host().myHighlights();
        if (highlights.isEmpty()) {
            dialog.add(new Paragraph("You have no highlights in this lesson yet."));
        } else {
            UnorderedList list = new UnorderedList();
            list.getElement().setAttribute("aria-label", "Your highlights");
            for (Note note : highlights) {
                Span quote = new Span("“" + note.quote() + "”");
                quote.addClassName("evidence-quote");
                Button choose = new Button(cited.contains(note.id()) ? "Cited" : "Cite", e -> {
                    if (pieces.act(() -> ctx.answers().cite(ctx.classId(), promptId, note.id()))) {
                        dialog.close();
                    }
                });
                choose.setEnabled(!cited.contains(note.id()));
                choose.getElement().setAttribute("aria-label", "Cite “" + AnswerPieces.shorten(note.quote()) + "”");
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
            ctx.host().citeNewWords(promptId, number);
        });
        dialog.getFooter().add(new Button("Close", e -> dialog.close()), newWords);
        dialog.open();
    }

    private void uncite(PromptAnswers.Evidence cited) {
        pieces.act(() -> ctx.answers().uncite(ctx.classId(), promptId, cited.annotationId()));
    }

    /** What is in the answer field now. */
    String typed() {
        return field.getValue();
    }

    private static void showCount(TextArea field) {
        int length = field.getValue().length();
        field.setHelperText(String.format(Locale.ROOT, "%,d ", length) + COUNTED);
        if (length > AnswerService.MAX_ANSWER) {
            field.setErrorMessage("%,d characters over the limit: shorten your answer to save it."
                    .formatted(length - AnswerService.MAX_ANSWER));
            field.setInvalid(true);
        }
    }

    private static String status(PromptAnswers.MyAnswer mine) {
        if (mine.submitted()) {
            return "Submitted " + DateTimes.format(Objects.requireNonNull(mine.submittedAt()))
                    + (mine.late() ? " (late)" : "")
                    + (mine.submittedVersion() > 1 ? ", version " + mine.submittedVersion() : "");
        }
        return mine.draftSavedAt() == null ? "Not started" : "Draft saved " + DateTimes.format(mine.draftSavedAt());
    }
}
