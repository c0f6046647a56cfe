package app.colloquy.classroom;

/** A person's role in one class, from their enrolment. */
public enum ClassRole {
    TEACHER,
    STUDENT
}
