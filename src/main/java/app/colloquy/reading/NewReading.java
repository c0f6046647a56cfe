package app.colloquy.reading;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A reading to import: its lessons in order, each with its discussion prompts. */
public record NewReading(
        String title, @Nullable String sourceNote, String overview, List<NewLesson> lessons, String language) {

    /** A reading in English, the language readings had before they could say theirs. */
    public NewReading(String title, @Nullable String sourceNote, String overview, List<NewLesson> lessons) {
        this(title, sourceNote, overview, lessons, "en");
    }

    public record NewLesson(String title, String body, List<String> prompts) {}
}
