package app.colloquy.reading;

import java.util.List;

/** A reading as its editors see it: every lesson with its text version and prompts. */
public record ReadingDraft(long id, String title, String sourceNote, String overview, List<Lesson> lessons) {

    public record Lesson(long id, int position, String title, String body, int textVersion, List<Prompt> prompts) {
    }
}
