package app.colloquy.reading;

import java.time.Instant;

/**
 * One assignment on a student's "My work" list, with how far they have got and where to go on:
 * the first lesson not opened yet ({@code resumePosition} counts from 1 among the assigned lessons).
 */
public record WorkItem(long classroomId, String className, long assignmentId, String readingTitle, Instant opensAt,
                       Instant dueAt, int lessonCount, int openedCount, long resumeLessonId, int resumePosition) {

    public enum Status {
        NOT_STARTED("Not started"), IN_PROGRESS("In progress"), DONE("Done");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Progress by lessons opened; answering prompts will count once students can answer. */
        public static Status of(int openedCount, int lessonCount) {
            if (openedCount == 0) {
                return NOT_STARTED;
            }
            return openedCount < lessonCount ? IN_PROGRESS : DONE;
        }
    }

    public Status status() {
        return Status.of(openedCount, lessonCount);
    }

    public boolean overdue(Instant now) {
        return dueAt != null && dueAt.isBefore(now) && status() != Status.DONE;
    }
}
