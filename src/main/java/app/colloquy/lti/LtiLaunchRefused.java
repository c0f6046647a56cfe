package app.colloquy.lti;

import app.colloquy.platform.Explained;
import app.colloquy.platform.Message;

/**
 * A login or launch Colloquy will not honour: {@link #message()} is for the person on the page,
 * {@link #getMessage()} says why for the log (never the token itself).
 */
public class LtiLaunchRefused extends RuntimeException implements Explained {

    private final Message message;

    LtiLaunchRefused(String why, Message message) {
        super(why);
        this.message = message;
    }

    /** A launch that cannot be trusted: what went wrong is for the log, the person is told to try again. */
    static LtiLaunchRefused untrusted(String why) {
        return new LtiLaunchRefused(why, Message.of("lti.refused.untrusted"));
    }

    @Override
    public Message message() {
        return message;
    }
}
