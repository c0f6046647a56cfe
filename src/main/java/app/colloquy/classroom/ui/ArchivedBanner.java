package app.colloquy.classroom.ui;

import static app.colloquy.platform.ui.Translate.tr;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** Says plainly that a class is archived and so read-only. */
public final class ArchivedBanner {

    private ArchivedBanner() {}

    public static Div create() {
        Div banner = new Div(new Paragraph(tr("archivedBanner.thisClassIsArchivedEverything")));
        banner.addClassName("banner");
        banner.getElement().setAttribute("role", "status");
        return banner;
    }
}
