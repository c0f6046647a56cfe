package app.colloquy.discussion.ui;

import static app.colloquy.platform.ui.Translate.tr;

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
                        ? tr("answerPieces.closedNoMoreAnswers")
                        : prompt.locked() ? tr("answerPieces.lockedSubmittedAnswersAreFinal") : "");
        state.setVisible(prompt.closed() || prompt.locked());
    }

    ListItem classmateAnswer(PromptAnswers.ClassmateAnswer answer) {
        Span who = new Span(answer.authorName());
        who.addClassName("author-name");
        Span when = new Span(" · " + DateTimes.format(answer.submittedAt()) + (answer.late() ? tr("common.late") : ""));
        when.addClassName("note-when");
        ListItem item = new ListItem(who, when, body(answer.body(), null));
        if (!answer.evidence().isEmpty()) {
            item.add(evidenceList(answer.evidence(), null));
        }
        if (!answer.replies().isEmpty()) {
            item.add(replies(answer.replies(), tr("answerPieces.repliesTo", answer.authorName())));
        }
        Button helpful = new Button(
                (answer.helpfulByMe() ? tr("answerPieces.markedHelpful") : tr("answerPieces.helpful"))
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
                        tr(
                                "answerPieces.helpfulAnswerBy",
                                answer.authorName(),
                                (answer.helpfulCount() > 0 ? tr("answerPieces.soFar", answer.helpfulCount()) : "")));
        Button reply = new Button(tr("answerPieces.reply"), e -> openReply(answer));
        reply.getElement().setAttribute("aria-label", tr("answerPieces.replyTo", answer.authorName()));
        Div actions = new Div(helpful, reply);
        if (Permissions.mayFlag(ctx.teacher(), false, false, answer.hidden())) {
            actions.add(flagButton(
                    ModerationTarget.answer(answer.answerId()), tr("answerPieces.answerBy", answer.authorName())));
        }
        actions.addClassName("answer-actions");
        item.add(actions);
        return item;
    }

    private void openReply(PromptAnswers.ClassmateAnswer answer) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(tr("answerPieces.replyTo", answer.authorName()));
        TextArea text = new TextArea(tr("answerPieces.yourReply"));
        text.setWidthFull();
        text.setMinHeight("6rem");
        text.setMaxLength(AnswerService.MAX_REPLY);
        text.setHelperText(tr("answerPieces.upToCharacters", AnswerService.MAX_REPLY));
        Button post = new Button(tr("answerPieces.postReply"), e -> {
            try {
                ctx.answers().reply(answer.answerId(), text.getValue());
                dialog.close();
                ctx.refresh().run();
            } catch (InvalidInputException problem) {
                text.setErrorMessage(tr(problem));
                text.setInvalid(true);
            } catch (NotFoundException gone) {
                text.setErrorMessage(tr("answerPieces.thisAnswerIsNoLonger"));
                text.setInvalid(true);
            }
        });
        post.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(text);
        dialog.getFooter().add(new Button(tr("common.cancel"), e -> dialog.close()), post);
        dialog.addOpenedChangeListener(e -> text.focus());
        dialog.open();
    }

    /** Cited passages with a way to their place in the text; {@code remove} offers taking one out. */
    Div evidenceList(List<PromptAnswers.Evidence> evidence, @Nullable Consumer<PromptAnswers.Evidence> remove) {
        return citedPassages(evidence, (cited, item) -> {
            if (!cited.orphaned()) {
                Button show = new Button(
                        tr("answerPieces.showInText"), e -> ctx.host().showInText(cited));
                show.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                show.getElement().setAttribute("aria-label", tr("answerPieces.showInText2", shorten(cited.quote())));
                item.add(show);
            }
            if (remove != null) {
                Button take = new Button(tr("common.remove"), e -> remove.accept(cited));
                take.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                take.getElement()
                        .setAttribute("aria-label", tr("answerPieces.removeFromYourAnswer", shorten(cited.quote())));
                item.add(take);
            }
        });
    }

    /** Cited passages as their quotes; {@code actions} adds what a screen offers to do with each. */
    static Div citedPassages(
            List<PromptAnswers.Evidence> evidence, BiConsumer<PromptAnswers.Evidence, ListItem> actions) {
        Span label = new Span(tr("answerPieces.citedEvidence"));
        label.addClassName("evidence-label");
        UnorderedList list = new UnorderedList();
        list.addClassName("evidence-list");
        list.getElement().setAttribute("aria-label", tr("answerPieces.citedEvidence"));
        for (PromptAnswers.Evidence cited : evidence) {
            Span quote = new Span("“" + cited.quote() + "”");
            quote.addClassName("evidence-quote");
            ListItem item = new ListItem(quote);
            if (cited.orphaned()) {
                Span gone = new Span(tr("answerPieces.theseWordsAreNoLonger"));
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
            Span who = new Span(reply.authorName() + (reply.authorIsTeacher() ? tr("answerPieces.teacher") : ""));
            who.addClassName("author-name");
            Span when = new Span(" · " + DateTimes.format(reply.createdAt()));
            when.addClassName("note-when");
            ListItem item = new ListItem(who, when, body(reply.body(), reply.hiddenReason()));
            ModerationTarget target = ModerationTarget.answerReply(reply.id());
            if (Permissions.mayModerate(ctx.teacher(), false)) {
                item.add(moderationButton(target, reply.hidden(), tr("answerPieces.replyBy", reply.authorName())));
            } else if (Permissions.mayFlag(ctx.teacher(), reply.mine(), false, reply.hidden())) {
                item.add(flagButton(target, tr("answerPieces.replyBy", reply.authorName())));
            }
            list.add(item);
        });
        return list;
    }

    /** The text of an answer or reply; a hidden one says so, and its author sees why. */
    static Div body(@Nullable String text, @Nullable String hiddenReason) {
        Div body = new Div();
        Paragraph paragraph = new Paragraph(text == null ? tr("answerPieces.hiddenByTheTeacher") : text);
        paragraph.addClassName(text == null ? "note-hidden" : "note-body");
        body.add(paragraph);
        if (hiddenReason != null) {
            Paragraph why = new Paragraph(tr("answerPieces.hiddenFromClassmatesByThe", hiddenReason));
            why.addClassName("note-hidden-reason");
            body.add(why);
        }
        return body;
    }

    Button flagButton(ModerationTarget target, String what) {
        Button flag = new Button(
                tr("answerPieces.flag"),
                e -> ReasonDialog.open(
                        tr("answerPieces.flagThisForYourTeacher", tr(target.kind())),
                        tr("answerPieces.yourTeacherWillSeeIt"),
                        tr("answerPieces.flag"),
                        ModerationService.MAX_REASON,
                        reason -> ctx.moderation().flag(target, reason),
                        () -> Notification.show(
                                tr("answerPieces.flaggedForYourTeacher"), 3000, Notification.Position.BOTTOM_START)));
        flag.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        flag.getElement().setAttribute("aria-label", tr("answerPieces.flag2", what));
        return flag;
    }

    Button moderationButton(ModerationTarget target, boolean hidden, String what) {
        Button button = new Button(
                hidden ? tr("answerPieces.showAgain") : tr("answerPieces.hideFromClassmates"),
                e -> ReasonDialog.open(
                        hidden
                                ? tr("answerPieces.showThisAgain", tr(target.kind()))
                                : tr("answerPieces.hideThisFromClassmates", tr(target.kind())),
                        hidden ? tr("answerPieces.sayWhyForTheClass") : tr("common.classmatesWillSeeHiddenBy"),
                        hidden ? tr("answerPieces.showAgain") : tr("common.hide"),
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
        button.getElement()
                .setAttribute(
                        "aria-label",
                        (hidden ? tr("answerPieces.showAgain2") : tr("answerPieces.hideFromClassmates2")) + what);
        return button;
    }

    static Div feedback(PromptAnswers.Feedback feedback, @Nullable Integer maxScore) {
        Div box = new Div();
        box.addClassName("answer-feedback");
        Paragraph who = new Paragraph(tr(
                "answerPieces.feedbackFrom",
                feedback.teacherName(),
                DateTimes.format(feedback.givenAt()),
                (feedback.score() == null
                        ? ""
                        : tr(
                                "answerPieces.score",
                                feedback.score(),
                                (maxScore == null ? "" : tr("answerPieces.of", maxScore))))));
        who.addClassName("note-when");
        box.add(who);
        if (!feedback.rubric().isEmpty()) {
            UnorderedList levels = new UnorderedList();
            levels.addClassName("rubric-levels");
            levels.getElement().setAttribute("aria-label", tr("answerPieces.rubric"));
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
            Notification.show(tr(refused), 5000, Notification.Position.MIDDLE);
        } catch (NotFoundException gone) {
            Notification.show(tr("answerPieces.thatIsNoLongerAvailable"), 5000, Notification.Position.MIDDLE);
        }
        ctx.refresh().run();
        return done;
    }
}
