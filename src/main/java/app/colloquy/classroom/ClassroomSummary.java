package app.colloquy.classroom;

/** A class as the person asking sees it: with their own role in it. */
public record ClassroomSummary(
        long id, String name, String term, ClassRole role, int studentCount, boolean archived, boolean pseudonymous) {

    public boolean teaching() {
        return role == ClassRole.TEACHER;
    }
}
