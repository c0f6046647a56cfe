package app.colloquy.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduledLessonTest {

    private static final Instant MONDAY_8 = Instant.parse("2026-12-07T08:00:00Z");
    private static final Instant TUESDAY_23 = Instant.parse("2026-12-08T23:59:00Z");

    @Test
    void weeklyLessonsOpenAndFallDueAWeekApart() {
        List<ScheduledLesson> weekly = ScheduledLesson.paced(List.of(11L, 12L, 13L), MONDAY_8, TUESDAY_23, 7);

        assertThat(weekly)
                .containsExactly(
                        new ScheduledLesson(11, MONDAY_8, TUESDAY_23),
                        new ScheduledLesson(12, MONDAY_8.plus(Duration.ofDays(7)), TUESDAY_23.plus(Duration.ofDays(7))),
                        new ScheduledLesson(
                                13, MONDAY_8.plus(Duration.ofDays(14)), TUESDAY_23.plus(Duration.ofDays(14))));
        assertThat(ScheduledLesson.daysApart(weekly)).isEqualTo(7);
    }

    @Test
    void withoutADueTimeNoLessonIsDue() {
        assertThat(ScheduledLesson.paced(List.of(1L, 2L), MONDAY_8, null, 2))
                .extracting(ScheduledLesson::dueAt)
                .containsOnlyNulls();
    }

    @Test
    void oneLessonOrNoneHasNoSpacing() {
        assertThat(ScheduledLesson.daysApart(List.of())).isZero();
        assertThat(ScheduledLesson.daysApart(ScheduledLesson.paced(List.of(1L), MONDAY_8, null, 3)))
                .isZero();
    }
}
