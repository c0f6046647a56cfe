package app.colloquy.platform;

/**
 * Something does not exist, or the person asking may not see it. The two are deliberately the
 * same answer, so ids in URLs reveal nothing about other classes.
 */
public class NotFoundException extends RuntimeException {
    public NotFoundException() {
        super("Not found");
    }
}
