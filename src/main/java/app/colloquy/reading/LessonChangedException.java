package app.colloquy.reading;

import app.colloquy.platform.InvalidInputException;

/** A lesson was saved by someone else since the editor loaded it; nothing was overwritten. */
public class LessonChangedException extends InvalidInputException {

    public LessonChangedException() {
        super("body", "problem.lessonChangedException.thisLessonChangedSinceYou");
    }
}
