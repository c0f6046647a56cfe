package app.colloquy.reading;

/** Who may open an assigned lesson in a class now: its teachers always, its students once it is open. */
public record LessonReach(LessonText text, boolean openToStudents) {}
