package app.colloquy.reading;

import java.util.List;

/**
 * A reading as its editors see it: every lesson with its text version and prompts, and whether
 * the person asking owns it (only the owner deletes it).
 */
public record ReadingDraft(long id, String title, String sourceNote, String overview, List<Lesson> lessons,
                           boolean ownedByYou) {

    public record Lesson(long id, int position, String title, String body, int textVersion, List<Prompt> prompts) {
    }
}
