package app.colloquy.reading.ui;

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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** A teacher's readings, newest first, and the way to import another. */
@Route("library")
@PageTitle("My readings · Colloquy")
@RolesAllowed("TEACHER")
class LibraryView extends Main {

    LibraryView(LibraryService library) {
        addClassName("page");
        Button importReading =
                new Button("Import a reading", e -> getUI().ifPresent(ui -> ui.navigate(ImportView.class)));
        importReading.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("My readings"), importReading);
        List<ReadingSummary> readings = library.myReadings();
        if (readings.isEmpty()) {
            add(new Paragraph(
                    "No readings yet. Import an article: paste its text or upload a PDF, Word, web page or text file, "
                            + "and Colloquy proposes one lesson per section."));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("class-list");
        list.getElement().setAttribute("aria-label", "Readings");
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
                new Span(reading.lessonCount() == 1 ? "1 lesson" : reading.lessonCount() + " lessons"),
                new Span(
                        reading.classCount() == 0
                                ? "not assigned"
                                : "assigned to " + reading.classCount()
                                        + (reading.classCount() == 1 ? " class" : " classes")));
        details.addClassName("class-details");
        Div card = new Div(title, details);
        card.addClassName("class-card");
        return card;
    }
}
