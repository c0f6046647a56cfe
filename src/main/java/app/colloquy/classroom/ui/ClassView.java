package app.colloquy.classroom.ui;

import app.colloquy.classroom.Classmate;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.classroom.ClassroomSummary;
import app.colloquy.platform.ui.DateTimes;
import app.colloquy.reading.ClassAssignment;
import app.colloquy.reading.ReadingService;
import app.colloquy.reading.ui.LessonLinks;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** A class's page: its readings and their lessons in the order they are due, and who is in it. */
@Route("classes/:classId([0-9]{1,18})")
@PermitAll
class ClassView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ClassroomService classrooms;
    private final ReadingService readings;
    private String title = "Class";

    private final Clock clock;

    ClassView(ClassroomService classrooms, ReadingService readings, Clock clock) {
        this.classrooms = classrooms;
        this.readings = readings;
        this.clock = clock;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long classId = event.getRouteParameters().getLong("classId").orElseThrow();
        ClassroomSummary classroom = classrooms.getClassroom(classId);
        List<ClassAssignment> assigned = readings.assignmentsForClass(classId);
        title = classroom.name() + " · Colloquy";
        removeAll();
        add(new H1(classroom.name()));
        if (classroom.term() != null) {
            add(new Paragraph(classroom.term()));
        }
        if (classroom.archived()) {
            add(ArchivedBanner.create());
        }
        if (classroom.teaching()) {
            RouterLink manage = new RouterLink("Manage class: join code, roster, co-teachers", ClassManageView.class,
                    new RouteParameters("classId", String.valueOf(classId)));
            manage.addClassName("manage-link");
            Anchor assign = new Anchor("library", "Assign a reading from My readings");
            assign.addClassName("manage-link");
            add(new Div(manage), new Div(assign));
        }
        if (assigned.isEmpty()) {
            add(new Paragraph(classroom.teaching() ? "No readings assigned to this class yet." : "Nothing assigned yet."));
        }
        assigned.forEach(a -> add(assignmentSection(classId, a, clock.instant())));
        add(people(classrooms.classmates(classId)));
    }

    private static Section assignmentSection(long classId, ClassAssignment reading, Instant now) {
        Section section = new Section();
        section.addClassName("reading");
        section.add(new H2(reading.title()));
        if (reading.opensAt().isAfter(now)) {
            Paragraph opens = new Paragraph("Opens " + DateTimes.format(reading.opensAt()) + " (students do not see it yet)");
            opens.addClassName("due");
            section.add(opens);
        }
        if (reading.dueAt() != null) {
            Paragraph due = new Paragraph("Due " + DateTimes.format(reading.dueAt()));
            due.addClassName("due");
            section.add(due);
        }
        if (!reading.overview().isBlank()) {
            Paragraph overview = new Paragraph(reading.overview());
            overview.addClassName("overview");
            section.add(overview);
        }
        OrderedList lessons = new OrderedList();
        lessons.addClassName("lesson-list");
        lessons.getElement().setAttribute("aria-label", "Lessons of " + reading.title());
        reading.lessons().forEach(l -> lessons.add(new ListItem(LessonLinks.to(classId, l.lessonId(), l.title()))));
        section.add(lessons);
        return section;
    }

    /**
     * Classmates by display name only; login names are never shown to students. Teachers are
     * listed apart under their own heading and marked by a badge from their role, so no one becomes
     * a teacher by putting "(teacher)" in their name.
     */
    private static Details people(List<Classmate> classmates) {
        Div content = new Div();
        List<Classmate> teachers = classmates.stream().filter(Classmate::teacher).toList();
        List<Classmate> students = classmates.stream().filter(c -> !c.teacher()).toList();
        content.add(new H3(teachers.size() == 1 ? "Teacher" : "Teachers"), names(teachers, "Teachers", true));
        content.add(new H3("Students (" + students.size() + ")"), names(students, "Students", false));
        Details details = new Details("People in this class (" + classmates.size() + ")", content);
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
                Span badge = new Span("Teacher");
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
