package app.colloquy.reading;

import java.time.Instant;

/** One student's progress on one assignment, as its teachers see it. */
public record StudentProgress(long accountId, String displayName, int lessonCount, int openedCount, Instant lastActiveAt,
                              Instant dueAt) {

    public WorkItem.Status status() {
        if (openedCount == 0) {
            return WorkItem.Status.NOT_STARTED;
        }
        return openedCount < lessonCount ? WorkItem.Status.IN_PROGRESS : WorkItem.Status.DONE;
    }

    public boolean overdue(Instant now) {
        return dueAt != null && dueAt.isBefore(now) && status() != WorkItem.Status.DONE;
    }
}
