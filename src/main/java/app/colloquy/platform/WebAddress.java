package app.colloquy.platform;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * A web address an admin types for another system (a sign-in provider, a learning platform):
 * https, or http only for this machine (tests and local set-ups); kept without a trailing slash.
 */
public final class WebAddress {

    private static final int MAX_LENGTH = 2000;

    private WebAddress() {}

    public static String required(String field, @Nullable String value, String whenEmptyKey) {
        String text = InputText.required(field, value, MAX_LENGTH, whenEmptyKey);
        URI uri;
        try {
            uri = URI.create(text);
        } catch (IllegalArgumentException notAUrl) {
            throw new InvalidInputException(field, "problem.webAddress.notAnAddress");
        }
        boolean local = "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
        if (uri.getHost() == null || !("https".equals(uri.getScheme()) || ("http".equals(uri.getScheme()) && local))) {
            throw new InvalidInputException(field, "problem.webAddress.notHttps");
        }
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
