package app.colloquy.reading.ui;

import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** Links to a lesson as read in one class; other features' screens link to lessons through here. */
public final class LessonLinks {

    private LessonLinks() {
    }

    public static RouterLink to(long classroomId, long lessonId, String text) {
        return new RouterLink(text, LessonView.class, parameters(classroomId, lessonId));
    }

    static RouteParameters parameters(long classroomId, long lessonId) {
        return new RouteParameters(java.util.Map.of("classId", String.valueOf(classroomId),
                "lessonId", String.valueOf(lessonId)));
    }
}
