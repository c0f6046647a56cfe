package app.colloquy.platform.ui;

import static app.colloquy.platform.ui.Translate.tr;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The one answer for a page that does not exist and for one the user may not see: it never
 * says which, and never shows a stack trace.
 */
abstract class NotFoundPage extends Main implements HasDynamicTitle {

    static final int STATUS = 404;

    NotFoundPage() {
        addClassName("not-found");
        add(
                new H1(tr("notFoundPage.pageNotFound")),
                new Paragraph(tr("notFoundPage.thisPageDoesNotExist")),
                new Anchor("", tr("notFoundPage.backToMyClasses")));
    }

    @Override
    public String getPageTitle() {
        return tr("title.notFound");
    }
}
