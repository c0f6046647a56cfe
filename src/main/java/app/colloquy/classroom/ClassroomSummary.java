package app.colloquy.classroom;

import org.jspecify.annotations.Nullable;

/** A class as the person asking sees it: with their own role in it. */
public record ClassroomSummary(
        long id,
        String name,
        @Nullable String term,
        ClassRole role,
        int studentCount,
        boolean archived,
        boolean pseudonymous) {

    public boolean teaching() {
        return role == ClassRole.TEACHER;
    }
}
