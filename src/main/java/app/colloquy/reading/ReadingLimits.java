package app.colloquy.reading;

import app.colloquy.platform.InvalidInputException;

/** Sizes a reading may have, checked the same way for imports and edits. */
public final class ReadingLimits {

    /** An imported file or pasted text: about 150,000 words, far beyond any one reading. */
    public static final int MAX_TEXT_BYTES = 1024 * 1024;
    public static final int MAX_TITLE = 300;
    public static final int MAX_LESSON_TEXT = 200_000;
    public static final int MAX_PROMPT = 2000;

    private ReadingLimits() {
    }

    static String title(String field, String value) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException(field, "Give it a title.");
        }
        if (clean.length() > MAX_TITLE) {
            throw new InvalidInputException(field, "Use at most " + MAX_TITLE + " characters.");
        }
        return clean;
    }

    static String lessonText(String value) {
        String clean = value == null ? "" : value.replace("\r\n", "\n").strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException("body", "A lesson needs some text.");
        }
        if (clean.length() > MAX_LESSON_TEXT) {
            throw new InvalidInputException("body", "A lesson can hold at most " + MAX_LESSON_TEXT
                    + " characters. Split it into two lessons.");
        }
        return clean;
    }

    static String prompt(String value) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException("question", "Write the question.");
        }
        if (clean.length() > MAX_PROMPT) {
            throw new InvalidInputException("question", "Use at most " + MAX_PROMPT + " characters.");
        }
        return clean;
    }
}
