package app.colloquy.reading;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Students' progress through assigned lessons open so far, counted from what reading knows (which
 * lessons were opened, when each is due) and what {@link LessonWork} says was done in them. A lesson
 * is done when opened and every prompt in it has a submitted answer (docs/decisions/0006). The due
 * time shown is the next one the student has to meet.
 */
final class WorkProgress {

    private record Key(long classroomId, long accountId, long lessonId) {}

    private final Map<Key, LessonWork.Done> done = new LinkedHashMap<>();

    WorkProgress(Collection<LessonWork.Done> work) {
        work.forEach(d -> done.put(new Key(d.classroomId(), d.accountId(), d.lessonId()), d));
    }

    /** A student's "My work": one item per assignment, rows in assignment and lesson order. */
    List<WorkItem> work(long accountId, List<ReadingRepository.WorkLessonRow> rows) {
        return grouped(rows, ReadingRepository.WorkLessonRow::assignmentId).values().stream()
                .map(lessons -> {
                    var first = lessons.getFirst();
                    Tally tally = tally(first.classroomId(), accountId, lessons);
                    return new WorkItem(
                            first.classroomId(),
                            first.className(),
                            first.assignmentId(),
                            first.readingTitle(),
                            first.opensAt().toInstant(),
                            tally.dueAt,
                            tally.lessons,
                            tally.opened,
                            tally.done,
                            tally.resumeLessonId,
                            tally.resumePosition,
                            tally.feedbackCount,
                            tally.feedbackLessonId);
                })
                .toList();
    }

    /** An assignment's students as its teachers see them, rows in student and lesson order. */
    List<StudentProgress> students(long classroomId, List<ReadingRepository.ProgressLessonRow> rows) {
        return grouped(rows, ReadingRepository.ProgressLessonRow::accountId).values().stream()
                .map(lessons -> {
                    var first = lessons.getFirst();
                    Tally tally = tally(classroomId, first.accountId(), lessons);
                    return new StudentProgress(
                            first.accountId(),
                            first.displayName(),
                            tally.lessons,
                            tally.opened,
                            tally.done,
                            first.lastActiveAt() == null
                                    ? null
                                    : first.lastActiveAt().toInstant(),
                            tally.dueAt);
                })
                .toList();
    }

    private static <R> Map<Long, List<R>> grouped(List<R> rows, Function<R, Long> key) {
        Map<Long, List<R>> groups = new LinkedHashMap<>();
        rows.forEach(row ->
                groups.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row));
        return groups;
    }

    private Tally tally(long classroomId, long accountId, List<? extends AssignedLesson> lessons) {
        Tally tally = new Tally();
        Instant latestFeedback = null;
        Instant lastDue = null;
        for (AssignedLesson row : lessons) {
            long lesson = row.lessonId();
            LessonWork.Done work = done.get(new Key(classroomId, accountId, lesson));
            boolean lessonDone = row.opened() && work != null && work.answeredEveryPrompt();
            Instant due = row.dueAt() == null ? null : row.dueAt().toInstant();
            tally.lessons++;
            tally.opened += row.opened() ? 1 : 0;
            tally.done += lessonDone ? 1 : 0;
            if (!lessonDone && tally.resumePosition == 0) {
                tally.resumeLessonId = lesson;
                tally.resumePosition = tally.lessons;
            }
            if (!lessonDone && due != null && (tally.dueAt == null || due.isBefore(tally.dueAt))) {
                tally.dueAt = due;
            }
            if (due != null && (lastDue == null || due.isAfter(lastDue))) {
                lastDue = due;
            }
            if (work != null && work.feedbackCount() > 0) {
                tally.feedbackCount += work.feedbackCount();
                if (latestFeedback == null || work.latestFeedbackAt().isAfter(latestFeedback)) {
                    latestFeedback = work.latestFeedbackAt();
                    tally.feedbackLessonId = lesson;
                }
            }
        }
        if (tally.resumePosition == 0) {
            // Everything done: resume at the start, to read again.
            tally.resumeLessonId = lessons.getFirst().lessonId();
            tally.resumePosition = 1;
        }
        if (tally.dueAt == null) {
            tally.dueAt = lastDue;
        }
        return tally;
    }

    /** An assigned lesson as one student stands with it. */
    interface AssignedLesson {
        long lessonId();

        boolean opened();

        /** The lesson's own due time, or its assignment's. */
        @Nullable
        Timestamp dueAt();
    }

    /** Counts over one student's assigned lessons. */
    private static final class Tally {
        int lessons;
        int opened;
        int done;
        long resumeLessonId;
        int resumePosition;
        int feedbackCount;

        @Nullable
        Long feedbackLessonId;

        /** The earliest due time of a lesson not done yet; when all are done, the last one's. */
        @Nullable
        Instant dueAt;
    }
}
