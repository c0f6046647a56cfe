package app.colloquy.platform.ui;

import com.vaadin.flow.internal.CurrentInstance;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The language and time zone a tab is read in, carried into work that runs outside the tab's Vaadin
 * context: a screen updated by push re-reads as its viewer (SystemActor.callAs), which steps out of
 * the tab, and what it draws must still be in the viewer's language and zone.
 */
public record ReaderSettings(Locale locale, ZoneId zone) {

    /** The current tab's language and zone. */
    public static ReaderSettings ofThisTab() {
        return new ReaderSettings(Translate.locale(), DateTimes.zone());
    }

    /** Runs work with these settings, wherever it runs. */
    public <T> T around(Supplier<T> work) {
        ReaderSettings before = current();
        CurrentInstance.set(ReaderSettings.class, this);
        try {
            return work.get();
        } finally {
            CurrentInstance.set(ReaderSettings.class, before);
        }
    }

    static @Nullable ReaderSettings current() {
        return CurrentInstance.get(ReaderSettings.class);
    }
}
