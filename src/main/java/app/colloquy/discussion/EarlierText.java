package app.colloquy.discussion;

import java.time.Instant;

/** A body an author replaced by editing, kept for the class's teachers. */
public record EarlierText(Instant replacedAt, String body) {}
