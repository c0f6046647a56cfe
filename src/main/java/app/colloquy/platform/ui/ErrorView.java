package app.colloquy.platform.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.platform.DatabaseTrouble;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any failure while opening a page that has no page of its own (instead of Vaadin's bare
 * "There was an exception while trying to navigate"): the database being unreachable gets its
 * own message and status 503; anything else a short apology, logged once with its stack trace.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ErrorView extends Main implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);
    private final DatabaseTrouble databaseTrouble;

    public ErrorView(DatabaseTrouble databaseTrouble) {
        this.databaseTrouble = databaseTrouble;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        addClassName("page");
        boolean database = databaseTrouble.noteIfCause(parameter.getCaughtException());
        if (database) {
            log.warn(
                    "Page {} could not be opened: the database is unreachable ({})",
                    event.getLocation().getPath(),
                    parameter.getCaughtException().getMessage());
            add(new H1(tr("errorView.colloquyIsUnavailable")), new Paragraph(DatabaseTrouble.MESSAGE));
        } else {
            log.error("Page {} could not be opened", event.getLocation().getPath(), parameter.getCaughtException());
            add(new H1(tr("errorView.somethingWentWrong")), new Paragraph(tr("errorView.thisPageCouldNotBe")));
        }
        add(
                new Anchor(event.getLocation().getPathWithQueryParameters(), tr("errorView.tryAgain")),
                new Paragraph(new Anchor("", tr("common.myClasses"))));
        return database ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return tr("title.error");
    }
}
