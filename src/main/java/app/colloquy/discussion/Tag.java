package app.colloquy.discussion;

/** A tag of a class's vocabulary (Question, Claim, ...). */
public record Tag(long id, String name) {
}
