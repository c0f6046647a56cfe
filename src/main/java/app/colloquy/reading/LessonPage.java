package app.colloquy.reading;

import java.util.List;

/** Everything the lesson screen shows, read in one go. */
public record LessonPage(long classroomId, long readingId, String readingTitle, long lessonId, String title,
                         String body, int textVersion, List<Prompt> prompts, Long previousLessonId,
                         Long nextLessonId) {

    /** The text cut into paragraphs by offsets into {@link #body()}, as the reading pane renders them. */
    public List<Paragraph> paragraphs() {
        return Paragraph.of(body);
    }
}
