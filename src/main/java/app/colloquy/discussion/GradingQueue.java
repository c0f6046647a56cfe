package app.colloquy.discussion;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One prompt's submitted answers in a class, for its teachers to give feedback on one after
 * another: {@code held} of them have feedback students do not see until it is released; with a
 * rubric, the levels chosen so far for each student's answer (student, criterion, points).
 */
public record GradingQueue(
        long classroomId,
        long lessonId,
        long promptId,
        String question,
        @Nullable Integer maxScore,
        int studentCount,
        List<StudentAnswer> answers,
        int held,
        Rubric rubric,
        Map<Long, Map<Long, Integer>> marksByStudent) {}
