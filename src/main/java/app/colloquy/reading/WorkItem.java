package app.colloquy.reading;

import java.time.Instant;

/**
 * One assignment on a student's "My work" list, with how far they have got and where to go on:
 * the first lesson not opened yet ({@code resumePosition} counts from 1 among the assigned lessons).
 */
public record WorkItem(long classroomId, String className, long assignmentId, String readingTitle, Instant opensAt,
                       Instant dueAt, int lessonCount, int openedCount, long resumeLessonId, int resumePosition) {

    public enum Status { NOT_STARTED, IN_PROGRESS, DONE }

    /** Progress by lessons opened; answering prompts will count once students can answer. */
    public Status status() {
        if (openedCount == 0) {
            return Status.NOT_STARTED;
        }
        return openedCount < lessonCount ? Status.IN_PROGRESS : Status.DONE;
    }

    public boolean overdue(Instant now) {
        return dueAt != null && dueAt.isBefore(now) && status() != Status.DONE;
    }
}
