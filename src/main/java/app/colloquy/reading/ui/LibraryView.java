package app.colloquy.reading.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.reading.LibraryService;
import app.colloquy.reading.ReadingSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** A teacher's readings, newest first, and the way to import another. */
@Route("library")
@RolesAllowed("TEACHER")
class LibraryView extends Main implements HasDynamicTitle {

    LibraryView(LibraryService library) {
        addClassName("page");
        Button importReading = new Button(
                tr("libraryView.importAReading"), e -> getUI().ifPresent(ui -> ui.navigate(ImportView.class)));
        importReading.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(tr("common.myReadings")), importReading);
        List<ReadingSummary> readings = library.myReadings();
        if (readings.isEmpty()) {
            add(new Paragraph(tr("libraryView.noReadingsYetImportAn")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("class-list");
        list.getElement().setAttribute("aria-label", tr("libraryView.readings"));
        readings.forEach(r -> list.add(new ListItem(card(r))));
        add(list);
    }

    private static Div card(ReadingSummary reading) {
        RouterLink title = new RouterLink(
                reading.title(),
                ReadingEditorView.class,
                new RouteParameters("readingId", String.valueOf(reading.id())));
        title.addClassName("class-name");
        Div details = new Div(
                new Span(
                        reading.lessonCount() == 1
                                ? tr("libraryView.1Lesson")
                                : tr("libraryView.lessons", reading.lessonCount())),
                new Span(
                        reading.classCount() == 0
                                ? tr("libraryView.notAssigned")
                                : tr(
                                        "libraryView.assignedTo",
                                        reading.classCount(),
                                        (reading.classCount() == 1
                                                ? tr("libraryView.class")
                                                : tr("libraryView.classes")))));
        details.addClassName("class-details");
        Div card = new Div(title, details);
        card.addClassName("class-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return tr("title.library");
    }
}
