package app.colloquy.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A lesson's discussion in one class at a glance, for its teachers: where notes and cited evidence
 * concentrate in the text, the threads by latest activity, what needs attention, and activity by day.
 */
public record LessonReview(
        long classId,
        long lessonId,
        String text,
        List<HeatSpan> heat,
        List<ThreadSummary> threads,
        NeedsAttention attention,
        List<DayActivity> activity,
        @Nullable Instant dueAt,
        List<Person> students,
        List<TagOption> tags) {

    /** A stretch of text covered by {@code count} highlights (notes and cited evidence). */
    public record HeatSpan(int start, int end, int count) {}

    public record ThreadSummary(
            long id,
            String quote,
            String authorName,
            @Nullable String tag,
            @Nullable String body,
            int replies,
            Instant lastActivity,
            boolean orphaned,
            @Nullable Integer start,
            @Nullable Integer end) {}

    public record NeedsAttention(
            List<ThreadSummary> unansweredQuestions,
            List<Person> inactiveStudents,
            List<PromptGap> promptsMostHaveNotAnswered) {

        public boolean isEmpty() {
            return unansweredQuestions.isEmpty() && inactiveStudents.isEmpty() && promptsMostHaveNotAnswered.isEmpty();
        }
    }

    public record PromptGap(long promptId, String question, int submitted, int students) {}

    public record DayActivity(LocalDate day, int notes, int answers) {}

    public record Person(long accountId, String displayName) {}

    public record TagOption(long id, String name) {}
}
