package app.colloquy.discussion;

import app.colloquy.discussion.ClassLessonAccess.Participant;
import app.colloquy.platform.InputText;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.NotFoundException;
import app.colloquy.reading.ReadingService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Students' answers to a lesson's prompts in a class: drafts saved as they type (never silently
 * over a newer one), submissions kept as versions and marked late after the due time, classmates'
 * answers hidden until a student has submitted when the prompt asks for that. Teachers see every
 * answer, lock or close a prompt, reveal answers to the class and exempt a student.
 */
@Service
public class AnswerService {

    public static final int MAX_ANSWER = 20_000;
    public static final int MAX_REPLY = 5000;
    public static final int MAX_EVIDENCE = 10;

    /** How recent a draft save counts as someone writing now. */
    public static final Duration WRITING_NOW = Duration.ofMinutes(2);

    private final AnswerRepository answers;
    private final RubricRepository rubrics;
    private final DiscussionRepository notes;
    private final ClassLessonAccess access;
    private final ReadingService readings;
    private final LessonChanges changes;
    private final Clock clock;

    AnswerService(
            AnswerRepository answers,
            RubricRepository rubrics,
            DiscussionRepository notes,
            ClassLessonAccess access,
            ReadingService readings,
            LessonChanges changes,
            Clock clock) {
        this.answers = answers;
        this.rubrics = rubrics;
        this.notes = notes;
        this.changes = changes;
        this.access = access;
        this.readings = readings;
        this.clock = clock;
    }

    /** Every prompt of the lesson with the asker's answer and what they may see of classmates', in a fixed number of queries. */
    @Transactional(readOnly = true)
    public List<PromptAnswers> lessonPrompts(long classroomId, long lessonId) {
        Participant me = access.participant(classroomId, lessonId);
        Instant due = readings.lessonDueAt(classroomId, lessonId).orElse(null);
        return promptsAsSeen(classroomId, lessonId, List.of(me), due, null).getOrDefault(me.accountId(), List.of());
    }

    /**
     * For live updates, asked by the application itself: these prompts of the lesson as each of
     * these accounts sees them now, read once for all of them (the same queries for one viewer or
     * forty); {@code promptIds} null for every prompt of the lesson. Accounts that may no longer
     * open the lesson are not in the result.
     */
    @Transactional(readOnly = true)
    Map<Long, List<PromptAnswers>> promptsAsSeen(
            long classroomId, long lessonId, @Nullable Collection<Long> promptIds, Collection<Long> viewerIds) {
        ClassLessonAccess.Audience audience = access.audience(classroomId, lessonId, viewerIds);
        return audience.viewers().isEmpty()
                ? Map.of()
                : promptsAsSeen(
                        classroomId,
                        lessonId,
                        audience.viewers(),
                        audience.dueAt(),
                        promptIds == null ? null : Set.copyOf(promptIds));
    }

    /** The prompts (all of the lesson's when {@code only} is null) as each viewer may see them. */
    private Map<Long, List<PromptAnswers>> promptsAsSeen(
            long classroomId,
            long lessonId,
            List<Participant> viewers,
            @Nullable Instant due,
            @Nullable Set<Long> only) {
        List<Long> viewerIds = viewers.stream().map(Participant::accountId).toList();
        List<AnswerRepository.PromptStateRow> prompts = answers.findPromptStates(classroomId, lessonId).stream()
                .filter(prompt -> only == null || only.contains(prompt.id()))
                .toList();
        Map<Long, Map<Long, AnswerRepository.MineRow>> mine =
                answers.findMine(classroomId, lessonId, viewerIds).stream()
                        .collect(Collectors.groupingBy(
                                AnswerRepository.MineRow::accountId,
                                Collectors.toMap(AnswerRepository.MineRow::promptId, Function.identity())));
        Set<AnswerRepository.ExemptionRow> exempt =
                Set.copyOf(answers.findExemptions(classroomId, lessonId, viewerIds));
        List<AnswerRepository.SubmittedRow> submitted = answers.findSubmittedAnswers(classroomId, lessonId);
        List<Long> shown = new ArrayList<>();
        mine.values().forEach(rows -> rows.values().forEach(row -> shown.add(row.answerId())));
        submitted.forEach(row -> shown.add(row.answerId()));
        AnswersAsSeen.Extras extras = extras(shown, viewerIds);
        Map<Long, List<PromptAnswers>> result = new HashMap<>();
        for (Participant viewer : viewers) {
            Map<Long, AnswerRepository.MineRow> theirs = mine.getOrDefault(viewer.accountId(), Map.of());
            result.put(
                    viewer.accountId(),
                    prompts.stream()
                            .map(prompt -> promptAsSeen(prompt, viewer, due, theirs, exempt, submitted, extras))
                            .toList());
        }
        return result;
    }

    private static PromptAnswers promptAsSeen(
            AnswerRepository.PromptStateRow prompt,
            Participant me,
            @Nullable Instant due,
            Map<Long, AnswerRepository.MineRow> mine,
            Set<AnswerRepository.ExemptionRow> exempt,
            List<AnswerRepository.SubmittedRow> submitted,
            AnswersAsSeen.Extras extras) {
        AnswerRepository.MineRow my = mine.get(prompt.id());
        boolean open = me.teacher()
                || !prompt.answerBeforePeers()
                || prompt.revealedAt() != null
                || (my != null && my.submittedVersion() > 0)
                || exempt.contains(new AnswerRepository.ExemptionRow(me.accountId(), prompt.id()));
        List<PromptAnswers.ClassmateAnswer> classmates = !open
                ? List.of()
                : submitted.stream()
                        .filter(row -> row.promptId() == prompt.id() && row.accountId() != me.accountId())
                        .map(row -> AnswersAsSeen.classmateAnswer(row, me, extras))
                        .toList();
        return new PromptAnswers(
                prompt.id(),
                prompt.question(),
                prompt.answerBeforePeers(),
                prompt.locked(),
                prompt.closed(),
                prompt.revealedAt() != null,
                prompt.maxScore(),
                due,
                AnswersAsSeen.myAnswer(my, me, extras),
                !open,
                classmates);
    }

    /**
     * Saves the asker's draft if nobody saved a newer one since {@code expectedRevision} (another
     * tab, another device); otherwise a {@link DraftConflictException} carries the saved draft,
     * unless it is this very text, which is then saved already.
     */
    @Transactional
    public DraftSaved saveDraft(long classroomId, long promptId, String text, int expectedRevision) {
        Participant me = writer(classroomId, promptId);
        String draft = answerText(text, false);
        Instant now = clock.instant();
        Optional<Integer> saved =
                answers.saveDraft(classroomId, promptId, me.accountId(), draft, expectedRevision, now);
        if (saved.isEmpty()) {
            AnswerRepository.DraftRow newer = answers.findDraft(classroomId, promptId, me.accountId());
            if (newer.draft().equals(draft) && newer.draftSavedAt() != null) {
                // Tabs of one browser share what it keeps unsaved, so another may have saved it first.
                return new DraftSaved(newer.draftRevision(), newer.draftSavedAt());
            }
            throw new DraftConflictException(newer.draft(), newer.draftRevision());
        }
        int revision = saved.get();
        // A light event, no text: a teacher watching the prompt sees how many are writing.
        changes.publish(me.classroomId(), me.lesson().lessonId(), new LessonChange.Drafting(promptId));
        return new DraftSaved(revision, now);
    }

    /**
     * Submits the asker's answer: a new version, late after the due time. Refused when the prompt
     * is closed, and for changes to a submitted answer once the prompt is locked or due.
     */
    @Transactional
    public int submit(long classroomId, long promptId, String text) {
        Participant me = writer(classroomId, promptId);
        String body = answerText(text, true);
        boolean late = requireChangeable(me, promptId);
        int version = answers.submit(classroomId, promptId, me.accountId(), body, late, clock.instant());
        changed(me, promptId);
        return version;
    }

    /**
     * Cites one of the asker's own highlights in this lesson as evidence in their answer (made if
     * they have not started it). Follows the same rules as changing the answer.
     */
    @Transactional
    public void cite(long classroomId, long promptId, long annotationId) {
        Participant me = writer(classroomId, promptId);
        DiscussionRepository.NoteHeader note = notes.findHeader(annotationId)
                .filter(n -> n.classroomId() == classroomId
                        && n.lessonId() == me.lesson().lessonId()
                        && n.authorId() == me.accountId()
                        && n.parentId() == null
                        && !n.deleted())
                .orElseThrow(NotFoundException::new);
        requireChangeable(me, promptId);
        long answerId = answers.ensureAnswer(classroomId, promptId, me.accountId());
        if (answers.countEvidence(answerId) >= MAX_EVIDENCE) {
            throw new InvalidInputException("evidence", "problem.answerService.anAnswerCitesAtMost", MAX_EVIDENCE);
        }
        answers.addEvidence(answerId, note.id(), clock.instant());
        changed(me, promptId);
    }

    /** Takes a cited highlight out of the asker's answer (the highlight itself stays). */
    @Transactional
    public void uncite(long classroomId, long promptId, long annotationId) {
        Participant me = writer(classroomId, promptId);
        requireChangeable(me, promptId);
        answers.removeEvidence(answers.ensureAnswer(classroomId, promptId, me.accountId()), annotationId);
        changed(me, promptId);
    }

    /** Replies to a submitted answer the asker can see; returns the reply's id. */
    @Transactional
    public long reply(long answerId, String text) {
        VisibleAnswer answer = visibleAnswer(answerId);
        String body = InputText.required(
                "reply",
                text == null ? null : text.replace("\r\n", "\n"),
                MAX_REPLY,
                "problem.answerService.writeSomethingBeforeReplying");
        long id = answers.insertReply(answerId, answer.me().accountId(), body, clock.instant());
        changed(answer.me(), answer.header().promptId());
        return id;
    }

    /** Marks a classmate's answer helpful, or takes the mark back; not on one's own answer. */
    @Transactional
    public void setHelpful(long answerId, boolean helpful) {
        VisibleAnswer answer = visibleAnswer(answerId);
        if (answer.header().accountId() == answer.me().accountId()) {
            throw new InvalidInputException("helpful", "problem.answerService.youCannotMarkYourOwn");
        }
        answers.setHelpful(answerId, answer.me().accountId(), helpful, clock.instant());
        changed(answer.me(), answer.header().promptId());
    }

    /** Every submitted version of a student's answer, newest first, for the class's teachers. */
    @Transactional(readOnly = true)
    public List<PromptAnswers.Version> versions(long classroomId, long promptId, long studentAccountId) {
        teacher(classroomId, promptId);
        return answers.findVersions(classroomId, promptId, studentAccountId).stream()
                .map(v -> new PromptAnswers.Version(v.version(), v.body(), v.submittedAt(), v.late()))
                .toList();
    }

    /** Every current student's answer to the prompt, for the class's teachers. */
    @Transactional(readOnly = true)
    public List<StudentAnswer> studentAnswers(long classroomId, long promptId) {
        Participant me = teacher(classroomId, promptId);
        List<AnswerRepository.StudentRow> rows = answers.findStudentAnswers(classroomId, promptId);
        AnswersAsSeen.Extras extras = extras(
                rows.stream()
                        .map(AnswerRepository.StudentRow::answerId)
                        .filter(Objects::nonNull)
                        .toList(),
                List.of(me.accountId()));
        return rows.stream()
                .map(row -> {
                    long answerId = row.answerId() == null ? 0 : row.answerId();
                    return new StudentAnswer(
                            row.accountId(),
                            row.displayName(),
                            row.drafting(),
                            row.submittedVersion(),
                            row.body(),
                            row.submittedAt(),
                            row.late(),
                            row.exempt(),
                            row.feedbackComment(),
                            row.feedbackScore(),
                            row.feedbackHeld(),
                            extras.evidence(answerId),
                            extras.replies(answerId, me),
                            extras.helpfulCount(answerId),
                            answerId,
                            row.hiddenReason());
                })
                .toList();
    }

    /**
     * How many students are drafting an answer to the prompt and how many are writing now: one
     * light query for the teachers' count while a class types (no answer is read).
     */
    @Transactional(readOnly = true)
    public DraftProgress draftProgress(long classroomId, long promptId) {
        teacher(classroomId, promptId);
        return answers.draftProgress(classroomId, promptId, clock.instant().minus(WRITING_NOW));
    }

    /** Locks (no changes to submitted answers) and closes (no submissions) the prompt in the class. */
    @Transactional
    public void setPromptState(long classroomId, long promptId, boolean locked, boolean closed) {
        Participant me = teacher(classroomId, promptId);
        answers.saveState(classroomId, promptId, locked, closed);
        changed(me, promptId);
    }

    /** Sets the score an answer can get (empty: feedback without scores). */
    @Transactional
    public void setMaxScore(long classroomId, long promptId, Integer maxScore) {
        teacher(classroomId, promptId);
        if (maxScore != null && (maxScore < 1 || maxScore > 1000)) {
            throw new InvalidInputException("maxScore", "problem.answerService.chooseAMaximumScoreFrom");
        }
        answers.saveMaxScore(classroomId, promptId, maxScore);
    }

    /** Shows classmates' answers to everyone in the class, also those who have not answered. */
    @Transactional
    public void reveal(long classroomId, long promptId) {
        Participant me = teacher(classroomId, promptId);
        answers.reveal(classroomId, promptId, clock.instant());
        changed(me, promptId);
    }

    /** Lets a student see classmates' answers without answering first (an accommodation). */
    @Transactional
    public void setExempt(long classroomId, long promptId, long studentAccountId, boolean exempt) {
        Participant me = teacher(classroomId, promptId);
        if (answers.findStudentAnswers(classroomId, promptId).stream()
                .noneMatch(s -> s.accountId() == studentAccountId)) {
            throw new NotFoundException();
        }
        answers.setExempt(classroomId, promptId, studentAccountId, exempt);
        changed(me, promptId);
    }

    /**
     * Fails unless the asker may change their answer: not after the teacher closed the prompt, and
     * once submitted not after it was locked or fell due. Says whether a submission now is late.
     */
    private boolean requireChangeable(Participant me, long promptId) {
        AnswerRepository.StateRow state = answers.findState(me.classroomId(), promptId);
        if (state.closed()) {
            throw new InvalidInputException("answer", "problem.answerService.yourTeacherHasClosedThis");
        }
        Instant due =
                readings.lessonDueAt(me.classroomId(), me.lesson().lessonId()).orElse(null);
        boolean late = due != null && clock.instant().isAfter(due);
        boolean submittedBefore =
                answers.findMine(me.classroomId(), me.lesson().lessonId(), List.of(me.accountId())).stream()
                        .anyMatch(row -> row.promptId() == promptId && row.submittedVersion() > 0);
        if (submittedBefore && (state.locked() || late)) {
            throw new InvalidInputException(
                    "answer", state.locked() ? "problem.answer.locked" : "problem.answer.duePassed");
        }
        return late;
    }

    private record VisibleAnswer(Participant me, AnswerRepository.AnswerHeader header) {}

    /** A submitted answer the asker may see and respond to: their own, or a classmate's once the prompt lets them. */
    private VisibleAnswer visibleAnswer(long answerId) {
        AnswerRepository.AnswerHeader header = answers.findAnswer(answerId)
                .filter(AnswerRepository.AnswerHeader::submitted)
                .orElseThrow(NotFoundException::new);
        Participant me = access.writer(header.classroomId(), header.lessonId());
        boolean visible = lessonPrompts(header.classroomId(), header.lessonId()).stream()
                .filter(p -> p.promptId() == header.promptId())
                .anyMatch(p -> header.accountId() == me.accountId()
                        || me.teacher()
                        || p.classmates().stream().anyMatch(c -> c.answerId() == answerId));
        if (!visible) {
            throw new NotFoundException();
        }
        return new VisibleAnswer(me, header);
    }

    private void changed(Participant me, long promptId) {
        changes.publish(me.classroomId(), me.lesson().lessonId(), new LessonChange.AnswersChanged(promptId));
    }

    /** Evidence, replies, helpful marks and rubric levels of the answers on one screen: four queries whatever their number. */
    private AnswersAsSeen.Extras extras(List<Long> answerIds, List<Long> viewerIds) {
        return new AnswersAsSeen.Extras(
                answers.findEvidence(answerIds),
                answers.findReplies(answerIds),
                answers.findHelpful(answerIds, viewerIds),
                rubrics.findMarkLines(answerIds));
    }

    private Participant writer(long classroomId, long promptId) {
        return access.writer(classroomId, lessonOf(promptId));
    }

    private Participant teacher(long classroomId, long promptId) {
        return access.teacher(classroomId, lessonOf(promptId));
    }

    private long lessonOf(long promptId) {
        return answers.findPrompt(promptId).orElseThrow(NotFoundException::new).lessonId();
    }

    /** Answer text as typed (line breaks kept); over the limit says by how much. */
    private static String answerText(String text, boolean required) {
        String value = text == null ? "" : text.replace("\r\n", "\n");
        if (value.length() > MAX_ANSWER) {
            throw new InvalidInputException(
                    "answer", "problem.answer.overLimit", value.length() - MAX_ANSWER, MAX_ANSWER);
        }
        InputText.requireText("answer", value);
        if (required && value.isBlank()) {
            throw new InvalidInputException("answer", "problem.answerService.writeYourAnswerBeforeSubmitting");
        }
        return required ? value.strip() : value;
    }
}
