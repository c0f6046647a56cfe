package app.colloquy.reading;

/**
 * Published inside the transaction that saves a new text version of a lesson, so features that
 * anchor things in the text (annotations) move them before the save commits.
 */
public record LessonTextChanged(long lessonId, String oldBody, int newVersion, String newBody) {}
