package app.colloquy.classroom;

/**
 * Someone in the same class, as a member sees them: a display name (or pseudonym) and a role, no
 * login name. The role, not anything in the name, says who teaches.
 */
public record Classmate(long accountId, String displayName, ClassRole role) {

    public boolean teacher() {
        return role == ClassRole.TEACHER;
    }
}
