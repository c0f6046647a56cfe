package app.colloquy.reading;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One assignment on a student's "My work" list, with how far they have got and where to go on:
 * the first lesson not done yet ({@code resumePosition} counts from 1 among the assigned lessons).
 * A lesson is done when opened and every prompt in it has a submitted answer; teachers' feedback
 * on the reading's answers is counted, with the lesson of the latest.
 */
public record WorkItem(
        long classroomId,
        String className,
        long assignmentId,
        String readingTitle,
        Instant opensAt,
        @Nullable Instant dueAt,
        int lessonCount,
        int openedCount,
        int doneCount,
        long resumeLessonId,
        int resumePosition,
        int feedbackCount,
        @Nullable Long feedbackLessonId) {

    public enum Status {
        NOT_STARTED,
        IN_PROGRESS,
        DONE;

        /** Not started until a lesson is opened; done when every lesson is. */
        public static Status of(int openedCount, int doneCount, int lessonCount) {
            if (openedCount == 0) {
                return NOT_STARTED;
            }
            return doneCount < lessonCount ? IN_PROGRESS : DONE;
        }
    }

    public Status status() {
        return Status.of(openedCount, doneCount, lessonCount);
    }

    public boolean overdue(Instant now) {
        return dueAt != null && dueAt.isBefore(now) && status() != Status.DONE;
    }
}
