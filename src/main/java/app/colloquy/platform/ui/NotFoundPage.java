package app.colloquy.platform.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The one answer for a page that does not exist and for one the user may not see: it never
 * says which, and never shows a stack trace.
 */
abstract class NotFoundPage extends Main {

    static final int STATUS = 404;

    NotFoundPage() {
        addClassName("not-found");
        add(
                new H1("Page not found"),
                new Paragraph("This page does not exist, or it belongs to a class you are not in."),
                new Anchor("", "Back to My classes"));
    }
}
