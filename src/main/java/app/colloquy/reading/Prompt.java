package app.colloquy.reading;

/** A discussion prompt of a lesson; {@code answerBeforePeers} hides classmates' answers until one's own is in. */
public record Prompt(long id, int position, String question, boolean answerBeforePeers) {}
