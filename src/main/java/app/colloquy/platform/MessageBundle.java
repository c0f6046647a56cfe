package app.colloquy.platform;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The interface's words in each language it speaks: {@code messages.properties} (English, the
 * fallback) and one file per further language, read as UTF-8. Every entry is a {@link
 * MessageFormat} pattern, also those without arguments, so an apostrophe is always written twice.
 */
public final class MessageBundle {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SPANISH = Locale.forLanguageTag("es");

    /** The interface languages, the first being the one used when a browser asks for none of them. */
    public static final List<Locale> LANGUAGES = List.of(ENGLISH, SPANISH);

    private static final String NAME = "messages";
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /**
     * Each pattern parsed once per language (a lesson screen asks for a few hundred messages), and
     * each message without values kept whole: bounded by the bundle's keys times its languages.
     */
    private static final Map<Entry, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    private static final Map<Entry, String> PLAIN = new ConcurrentHashMap<>();

    private record Entry(Locale language, String key) {}

    private MessageBundle() {}

    /** The message for {@code key} in the interface language closest to {@code locale}. */
    public static String text(Locale locale, String key, Object... args) {
        Entry entry = new Entry(supported(locale), key);
        if (args.length == 0) {
            return PLAIN.computeIfAbsent(entry, e -> format(e, args));
        }
        return format(entry, args);
    }

    private static String format(Entry entry, Object[] args) {
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i] instanceof Message message ? message.in(entry.language()) : args[i];
        }
        // A MessageFormat is not safe to share between threads: each call formats with its own copy.
        MessageFormat parsed = FORMATS.computeIfAbsent(
                entry,
                e -> new MessageFormat(
                        ResourceBundle.getBundle(NAME, e.language(), NO_DEFAULT_LOCALE)
                                .getString(e.key()),
                        e.language()));
        return ((MessageFormat) parsed.clone()).format(values);
    }

    /** The message in English, for logs and for tests that read what a service said. */
    public static String english(String key, Object... args) {
        return text(ENGLISH, key, args);
    }

    /** The interface language for a locale: the same language if spoken here, else English. */
    public static Locale supported(Locale locale) {
        return LANGUAGES.stream()
                .filter(language -> language.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(ENGLISH);
    }
}
