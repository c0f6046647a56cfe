package app.colloquy.account.ui;

import app.colloquy.account.AccountService;
import app.colloquy.account.SignedInUser;
import app.colloquy.platform.MessageBundle;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Each tab speaks the language its person chose under My account, or else their browser's
 * (Vaadin matches it against {@link MessageBundle#LANGUAGES} for each new tab). The choice is read
 * once per session, after sign-in, and kept in the session for its later tabs; the page's
 * {@code lang} follows, for screen readers.
 */
@Component
class InterfaceLanguageSetup implements VaadinServiceInitListener {

    /** Session attribute: the account whose choice this session already read. */
    private static final String APPLIED_FOR = "colloquy.interface-language-applied-for";

    /** Session attribute: the language chosen, which every new tab of the session takes. */
    private static final String CHOSEN = "colloquy.interface-language";

    private final AccountService accounts;

    InterfaceLanguageSetup(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            applyChoice(init.getUI());
            announce(init.getUI());
        });
    }

    private void applyChoice(UI ui) {
        VaadinSession session = ui.getSession();
        if (session.getAttribute(CHOSEN) instanceof Locale chosen) {
            ui.setLocale(chosen);
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!(auth != null && auth.getPrincipal() instanceof SignedInUser user)) {
            return;
        }
        if (Long.valueOf(user.accountId()).equals(session.getAttribute(APPLIED_FOR))) {
            return;
        }
        session.setAttribute(APPLIED_FOR, user.accountId());
        accounts.interfaceLanguage().ifPresent(language -> use(ui, language));
    }

    /** Switches this session, and the tab asking, to a language; null goes back to the browser's. */
    static void use(UI ui, @Nullable Locale chosen) {
        VaadinRequest request = VaadinRequest.getCurrent();
        Locale browser = request == null ? MessageBundle.ENGLISH : request.getLocale();
        Locale language = MessageBundle.supported(chosen != null ? chosen : browser);
        ui.getSession().setAttribute(CHOSEN, chosen == null ? null : language);
        ui.getSession().setLocale(language);
        ui.setLocale(language);
        announce(ui);
    }

    private static void announce(UI ui) {
        ui.getElement()
                .executeJs("document.documentElement.lang = $0", ui.getLocale().toLanguageTag());
    }
}
