package app.colloquy.discussion.ui;

import static app.colloquy.platform.ui.Translate.tr;

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
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One prompt as a student answers it: the draft saves itself a moment after typing stops and is
 * kept in the browser until the server has it (frontend/answer-draft.ts); Submit sends it; cited
 * evidence; what others said about the answer; classmates' answers once they may see them.
 */
final class StudentPrompt {

    private static final int DRAFT_PAUSE_MS = 1500;
    /** How a character count ends; the browser counts with the same words while offline. */
    private final PromptContext ctx;

    private final AnswerPieces pieces;
    private final Component section;
    private final long promptId;
    private final int number;
    private final Span state;
    private final TextArea field;
    private final Span saved = new Span();
    /** Shown, hidden and worded by the browser alone: it knows before the server does. */
    private final Span unsaved = new Span();

    private final Button cite = new Button(tr("studentPrompt.citeEvidence"), e -> openCiteDialog());
    private final Button submit = new Button(tr("studentPrompt.submitAnswer"), e -> submit());
    final Div editor;
    final Div classmates = new Div();
    // Parts made only when they have something to show: each element is kept per open tab.
    /** The cited highlights, between the status and the buttons. */
    private @Nullable Div evidence;
    /** What the teacher and classmates made of the answer, between the editor and classmates' answers. */
    private @Nullable Div mine;

    private final Paragraph classmatesNote = new Paragraph();
    /** Made when the first classmate's answer may be seen: until then a prompt needs no fold. */
    private @Nullable Details others;

    private @Nullable KeyedItems<PromptAnswers.ClassmateAnswer> othersItems;
    private int revision;

    @SuppressWarnings("NullAway.Init") // shown right after it is made (PromptAnswersSection)
    private PromptAnswers current;

    /** {@code section} receives the browser's calls back (its unsaved text). */
    StudentPrompt(
            PromptContext ctx, AnswerPieces pieces, Component section, PromptAnswers prompt, int number, Span state) {
        this.ctx = ctx;
        this.pieces = pieces;
        this.section = section;
        this.promptId = prompt.promptId();
        this.number = number;
        this.state = state;
        this.revision = prompt.mine().draftRevision();
        field = new TextArea(tr("studentPrompt.yourAnswerToPrompt", number));
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
        unsaved.getElement().setAttribute("hidden", true);
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        editor = new Div(field, saved, unsaved, cite, submit);
        editor.addClassName("answer-editor");
        classmates.addClassName("classmate-answers");
        classmates.add(classmatesNote);
        keepInBrowser();
    }

    /** What is typed is kept in the browser until the server has saved it (frontend/answer-draft.ts). */
    private void keepInBrowser() {
        field.getElement().setAttribute("data-revision", String.valueOf(revision));
        field.getElement()
                .executeJs(
                        "window.colloquyAnswerDraft.keep(this, $0, $1, $2, $3, $4, $5)",
                        storageKey(),
                        unsaved,
                        section,
                        promptId,
                        tr("studentPrompt.ofCharacters", AnswerService.MAX_ANSWER),
                        tr("studentPrompt.notSavedYetKeptIn"));
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
            submit.setText(
                    prompt.mine().submitted() ? tr("studentPrompt.submitChanges") : tr("studentPrompt.submitAnswer"));
            submit.setEnabled(!prompt.closed());
        }
        if (changed(before, prompt, p -> p.mine().evidence())) {
            showEvidence(prompt.mine().evidence());
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

    private void showEvidence(List<PromptAnswers.Evidence> cited) {
        evidence = replaceBefore(cite, evidence, cited.isEmpty() ? null : pieces.evidenceList(cited, this::uncite));
    }

    /** What the teacher and classmates made of the student's answer. */
    private void showResponses(PromptAnswers prompt) {
        List<Component> responses = responses(prompt);
        Div shown = null;
        if (!responses.isEmpty()) {
            shown = new Div(responses.toArray(Component[]::new));
            shown.addClassName("my-answer-responses");
        }
        mine = replaceBefore(classmates, mine, shown);
    }

    /** Puts {@code part} (none: nothing to show) where {@code old} was, just before {@code anchor}. */
    private static <C extends Component> @Nullable C replaceBefore(
            Component anchor, @Nullable Component old, @Nullable C part) {
        if (old != null) {
            old.removeFromParent();
        }
        if (part != null) {
            Element parent = Objects.requireNonNull(anchor.getElement().getParent());
            parent.insertChild(parent.indexOfChild(anchor.getElement()), part.getElement());
        }
        return part;
    }

    private List<Component> responses(PromptAnswers prompt) {
        List<Component> responses = new ArrayList<>();
        PromptAnswers.MyAnswer my = prompt.mine();
        if (my.hiddenReason() != null) {
            Paragraph hidden = new Paragraph(tr("studentPrompt.yourTeacherHidThisAnswer", my.hiddenReason()));
            hidden.addClassName("note-hidden-reason");
            responses.add(hidden);
        }
        if (my.feedback() != null) {
            responses.add(AnswerPieces.feedback(my.feedback(), prompt.maxScore()));
        }
        if (my.helpfulCount() > 0) {
            responses.add(new Paragraph(
                    my.helpfulCount() == 1
                            ? tr("studentPrompt.1ClassmateFoundYourAnswer")
                            : tr("studentPrompt.classmatesFoundYourAnswerHelpful", my.helpfulCount())));
        }
        if (!my.replies().isEmpty()) {
            responses.add(pieces.replies(my.replies(), tr("studentPrompt.repliesToYourAnswer")));
        }
        return responses;
    }

    /** Classmates' answers stay folded until opened, and are drawn only then: a class of 40 is long. */
    private void showClassmates(PromptAnswers prompt) {
        boolean any = !prompt.classmatesHidden() && !prompt.classmates().isEmpty();
        // Text set only when it differs: setting it again would still send a new text node.
        String note = prompt.classmatesHidden()
                ? tr("studentPrompt.classmatesAnswersAppearHereOnce")
                : tr("studentPrompt.noClassmatesAnswersYet");
        if (!note.equals(classmatesNote.getText())) {
            classmatesNote.setText(note);
        }
        classmatesNote.setVisible(!any);
        if (!any && others == null) {
            return;
        }
        Details fold = others();
        fold.setVisible(any);
        String summary =
                tr("studentPrompt.classmatesAnswers2", prompt.classmates().size());
        if (!summary.equals(fold.getSummaryText())) {
            fold.setSummaryText(summary);
        }
        if (any && fold.isOpened()) {
            Objects.requireNonNull(othersItems).show(prompt.classmates());
        }
    }

    /** The fold holding classmates' answers, drawn when opened: a class of 40 is long. */
    private Details others() {
        if (others == null) {
            UnorderedList list = new UnorderedList();
            list.getElement().setAttribute("aria-label", tr("studentPrompt.classmatesAnswers"));
            KeyedItems<PromptAnswers.ClassmateAnswer> items =
                    new KeyedItems<>(list, PromptAnswers.ClassmateAnswer::answerId, pieces::classmateAnswer);
            Details fold = new Details();
            fold.addClassName("classmates-details");
            fold.add(list);
            fold.addOpenedChangeListener(e -> {
                if (e.isOpened()) {
                    items.show(current.classmates());
                }
            });
            classmates.add(fold);
            others = fold;
            othersItems = items;
        }
        return others;
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
            saved.setText(tr("studentPrompt.draftSaved", DateTimes.format(draft.savedAt())));
            field.setInvalid(false);
            savedInBrowser(text);
        } catch (DraftConflictException conflict) {
            chooseDraft(conflict);
        } catch (InvalidInputException problem) {
            saved.setText(tr("studentPrompt.notSaved", tr(problem)));
            field.setErrorMessage(tr(problem));
            field.setInvalid(true);
        } catch (NotFoundException gone) {
            saved.setText(tr("studentPrompt.thisPromptIsNoLonger"));
        }
    }

    /** Another tab or device saved meanwhile: show both and let the student choose. */
    private void chooseDraft(DraftConflictException conflict) {
        saved.setText(tr("studentPrompt.notSavedChangedElsewhere"));
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(tr("studentPrompt.thisAnswerWasChangedIn"));
        Paragraph elsewhere = new Paragraph(conflict.savedDraft());
        elsewhere.addClassName("note-body");
        Paragraph here = new Paragraph(field.getValue());
        here.addClassName("note-body");
        dialog.add(
                new Paragraph(tr("studentPrompt.savedFromElsewhere")),
                elsewhere,
                new Paragraph(tr("studentPrompt.inThisTab")),
                here);
        Button keepMine = new Button(tr("studentPrompt.keepTheTextInThis"), e -> {
            revision = conflict.savedRevision();
            dialog.close();
            saveDraft();
        });
        Button useSaved = new Button(tr("studentPrompt.useTheSavedText"), e -> {
            revision = conflict.savedRevision();
            field.setValue(conflict.savedDraft());
            saved.setText(tr("studentPrompt.usingTheTextSavedElsewhere"));
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
                    version == 1
                            ? tr("studentPrompt.answerSubmitted")
                            : tr("studentPrompt.changesSubmittedVersion", version),
                    4000,
                    Notification.Position.BOTTOM_START);
        } catch (InvalidInputException problem) {
            field.setErrorMessage(tr(problem));
            field.setInvalid(true);
            field.focus();
        } catch (NotFoundException gone) {
            saved.setText(tr("studentPrompt.thisPromptIsNoLonger"));
        }
    }

    private void openCiteDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(tr("studentPrompt.citeEvidenceInYourAnswer", number));
        Set<Long> cited = new HashSet<>();
        current.mine().evidence().forEach(e -> cited.add(e.annotationId()));
        List<Note> highlights = ctx.host().myHighlights();
        if (highlights.isEmpty()) {
            dialog.add(new Paragraph(tr("studentPrompt.youHaveNoHighlightsIn")));
        } else {
            UnorderedList list = new UnorderedList();
            list.getElement().setAttribute("aria-label", tr("studentPrompt.yourHighlights"));
            for (Note note : highlights) {
                Span quote = new Span("“" + note.quote() + "”");
                quote.addClassName("evidence-quote");
                Button choose = new Button(
                        cited.contains(note.id()) ? tr("studentPrompt.cited") : tr("studentPrompt.cite"), e -> {
                            if (pieces.act(() -> ctx.answers().cite(ctx.classId(), promptId, note.id()))) {
                                dialog.close();
                            }
                        });
                choose.setEnabled(!cited.contains(note.id()));
                choose.getElement()
                        .setAttribute("aria-label", tr("studentPrompt.cite2", AnswerPieces.shorten(note.quote())));
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
        Button newWords = new Button(tr("studentPrompt.highlightNewWordsToCite"), e -> {
            dialog.close();
            ctx.host().citeNewWords(promptId, number);
        });
        dialog.getFooter().add(new Button(tr("common.close"), e -> dialog.close()), newWords);
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
        field.setHelperText(tr("common.charactersOf", length, AnswerService.MAX_ANSWER));
        if (length > AnswerService.MAX_ANSWER) {
            field.setErrorMessage(tr("studentPrompt.overTheLimit", length - AnswerService.MAX_ANSWER));
            field.setInvalid(true);
        }
    }

    private static String status(PromptAnswers.MyAnswer mine) {
        if (mine.submitted()) {
            return tr(
                    "studentPrompt.submitted",
                    DateTimes.format(Objects.requireNonNull(mine.submittedAt())),
                    (mine.late() ? tr("studentPrompt.late") : ""),
                    (mine.submittedVersion() > 1 ? tr("studentPrompt.version", mine.submittedVersion()) : ""));
        }
        return mine.draftSavedAt() == null
                ? tr("studentPrompt.notStarted")
                : tr("studentPrompt.draftSaved", DateTimes.format(mine.draftSavedAt()));
    }
}
