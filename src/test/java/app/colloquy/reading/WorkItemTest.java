package app.colloquy.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WorkItemTest {

    static final Instant DUE = Instant.parse("2026-12-01T17:00:00Z");

    @Test
    void unfinishedWorkPastItsDueTimeIsOverdue() {
        WorkItem halfDone =
                new WorkItem(1, "Civics", 1, "Reading", DUE.minusSeconds(86_400), DUE, 3, 1, 1, 10, 2, 0, null);

        assertThat(halfDone.status()).isEqualTo(WorkItem.Status.IN_PROGRESS);
        assertThat(halfDone.overdue(DUE.minusSeconds(1))).isFalse();
        assertThat(halfDone.overdue(DUE.plusSeconds(1))).isTrue();
    }

    @Test
    void finishedWorkOrWorkWithoutDueTimeIsNeverOverdue() {
        WorkItem done = new WorkItem(1, "Civics", 1, "Reading", DUE.minusSeconds(86_400), DUE, 3, 3, 3, 10, 1, 0, null);
        WorkItem open =
                new WorkItem(1, "Civics", 2, "Reading", DUE.minusSeconds(86_400), null, 3, 0, 0, 10, 1, 0, null);

        assertThat(done.overdue(DUE.plusSeconds(3600))).isFalse();
        assertThat(open.overdue(DUE.plusSeconds(3600))).isFalse();
        assertThat(open.status()).isEqualTo(WorkItem.Status.NOT_STARTED);
    }

    @Test
    void everyLessonOpenedIsNotDoneWhilePromptsAreUnanswered() {
        WorkItem opened =
                new WorkItem(1, "Civics", 1, "Reading", DUE.minusSeconds(86_400), DUE, 3, 3, 2, 10, 3, 0, null);

        assertThat(opened.status()).isEqualTo(WorkItem.Status.IN_PROGRESS);
        assertThat(opened.overdue(DUE.plusSeconds(1))).isTrue();
    }
}
