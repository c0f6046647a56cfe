package app.colloquy.discussion;

import java.time.Instant;
import java.util.List;

/**
 * One prompt of a lesson as the person asking sees it in a class: their own answer, and the
 * classmates' submitted answers when they may see them ({@code classmatesHidden} says why not).
 */
public record PromptAnswers(long promptId, String question, boolean answerBeforePeers, boolean locked, boolean closed,
                            boolean revealed, Integer maxScore, Instant dueAt, MyAnswer mine, boolean classmatesHidden,
                            List<ClassmateAnswer> classmates) {

    /** The asker's draft and latest submission; revision 0 means nothing saved yet. */
    public record MyAnswer(String draft, int draftRevision, Instant draftSavedAt, int submittedVersion, String submittedBody,
                           Instant submittedAt, boolean late, Feedback feedback) {

        public boolean submitted() {
            return submittedVersion > 0;
        }
    }

    /** A teacher's comment and optional score on the answer. */
    public record Feedback(String teacherName, String comment, Integer score, Instant givenAt) {
    }

    /** A classmate's latest submitted answer. */
    public record ClassmateAnswer(long accountId, String authorName, String body, Instant submittedAt, boolean late) {
    }
}
