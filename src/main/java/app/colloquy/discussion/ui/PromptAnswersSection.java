package app.colloquy.discussion.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.discussion.Note;
import app.colloquy.discussion.PromptAnswers;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The lesson's discussion prompts, each with the student's answer right under it (the draft saves
 * itself a moment after typing stops and is kept in the browser until the server has it; Submit
 * sends it), the highlights it cites, and classmates' answers once they may see them. Teachers see
 * every student's answer with its evidence and versions, give feedback and steer the prompt.
 * Updates by others redraw only what others changed: a field being typed in is never replaced.
 */
class PromptAnswersSection extends Section {

    /** What the section needs from the lesson screen around it. */
    interface Host {
        /** The viewer's own highlights in this lesson that have a place in the text. */
        List<Note> myHighlights();

        void showInText(PromptAnswers.Evidence evidence);

        /** Lets the student select new words in the text to cite in the prompt's answer. */
        void citeNewWords(long promptId, int promptNumber);
    }

    private final PromptContext ctx;
    private final AnswerPieces pieces;
    private final Map<Long, TeacherPrompt> teacherPrompts = new HashMap<>();
    /** A student's prompts, all in one element drawn by the browser; made with the first prompts. */
    private @Nullable StudentPrompts studentPrompts;

    private List<Long> shownPrompts = List.of();

    PromptAnswersSection(
            PromptContext.Services services, Host host, long classId, long lessonId, long viewerId, boolean teacher) {
        this.ctx = new PromptContext(
                services.answers(),
                services.feedback(),
                services.moderation(),
                host,
                classId,
                lessonId,
                viewerId,
                teacher,
                this::refresh);
        this.pieces = new AnswerPieces(ctx);
        addClassName("prompts");
        getElement().setAttribute("aria-labelledby", "prompts-heading");
        refresh();
    }

    /** Re-reads the prompts; redraws the whole list only when the prompts themselves changed. */
    void refresh() {
        List<PromptAnswers> prompts = ctx.answers().lessonPrompts(ctx.classId(), ctx.lessonId());
        List<Long> ids = prompts.stream().map(PromptAnswers::promptId).toList();
        if (!ids.equals(shownPrompts)) {
            rebuild(prompts);
            shownPrompts = ids;
        }
        prompts.forEach(this::showPrompt);
    }

    /**
     * Shows prompts whose answers changed, as read for this viewer by the live update; a prompt
     * this screen does not show yet (one was added) has the prompts read again.
     */
    void show(List<PromptAnswers> changed) {
        if (!changed.stream().map(PromptAnswers::promptId).allMatch(shownPrompts::contains)) {
            refresh();
            return;
        }
        changed.forEach(this::showPrompt);
    }

    private void showPrompt(PromptAnswers prompt) {
        if (ctx.teacher()) {
            Objects.requireNonNull(teacherPrompts.get(prompt.promptId())).show(prompt);
        } else if (studentPrompts != null) {
            studentPrompts.show(prompt);
        }
    }

    /** Someone saved a draft of these prompts: teachers see who is drafting and writing now; students need nothing. */
    void drafting(Set<Long> promptIds) {
        promptIds.stream().map(teacherPrompts::get).filter(Objects::nonNull).forEach(TeacherPrompt::showDrafting);
    }

    private void rebuild(List<PromptAnswers> prompts) {
        if (!ctx.teacher() && studentPrompts != null && !prompts.isEmpty()) {
            // The element stays, so the browser keeps what is being typed in the prompts that remain.
            studentPrompts.rebuild(prompts);
            return;
        }
        removeAll();
        teacherPrompts.clear();
        studentPrompts = null;
        H2 heading = new H2(tr("promptAnswersSection.discussionPrompts"));
        heading.setId("prompts-heading");
        add(heading);
        if (prompts.isEmpty()) {
            add(new Span(tr("promptAnswersSection.noPromptsForThisLesson")));
        } else if (ctx.teacher()) {
            add(teacherList(prompts));
        } else {
            studentPrompts = new StudentPrompts(ctx, pieces);
            studentPrompts.rebuild(prompts);
            add(studentPrompts);
        }
    }

    private OrderedList teacherList(List<PromptAnswers> prompts) {
        OrderedList list = new OrderedList();
        for (PromptAnswers prompt : prompts) {
            ListItem item = new ListItem(prompt.question());
            item.addClassName("prompt");
            if (prompt.answerBeforePeers()) {
                Span gate = new Span(tr("promptAnswersSection.answerBeforeYouSeeClassmates"));
                gate.addClassName("prompt-gate");
                item.add(gate);
            }
            Span state = new Span();
            state.addClassName("prompt-state");
            item.add(state);
            TeacherPrompt block = new TeacherPrompt(ctx, pieces, prompt.promptId(), state);
            teacherPrompts.put(prompt.promptId(), block);
            item.add(block.panel);
            list.add(item);
        }
        return list;
    }

    /** The student's non-empty answers as typed, for when the lesson goes away under them. */
    List<String> typedAnswers() {
        return studentPrompts == null ? List.of() : studentPrompts.typedAnswers();
    }
}
