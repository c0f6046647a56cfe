package app.colloquy.platform;

/** Too many failed attempts from one account or address; the message says what to do. */
public class TooManyAttemptsException extends RuntimeException {
    public TooManyAttemptsException() {
        super("Too many failed attempts. Please wait 15 minutes, then try again.");
    }
}
