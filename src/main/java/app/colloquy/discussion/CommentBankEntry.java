package app.colloquy.discussion;

/** A comment a teacher saved to reuse in feedback. */
public record CommentBankEntry(long id, String body) {}
