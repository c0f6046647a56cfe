package app.colloquy.discussion.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.discussion.AnswerService;
import app.colloquy.discussion.DraftConflictException;
import app.colloquy.discussion.DraftSaved;
import app.colloquy.discussion.ModerationService;
import app.colloquy.discussion.ModerationTarget;
import app.colloquy.discussion.Note;
import app.colloquy.discussion.PromptAnswers;
import app.colloquy.platform.DatabaseTrouble;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.NotFoundException;
import app.colloquy.platform.ui.DateTimes;
import app.colloquy.platform.ui.TextDialog;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A lesson's prompts as a student answers them, drawn by the {@code student-prompts} web component
 * from data (frontend/student-prompts.ts): the server keeps no component per prompt, only what it
 * needs to save (each prompt's revision and last text). The draft saves itself a moment after typing
 * stops and is kept in the browser until the server has it; Submit sends it; cited evidence; what
 * others made of the answer; classmates' answers once they may see them, read when their fold opens.
 */
@Tag("student-prompts")
@JsModule("./student-prompts.ts")
final class StudentPrompts extends Component {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The component's own words; each is a message key, sent once. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("gate", "promptAnswersSection.answerBeforeYouSeeClassmates"),
            Map.entry("cite", "studentPrompt.citeEvidence"),
            Map.entry("citedEvidence", "answerPieces.citedEvidence"),
            Map.entry("showInText", "answerPieces.showInText"),
            Map.entry("remove", "common.remove"),
            Map.entry("orphaned", "answerPieces.theseWordsAreNoLonger"),
            Map.entry("classmatesAnswers", "studentPrompt.classmatesAnswers"),
            Map.entry("reply", "answerPieces.reply"),
            Map.entry("flag", "answerPieces.flag"),
            Map.entry("hiddenByTeacher", "answerPieces.hiddenByTheTeacher"),
            Map.entry("rubric", "answerPieces.rubric"),
            Map.entry("notSaved", "studentPrompt.notSavedYetKeptIn"));

    /** What the server keeps of each prompt on screen. */
    private static final class Shown {
        int number;
        int revision;
        String typed;
        boolean classmatesOpen;
        int sentHash;
        /**
         * While the "changed in another tab" dialog is open, its "in this tab" text: saving waits
         * for the student's choice, and what they type meanwhile shows there.
         */
        @Nullable
        Paragraph choosing;

        Shown(int number, int revision, String typed) {
            this.number = number;
            this.revision = revision;
            this.typed = typed;
        }
    }

    private final PromptContext ctx;
    private final AnswerPieces pieces;
    private final Map<Long, Shown> shown = new LinkedHashMap<>();

    StudentPrompts(PromptContext ctx, AnswerPieces pieces) {
        this.ctx = ctx;
        this.pieces = pieces;
        Map<String, String> words = new LinkedHashMap<>();
        WORDS.forEach((word, key) -> words.put(word, tr(key)));
        words.put("ofCharacters", tr("studentPrompt.ofCharacters", AnswerService.MAX_ANSWER));
        words.put("maxAnswer", String.valueOf(AnswerService.MAX_ANSWER));
        // The browser counts while typing, offline too; {0} is replaced there.
        words.put("overLimit", tr("studentPrompt.overTheLimit", "{0}"));
        getElement().executeJs("this.words = JSON.parse($0)", JSON.writeValueAsString(words));
    }

    /**
     * Draws these prompts afresh; a prompt already on screen keeps what is typed in it (the browser
     * has it), a new one gets its saved draft.
     */
    void rebuild(List<PromptAnswers> prompts) {
        Map<Long, Shown> before = new LinkedHashMap<>(shown);
        shown.clear();
        Map<Long, String> drafts = new LinkedHashMap<>();
        for (int i = 0; i < prompts.size(); i++) {
            PromptAnswers prompt = prompts.get(i);
            Shown at = before.get(prompt.promptId());
            if (at == null) {
                at = new Shown(
                        i + 1, prompt.mine().draftRevision(), prompt.mine().draft());
                drafts.put(prompt.promptId(), prompt.mine().draft());
            }
            at.number = i + 1;
            shown.put(prompt.promptId(), at);
        }
        List<String> data = prompts.stream().map(this::json).toList();
        getElement()
                .executeJs(
                        "this.drafts = JSON.parse($0); this.prompts = JSON.parse($1)",
                        JSON.writeValueAsString(drafts),
                        "[" + String.join(",", data) + "]");
    }

    /** Shows a prompt as read now; one that reads as last sent is not sent again. */
    void show(PromptAnswers prompt) {
        Shown at = shown.get(prompt.promptId());
        if (at == null) {
            return;
        }
        int sentBefore = at.sentHash;
        String json = json(prompt);
        if (at.sentHash != sentBefore) {
            getElement().executeJs("this.change(JSON.parse($0))", json);
        }
    }

    /** The data of a prompt on screen; remembers its hash, to send a prompt again only when it changed. */
    private String json(PromptAnswers prompt) {
        Shown at = Objects.requireNonNull(shown.get(prompt.promptId()));
        String json = JSON.writeValueAsString(
                StudentPromptData.of(prompt, at.number, storageKey(prompt.promptId()), at.classmatesOpen));
        at.sentHash = json.hashCode();
        return json;
    }

    private String storageKey(long promptId) {
        return "colloquy-answer:" + ctx.viewerId() + ":" + ctx.classId() + ":" + promptId;
    }

    /** The student's non-empty answers as last typed, for when the lesson goes away under them. */
    List<String> typedAnswers() {
        return shown.values().stream()
                .map(at -> at.typed)
                .filter(text -> !text.isBlank())
                .toList();
    }

    // What the browser asks for.

    /** Typing paused: saves the draft. */
    @ClientCallable
    void saveDraft(long promptId, String text) {
        Shown at = shown.get(promptId);
        if (at != null && text != null) {
            save(promptId, at, text);
        }
    }

    /** Refills the student's answer with what they typed offline or before a tab closed (kept in the browser). */
    @ClientCallable
    void restoreUnsaved(long promptId, String text, int baseRevision) {
        Shown at = shown.get(promptId);
        if (at != null && text != null) {
            at.revision = baseRevision;
            save(promptId, at, text);
        }
    }

    /**
     * The browser still holds text the server has not saved (the database or the connection was
     * away): saves it now if nothing newer was saved meanwhile; while the database is still away,
     * quietly, since the page already says "Not saved yet".
     */
    @ClientCallable
    void retryUnsaved(long promptId, String text, int baseRevision) {
        Shown at = shown.get(promptId);
        if (at == null || text == null || at.choosing != null || baseRevision != at.revision) {
            return;
        }
        try {
            save(promptId, at, text);
        } catch (RuntimeException failure) {
            if (!DatabaseTrouble.isCause(failure)) {
                throw failure;
            }
        }
    }

    @ClientCallable
    void submit(long promptId, String text) {
        Shown at = shown.get(promptId);
        if (at == null || text == null) {
            return;
        }
        at.typed = text;
        try {
            int version = ctx.answers().submit(ctx.classId(), promptId, text);
            PromptAnswers now = prompt(promptId).orElseThrow(NotFoundException::new);
            at.revision = now.mine().draftRevision();
            answer(promptId, saved(at, text, StudentPromptData.status(now.mine())));
            show(now);
            Notification.show(
                    version == 1
                            ? tr("studentPrompt.answerSubmitted")
                            : tr("studentPrompt.changesSubmittedVersion", version),
                    4000,
                    Notification.Position.BOTTOM_START);
        } catch (InvalidInputException problem) {
            answer(promptId, Map.of("error", tr(problem), "focus", true));
        } catch (NotFoundException gone) {
            answer(promptId, Map.of("status", tr("studentPrompt.thisPromptIsNoLonger")));
        }
    }

    @ClientCallable
    void cite(long promptId) {
        Shown at = shown.get(promptId);
        PromptAnswers prompt = prompt(promptId).orElse(null);
        if (at != null && prompt != null) {
            openCiteDialog(prompt, at.number);
        }
    }

    @ClientCallable
    void uncite(long promptId, long annotationId) {
        pieces.act(() -> ctx.answers().uncite(ctx.classId(), promptId, annotationId));
    }

    /** "Show in text" on a passage cited in the student's answer or a classmate's. */
    @ClientCallable
    void showInText(long promptId, long annotationId) {
        prompt(promptId).stream()
                .flatMap(prompt -> Stream.concat(
                        prompt.mine().evidence().stream(),
                        prompt.classmates().stream().flatMap(answer -> answer.evidence().stream())))
                .filter(cited -> cited.annotationId() == annotationId)
                .findFirst()
                .ifPresent(ctx.host()::showInText);
    }

    /** The classmates' fold opened or closed: their answers are read and sent only while it is open. */
    @ClientCallable
    void classmatesOpened(long promptId, boolean opened) {
        Shown at = shown.get(promptId);
        if (at != null && at.classmatesOpen != opened) {
            at.classmatesOpen = opened;
            prompt(promptId).ifPresent(this::show);
        }
    }

    @ClientCallable
    void helpful(long answerId, boolean helpful) {
        pieces.act(() -> ctx.answers().setHelpful(answerId, helpful));
    }

    @ClientCallable
    void reply(long promptId, long answerId) {
        classmateAnswer(promptId, answerId).ifPresent(this::openReply);
    }

    /** Flags a classmate's answer ({@code reply} false) or a reply for the teacher. */
    @ClientCallable
    void flag(long id, boolean reply) {
        ModerationTarget target = reply ? ModerationTarget.answerReply(id) : ModerationTarget.answer(id);
        TextDialog.askReason(
                tr("answerPieces.flagThisForYourTeacher", tr(target.kind())),
                tr("answerPieces.yourTeacherWillSeeIt"),
                tr("answerPieces.flag"),
                ModerationService.MAX_REASON,
                reason -> ctx.moderation().flag(target, reason),
                () -> Notification.show(
                        tr("answerPieces.flaggedForYourTeacher"), 3000, Notification.Position.BOTTOM_START));
    }

    // Saving.

    private void save(long promptId, Shown at, String text) {
        at.typed = text;
        if (at.choosing != null) {
            at.choosing.setText(text);
            return;
        }
        try {
            DraftSaved draft = ctx.answers().saveDraft(ctx.classId(), promptId, text, at.revision);
            at.revision = draft.revision();
            answer(promptId, saved(at, text, tr("studentPrompt.draftSaved", DateTimes.format(draft.savedAt()))));
        } catch (DraftConflictException conflict) {
            answer(promptId, Map.of("status", tr("studentPrompt.notSavedChangedElsewhere")));
            chooseDraft(promptId, at, conflict);
        } catch (InvalidInputException problem) {
            answer(promptId, Map.of("status", tr("studentPrompt.notSaved", tr(problem)), "error", tr(problem)));
        } catch (NotFoundException gone) {
            answer(promptId, Map.of("status", tr("studentPrompt.thisPromptIsNoLonger")));
        } catch (RuntimeException failure) {
            if (DatabaseTrouble.isCause(failure)) {
                // The browser keeps the text, says it is not saved yet and offers it again later.
                answer(promptId, Map.of("status", tr("studentPrompt.notSaved", tr("studentPrompt.theDatabaseIsAway"))));
            }
            throw failure;
        }
    }

    /** The server has {@code text}: the browser's copy can go, unless more was typed meanwhile. */
    private static Map<String, Object> saved(Shown at, String text, String status) {
        return Map.of("saved", text, "revision", at.revision, "status", status, "error", "");
    }

    /**
     * Tells the browser what became of its answer: status, error, saved text and revision, or the
     * text to put in the field instead of what is there and kept (the student chose another text).
     */
    private void answer(long promptId, Map<String, Object> what) {
        getElement().executeJs("this.answer($0, JSON.parse($1))", promptId, JSON.writeValueAsString(what));
    }

    /** Another tab or device saved meanwhile: show both and let the student choose. */
    private void chooseDraft(long promptId, Shown at, DraftConflictException conflict) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(tr("studentPrompt.thisAnswerWasChangedIn"));
        Paragraph elsewhere = new Paragraph(conflict.savedDraft());
        elsewhere.addClassName("note-body");
        Paragraph here = new Paragraph(at.typed);
        here.addClassName("note-body");
        at.choosing = here;
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                at.choosing = null;
            }
        });
        dialog.add(
                new Paragraph(tr("studentPrompt.savedFromElsewhere")),
                elsewhere,
                new Paragraph(tr("studentPrompt.inThisTab")),
                here);
        Button keepMine = new Button(tr("studentPrompt.keepTheTextInThis"), e -> {
            at.revision = conflict.savedRevision();
            dialog.close();
            save(promptId, at, at.typed);
        });
        Button useSaved = new Button(tr("studentPrompt.useTheSavedText"), e -> {
            at.revision = conflict.savedRevision();
            at.typed = conflict.savedDraft();
            Map<String, Object> what =
                    new LinkedHashMap<>(saved(at, at.typed, tr("studentPrompt.usingTheTextSavedElsewhere")));
            what.put("text", at.typed);
            answer(promptId, what);
            dialog.close();
        });
        dialog.getFooter().add(useSaved, keepMine);
        dialog.open();
    }

    // Reading and acting.

    private Optional<PromptAnswers> prompt(long promptId) {
        return ctx.answers().lessonPrompts(ctx.classId(), ctx.lessonId()).stream()
                .filter(prompt -> prompt.promptId() == promptId)
                .findFirst();
    }

    private Optional<PromptAnswers.ClassmateAnswer> classmateAnswer(long promptId, long answerId) {
        return prompt(promptId).stream()
                .flatMap(prompt -> prompt.classmates().stream())
                .filter(answer -> answer.answerId() == answerId)
                .findFirst();
    }

    private void openReply(PromptAnswers.ClassmateAnswer answer) {
        TextDialog.open(
                new TextDialog.Wording(
                        tr("answerPieces.replyTo", answer.authorName()),
                        null,
                        tr("answerPieces.yourReply"),
                        tr("answerPieces.postReply"),
                        tr("answerPieces.thisAnswerIsNoLonger")),
                AnswerService.MAX_REPLY,
                text -> ctx.answers().reply(answer.answerId(), text),
                ctx.refresh());
    }

    private void openCiteDialog(PromptAnswers prompt, int number) {
        long promptId = prompt.promptId();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(tr("studentPrompt.citeEvidenceInYourAnswer", number));
        Set<Long> cited = new HashSet<>();
        prompt.mine().evidence().forEach(e -> cited.add(e.annotationId()));
        List<Note> highlights = ctx.host().myHighlights();
        if (highlights.isEmpty()) {
            dialog.add(new Paragraph(tr("studentPrompt.youHaveNoHighlightsIn")));
        } else {
            UnorderedList list = new UnorderedList();
            list.getElement().setAttribute("aria-label", tr("studentPrompt.yourHighlights"));
            for (Note note : highlights) {
                list.add(highlight(note, cited.contains(note.id()), () -> {
                    if (pieces.act(() -> ctx.answers().cite(ctx.classId(), promptId, note.id()))) {
                        dialog.close();
                    }
                }));
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

    private static ListItem highlight(Note note, boolean cited, Runnable cite) {
        Span quote = new Span("“" + note.quote() + "”");
        quote.addClassName("evidence-quote");
        Button choose = new Button(cited ? tr("studentPrompt.cited") : tr("studentPrompt.cite"), e -> cite.run());
        choose.setEnabled(!cited);
        choose.getElement().setAttribute("aria-label", tr("studentPrompt.cite2", AnswerPieces.shorten(note.quote())));
        ListItem item = new ListItem(quote);
        if (note.body() != null && !note.body().isBlank()) {
            Paragraph body = new Paragraph(note.body());
            body.addClassName("note-body");
            item.add(body);
        }
        item.add(choose);
        return item;
    }
}
