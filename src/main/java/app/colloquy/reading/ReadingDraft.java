package app.colloquy.reading;

import java.util.List;

/**
 * A reading as its editors see it: every lesson with its text version and prompts, and whether
 * the person asking owns it (only the owner deletes it).
 */
public record ReadingDraft(
        long id,
        String title,
        String sourceNote,
        String overview,
        String language,
        List<Lesson> lessons,
        boolean ownedByYou) {

    /** {@code revision} counts every save of the lesson, so a save can check it saves over what it loaded. */
    public record Lesson(
            long id, int position, String title, String body, int textVersion, int revision, List<Prompt> prompts) {}
}
