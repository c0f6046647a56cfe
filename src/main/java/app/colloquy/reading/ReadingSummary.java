package app.colloquy.reading;

import java.time.Instant;

/** A reading in a teacher's library. */
public record ReadingSummary(long id, String title, int lessonCount, int classCount, Instant createdAt) {}
