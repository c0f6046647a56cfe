package app.colloquy.discussion.ui;

import app.colloquy.discussion.AnswerService;
import app.colloquy.discussion.ModerationService;
import app.colloquy.discussion.ModerationTarget;
import app.colloquy.discussion.Permissions;
import app.colloquy.discussion.PromptAnswers;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.NotFoundException;
import app.colloquy.platform.ui.DateTimes;
import app.colloquy.platform.ui.ReasonDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The pieces of the prompt blocks that students' and teachers' views share: answers, replies,
 * cited evidence, feedback, and the flag, hide and reply actions, each offered as the services
 * allow (Permissions). Changes go through {@link #act}, which redraws afterwards.
 */
final class AnswerPieces {

    private final PromptContext ctx;
    private @Nullable Long focusHelpfulOf;

    AnswerPieces(PromptContext ctx) {
        this.ctx = ctx;
    }

    /** The prompt's state as a short label (closed, locked), hidden when neither. */
    static void showState(Span state, PromptAnswers prompt) {
        state.setText(
                prompt.closed()
                        ? "Closed: no more answers"
                        : prompt.locked() ? "Locked: submitted answers are final" : "");
        state.setVisible(prompt.closed() || prompt.locked());
    }

    ListItem classmateAnswer(PromptAnswers.ClassmateAnswer answer) {
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
        Button helpful = new Button(
                (answer.helpfulByMe() ? "Marked helpful" : "Helpful")
                        + (answer.helpfulCount() > 0 ? " (" + answer.helpfulCount() + ")" : ""),
                e -> {
                    focusHelpfulOf = answer.answerId();
                    act(() -> ctx.answers().setHelpful(answer.answerId(), !answer.helpfulByMe()));
                });
        if (focusHelpfulOf != null && focusHelpfulOf == answer.answerId()) {
            // The answer was redrawn with its new count: the keyboard stays on its button.
            focusHelpfulOf = null;
            helpful.focus();
        }
        helpful.getElement().setAttribute("aria-pressed", String.valueOf(answer.helpfulByMe()));
        helpful.getElement()
                .setAttribute(
                        "aria-label",
                        "Helpful: answer by " + answer.authorName()
                                + (answer.helpfulCount() > 0 ? ", " + answer.helpfulCount() + " so far" : ""));
        Button reply = new Button("Reply", e -> openReply(answer));
        reply.getElement().setAttribute("aria-label", "Reply to " + answer.authorName());
        Div actions = new Div(helpful, reply);
        if (Permissions.mayFlag(ctx.teacher(), false, false, answer.hidden())) {
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
                ctx.answers().reply(answer.answerId(), text.getValue());
                dialog.close();
                ctx.refresh().run();
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
    Div evidenceList(List<PromptAnswers.Evidence> evidence, @Nullable Consumer<PromptAnswers.Evidence> remove) {
        return citedPassages(evidence, (cited, item) -> {
            if (!cited.orphaned()) {
                Button show = new Button("Show in text", e -> ctx.host().showInText(cited));
                show.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                show.getElement().setAttribute("aria-label", "Show in text: “" + shorten(cited.quote()) + "”");
                item.add(show);
            }
            if (remove != null) {
                Button take = new Button("Remove", e -> remove.accept(cited));
                take.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                take.getElement()
                        .setAttribute("aria-label", "Remove: “" + shorten(cited.quote()) + "” from your answer");
                item.add(take);
            }
        });
    }

    /** Cited passages as their quotes; {@code actions} adds what a screen offers to do with each. */
    static Div citedPassages(
            List<PromptAnswers.Evidence> evidence, BiConsumer<PromptAnswers.Evidence, ListItem> actions) {
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
            }
            actions.accept(cited, item);
            list.add(item);
        }
        return new Div(label, list);
    }

    UnorderedList replies(List<PromptAnswers.AnswerReply> replies, String label) {
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
            if (Permissions.mayModerate(ctx.teacher(), false)) {
                item.add(moderationButton(target, reply.hidden(), "reply by " + reply.authorName()));
            } else if (Permissions.mayFlag(ctx.teacher(), reply.mine(), false, reply.hidden())) {
                item.add(flagButton(target, "reply by " + reply.authorName()));
            }
            list.add(item);
        });
        return list;
    }

    /** The text of an answer or reply; a hidden one says so, and its author sees why. */
    static Div body(@Nullable String text, @Nullable String hiddenReason) {
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

    Button flagButton(ModerationTarget target, String what) {
        Button flag = new Button(
                "Flag",
                e -> ReasonDialog.open(
                        "Flag this " + target.kind().label() + " for your teacher",
                        "Your teacher will see it and your reason. The author is not told who flagged it.",
                        "Flag",
                        ModerationService.MAX_REASON,
                        reason -> ctx.moderation().flag(target, reason),
                        () -> Notification.show(
                                "Flagged for your teacher.", 3000, Notification.Position.BOTTOM_START)));
        flag.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        flag.getElement().setAttribute("aria-label", "Flag " + what);
        return flag;
    }

    Button moderationButton(ModerationTarget target, boolean hidden, String what) {
        Button button = new Button(
                hidden ? "Show again" : "Hide from classmates",
                e -> ReasonDialog.open(
                        hidden
                                ? "Show this " + target.kind().label() + " again"
                                : "Hide this " + target.kind().label() + " from classmates",
                        hidden
                                ? "Say why, for the class's record."
                                : "Classmates will see \"Hidden by the teacher\". The author still sees it, with your reason.",
                        hidden ? "Show again" : "Hide",
                        ModerationService.MAX_REASON,
                        reason -> {
                            if (hidden) {
                                ctx.moderation().unhide(target, reason);
                            } else {
                                ctx.moderation().hide(target, reason);
                            }
                        },
                        ctx.refresh()));
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        button.getElement().setAttribute("aria-label", (hidden ? "Show again: " : "Hide from classmates: ") + what);
        return button;
    }

    static Div feedback(PromptAnswers.Feedback feedback, @Nullable Integer maxScore) {
        Div box = new Div();
        box.addClassName("answer-feedback");
        Paragraph who =
                new Paragraph("Feedback from " + feedback.teacherName() + " · " + DateTimes.format(feedback.givenAt())
                        + (feedback.score() == null
                                ? ""
                                : " · Score " + feedback.score() + (maxScore == null ? "" : " of " + maxScore)));
        who.addClassName("note-when");
        box.add(who);
        if (!feedback.rubric().isEmpty()) {
            UnorderedList levels = new UnorderedList();
            levels.addClassName("rubric-levels");
            levels.getElement().setAttribute("aria-label", "Rubric");
            feedback.rubric().forEach(line -> levels.add(new ListItem(line)));
            box.add(levels);
        }
        String text = feedback.comment();
        if (text != null && !text.isBlank()) {
            Paragraph comment = new Paragraph(text);
            comment.addClassName("note-body");
            box.add(comment);
        }
        return box;
    }

    static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }

    /** Runs a change and redraws; a refusal is shown and changes nothing. Says whether it went through. */
    boolean act(Runnable change) {
        boolean done = false;
        try {
            change.run();
            done = true;
        } catch (InvalidInputException refused) {
            Notification.show(refused.getMessage(), 5000, Notification.Position.MIDDLE);
        } catch (NotFoundException gone) {
            Notification.show(
                    "That is no longer available. The answers have been refreshed.",
                    5000,
                    Notification.Position.MIDDLE);
        }
        ctx.refresh().run();
        return done;
    }
}
