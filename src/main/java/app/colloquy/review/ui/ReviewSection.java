package app.colloquy.review.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.classroom.ClassroomSummary;
import app.colloquy.classroom.ui.ClassPageSection;
import app.colloquy.reading.ClassAssignment;
import app.colloquy.reading.ReadingService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.springframework.core.annotation.Order;

/** On a class's page, for its teachers: the way to each assignment's participation and each lesson's review. */
@org.springframework.stereotype.Component
@Order(20)
class ReviewSection implements ClassPageSection {

    private final ReadingService readings;

    ReviewSection(ReadingService readings) {
        this.readings = readings;
    }

    @Override
    public List<Component> content(ClassroomSummary classroom) {
        if (!classroom.teaching()) {
            return List.of();
        }
        List<ClassAssignment> assignments = readings.assignmentsForClass(classroom.id());
        if (assignments.isEmpty()) {
            return List.of();
        }
        UnorderedList list = new UnorderedList();
        list.getElement().setAttribute("aria-label", tr("reviewSection.reviewByAssignment"));
        for (ClassAssignment assignment : assignments) {
            Div lessons = new Div(new Span(tr("reviewSection.lessons")));
            assignment
                    .lessons()
                    .forEach(l -> lessons.add(
                            ReviewLinks.lesson(
                                    classroom.id(), l.lessonId(), tr("reviewSection.review", l.position(), l.title())),
                            new Span(" ")));
            list.add(new ListItem(
                    ReviewLinks.participation(
                            classroom.id(),
                            assignment.assignmentId(),
                            tr("reviewSection.participationIn", assignment.title())),
                    lessons));
        }
        Section section = new Section(new H2(tr("reviewSection.reviewTheDiscussion")), list);
        section.addClassName("review-section");
        return List.of(section);
    }
}
