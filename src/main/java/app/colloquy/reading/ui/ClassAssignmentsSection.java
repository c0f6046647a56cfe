package app.colloquy.reading.ui;

import app.colloquy.classroom.ClassroomSummary;
import app.colloquy.classroom.ui.ClassPageSection;
import app.colloquy.platform.ui.DateTimes;
import app.colloquy.reading.ClassAssignment;
import app.colloquy.reading.ReadingService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** On a class's page: its readings and their lessons in the order they are due. */
@org.springframework.stereotype.Component
@org.springframework.core.annotation.Order(10)
class ClassAssignmentsSection implements ClassPageSection {

    private final ReadingService readings;
    private final Clock clock;

    ClassAssignmentsSection(ReadingService readings, Clock clock) {
        this.readings = readings;
        this.clock = clock;
    }

    @Override
    public List<Component> content(ClassroomSummary classroom) {
        List<ClassAssignment> assigned = readings.assignmentsForClass(classroom.id());
        List<Component> content = new ArrayList<>();
        if (classroom.teaching()) {
            Anchor assign = new Anchor("library", "Assign a reading from My readings");
            assign.addClassName("manage-link");
            content.add(new Div(assign));
        }
        if (assigned.isEmpty()) {
            content.add(new Paragraph(classroom.teaching() ? "No readings assigned to this class yet." : "Nothing assigned yet."));
        }
        Instant now = clock.instant();
        assigned.forEach(a -> content.add(assignmentSection(classroom.id(), a, now)));
        return content;
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
}
