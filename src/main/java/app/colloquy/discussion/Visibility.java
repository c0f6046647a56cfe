package app.colloquy.discussion;

/** Who may read an annotation and its replies. */
public enum Visibility {
    CLASS,
    PRIVATE,
    TEACHERS;
}
