package app.colloquy.reading.ui;

import app.colloquy.classroom.ClassroomService;
import app.colloquy.classroom.ClassroomSummary;
import app.colloquy.classroom.ui.ClassLinks;
import app.colloquy.reading.LessonPage;
import app.colloquy.reading.ReadingService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

/** One lesson as read in one class: the text in the reading pane, then its discussion prompts. */
@Route("classes/:classId([0-9]{1,18})/lessons/:lessonId([0-9]{1,18})")
@PermitAll
class LessonView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ClassroomService classrooms;
    private final ReadingService readings;
    private String title = "Lesson";

    LessonView(ClassroomService classrooms, ReadingService readings) {
        this.classrooms = classrooms;
        this.readings = readings;
        addClassName("page");
        addClassName("lesson-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteParameters params = event.getRouteParameters();
        long classId = params.getLong("classId").orElseThrow();
        long lessonId = params.getLong("lessonId").orElseThrow();
        ClassroomSummary classroom = classrooms.getClassroom(classId);
        LessonPage lesson = readings.openLesson(classId, lessonId);
        title = lesson.title() + " · Colloquy";
        removeAll();
        add(breadcrumb(classroom, lesson), new H1(lesson.title()));
        ReadingPane pane = new ReadingPane("Lesson text: " + lesson.title());
        pane.setText(lesson.body());
        add(pane, prompts(lesson), neighbours(lesson));
    }

    private static Nav breadcrumb(ClassroomSummary classroom, LessonPage lesson) {
        Nav nav = new Nav();
        nav.addClassName("breadcrumb");
        nav.getElement().setAttribute("aria-label", "Breadcrumb");
        nav.add(ClassLinks.to(classroom.id(), classroom.name()), new Span(" › "), new Span(lesson.readingTitle()));
        return nav;
    }

    private static Section prompts(LessonPage lesson) {
        Section section = new Section();
        section.addClassName("prompts");
        H2 heading = new H2("Discussion prompts");
        heading.setId("prompts-heading");
        section.getElement().setAttribute("aria-labelledby", "prompts-heading");
        section.add(heading);
        if (lesson.prompts().isEmpty()) {
            section.add(new Span("No prompts for this lesson yet."));
            return section;
        }
        OrderedList list = new OrderedList();
        lesson.prompts().forEach(p -> list.add(new ListItem(p.question())));
        section.add(list);
        return section;
    }

    private static Div neighbours(LessonPage lesson) {
        Div nav = new Div();
        nav.addClassName("lesson-neighbours");
        if (lesson.previousLessonId() != null) {
            RouterLink previous = LessonLinks.to(lesson.classroomId(), lesson.previousLessonId(), "← Previous lesson");
            previous.addClassName("previous");
            nav.add(previous);
        }
        if (lesson.nextLessonId() != null) {
            RouterLink next = LessonLinks.to(lesson.classroomId(), lesson.nextLessonId(), "Next lesson →");
            next.addClassName("next");
            nav.add(next);
        }
        return nav;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
