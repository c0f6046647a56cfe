package app.colloquy.discussion;

import java.time.Instant;
import java.util.List;

/**
 * A student's answer to a prompt as the class's teachers see it: drafting, submitted, late,
 * exempt, with the cited evidence, the feedback given (held: not released to the student yet) and
 * classmates' replies.
 */
public record StudentAnswer(
        long accountId,
        String displayName,
        boolean drafting,
        int submittedVersion,
        String body,
        Instant submittedAt,
        boolean late,
        boolean exempt,
        String feedbackComment,
        Integer feedbackScore,
        boolean feedbackHeld,
        List<PromptAnswers.Evidence> evidence,
        List<PromptAnswers.AnswerReply> replies,
        int helpfulCount,
        long answerId,
        String hiddenReason) {}
