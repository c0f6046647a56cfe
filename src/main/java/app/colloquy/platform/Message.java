package app.colloquy.platform;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** Something to tell a person, not yet in their language: a key in {@link MessageBundle} and its values. */
public record Message(String key, List<Object> args) implements Serializable {

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }

    public String in(Locale locale) {
        return MessageBundle.text(locale, key, args.toArray());
    }

    public String english() {
        return in(MessageBundle.ENGLISH);
    }
}
