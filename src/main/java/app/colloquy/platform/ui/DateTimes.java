package app.colloquy.platform.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How a moment (a due time, a last visit) reads on screen: date and time with the zone named. */
public final class DateTimes {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.US);

    private DateTimes() {
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant.atZone(ZoneOffset.UTC)) + " UTC";
    }
}
