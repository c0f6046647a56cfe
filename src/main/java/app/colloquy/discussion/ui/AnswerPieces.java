package app.colloquy.discussion.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.discussion.ModerationService;
import app.colloquy.discussion.ModerationTarget;
import app.colloquy.discussion.Permissions;
import app.colloquy.discussion.PromptAnswers;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.NotFoundException;
import app.colloquy.platform.ui.DateTimes;
import app.colloquy.platform.ui.TextDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The pieces of a teacher's prompt blocks and the grading view: answers, replies, cited evidence and
 * the hide action, offered as the services allow (Permissions). Changes, the students' too, go
 * through {@link #act}, which redraws afterwards.
 */
final class AnswerPieces {

    private final PromptContext ctx;

    AnswerPieces(PromptContext ctx) {
        this.ctx = ctx;
    }

    /** The prompt's state as a short label (closed, locked), hidden when neither. */
    static void showState(Span state, PromptAnswers prompt) {
        state.setText(StudentPromptData.state(prompt));
        state.setVisible(prompt.closed() || prompt.locked());
    }

    /** Cited passages with a way to their place in the text. */
    Div evidenceList(List<PromptAnswers.Evidence> evidence) {
        return citedPassages(evidence, (cited, item) -> {
            if (!cited.orphaned()) {
                Button show = new Button(
                        tr("answerPieces.showInText"), e -> ctx.host().showInText(cited));
                show.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                show.getElement().setAttribute("aria-label", tr("answerPieces.showInText2", shorten(cited.quote())));
                item.add(show);
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

    Button moderationButton(ModerationTarget target, boolean hidden, String what) {
        Button button = new Button(
                hidden ? tr("answerPieces.showAgain") : tr("answerPieces.hideFromClassmates"),
                e -> TextDialog.askReason(
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
