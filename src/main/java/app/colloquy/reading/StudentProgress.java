package app.colloquy.reading;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One student's progress on one assignment, as its teachers see it. */
public record StudentProgress(
        long accountId,
        String displayName,
        int lessonCount,
        int openedCount,
        int doneCount,
        @Nullable Instant lastActiveAt,
        @Nullable Instant dueAt) {

    public WorkItem.Status status() {
        return WorkItem.Status.of(openedCount, doneCount, lessonCount);
    }

    public boolean overdue(Instant now) {
        return dueAt != null && dueAt.isBefore(now) && status() != WorkItem.Status.DONE;
    }
}
