package app.colloquy.discussion;

/**
 * A tag of a class's vocabulary (Question, Claim, ...). A tag that asks for an answer puts its
 * notes under "Needs attention" in the review until someone other than the author replies.
 */
public record Tag(long id, String name, boolean asksForAnswer) {}
