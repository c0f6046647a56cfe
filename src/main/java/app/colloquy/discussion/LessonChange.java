package app.colloquy.discussion;

import app.colloquy.platform.live.ChangeFeed;
import java.util.Optional;

/**
 * What changed around a lesson in a class, as the services announce it and open lesson screens on
 * every node hear it: ids only, so each screen re-reads what its viewer may see. One type per kind
 * of change, encoded to and parsed from the change feed's text in this one place.
 */
public sealed interface LessonChange {

    record NotePosted(long noteId) implements LessonChange {}

    record ReplyPosted(long noteId) implements LessonChange {}

    record NoteEdited(long noteId) implements LessonChange {}

    record NoteDeleted(long noteId) implements LessonChange {}

    record HelpfulChanged(long noteId) implements LessonChange {}

    record NoteModerated(long noteId) implements LessonChange {}

    /** Answers to a prompt changed (submitted, replied to, marked helpful, given feedback, the prompt's state). */
    record AnswersChanged(long promptId) implements LessonChange {}

    /** Someone saved a draft answer to the prompt (no text): for the teachers' "writing now". */
    record Drafting(long promptId) implements LessonChange {}

    /** An answer or a reply to one was hidden or shown again. */
    record AnswersModerated() implements LessonChange {}

    /** The teacher saved a new version of the lesson's text (in every class that reads it). */
    record TextChanged(int textVersion) implements LessonChange {}

    /** The change feed lost its connection for a while: anything may have changed. */
    record Resync() implements LessonChange {}

    /** The feed's text for this change. */
    default String encode() {
        return switch (this) {
            case NotePosted c -> "posted:" + c.noteId();
            case ReplyPosted c -> "replied:" + c.noteId();
            case NoteEdited c -> "edited:" + c.noteId();
            case NoteDeleted c -> "deleted:" + c.noteId();
            case HelpfulChanged c -> "reacted:" + c.noteId();
            case NoteModerated c -> "moderated:" + c.noteId();
            case AnswersChanged c -> "answers:" + c.promptId();
            case Drafting c -> "drafting:" + c.promptId();
            case AnswersModerated c -> "answers-moderated";
            case TextChanged c -> "text:" + c.textVersion();
            case Resync c -> ChangeFeed.RESYNC;
        };
    }

    /** The change a feed text stands for; empty for text this version does not know (another node's newer release). */
    static Optional<LessonChange> parse(String text) {
        if (ChangeFeed.RESYNC.equals(text)) {
            return Optional.of(new Resync());
        }
        if ("answers-moderated".equals(text)) {
            return Optional.of(new AnswersModerated());
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(text.substring(colon + 1));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
        return Optional.ofNullable(
                switch (text.substring(0, colon)) {
                    case "posted" -> new NotePosted(id);
                    case "replied" -> new ReplyPosted(id);
                    case "edited" -> new NoteEdited(id);
                    case "deleted" -> new NoteDeleted(id);
                    case "reacted" -> new HelpfulChanged(id);
                    case "moderated" -> new NoteModerated(id);
                    case "answers" -> new AnswersChanged(id);
                    case "drafting" -> new Drafting(id);
                    case "text" -> new TextChanged(Math.toIntExact(id));
                    default -> null;
                });
    }
}
