package app.colloquy.discussion;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One prompt of a lesson as the person asking sees it in a class: their own answer, and the
 * classmates' submitted answers when they may see them ({@code classmatesHidden} says why not).
 */
public record PromptAnswers(
        long promptId,
        String question,
        boolean answerBeforePeers,
        boolean locked,
        boolean closed,
        boolean revealed,
        @Nullable Integer maxScore,
        @Nullable Instant dueAt,
        MyAnswer mine,
        boolean classmatesHidden,
        List<ClassmateAnswer> classmates) {

    /**
     * The asker's draft and latest submission with its evidence, feedback and what classmates said
     * about it; revision 0 means nothing saved yet.
     */
    public record MyAnswer(
            String draft,
            int draftRevision,
            @Nullable Instant draftSavedAt,
            int submittedVersion,
            @Nullable String submittedBody,
            @Nullable Instant submittedAt,
            boolean late,
            @Nullable Feedback feedback,
            List<Evidence> evidence,
            List<AnswerReply> replies,
            int helpfulCount,
            @Nullable String hiddenReason) {

        public boolean submitted() {
            return submittedVersion > 0;
        }
    }

    /** A teacher's comment and optional score on the answer. */
    /** A teacher's released feedback; {@code rubric} says the level picked for each criterion, when a rubric scored it. */
    public record Feedback(
            String teacherName,
            @Nullable String comment,
            @Nullable Integer score,
            Instant givenAt,
            List<String> rubric) {}

    /** A classmate's latest submitted answer, under their name or pseudonym; no body (nor evidence) if a teacher hid it. */
    public record ClassmateAnswer(
            long answerId,
            String authorName,
            @Nullable String body,
            Instant submittedAt,
            boolean late,
            List<Evidence> evidence,
            List<AnswerReply> replies,
            int helpfulCount,
            boolean helpfulByMe,
            boolean hidden) {}

    /**
     * A highlight cited in an answer: its words, and where they are in the current lesson text;
     * an orphaned one (its words were edited away) keeps its words and has no place.
     */
    public record Evidence(
            long annotationId,
            String quote,
            @Nullable Integer start,
            @Nullable Integer end,
            boolean orphaned) {}

    /** A reply to an answer; a hidden one has no body except for its author and teachers, who see the reason. */
    public record AnswerReply(
            long id,
            String authorName,
            boolean authorIsTeacher,
            @Nullable String body,
            Instant createdAt,
            boolean mine,
            boolean hidden,
            @Nullable String hiddenReason) {}

    /** A submitted version of an answer, for the class's teachers. */
    public record Version(int version, String body, Instant submittedAt, boolean late) {}
}
