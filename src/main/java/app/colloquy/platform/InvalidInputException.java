package app.colloquy.platform;

/**
 * Input a person can correct: the message is written for them and names the field, so a form
 * can show it beside that field while keeping everything they typed. The message is a key in
 * {@link MessageBundle}, so each person reads it in their language; {@link #getMessage()} is English.
 */
public class InvalidInputException extends RuntimeException implements Explained {

    private final String field;
    private final Message message;

    public InvalidInputException(String field, String key, Object... args) {
        this(field, Message.of(key, args));
    }

    public InvalidInputException(String field, Message message) {
        super(message.english());
        this.field = field;
        this.message = message;
    }

    /** The input the message is about, e.g. "password"; views map it to their field. */
    public String field() {
        return field;
    }

    @Override
    public Message message() {
        return message;
    }
}
