package app.colloquy.reading;

/** One version of a lesson's text. */
public record LessonText(long lessonId, int textVersion, String body) {}
