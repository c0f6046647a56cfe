package app.colloquy.discussion;

import java.time.Instant;

/** A student's answer to a prompt as the class's teachers see it: drafting, submitted, late, exempt. */
public record StudentAnswer(long accountId, String displayName, boolean drafting, int submittedVersion, String body,
                            Instant submittedAt, boolean late, boolean exempt, String feedbackComment, Integer feedbackScore) {
}
