package app.colloquy.reading;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Who may open an assigned lesson in a class now: its teachers always, its students once it is
 * open; and when it is due there ({@code null}: no due date).
 */
public record LessonReach(
        LessonText text, boolean openToStudents, @Nullable Instant dueAt) {}
