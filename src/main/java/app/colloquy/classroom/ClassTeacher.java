package app.colloquy.classroom;

/** A teacher of a class, as its teachers see them on the manage page. */
public record ClassTeacher(long accountId, String displayName) {}
