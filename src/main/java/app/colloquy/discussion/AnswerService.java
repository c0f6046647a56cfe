package app.colloquy.discussion;

import app.colloquy.discussion.ClassLessonAccess.Participant;
import app.colloquy.platform.InputText;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.NotFoundException;
import app.colloquy.reading.ReadingService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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

    private final AnswerRepository answers;
    private final ClassLessonAccess access;
    private final ReadingService readings;
    private final Clock clock;

    AnswerService(AnswerRepository answers, ClassLessonAccess access, ReadingService readings, Clock clock) {
        this.answers = answers;
        this.access = access;
        this.readings = readings;
        this.clock = clock;
    }

    /** Every prompt of the lesson with the asker's answer and what they may see of classmates'. */
    @Transactional(readOnly = true)
    public List<PromptAnswers> lessonPrompts(long classroomId, long lessonId) {
        Participant me = access.participant(classroomId, lessonId);
        Instant due = readings.lessonDueAt(classroomId, lessonId).orElse(null);
        Map<Long, AnswerRepository.MineRow> mine = answers.findMine(classroomId, lessonId, me.accountId()).stream()
                .collect(Collectors.toMap(AnswerRepository.MineRow::promptId, Function.identity()));
        List<PromptAnswers> result = new ArrayList<>();
        for (AnswerRepository.PromptRow prompt : answers.findPrompts(lessonId)) {
            AnswerRepository.StateRow state = answers.findState(classroomId, prompt.id());
            PromptAnswers.MyAnswer my = myAnswer(mine.get(prompt.id()));
            boolean hidden = !me.teacher() && prompt.answerBeforePeers() && state.revealedAt() == null && !my.submitted()
                    && !answers.exempt(classroomId, prompt.id(), me.accountId());
            result.add(new PromptAnswers(prompt.id(), prompt.question(), prompt.answerBeforePeers(), state.locked(),
                    state.closed(), state.revealedAt() != null, state.maxScore(), due, my, hidden,
                    hidden ? List.of() : answers.findClassmateAnswers(classroomId, prompt.id(), me.accountId())));
        }
        return result;
    }

    /**
     * Saves the asker's draft if nobody saved a newer one since {@code expectedRevision} (another
     * tab, another device); otherwise a {@link DraftConflictException} carries the saved draft.
     * Returns the new revision.
     */
    @Transactional
    public int saveDraft(long classroomId, long promptId, String text, int expectedRevision) {
        Participant me = writer(classroomId, promptId);
        String draft = answerText(text, false);
        return answers.saveDraft(classroomId, promptId, me.accountId(), draft, expectedRevision, clock.instant())
                .orElseThrow(() -> {
                    AnswerRepository.DraftRow saved = answers.findDraft(classroomId, promptId, me.accountId());
                    return new DraftConflictException(saved.draft(), saved.draftRevision());
                });
    }

    /**
     * Submits the asker's answer: a new version, late after the due time. Refused when the prompt
     * is closed, and for changes to a submitted answer once the prompt is locked or due.
     */
    @Transactional
    public int submit(long classroomId, long promptId, String text) {
        Participant me = writer(classroomId, promptId);
        String body = answerText(text, true);
        AnswerRepository.StateRow state = answers.findState(classroomId, promptId);
        if (state.closed()) {
            throw new InvalidInputException("answer", "Your teacher has closed this prompt: answers are no longer accepted. "
                    + "Your text is still here to copy.");
        }
        Instant now = clock.instant();
        Instant due = readings.lessonDueAt(classroomId, me.lesson().lessonId()).orElse(null);
        boolean late = due != null && now.isAfter(due);
        boolean submittedBefore = answers.findMine(classroomId, me.lesson().lessonId(), me.accountId()).stream()
                .anyMatch(row -> row.promptId() == promptId && row.submittedVersion() > 0);
        if (submittedBefore && (state.locked() || late)) {
            throw new InvalidInputException("answer", state.locked()
                    ? "Your teacher has locked this prompt: your submitted answer can no longer be changed."
                    : "The due time has passed: your submitted answer can no longer be changed.");
        }
        return answers.submit(classroomId, promptId, me.accountId(), body, late, now);
    }

    /** Every current student's answer to the prompt, for the class's teachers. */
    @Transactional(readOnly = true)
    public List<StudentAnswer> studentAnswers(long classroomId, long promptId) {
        teacher(classroomId, promptId);
        return answers.findStudentAnswers(classroomId, promptId);
    }

    /** Locks (no changes to submitted answers) and closes (no submissions) the prompt in the class. */
    @Transactional
    public void setPromptState(long classroomId, long promptId, boolean locked, boolean closed) {
        teacher(classroomId, promptId);
        answers.saveState(classroomId, promptId, locked, closed);
    }

    /** Sets the score an answer can get (empty: feedback without scores). */
    @Transactional
    public void setMaxScore(long classroomId, long promptId, Integer maxScore) {
        teacher(classroomId, promptId);
        if (maxScore != null && (maxScore < 1 || maxScore > 1000)) {
            throw new InvalidInputException("maxScore", "Choose a maximum score from 1 to 1,000.");
        }
        answers.saveMaxScore(classroomId, promptId, maxScore);
    }

    /**
     * Gives feedback on a student's submitted answer: a comment and, when the prompt has a maximum
     * score, a score up to it. Giving feedback again replaces it.
     */
    @Transactional
    public void giveFeedback(long classroomId, long promptId, long studentAccountId, String comment, Integer score) {
        Participant me = teacher(classroomId, promptId);
        String text = InputText.optional("feedback", comment, 5000);
        Integer max = answers.findState(classroomId, promptId).maxScore();
        if (score != null && (max == null || score < 0 || score > max)) {
            throw new InvalidInputException("score", max == null ? "Set a maximum score for this prompt first."
                    : "Give a score from 0 to " + max + ".");
        }
        if (text == null && score == null) {
            throw new InvalidInputException("feedback", "Write a comment or give a score.");
        }
        if (!answers.saveFeedback(classroomId, promptId, studentAccountId, me.accountId(), text == null ? "" : text, score,
                clock.instant())) {
            throw new InvalidInputException("feedback", "This student has not submitted an answer yet.");
        }
    }

    /** Shows classmates' answers to everyone in the class, also those who have not answered. */
    @Transactional
    public void reveal(long classroomId, long promptId) {
        teacher(classroomId, promptId);
        answers.reveal(classroomId, promptId, clock.instant());
    }

    /** Lets a student see classmates' answers without answering first (an accommodation). */
    @Transactional
    public void setExempt(long classroomId, long promptId, long studentAccountId, boolean exempt) {
        teacher(classroomId, promptId);
        if (answers.findStudentAnswers(classroomId, promptId).stream().noneMatch(s -> s.accountId() == studentAccountId)) {
            throw new NotFoundException();
        }
        answers.setExempt(classroomId, promptId, studentAccountId, exempt);
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

    private static PromptAnswers.MyAnswer myAnswer(AnswerRepository.MineRow row) {
        if (row == null) {
            return new PromptAnswers.MyAnswer("", 0, null, 0, null, null, false, null);
        }
        PromptAnswers.Feedback feedback = row.feedbackAt() == null ? null
                : new PromptAnswers.Feedback(row.feedbackBy(), row.feedbackComment(), row.feedbackScore(), row.feedbackAt());
        return new PromptAnswers.MyAnswer(row.draft(), row.draftRevision(), row.draftSavedAt(), row.submittedVersion(),
                row.submittedBody(), row.submittedAt(), row.late(), feedback);
    }

    /** Answer text as typed (line breaks kept); over the limit says by how much. */
    private static String answerText(String text, boolean required) {
        String value = text == null ? "" : text.replace("\r\n", "\n");
        if (value.length() > MAX_ANSWER) {
            throw new InvalidInputException("answer", "%,d characters over the limit of %,d: shorten your answer. Nothing you typed is lost."
                    .formatted(value.length() - MAX_ANSWER, MAX_ANSWER));
        }
        InputText.requireText("answer", value);
        if (required && value.isBlank()) {
            throw new InvalidInputException("answer", "Write your answer before submitting.");
        }
        return required ? value.strip() : value;
    }
}
