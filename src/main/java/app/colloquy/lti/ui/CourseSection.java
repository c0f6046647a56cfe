package app.colloquy.lti.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.classroom.ClassroomSummary;
import app.colloquy.classroom.ui.ClassPageSection;
import app.colloquy.lti.LtiCourses;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.reading.ClassAssignment;
import app.colloquy.reading.ReadingService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.springframework.core.annotation.Order;

/**
 * On the page of a class that is a learning platform's course, for its teachers: bring in the
 * course's roster, and send each assignment's scores to the course's gradebook.
 */
@org.springframework.stereotype.Component
@Order(40)
class CourseSection implements ClassPageSection {

    private final LtiCourses courses;
    private final ReadingService readings;

    CourseSection(LtiCourses courses, ReadingService readings) {
        this.courses = courses;
        this.readings = readings;
    }

    @Override
    public List<Component> content(ClassroomSummary classroom) {
        if (!classroom.teaching()) {
            return List.of();
        }
        return courses.course(classroom.id())
                .map(course -> List.<Component>of(section(classroom, course)))
                .orElse(List.of());
    }

    private Section section(ClassroomSummary classroom, LtiCourses.Course course) {
        List<Component> parts = new ArrayList<>();
        parts.add(new H2(course.platformName()));
        parts.add(new Paragraph(tr("lti.course.explained", course.platformName())));
        if (course.roster()) {
            Button roster = action(
                    tr("lti.course.bringInRoster"),
                    () -> courses.bringInRoster(classroom.id()),
                    "lti.course.rosterBroughtIn");
            // The page's list of people shows who came with the roster.
            roster.addClickListener(e -> e.getSource().getUI().ifPresent(ui -> ui.refreshCurrentRoute(false)));
            parts.add(roster);
        }
        if (course.gradebook()) {
            for (ClassAssignment assignment : readings.assignmentsForClass(classroom.id())) {
                parts.add(action(
                        tr("lti.course.sendScores", assignment.title(), course.platformName()),
                        () -> courses.sendScores(classroom.id(), assignment.assignmentId()),
                        "lti.course.scoresSent"));
            }
        }
        Section section = new Section(parts.toArray(Component[]::new));
        section.addClassName("card");
        section.addClassName("platform-course");
        return section;
    }

    /** A button for a call to the platform, which says how it went. */
    private static Button action(String label, IntSupplier call, String doneKey) {
        Button button = new Button(label);
        button.addClickListener(e -> {
            try {
                Notification.show(tr(doneKey, call.getAsInt()), 5000, Notification.Position.BOTTOM_START);
            } catch (InvalidInputException problem) {
                Notification.show(tr(problem), 8000, Notification.Position.MIDDLE);
            }
        });
        button.setDisableOnClick(true);
        button.addClickListener(e -> button.setEnabled(true));
        return button;
    }
}
