package app.colloquy.discussion;

/** A reader's selection as it will be annotated: whole characters, without whitespace at its ends. */
public record Selection(int textVersion, int start, int end, String quote) {}
