package app.colloquy.reading;

import java.time.Instant;
import java.util.List;

/**
 * An assignment as its teacher changes it: the reading's lessons, which of them are assigned
 * ({@code wholeReading}: all, including lessons added later), and the times.
 */
public record AssignmentDetails(
        long assignmentId,
        long classroomId,
        long readingId,
        String readingTitle,
        Instant opensAt,
        Instant dueAt,
        boolean wholeReading,
        List<Long> chosenLessonIds,
        List<ClassAssignment.LessonLink> lessons) {}
