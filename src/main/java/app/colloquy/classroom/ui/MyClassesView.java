package app.colloquy.classroom.ui;

import app.colloquy.classroom.ClassroomService;
import app.colloquy.classroom.ClassroomSummary;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** Home screen: the classes a person teaches or attends, each a link to its page. */
@Route("")
@PageTitle("My classes · Colloquy")
@PermitAll
class MyClassesView extends Main {

    MyClassesView(ClassroomService classrooms) {
        addClassName("page");
        add(new H1("My classes"));
        List<ClassroomSummary> mine = classrooms.myClasses();
        if (mine.isEmpty()) {
            add(new Paragraph("You are not in any class yet."));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("class-list");
        mine.forEach(c -> list.add(new ListItem(card(c))));
        add(list);
    }

    private static Div card(ClassroomSummary c) {
        RouterLink link = ClassLinks.to(c.id(), c.name());
        link.addClassName("class-name");
        Span role = new Span(c.teaching() ? "Teaching" : "Student");
        role.getElement().getThemeList().add(c.teaching() ? "badge" : "badge contrast");
        Div details = new Div();
        details.addClassName("class-details");
        if (c.term() != null) {
            details.add(new Span(c.term()));
        }
        if (c.teaching()) {
            details.add(new Span(c.studentCount() == 1 ? "1 student" : c.studentCount() + " students"));
        }
        Div card = new Div(link, role, details);
        card.addClassName("class-card");
        return card;
    }
}
