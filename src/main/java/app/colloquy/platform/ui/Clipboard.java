package app.colloquy.platform.ui;

import static app.colloquy.platform.ui.Translate.tr;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;

/**
 * Copies text to the clipboard from a button click. The Clipboard API needs a secure context, which
 * a school server on plain http is not, so it falls back to the older copy command.
 */
public final class Clipboard {

    private static final String COPY = """
            const text = $0;
            if (navigator.clipboard && window.isSecureContext) {
              return navigator.clipboard.writeText(text).then(() => true, () => false);
            }
            const area = document.createElement('textarea');
            area.value = text;
            area.setAttribute('readonly', '');
            area.style.position = 'fixed';
            area.style.opacity = '0';
            document.body.appendChild(area);
            area.select();
            let copied = false;
            try { copied = document.execCommand('copy'); } catch (e) { copied = false; }
            area.remove();
            return copied;
            """;

    private Clipboard() {}

    /** Copies and says so; if the browser refuses, says what to copy by hand. */
    public static void copy(UI ui, String text, String what) {
        ui.getPage()
                .executeJs(COPY, text)
                .then(
                        Boolean.class,
                        copied -> Notification.show(
                                copied
                                        ? tr("clipboard.copied", what)
                                        : tr("clipboard.yourBrowserDidNotAllow", what.toLowerCase()),
                                4000,
                                Notification.Position.BOTTOM_START));
    }
}
