package app.colloquy.platform.ui;

import com.vaadin.flow.server.communication.rpc.RpcDecodeException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Recognises a failure that a browser caused by sending values of the wrong type (a forged event
 * whose id is "abc", a number too large for a long, an object where text belongs): Vaadin fails to
 * decode them before any of our code runs. That is a client's error, not the server's: it is
 * logged as one warning line, without a stack trace, and the person sees a calm message.
 */
final class MalformedClientData {

    private static final int LONGEST_DESCRIPTION = 200;

    private MalformedClientData() {}

    static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MismatchedInputException
                    || t instanceof InputCoercionException
                    || t instanceof RpcDecodeException
                    || wrongArgumentCount(t)) {
                return true;
            }
        }
        return false;
    }

    /** Vaadin's own check that a call from the browser has as many values as the method has parameters. */
    private static boolean wrongArgumentCount(Throwable t) {
        StackTraceElement[] stack = t.getStackTrace();
        return t instanceof IllegalArgumentException
                && stack.length > 0
                && stack[0].getClassName().startsWith("com.vaadin.flow.server.communication.rpc.");
    }

    /**
     * The innermost message, on one line and cut short: it quotes what the browser sent, which
     * must not be able to write lines of its own into the log.
     */
    static String describe(Throwable failure) {
        Throwable innermost = failure;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        String message = innermost.getClass().getSimpleName() + ": " + innermost.getMessage();
        StringBuilder oneLine = new StringBuilder();
        message.codePoints()
                .limit(LONGEST_DESCRIPTION)
                .forEach(c -> oneLine.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return oneLine.toString();
    }
}
