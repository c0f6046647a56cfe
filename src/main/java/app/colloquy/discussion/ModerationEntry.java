package app.colloquy.discussion;

import java.time.Instant;

/** One act in a class's moderation log: who did what to which item, when and why. */
public record ModerationEntry(
        Instant at,
        String actorName,
        Action action,
        ModerationTarget target,
        long lessonId,
        String authorName,
        String excerpt,
        String reason) {

    public enum Action {
        FLAG,
        HIDE,
        UNHIDE,
        KEEP;
    }
}
