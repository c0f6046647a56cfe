package app.colloquy.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.server.VaadinSession;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * How a moment (a due time, a last visit) reads on screen: in the person's own time zone, taken
 * from their browser, in their language, and always with the zone named so it is never ambiguous.
 */
public final class DateTimes {

    /** UTC by its name: "UTC" on screen, where the offset ZoneOffset.UTC would read "Z". */
    private static final ZoneId UTC = ZoneId.of("UTC");

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    /** The zone's abbreviation at that moment, e.g. CST in winter and CDT in summer. */
    private static final DateTimeFormatter ZONE_AT_INSTANT = DateTimeFormatter.ofPattern("zzz");

    private DateTimes() {}

    public static String format(Instant instant) {
        ZonedDateTime local = instant.atZone(zone());
        Locale locale = Translate.locale();
        return FORMAT.withLocale(locale).format(local) + " "
                + ZONE_AT_INSTANT.withLocale(locale).format(local);
    }

    /** The browser's time zone once known for this session (or the tab's, on a push); UTC before that. */
    public static ZoneId zone() {
        VaadinSession session = VaadinSession.getCurrent();
        ZoneId zone = session == null ? null : session.getAttribute(ZoneId.class);
        ReaderSettings reader = ReaderSettings.current();
        if (zone == null && reader != null) {
            zone = reader.zone();
        }
        return zone == null ? UTC : zone;
    }

    /** The zone's general name, e.g. CT, for times not yet chosen. */
    public static String zoneName(ZoneId zone) {
        return zone.getDisplayName(TextStyle.SHORT, Translate.locale());
    }

    /** Learns the browser's time zone for this session, if not known yet. */
    public static void learnBrowserZone(UI ui) {
        if (ui.getSession() == null || ui.getSession().getAttribute(ZoneId.class) != null) {
            return;
        }
        ExtendedClientDetails known = ui.getPage().getExtendedClientDetails();
        if (known != null && known.getTimeZoneId() != null) {
            remember(ui, known.getTimeZoneId());
        } else {
            ui.getPage().retrieveExtendedClientDetails(details -> remember(ui, details.getTimeZoneId()));
        }
    }

    private static void remember(UI ui, String zoneId) {
        try {
            ui.getSession().setAttribute(ZoneId.class, ZoneId.of(zoneId));
        } catch (DateTimeException | NullPointerException unknownZone) {
            ui.getSession().setAttribute(ZoneId.class, UTC);
        }
    }
}
