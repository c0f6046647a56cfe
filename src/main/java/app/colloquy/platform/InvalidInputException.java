package app.colloquy.platform;

/**
 * Input a person can correct: the message is written for them and names the field, so a form
 * can show it beside that field while keeping everything they typed.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input the message is about, e.g. "password"; views map it to their field. */
    public String field() {
        return field;
    }
}
