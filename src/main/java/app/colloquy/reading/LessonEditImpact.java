package app.colloquy.reading;

import app.colloquy.platform.Message;
import java.util.Optional;

/**
 * What saving new text for a lesson would do to things anchored in it, said before the teacher
 * saves (e.g. "3 notes will move, 1 cannot be placed"). Implemented by the features that anchor
 * things in lesson text; reading only asks. Implementations check that the caller edits the lesson.
 */
public interface LessonEditImpact {

    Optional<Message> describe(long lessonId, String newBody);
}
