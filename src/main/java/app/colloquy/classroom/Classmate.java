package app.colloquy.classroom;

/** Someone in the same class, as a student sees them: a display name and a role, no login name. */
public record Classmate(String displayName, ClassRole role) {
}
