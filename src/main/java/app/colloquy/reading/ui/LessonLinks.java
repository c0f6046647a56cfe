package app.colloquy.reading.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * Links to a lesson as read in one class; other features' screens link to lessons through here.
 * The lesson screen belongs to the discussion feature, so the link is by path, not by class.
 */
public final class LessonLinks {

    private LessonLinks() {}

    public static Anchor to(long classroomId, long lessonId, String text) {
        Anchor link = new Anchor(path(classroomId, lessonId), text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    /** The reading's editor with this lesson open, for teachers who may edit it. */
    public static Anchor toEditor(long readingId, long lessonId, String text) {
        Anchor link = new Anchor("library/readings/" + readingId + "?lesson=" + lessonId, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    /** The lesson screen's route: {@code classes/:classId/lessons/:lessonId}. */
    public static String path(long classroomId, long lessonId) {
        return "classes/" + classroomId + "/lessons/" + lessonId;
    }
}
