package app.colloquy.reading;

import app.colloquy.platform.InputText;
import org.jspecify.annotations.Nullable;

/** Sizes a reading may have, checked the same way for imports and edits. */
public final class ReadingLimits {

    /** An imported file or pasted text: about 150,000 words, far beyond any one reading. */
    public static final int MAX_TEXT_BYTES = 1024 * 1024;
    /** An uploaded PDF or Word file carries fonts and pictures: it may be much larger than its text. */
    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    public static final int MAX_TITLE = 300;
    public static final int MAX_LESSON_TEXT = 200_000;
    public static final int MAX_PROMPT = 2000;
    public static final int MAX_SOURCE_NOTE = 1000;

    private ReadingLimits() {}

    static String title(String field, String value) {
        return InputText.required(field, value, MAX_TITLE, "problem.readingLimits.giveItATitle");
    }

    static String lessonText(String value) {
        return InputText.required(
                "body",
                value == null ? null : value.replace("\r\n", "\n"),
                MAX_LESSON_TEXT,
                "problem.readingLimits.aLessonNeedsSomeText");
    }

    static @Nullable String sourceNote(@Nullable String value) {
        return InputText.optional("sourceNote", value, MAX_SOURCE_NOTE);
    }

    /** The text before the first lesson; empty when there is none. */
    static String overview(String value) {
        String overview =
                InputText.optional("overview", value == null ? null : value.replace("\r\n", "\n"), MAX_LESSON_TEXT);
        return overview == null ? "" : overview;
    }

    static String prompt(String value) {
        return InputText.required("question", value, MAX_PROMPT, "problem.readingLimits.writeTheQuestion");
    }
}
