package app.colloquy.platform.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.platform.DatabaseTrouble;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.NotFoundException;
import app.colloquy.platform.TooManyAttemptsException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What a person sees when an action fails outside a form's own checks, e.g. on a stale page whose
 * item another tab deleted: a plain message, never a stack trace. Saved work is untouched.
 */
@Component
class FriendlyErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(FriendlyErrors.class);
    private final DatabaseTrouble database;

    FriendlyErrors(DatabaseTrouble database) {
        this.database = database;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        Throwable cause = rootCause(event.getThrowable());
        String message = database.noteIfCause(event.getThrowable())
                ? databaseUnavailable(event)
                : switch (cause) {
                    case NotFoundException notFound -> tr("friendlyErrors.thatIsNoLongerThere");
                    case AccessDeniedException denied -> tr("friendlyErrors.youMayNotDoThat");
                    case InvalidInputException invalid -> Translate.tr(invalid);
                    case TooManyAttemptsException tooMany -> Translate.tr(tooMany);
                    case Throwable forged
                    when MalformedClientData.isCause(event.getThrowable()) -> {
                        log.warn(
                                "Ignored malformed data from a browser: {}",
                                MalformedClientData.describe(event.getThrowable()));
                        yield tr("friendlyErrors.thatActionCouldNotBe");
                    }
                    default -> {
                        log.error("Unexpected error in the UI", event.getThrowable());
                        yield tr("friendlyErrors.somethingWentWrongAndNothing");
                    }
                };
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static String databaseUnavailable(ErrorEvent event) {
        log.warn(
                "An action failed: the database is unreachable ({})",
                event.getThrowable().getMessage());
        return DatabaseTrouble.MESSAGE;
    }

    private static Throwable rootCause(Throwable throwable) {
        Throwable cause = throwable;
        while (cause.getCause() != null
                && cause.getCause() != cause
                && !(cause instanceof NotFoundException
                        || cause instanceof InvalidInputException
                        || cause instanceof AccessDeniedException
                        || cause instanceof TooManyAttemptsException)) {
            cause = cause.getCause();
        }
        return cause;
    }
}
