package app.colloquy.platform.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How a due time reads on screen: a date and time with its time zone named, never ambiguous. */
public final class DueDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.US);

    private DueDates() {
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant.atZone(ZoneOffset.UTC)) + " UTC";
    }
}
