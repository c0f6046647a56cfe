package app.colloquy.reading;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * What students have done in lessons beyond opening them: whether every prompt has a submitted
 * answer, and the teacher's feedback on those answers. Implemented by the feature that holds the
 * answers, so the rule "answered" lives there; reading asks instead of reading its tables
 * (docs/decisions/0020). Implementations let a person ask about their own work, and a class's
 * teachers about its students.
 */
public interface LessonWork {

    /**
     * For each class, student and lesson asked about, the work done there: rows only where every
     * prompt is answered (a lesson without prompts always is) or feedback was given.
     */
    List<Done> done(Collection<Long> classroomIds, Collection<Long> accountIds, Collection<Long> lessonIds);

    record Done(
            long classroomId,
            long accountId,
            long lessonId,
            boolean answeredEveryPrompt,
            int feedbackCount,
            Instant latestFeedbackAt) {}
}
