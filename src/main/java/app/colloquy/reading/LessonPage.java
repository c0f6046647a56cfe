package app.colloquy.reading;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the lesson screen shows, read in one go; {@code lessons} are the reading's lessons
 * the person asking can open in this class, in order.
 */
public record LessonPage(
        long classroomId,
        long readingId,
        String readingTitle,
        String readingLanguage,
        long lessonId,
        String title,
        String body,
        int textVersion,
        List<Prompt> prompts,
        List<ClassAssignment.LessonLink> lessons) {

    /** This lesson's place among {@link #lessons()}, from 1. */
    public int number() {
        return index() + 1;
    }

    public @Nullable Long previousLessonId() {
        int index = index();
        return index > 0 ? lessons.get(index - 1).lessonId() : null;
    }

    public @Nullable Long nextLessonId() {
        int index = index();
        return index >= 0 && index + 1 < lessons.size() ? lessons.get(index + 1).lessonId() : null;
    }

    private int index() {
        for (int i = 0; i < lessons.size(); i++) {
            if (lessons.get(i).lessonId() == lessonId) {
                return i;
            }
        }
        return -1;
    }

    /** The text cut into paragraphs by offsets into {@link #body()}, as the reading pane renders them. */
    public List<LessonParagraph> paragraphs() {
        return LessonParagraph.of(body);
    }
}
