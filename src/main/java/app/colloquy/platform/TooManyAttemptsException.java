package app.colloquy.platform;

import java.time.Duration;

/** Too many failed attempts from one login name, account or address; the message says how long to wait. */
public class TooManyAttemptsException extends RuntimeException {

    private final Duration wait;

    public TooManyAttemptsException(Duration wait) {
        super("Too many failed attempts. Please wait " + describe(wait) + ", then try again.");
        this.wait = wait;
    }

    public Duration waitTime() {
        return wait;
    }

    /** "40 seconds", "3 minutes": rounded up, so trying again after it works. */
    public static String describe(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        if (seconds < 90) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = (seconds + 59) / 60;
        return minutes + " minutes";
    }
}
