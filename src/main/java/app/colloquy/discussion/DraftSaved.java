package app.colloquy.discussion;

import java.time.Instant;

/** A draft as stored: its new revision and when the server saved it. */
public record DraftSaved(int revision, Instant savedAt) {}
