package app.colloquy.discussion.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.classroom.ClassroomSummary;
import app.colloquy.classroom.ui.ClassLinks;
import app.colloquy.reading.LessonPage;
import app.colloquy.reading.ui.LessonLinks;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;

/** The ways around a lesson page: where it sits (class, reading), the reading's lessons, and the previous and next one. */
final class LessonNavigation {

    private LessonNavigation() {}

    static Nav breadcrumb(ClassroomSummary classroom, LessonPage lesson) {
        Nav nav = new Nav();
        nav.addClassName("breadcrumb");
        nav.getElement().setAttribute("aria-label", tr("common.breadcrumb"));
        nav.add(ClassLinks.to(classroom.id(), classroom.name()), new Span(" › "), new Span(lesson.readingTitle()));
        return nav;
    }

    /** "Lesson 2 of 7", the reading's lessons in this class, and the way to the neighbours. */
    static Nav lessons(LessonPage lesson) {
        Nav nav = new Nav();
        nav.addClassName("lesson-nav");
        nav.getElement().setAttribute("aria-label", tr("lessonNavigation.lessonsOf", lesson.readingTitle()));
        Span where = new Span(tr(
                "lessonNavigation.lessonOf", lesson.number(), lesson.lessons().size()));
        where.addClassName("lesson-number");
        Details list = new Details(tr("lessonNavigation.allLessons"));
        // Drawn when first opened: most visits never open it, and every element is kept per open tab.
        list.addOpenedChangeListener(e -> {
            if (e.isOpened() && list.getContent().findAny().isEmpty()) {
                list.add(allLessons(lesson));
            }
        });
        nav.add(where, list);
        neighbourLinks(lesson).forEach(nav::add);
        return nav;
    }

    private static OrderedList allLessons(LessonPage lesson) {
        OrderedList all = new OrderedList();
        lesson.lessons().forEach(l -> {
            Anchor link = LessonLinks.to(lesson.classroomId(), l.lessonId(), l.title());
            if (l.lessonId() == lesson.lessonId()) {
                link.getElement().setAttribute("aria-current", "page");
            }
            all.add(new ListItem(link));
        });
        return all;
    }

    /** Links to the previous and next lesson, where there are such. */
    private static List<Anchor> neighbourLinks(LessonPage lesson) {
        List<Anchor> links = new ArrayList<>();
        if (lesson.previousLessonId() != null) {
            Anchor previous = LessonLinks.to(
                    lesson.classroomId(), lesson.previousLessonId(), tr("lessonNavigation.previousLesson"));
            previous.addClassName("previous");
            links.add(previous);
        }
        if (lesson.nextLessonId() != null) {
            Anchor next =
                    LessonLinks.to(lesson.classroomId(), lesson.nextLessonId(), tr("lessonNavigation.nextLesson"));
            next.addClassName("next");
            links.add(next);
        }
        return links;
    }

    static Div neighbours(LessonPage lesson) {
        Div nav = new Div();
        nav.addClassName("lesson-neighbours");
        neighbourLinks(lesson).forEach(nav::add);
        return nav;
    }
}
