package app.colloquy.platform.ui;

import app.colloquy.platform.Explained;
import app.colloquy.platform.Message;
import app.colloquy.platform.MessageBundle;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/** Words on screen in the language of the person looking at it. */
public final class Translate {

    private Translate() {}

    /** The message for {@code key} in this tab's language. */
    public static String tr(String key, Object... args) {
        return MessageBundle.text(locale(), key, args);
    }

    /** What a service said about someone's input, in this tab's language. */
    public static String tr(Explained problem) {
        return tr(problem.message());
    }

    public static String tr(Message message) {
        return message.in(locale());
    }

    /** A choice's name, e.g. a status or a visibility: {@code enum.<type>.<constant>} in the bundle. */
    public static String tr(Enum<?> choice) {
        return tr("enum." + choice.getDeclaringClass().getSimpleName() + "." + choice.name());
    }

    /** This tab's language; the session's outside a tab (while holding it); else English. */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            return ui.getLocale();
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.hasLock()) {
            return session.getLocale();
        }
        ReaderSettings reader = ReaderSettings.current();
        return reader != null ? reader.locale() : MessageBundle.ENGLISH;
    }
}
