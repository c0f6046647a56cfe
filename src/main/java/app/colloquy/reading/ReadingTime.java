package app.colloquy.reading;

/**
 * About how long a student takes to read a text closely: 200 words a minute, a common estimate for
 * secondary students reading to discuss (faster skimming does not apply to close reading).
 */
public final class ReadingTime {

    static final int WORDS_PER_MINUTE = 200;

    private ReadingTime() {}

    /** Whole minutes, at least 1 for any text with a word in it. */
    public static int minutes(String text) {
        int words = words(text);
        return words == 0 ? 0 : Math.max(1, Math.round(words / (float) WORDS_PER_MINUTE));
    }

    /** Runs of non-whitespace characters; counted in one pass (no pattern to backtrack). */
    static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
