package app.colloquy.reading;

import app.colloquy.platform.InvalidInputException;

/** A lesson was saved by someone else since the editor loaded it; nothing was overwritten. */
public class LessonChangedException extends InvalidInputException {

    public LessonChangedException() {
        super(
                "body",
                "This lesson changed since you opened it (in another tab, or by a co-teacher), so your "
                        + "version was not saved. Your text is still here: copy it, reload the page, and apply your change again.");
    }
}
