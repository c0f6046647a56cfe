package app.colloquy.discussion;

import app.colloquy.discussion.ClassLessonAccess.Participant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Answer rows as the asker sees them: a classmate's answer a teacher hid keeps only its place,
 * hidden replies show their text to their author and teachers only, and the evidence, replies and
 * helpful marks of a screen's answers come grouped from three queries.
 */
final class AnswersAsSeen {

    private AnswersAsSeen() {}

    private static PromptAnswers.AnswerReply reply(AnswerRepository.ReplyRow r, Participant me) {
        boolean mine = r.authorId() == me.accountId();
        boolean hidden = r.hiddenReason() != null;
        boolean shown = !hidden || mine || me.teacher();
        return new PromptAnswers.AnswerReply(
                r.id(),
                me.names().of(r.authorId(), r.authorName()),
                r.authorIsTeacher(),
                shown ? r.body() : null,
                r.createdAt(),
                mine,
                hidden,
                hidden && (mine || me.teacher()) ? r.hiddenReason() : null);
    }

    /**
     * The evidence, replies and helpful marks of a set of answers, read once for every viewer of a
     * screen (or of every screen of a lesson): replies and "helpful by me" are told per viewer.
     */
    record Extras(
            Map<Long, List<PromptAnswers.Evidence>> evidenceByAnswer,
            Map<Long, List<AnswerRepository.ReplyRow>> repliesByAnswer,
            Map<Long, Long> helpfulCounts,
            Set<AnswerRepository.HelpfulMark> marks,
            Map<Long, List<String>> rubricByAnswer) {

        Extras(
                List<AnswerRepository.EvidenceRow> evidence,
                List<AnswerRepository.ReplyRow> replies,
                List<AnswerRepository.HelpfulMark> helpful,
                List<RubricRepository.MarkLine> rubric) {
            this(
                    evidence.stream()
                            .collect(Collectors.groupingBy(
                                    AnswerRepository.EvidenceRow::answerId,
                                    Collectors.mapping(
                                            e -> new PromptAnswers.Evidence(
                                                    e.annotationId(),
                                                    e.quote(),
                                                    e.orphaned() ? null : e.start(),
                                                    e.orphaned() ? null : e.end(),
                                                    e.orphaned()),
                                            Collectors.toList()))),
                    replies.stream().collect(Collectors.groupingBy(AnswerRepository.ReplyRow::answerId)),
                    helpful.stream()
                            .collect(Collectors.groupingBy(
                                    AnswerRepository.HelpfulMark::answerId, Collectors.counting())),
                    Set.copyOf(helpful),
                    rubric.stream()
                            .collect(Collectors.groupingBy(
                                    RubricRepository.MarkLine::answerId,
                                    Collectors.mapping(RubricRepository.MarkLine::text, Collectors.toList()))));
        }

        /** The rubric levels behind an answer's score; only ever shown to its author (and teachers). */
        List<String> rubric(long answerId) {
            return rubricByAnswer.getOrDefault(answerId, List.of());
        }

        List<PromptAnswers.Evidence> evidence(long answerId) {
            return evidenceByAnswer.getOrDefault(answerId, List.of());
        }

        List<PromptAnswers.AnswerReply> replies(long answerId, Participant me) {
            return repliesByAnswer.getOrDefault(answerId, List.of()).stream()
                    .map(row -> reply(row, me))
                    .toList();
        }

        int helpfulCount(long answerId) {
            return Math.toIntExact(helpfulCounts.getOrDefault(answerId, 0L));
        }

        boolean helpfulBy(long answerId, long accountId) {
            return marks.contains(new AnswerRepository.HelpfulMark(answerId, accountId));
        }
    }

    /** A classmate's answer; one a teacher hid keeps only its place (teachers see it all). */
    static PromptAnswers.ClassmateAnswer classmateAnswer(
            AnswerRepository.SubmittedRow row, Participant me, Extras extras) {
        boolean hidden = row.hiddenReason() != null && !me.teacher();
        return new PromptAnswers.ClassmateAnswer(
                row.answerId(),
                me.names().of(row.accountId(), row.authorName()),
                hidden ? null : row.body(),
                row.submittedAt(),
                row.late(),
                hidden ? List.of() : extras.evidence(row.answerId()),
                extras.replies(row.answerId(), me),
                extras.helpfulCount(row.answerId()),
                extras.helpfulBy(row.answerId(), me.accountId()),
                row.hiddenReason() != null);
    }

    static PromptAnswers.MyAnswer myAnswer(AnswerRepository.@Nullable MineRow row, Participant me, Extras extras) {
        if (row == null) {
            return new PromptAnswers.MyAnswer("", 0, null, 0, null, null, false, null, List.of(), List.of(), 0, null);
        }
        PromptAnswers.Feedback feedback = row.feedbackAt() == null
                ? null
                : new PromptAnswers.Feedback(
                        row.feedbackBy(),
                        row.feedbackComment(),
                        row.feedbackScore(),
                        row.feedbackAt(),
                        extras.rubric(row.answerId()));
        return new PromptAnswers.MyAnswer(
                row.draft(),
                row.draftRevision(),
                row.draftSavedAt(),
                row.submittedVersion(),
                row.submittedBody(),
                row.submittedAt(),
                row.late(),
                feedback,
                extras.evidence(row.answerId()),
                extras.replies(row.answerId(), me),
                extras.helpfulCount(row.answerId()),
                row.hiddenReason());
    }
}
