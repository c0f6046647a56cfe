package app.colloquy.discussion;

import app.colloquy.account.CurrentUser;
import app.colloquy.discussion.ClassLessonAccess.Participant;
import app.colloquy.platform.InputText;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.Message;
import app.colloquy.platform.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teachers' feedback on answers: given one at a time (students see it at once), or written through
 * a prompt's answers in a row and released to the class together; and each teacher's comment bank.
 */
@Service
public class FeedbackService {

    public static final int MAX_COMMENT = 5000;
    public static final int MAX_BANK_COMMENT = 1000;
    public static final int MAX_BANK_SIZE = 100;

    private final FeedbackRepository feedback;
    private final RubricRepository rubrics;
    private final AnswerRepository answers;
    private final AnswerService answerService;
    private final ClassLessonAccess access;
    private final LessonChanges changes;
    private final CurrentUser currentUser;
    private final Clock clock;

    FeedbackService(
            FeedbackRepository feedback,
            RubricRepository rubrics,
            AnswerRepository answers,
            AnswerService answerService,
            ClassLessonAccess access,
            LessonChanges changes,
            CurrentUser currentUser,
            Clock clock) {
        this.feedback = feedback;
        this.rubrics = rubrics;
        this.answers = answers;
        this.answerService = answerService;
        this.access = access;
        this.changes = changes;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Gives feedback on a student's submitted answer, seen at once: a comment and, when the prompt
     * has a maximum score, a score up to it. Giving feedback again replaces it.
     */
    @Transactional
    public void giveFeedback(
            long classroomId, long promptId, long studentAccountId, @Nullable String comment, @Nullable Integer score) {
        save(classroomId, promptId, studentAccountId, comment, score, true);
    }

    /** Feedback as {@link #giveFeedback}, held from the student until {@link #release} (the grading view's). */
    @Transactional
    public void holdFeedback(
            long classroomId, long promptId, long studentAccountId, @Nullable String comment, @Nullable Integer score) {
        save(classroomId, promptId, studentAccountId, comment, score, false);
    }

    /**
     * Held feedback scored with the prompt's rubric: {@code marks} gives each criterion (by id) the
     * points of the level chosen; the score is their sum.
     */
    @Transactional
    public void holdRubricFeedback(
            long classroomId,
            long promptId,
            long studentAccountId,
            @Nullable String comment,
            Map<Long, Integer> marks) {
        teacher(classroomId, promptId);
        Rubric rubric = rubrics.findRubric(classroomId, promptId);
        int score = 0;
        for (Rubric.Criterion criterion : rubric.criteria()) {
            Integer points = marks.get(criterion.id());
            if (points == null || criterion.level(points).isEmpty()) {
                throw new InvalidInputException("rubric", "problem.feedbackService.chooseALevelFor", criterion.name());
            }
            score += points;
        }
        save(classroomId, promptId, studentAccountId, comment, rubric.isEmpty() ? null : score, false);
        rubrics.saveMarks(classroomId, promptId, studentAccountId, rubric.isEmpty() ? Map.of() : marks);
    }

    /** The prompt's rubric in the class (empty when it has none), for its teachers. */
    @Transactional(readOnly = true)
    public Rubric rubric(long classroomId, long promptId) {
        teacher(classroomId, promptId);
        return rubrics.findRubric(classroomId, promptId);
    }

    /**
     * Sets the prompt's rubric from its text (see {@link Rubric}); its highest total becomes the
     * prompt's maximum score. Empty text removes the rubric and keeps the maximum.
     */
    @Transactional
    public Rubric setRubric(long classroomId, long promptId, @Nullable String text) {
        teacher(classroomId, promptId);
        String typed = Objects.requireNonNullElse(InputText.optional("rubric", text, MAX_COMMENT), "");
        rubrics.replaceRubric(classroomId, promptId, RubricText.parse(typed));
        Rubric rubric = rubrics.findRubric(classroomId, promptId);
        if (!rubric.isEmpty()) {
            answers.saveMaxScore(classroomId, promptId, rubric.maxScore());
        }
        return rubric;
    }

    /** Lets every student see the feedback held on their answer to the prompt; how many it was. */
    @Transactional
    public int release(long classroomId, long promptId) {
        Participant me = teacher(classroomId, promptId);
        int released = feedback.releaseHeld(classroomId, promptId, clock.instant());
        if (released > 0) {
            changed(me, promptId);
        }
        return released;
    }

    /** The prompt's submitted answers in the class, in the order of the class list, for its teachers. */
    @Transactional(readOnly = true)
    public GradingQueue grading(long classroomId, long promptId) {
        Participant me = teacher(classroomId, promptId);
        AnswerRepository.PromptRow prompt = answers.findPrompt(promptId).orElseThrow(NotFoundException::new);
        List<StudentAnswer> students = answerService.studentAnswers(classroomId, promptId);
        List<StudentAnswer> submitted =
                students.stream().filter(s -> s.submittedVersion() > 0).toList();
        return new GradingQueue(
                classroomId,
                me.lesson().lessonId(),
                promptId,
                prompt.question(),
                answers.findState(classroomId, promptId).maxScore(),
                students.size(),
                submitted,
                (int) submitted.stream().filter(StudentAnswer::feedbackHeld).count(),
                rubrics.findRubric(classroomId, promptId),
                rubrics.findMarks(classroomId, promptId));
    }

    /** The asking teacher's comment bank, oldest first. */
    @Transactional(readOnly = true)
    public List<CommentBankEntry> commentBank() {
        return feedback.findComments(requireTeacherAccount());
    }

    /** Keeps a comment in the asking teacher's bank (once: the same text again is not added twice). */
    @Transactional
    public void addToCommentBank(@Nullable String comment) {
        long teacherId = requireTeacherAccount();
        String text = InputText.required(
                "comment", comment, MAX_BANK_COMMENT, "problem.feedbackService.writeTheCommentToKeep");
        if (feedback.countComments(teacherId) >= MAX_BANK_SIZE) {
            throw new InvalidInputException("comment", "problem.feedbackService.yourCommentBankIsFull", MAX_BANK_SIZE);
        }
        feedback.insertComment(teacherId, text);
    }

    /** Removes a comment from the asking teacher's own bank. */
    @Transactional
    public void removeFromCommentBank(long commentId) {
        if (!feedback.deleteComment(requireTeacherAccount(), commentId)) {
            throw new NotFoundException();
        }
    }

    private void save(
            long classroomId,
            long promptId,
            long studentAccountId,
            @Nullable String comment,
            @Nullable Integer score,
            boolean release) {
        Participant me = teacher(classroomId, promptId);
        String text = InputText.optional("feedback", comment, MAX_COMMENT);
        Integer max = answers.findState(classroomId, promptId).maxScore();
        if (score != null && (max == null || score < 0 || score > max)) {
            throw new InvalidInputException(
                    "score",
                    max == null
                            ? Message.of("problem.feedback.setMaximumFirst")
                            : Message.of("problem.feedback.scoreRange", max));
        }
        if (text == null && score == null) {
            throw new InvalidInputException("feedback", "problem.feedbackService.writeACommentOrGive");
        }
        Instant now = clock.instant();
        if (!feedback.saveFeedback(
                classroomId,
                promptId,
                studentAccountId,
                me.accountId(),
                text == null ? "" : text,
                score,
                now,
                release ? now : null)) {
            throw new InvalidInputException("feedback", "problem.feedbackService.thisStudentHasNotSubmitted");
        }
        changed(me, promptId);
    }

    private long requireTeacherAccount() {
        var me = currentUser.require();
        if (!me.teacher()) {
            throw new AccessDeniedException("Only teachers keep a comment bank.");
        }
        return me.accountId();
    }

    private Participant teacher(long classroomId, long promptId) {
        return access.teacher(
                classroomId,
                answers.findPrompt(promptId).orElseThrow(NotFoundException::new).lessonId());
    }

    private void changed(Participant me, long promptId) {
        changes.publish(me.classroomId(), me.lesson().lessonId(), new LessonChange.AnswersChanged(promptId));
    }
}
