package app.colloquy.classroom.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** Says plainly that a class is archived and so read-only. */
public final class ArchivedBanner {

    private ArchivedBanner() {}

    public static Div create() {
        Div banner = new Div(new Paragraph("This class is archived: everything stays readable, nothing can be changed. "
                + "A teacher can restore it from the class's management page."));
        banner.addClassName("banner");
        banner.getElement().setAttribute("role", "status");
        return banner;
    }
}
