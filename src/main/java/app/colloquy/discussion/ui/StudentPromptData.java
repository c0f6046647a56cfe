package app.colloquy.discussion.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.discussion.Permissions;
import app.colloquy.discussion.PromptAnswers;
import app.colloquy.platform.ui.DateTimes;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A student's prompt as the {@code student-prompts} web component draws it (frontend/student-prompts.ts,
 * same shape). Every word is worded here, in the reader's language; all user text is plain text.
 */
final class StudentPromptData {

    private StudentPromptData() {}

    /** One prompt without the field's text, which the browser keeps; {@code classmates} only while folded open. */
    record Prompt(
            long id,
            int number,
            String question,
            boolean gate,
            String state,
            boolean closed,
            String fieldLabel,
            String status,
            String submitText,
            int revision,
            String storageKey,
            List<Cited> evidence,
            @Nullable Responses responses,
            @Nullable String classmatesNote,
            @Nullable String classmatesSummary,
            @Nullable List<Classmate> classmates) {}

    /** A cited passage; {@code removeLabel} only where the viewer may take it out of their own answer. */
    record Cited(
            long id,
            String quote,
            boolean orphaned,
            String showLabel,
            @Nullable String removeLabel) {}

    /** What the teacher and classmates made of the student's own answer. */
    record Responses(
            @Nullable String hidden,
            @Nullable Feedback feedback,
            @Nullable String helpful,
            List<Reply> replies,
            String repliesLabel) {}

    record Feedback(
            String from, List<String> rubric, @Nullable String comment) {}

    record Reply(
            long id,
            String who,
            String when,
            @Nullable String body,
            @Nullable String hiddenReason,
            @Nullable String flagLabel) {}

    record Classmate(
            long id,
            String author,
            String when,
            @Nullable String body,
            List<Cited> evidence,
            List<Reply> replies,
            String repliesLabel,
            String helpfulText,
            String helpfulLabel,
            boolean helpfulByMe,
            String replyLabel,
            @Nullable String flagLabel) {}

    static Prompt of(PromptAnswers prompt, int number, String storageKey, boolean classmatesOpen) {
        PromptAnswers.MyAnswer mine = prompt.mine();
        boolean anyClassmates =
                !prompt.classmatesHidden() && !prompt.classmates().isEmpty();
        return new Prompt(
                prompt.promptId(),
                number,
                prompt.question(),
                prompt.answerBeforePeers(),
                state(prompt),
                prompt.closed(),
                tr("studentPrompt.yourAnswerToPrompt", number),
                status(mine),
                mine.submitted() ? tr("studentPrompt.submitChanges") : tr("studentPrompt.submitAnswer"),
                mine.draftRevision(),
                storageKey,
                mine.evidence().stream().map(cited -> cited(cited, true)).toList(),
                responses(prompt),
                anyClassmates
                        ? null
                        : prompt.classmatesHidden()
                                ? tr("studentPrompt.classmatesAnswersAppearHereOnce")
                                : tr("studentPrompt.noClassmatesAnswersYet"),
                anyClassmates
                        ? tr(
                                "studentPrompt.classmatesAnswers2",
                                prompt.classmates().size())
                        : null,
                anyClassmates && classmatesOpen
                        ? prompt.classmates().stream()
                                .map(StudentPromptData::classmate)
                                .toList()
                        : null);
    }

    /** The prompt's state as a short label (closed, locked), empty when neither. */
    static String state(PromptAnswers prompt) {
        return prompt.closed()
                ? tr("answerPieces.closedNoMoreAnswers")
                : prompt.locked() ? tr("answerPieces.lockedSubmittedAnswersAreFinal") : "";
    }

    static String status(PromptAnswers.MyAnswer mine) {
        if (mine.submitted()) {
            return tr(
                    "studentPrompt.submitted",
                    DateTimes.format(Objects.requireNonNull(mine.submittedAt())),
                    (mine.late() ? tr("studentPrompt.late") : ""),
                    (mine.submittedVersion() > 1 ? tr("studentPrompt.version", mine.submittedVersion()) : ""));
        }
        return mine.draftSavedAt() == null
                ? tr("studentPrompt.notStarted")
                : tr("studentPrompt.draftSaved", DateTimes.format(mine.draftSavedAt()));
    }

    private static Cited cited(PromptAnswers.Evidence cited, boolean removable) {
        String shortQuote = AnswerPieces.shorten(cited.quote());
        return new Cited(
                cited.annotationId(),
                "“" + cited.quote() + "”",
                cited.orphaned(),
                tr("answerPieces.showInText2", shortQuote),
                removable ? tr("answerPieces.removeFromYourAnswer", shortQuote) : null);
    }

    private static @Nullable Responses responses(PromptAnswers prompt) {
        PromptAnswers.MyAnswer my = prompt.mine();
        String helpful = my.helpfulCount() == 0
                ? null
                : my.helpfulCount() == 1
                        ? tr("studentPrompt.1ClassmateFoundYourAnswer")
                        : tr("studentPrompt.classmatesFoundYourAnswerHelpful", my.helpfulCount());
        if (my.hiddenReason() == null
                && my.feedback() == null
                && helpful == null
                && my.replies().isEmpty()) {
            return null;
        }
        return new Responses(
                my.hiddenReason() == null ? null : tr("studentPrompt.yourTeacherHidThisAnswer", my.hiddenReason()),
                my.feedback() == null ? null : feedback(my.feedback(), prompt.maxScore()),
                helpful,
                my.replies().stream().map(StudentPromptData::reply).toList(),
                tr("studentPrompt.repliesToYourAnswer"));
    }

    private static Feedback feedback(PromptAnswers.Feedback feedback, @Nullable Integer maxScore) {
        String from = tr(
                "answerPieces.feedbackFrom",
                feedback.teacherName(),
                DateTimes.format(feedback.givenAt()),
                (feedback.score() == null
                        ? ""
                        : tr(
                                "answerPieces.score",
                                feedback.score(),
                                (maxScore == null ? "" : tr("answerPieces.of", maxScore)))));
        String comment = feedback.comment();
        return new Feedback(from, feedback.rubric(), comment == null || comment.isBlank() ? null : comment);
    }

    private static Reply reply(PromptAnswers.AnswerReply reply) {
        return new Reply(
                reply.id(),
                reply.authorName() + (reply.authorIsTeacher() ? tr("answerPieces.teacher") : ""),
                " · " + DateTimes.format(reply.createdAt()),
                reply.body(),
                reply.hiddenReason() == null
                        ? null
                        : tr("answerPieces.hiddenFromClassmatesByThe", reply.hiddenReason()),
                Permissions.mayFlag(false, reply.mine(), false, reply.hidden())
                        ? tr("answerPieces.flag2", tr("answerPieces.replyBy", reply.authorName()))
                        : null);
    }

    private static Classmate classmate(PromptAnswers.ClassmateAnswer answer) {
        String count = answer.helpfulCount() > 0 ? " (" + answer.helpfulCount() + ")" : "";
        return new Classmate(
                answer.answerId(),
                answer.authorName(),
                " · " + DateTimes.format(answer.submittedAt()) + (answer.late() ? tr("common.late") : ""),
                answer.body(),
                answer.evidence().stream().map(cited -> cited(cited, false)).toList(),
                answer.replies().stream().map(StudentPromptData::reply).toList(),
                tr("answerPieces.repliesTo", answer.authorName()),
                (answer.helpfulByMe() ? tr("answerPieces.markedHelpful") : tr("answerPieces.helpful")) + count,
                tr(
                        "answerPieces.helpfulAnswerBy",
                        answer.authorName(),
                        (answer.helpfulCount() > 0 ? tr("answerPieces.soFar", answer.helpfulCount()) : "")),
                answer.helpfulByMe(),
                tr("answerPieces.replyTo", answer.authorName()),
                Permissions.mayFlag(false, false, false, answer.hidden())
                        ? tr("answerPieces.flag2", tr("answerPieces.answerBy", answer.authorName()))
                        : null);
    }
}
