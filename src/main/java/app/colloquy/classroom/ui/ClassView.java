package app.colloquy.classroom.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.classroom.Classmate;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.classroom.ClassroomSummary;
import app.colloquy.classroom.JoinSettings;
import app.colloquy.platform.ui.PublicAddress;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * A class's page: what other features show for the class (e.g. its readings and their lessons,
 * from {@link ClassPageSection}s), and who is in it.
 */
@Route("classes/:classId([0-9]{1,18})")
@PermitAll
class ClassView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ClassroomService classrooms;
    private final List<ClassPageSection> sections;
    private final PublicAddress address;
    private String title = tr("classView.class");

    ClassView(ClassroomService classrooms, List<ClassPageSection> sections, PublicAddress address) {
        this.address = address;
        this.classrooms = classrooms;
        this.sections = sections;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long classId = event.getRouteParameters().getLong("classId").orElseThrow();
        ClassroomSummary classroom = classrooms.getClassroom(classId);
        title = tr("common.colloquy2", classroom.name());
        removeAll();
        add(new H1(classroom.name()));
        if (classroom.term() != null) {
            add(new Paragraph(classroom.term()));
        }
        if (classroom.archived()) {
            add(ArchivedBanner.create());
        }
        if (classroom.teaching()) {
            RouterLink manage = new RouterLink(
                    tr("classView.manageClassJoinCodeRoster"),
                    ClassManageView.class,
                    new RouteParameters("classId", String.valueOf(classId)));
            manage.addClassName("manage-link");
            add(new Div(manage), joinCodeLine(classroom));
        }
        sections.forEach(section -> section.content(classroom).forEach(this::add));
        add(people(classrooms.classmates(classId)));
    }

    /** For teachers: the join code at hand, and a full-screen view of it for the projector. */
    private Div joinCodeLine(ClassroomSummary classroom) {
        JoinSettings join = classrooms.joinSettings(classroom.id());
        Span code = new Span(join.joinCode());
        code.addClassName("join-code-inline");
        Span label = new Span(join.joiningEnabled() ? tr("classView.joinCode") : tr("classView.joinCodeJoiningIsOff"));
        Button project = new Button(
                tr("classView.showOnTheProjector"),
                e -> JoinCodeDisplay.open(classroom.name(), classrooms.joinSettings(classroom.id()), address));
        Div line = new Div(label, code, project);
        line.addClassName("join-code-line");
        return line;
    }

    /**
     * Classmates by display name only; login names are never shown to students. Teachers are
     * listed apart under their own heading and marked by a badge from their role, so no one becomes
     * a teacher by putting "(teacher)" in their name.
     */
    private static Details people(List<Classmate> classmates) {
        Div content = new Div();
        List<Classmate> teachers =
                classmates.stream().filter(Classmate::teacher).toList();
        List<Classmate> students = classmates.stream().filter(c -> !c.teacher()).toList();
        content.add(
                new H3(teachers.size() == 1 ? tr("classView.teacher") : tr("classView.teachers")),
                names(teachers, tr("classView.teachers"), true));
        content.add(
                new H3(tr("classView.students", students.size())), names(students, tr("classView.students2"), false));
        Details details = new Details(tr("classView.peopleInThisClass", classmates.size()), content);
        details.addClassName("people-details");
        return details;
    }

    private static UnorderedList names(List<Classmate> people, String label, boolean teachers) {
        UnorderedList list = new UnorderedList();
        list.addClassName("people");
        list.getElement().setAttribute("aria-label", label);
        for (Classmate person : people) {
            ListItem item = new ListItem(new Span(person.displayName()));
            if (teachers) {
                Span badge = new Span(tr("classView.teacher"));
                badge.getElement().getThemeList().add("badge");
                badge.addClassName("role-badge");
                item.add(badge);
            }
            list.add(item);
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
