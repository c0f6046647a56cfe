package app.colloquy.discussion.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.discussion.DiscussionService;
import app.colloquy.discussion.ModerationService;
import app.colloquy.discussion.ModerationTarget;
import app.colloquy.discussion.Note;
import app.colloquy.discussion.NoteThread;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.NotFoundException;
import app.colloquy.platform.ui.DateTimes;
import app.colloquy.platform.ui.TextDialog;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a thread's buttons do on the lesson screen: reply, edit, delete, earlier versions, flag,
 * hide and show again, helpful. The services decide whether the person may; a note that is gone
 * from their view meanwhile gets a message and a fresh discussion.
 */
class NoteActions {

    /** The lesson screen around the threads. */
    interface Screen {
        /** Redraws the threads holding these notes as they are now. */
        void refresh(long... noteIds);

        /** The thread holding a note as the viewer sees it now; "not found" when it is gone. */
        NoteThread threadOf(long noteId);

        void showThread(long rootId);

        /** A short message read out by screen readers (the activity line). */
        void announce(String message);

        /** Reads the whole discussion again. */
        void reload();
    }

    private final DiscussionService discussions;
    private final ModerationService moderation;
    private final Screen screen;

    NoteActions(DiscussionService discussions, ModerationService moderation, Screen screen) {
        this.discussions = discussions;
        this.moderation = moderation;
        this.screen = screen;
    }

    void act(String action, long id) {
        try {
            switch (action) {
                case "reply" -> openReply(id);
                case "edit" -> openEdit(id);
                case "delete" -> confirmDelete(id);
                case "history" -> showEarlierTexts(id);
                case "flag" ->
                    TextDialog.askReason(
                            tr("noteActions.flagThisNoteForYour"),
                            tr("noteActions.yourTeacherWillSeeThe"),
                            tr("noteActions.flag"),
                            ModerationService.MAX_REASON,
                            reason -> moderation.flag(ModerationTarget.note(id), reason),
                            () -> screen.announce(tr("noteActions.theNoteWasFlaggedFor")));
                case "hide" ->
                    TextDialog.askReason(
                            tr("noteActions.hideThisNoteFromThe"),
                            tr("common.classmatesWillSeeHiddenBy"),
                            tr("common.hide"),
                            ModerationService.MAX_REASON,
                            reason -> moderation.hide(ModerationTarget.note(id), reason),
                            () -> screen.refresh(id));
                case "unhide" ->
                    TextDialog.askReason(
                            tr("noteActions.showThisNoteToThe"),
                            tr("noteActions.sayWhyForTheClass"),
                            tr("noteActions.showAgain"),
                            ModerationService.MAX_REASON,
                            reason -> moderation.unhide(ModerationTarget.note(id), reason),
                            () -> screen.refresh(id));
                case "helpful", "unhelpful" -> {
                    discussions.setHelpful(id, action.equals("helpful"));
                    screen.refresh(id);
                }
                default -> {}
            }
        } catch (NotFoundException | InvalidInputException problem) {
            Notification.show(
                    problem instanceof InvalidInputException invalid
                            ? tr(invalid)
                            : tr("noteActions.thatNoteIsNoLonger"),
                    5000,
                    Notification.Position.MIDDLE);
            screen.reload();
        }
    }

    private void openReply(long id) {
        NoteThread thread = screen.threadOf(id);
        NoteComposer.reply(thread.root().quote(), (body, tag, visibility) -> {
                    screen.refresh(discussions.reply(id, body));
                    screen.showThread(thread.root().id());
                })
                .open();
    }

    private void openEdit(long id) {
        NoteThread thread = screen.threadOf(id);
        Note note = Stream.concat(Stream.of(thread.root()), thread.replies().stream())
                .filter(n -> n.id() == id)
                .filter(Note::mine)
                .findFirst()
                .orElseThrow(NotFoundException::new);
        NoteComposer.edit(Objects.requireNonNullElse(note.body(), ""), (body, tag, visibility) -> {
                    discussions.edit(id, body);
                    screen.refresh(id);
                })
                .open();
    }

    /** For teachers: what an author's edits replaced. */
    private void showEarlierTexts(long id) {
        TextHistoryDialog.open(
                tr("noteActions.earlierVersionsOfThisNote"),
                discussions.earlierTexts(id).stream()
                        .map(earlier -> new TextHistoryDialog.Entry(
                                tr("noteActions.replaced", DateTimes.format(earlier.replacedAt())), earlier.body()))
                        .toList(),
                false);
    }

    private void confirmDelete(long id) {
        var confirm = new ConfirmDialog(
                tr("noteActions.deleteYourNote"),
                tr("noteActions.repliesByOthersStayUnder"),
                tr("noteActions.delete"),
                e -> {
                    try {
                        discussions.delete(id);
                    } catch (NotFoundException gone) {
                        Notification.show(tr("noteActions.thatNoteIsNoLonger2"), 4000, Notification.Position.MIDDLE);
                    }
                    screen.refresh(id);
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
