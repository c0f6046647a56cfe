package app.colloquy.reading;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** When one lesson of an assignment opens and falls due, when it has times of its own. */
public record ScheduledLesson(
        long lessonId, Instant opensAt, @Nullable Instant dueAt) {

    /**
     * Lessons one after another, {@code days} apart: the k-th (from 0) opens k steps after {@code
     * opens} and is due k steps after {@code due}. Steps are whole days of 24 hours, so across a
     * change of daylight saving time a lesson opens an hour earlier or later by the clock.
     */
    static List<ScheduledLesson> paced(List<Long> lessonIds, Instant opens, @Nullable Instant due, int days) {
        List<ScheduledLesson> lessons = new ArrayList<>();
        for (int k = 0; k < lessonIds.size(); k++) {
            Duration step = Duration.ofDays((long) k * days);
            lessons.add(new ScheduledLesson(lessonIds.get(k), opens.plus(step), due == null ? null : due.plus(step)));
        }
        return List.copyOf(lessons);
    }

    /** The days between the first two lessons' openings; 0 when they open together or there are fewer than two. */
    static int daysApart(List<ScheduledLesson> schedule) {
        return schedule.size() < 2
                ? 0
                : (int) Duration.between(
                                schedule.get(0).opensAt(), schedule.get(1).opensAt())
                        .toDays();
    }
}
