package app.colloquy.platform;

import java.time.Duration;

/** Too many failed attempts from one login name, account or address; the message says how long to wait. */
public class TooManyAttemptsException extends RuntimeException implements Explained {

    private final Duration wait;

    public TooManyAttemptsException(Duration wait) {
        super(message(wait).english());
        this.wait = wait;
    }

    @Override
    public Message message() {
        return message(wait);
    }

    private static Message message(Duration wait) {
        return Message.of("problem.tooManyAttempts", describe(wait));
    }

    public Duration waitTime() {
        return wait;
    }

    /** "40 seconds", "3 minutes": rounded up, so trying again after it works. */
    public static Message describe(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        if (seconds < 90) {
            return Message.of("duration.seconds", seconds);
        }
        return Message.of("duration.minutes", (seconds + 59) / 60);
    }
}
