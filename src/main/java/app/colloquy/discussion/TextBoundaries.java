package app.colloquy.discussion;

import java.util.Optional;

/**
 * Character boundaries in lesson text: a range never splits a surrogate pair or separates a
 * combining mark, joiner or variation selector from the character it belongs to.
 */
final class TextBoundaries {

    private TextBoundaries() {}

    /** Moves {@code index} back to the start of the user-perceived character it falls in. */
    static int snapStart(String text, int index) {
        int i = Math.clamp(index, 0, text.length());
        while (i > 0 && i < text.length() && (splitsPair(text, i) || attachesToPrevious(text, i))) {
            i--;
        }
        return i;
    }

    /** Moves {@code index} forward past the rest of the user-perceived character before it. */
    static int snapEnd(String text, int index) {
        int i = Math.clamp(index, 0, text.length());
        while (i > 0 && i < text.length() && (splitsPair(text, i) || attachesToPrevious(text, i))) {
            i++;
        }
        return i;
    }

    /**
     * The selection {@code [start, end)} widened to whole characters and narrowed to leave out
     * whitespace at its ends; empty when nothing but whitespace was selected.
     */
    static Optional<int[]> selection(String text, int start, int end) {
        int from = snapStart(text, start);
        int to = snapEnd(text, end);
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return from < to ? Optional.of(new int[] {from, to}) : Optional.empty();
    }

    /**
     * A reader's selection as it will be quoted: {@link #selection} widened to whole words, so a
     * drag that starts or ends inside a word (easy on a phone) quotes the whole word.
     */
    static Optional<int[]> wordSelection(String text, int start, int end) {
        return selection(text, start, end).map(range -> {
            int from = range[0];
            int to = range[1];
            while (from > 0 && inWord(text.codePointBefore(from)) && inWord(text.codePointAt(from))) {
                from = snapStart(text, from - Character.charCount(text.codePointBefore(from)));
            }
            while (to < text.length() && inWord(text.codePointBefore(to)) && inWord(text.codePointAt(to))) {
                to = snapEnd(text, to + Character.charCount(text.codePointAt(to)));
            }
            return new int[] {from, to};
        });
    }

    private static boolean inWord(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetterOrDigit(codePoint)
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean splitsPair(String text, int i) {
        return Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1));
    }

    private static boolean attachesToPrevious(String text, int i) {
        int codePoint = text.codePointAt(i);
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || codePoint == 0x200D
                || text.codePointBefore(i) == 0x200D // zero-width joiner sequences
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F) // variation selectors
                || (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF); // skin-tone modifiers
    }
}
