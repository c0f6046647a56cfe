package app.colloquy.platform;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Text a person typed or uploaded, checked once where it enters and the same way everywhere:
 * trimmed, required or not, bounded, and free of what cannot be stored or shown as text (control
 * characters other than tab and line breaks, e.g. NUL, and broken UTF-16 such as a lone surrogate).
 */
public final class InputText {

    private InputText() {}

    /** The trimmed text; an {@link InvalidInputException} for {@code field} when empty, too long or not text. */
    public static String required(String field, @Nullable String value, int maxLength, String whenEmptyKey) {
        String clean = optional(field, value, maxLength);
        if (clean == null) {
            throw new InvalidInputException(field, whenEmptyKey);
        }
        return clean;
    }

    /** The trimmed text, or null when blank; an {@link InvalidInputException} when too long or not text. */
    public static @Nullable String optional(String field, @Nullable String value, int maxLength) {
        String clean = value == null ? "" : value.strip();
        if (clean.length() > maxLength) {
            throw new InvalidInputException(field, "problem.text.tooLong", maxLength, clean.length());
        }
        requireText(field, clean);
        return clean.isEmpty() ? null : clean;
    }

    /** Fails with a message for {@code field} when the value holds characters that are not text. */
    public static void requireText(String field, String value) {
        characterProblem(value).ifPresent(problem -> {
            throw new InvalidInputException(field, problem);
        });
    }

    /**
     * What is wrong with the characters of a text, if anything, said so a person can find it: the
     * position counts characters as an editor shows them. One pass, no regular expression.
     */
    public static Optional<Message> characterProblem(String value) {
        if (value == null) {
            return Optional.empty();
        }
        int position = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            position++;
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(Message.of("problem.text.brokenCharacter", position));
            } else if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of(Message.of("problem.text.controlCharacter", position));
            }
        }
        return Optional.empty();
    }

    /**
     * The text with every invisible character removed: controls, formatting characters (zero-width
     * spaces and joiners, direction marks), whitespace, lone combining marks and the blank letters
     * (Hangul fillers, the blank Braille pattern) used to fake an empty name. Empty means nothing would show.
     */
    public static String visibleCharacters(String value) {
        StringBuilder visible = new StringBuilder();
        value.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .filter(cp -> switch (Character.getType(cp)) {
                    case Character.CONTROL,
                            Character.FORMAT,
                            Character.UNASSIGNED,
                            Character.PRIVATE_USE,
                            Character.NON_SPACING_MARK,
                            Character.ENCLOSING_MARK -> false;
                    default -> true;
                })
                .filter(cp -> cp != 0x3164 && cp != 0x115F && cp != 0x1160 && cp != 0xFFA0 && cp != 0x2800)
                .forEach(visible::appendCodePoint);
        return visible.toString();
    }
}
