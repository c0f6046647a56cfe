package app.colloquy.classroom.ui;

import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** Links to a class's page; other features' screens link to classes through here. */
public final class ClassLinks {

    private ClassLinks() {}

    public static RouterLink to(long classroomId, String text) {
        return new RouterLink(text, ClassView.class, new RouteParameters("classId", String.valueOf(classroomId)));
    }
}
