package app.colloquy.platform.ui;

import static app.colloquy.platform.ui.Translate.tr;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;
import java.util.HashSet;
import java.util.Set;

/**
 * Remembers which parts of a screen hold typed, unsaved changes, and warns before they are lost:
 * on navigation inside the app (a confirmation) and when the tab is closed or reloaded (the
 * browser's own "leave site?" prompt).
 */
public final class UnsavedChanges {

    private final Component screen;
    private final Set<String> dirty = new HashSet<>();

    public UnsavedChanges(Component screen) {
        this.screen = screen;
        screen.getElement().executeJs("""
                if (!window.colloquyUnsavedGuard) {
                  window.colloquyUnsavedGuard = true;
                  window.addEventListener('beforeunload', e => {
                    if (window.colloquyUnsaved) { e.preventDefault(); e.returnValue = ''; }
                  });
                }
                window.colloquyUnsaved = false;""");
    }

    /** Marks {@code part} as changed whenever the user edits {@code field}. */
    public void watch(String part, HasValue<?, ?> field) {
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed(part);
            }
        });
    }

    public void changed(String part) {
        if (dirty.add(part) && dirty.size() == 1) {
            publish();
        }
    }

    public void saved(String part) {
        if (dirty.remove(part) && dirty.isEmpty()) {
            publish();
        }
    }

    public void clear() {
        dirty.clear();
        publish();
    }

    public boolean any() {
        return !dirty.isEmpty();
    }

    /** Call from {@code beforeLeave}: asks before leaving a screen with unsaved changes. */
    public void confirmLeave(BeforeLeaveEvent event) {
        if (dirty.isEmpty()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction navigation = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog(
                tr("unsavedChanges.leaveWithoutSaving"),
                tr("unsavedChanges.someOfYourChangesOn"),
                tr("unsavedChanges.leaveWithoutSaving2"),
                e -> {
                    clear();
                    navigation.proceed();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(tr("unsavedChanges.stayOnThisPage"));
        // Cancelling tells the router the navigation is over, so the same link works again later.
        confirm.addCancelListener(e -> navigation.cancel());
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void publish() {
        screen.getElement().executeJs("window.colloquyUnsaved = $0", !dirty.isEmpty());
    }
}
