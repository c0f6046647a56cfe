package app.colloquy.platform;

/** Text a person typed, cleaned and checked the same way everywhere: trimmed, required or not, bounded. */
public final class InputText {

    private InputText() {
    }

    /** The trimmed text; an {@link InvalidInputException} for {@code field} when empty or too long. */
    public static String required(String field, String value, int maxLength, String whenEmpty) {
        String clean = optional(field, value, maxLength);
        if (clean == null) {
            throw new InvalidInputException(field, whenEmpty);
        }
        return clean;
    }

    /** The trimmed text, or null when blank; an {@link InvalidInputException} when too long. */
    public static String optional(String field, String value, int maxLength) {
        String clean = value == null ? "" : value.strip();
        if (clean.length() > maxLength) {
            throw new InvalidInputException(field, "Use at most " + maxLength + " characters.");
        }
        return clean.isEmpty() ? null : clean;
    }
}
