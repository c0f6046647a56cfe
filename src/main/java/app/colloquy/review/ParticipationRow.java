package app.colloquy.review;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One student's part in one assignment: notes and replies others can see, helpful marks given and
 * received (on notes and answers), prompts answered on time or late out of all, the scores given
 * out of the scores possible, and when they last did something there.
 */
public record ParticipationRow(
        long accountId,
        String displayName,
        int annotations,
        int replies,
        int helpfulGiven,
        int helpfulReceived,
        int promptCount,
        int answeredOnTime,
        int answeredLate,
        @Nullable Integer score,
        @Nullable Integer maxScore,
        @Nullable Instant lastActive) {

    public int notAnswered() {
        return promptCount - answeredOnTime - answeredLate;
    }
}
