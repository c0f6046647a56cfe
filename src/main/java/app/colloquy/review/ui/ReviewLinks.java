package app.colloquy.review.ui;

import com.vaadin.flow.component.html.Anchor;

/** Addresses of the review screens, for links from the class page and between them. */
final class ReviewLinks {

    private ReviewLinks() {}

    static Anchor lesson(long classId, long lessonId, String text) {
        return new Anchor("classes/" + classId + "/lessons/" + lessonId + "/review", text);
    }

    static Anchor participation(long classId, long assignmentId, String text) {
        return new Anchor("classes/" + classId + "/assignments/" + assignmentId + "/participation", text);
    }
}
