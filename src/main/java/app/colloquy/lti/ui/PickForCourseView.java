package app.colloquy.lti.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.lti.LtiDeepLinks;
import app.colloquy.reading.LibraryService;
import app.colloquy.reading.ReadingSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * A teacher picking one of their readings for their course, opened from inside the platform
 * (Deep Linking): the reading is assigned to the course's class and its link goes back to the
 * platform.
 */
@Route("platform-link/:requestId([0-9]{1,18})")
@PermitAll
class PickForCourseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LtiDeepLinks deepLinks;
    private final LibraryService library;

    PickForCourseView(LtiDeepLinks deepLinks, LibraryService library) {
        this.deepLinks = deepLinks;
        this.library = library;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long requestId =
                Long.parseLong(event.getRouteParameters().get("requestId").orElseThrow());
        LtiDeepLinks.Request request = deepLinks.request(requestId);
        removeAll();
        add(new H1(tr("lti.pick.title", request.platformName())), new Paragraph(tr("lti.pick.explained")));
        List<ReadingSummary> readings = library.myReadings();
        if (readings.isEmpty()) {
            add(
                    new Paragraph(tr("lti.pick.noReadings")),
                    new Anchor("library/import", tr("libraryView.importAReading")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("pick-list");
        list.getElement().setAttribute("aria-label", tr("libraryView.readings"));
        for (ReadingSummary reading : readings) {
            Button pick = new Button(tr("lti.pick.add"), e -> {
                deepLinks.choose(requestId, reading.id());
                e.getSource().getUI().ifPresent(ui -> ui.getPage().setLocation("lti/return?request=" + requestId));
            });
            pick.addThemeVariants(ButtonVariant.PRIMARY);
            pick.setAriaLabel(tr("lti.pick.addNamed", reading.title(), request.platformName()));
            pick.setDisableOnClick(true);
            list.add(new ListItem(new Span(reading.title()), pick));
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return tr("lti.pick.pageTitle");
    }
}
