package app.colloquy.account.ui;

import app.colloquy.account.AccountService;
import app.colloquy.platform.DatabaseTrouble;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * On every navigation of a signed-in person: notes them as active (teachers see "last active" on
 * the roster), and sends someone with a temporary password to change it before anything else.
 */
@Component
class ActivityTracker implements VaadinServiceInitListener {

    private final AccountService accounts;
    private final DatabaseTrouble database;

    ActivityTracker(AccountService accounts, DatabaseTrouble database) {
        this.accounts = accounts;
        this.database = database;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        // Noting activity is not worth a failed page.
        boolean mustChangePassword = database.unlessUnreachable(accounts::touchActivity, () -> false);
        if (mustChangePassword && event.getNavigationTarget() != AccountView.class) {
            event.forwardTo(AccountView.class);
        }
    }
}
