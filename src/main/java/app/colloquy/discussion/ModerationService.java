package app.colloquy.discussion;

import app.colloquy.classroom.ClassroomService;
import app.colloquy.discussion.ClassLessonAccess.Participant;
import app.colloquy.platform.InputText;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderation of a class's discussion and answers. Students flag what they can see (not their own)
 * with a reason; the class's teachers hide an item, show it again, or keep it as it is, each with
 * a reason. Nothing is deleted: a hidden item keeps its text for its author and the teachers, and
 * every act is logged for the class's teachers.
 */
@Service
public class ModerationService {

    public static final int MAX_REASON = 500;

    private final ModerationRepository moderation;
    private final DiscussionService discussions;
    private final AnswerService answers;
    private final ClassLessonAccess access;
    private final ClassroomService classrooms;
    private final LessonChanges changes;
    private final Clock clock;

    ModerationService(
            ModerationRepository moderation,
            DiscussionService discussions,
            AnswerService answers,
            ClassLessonAccess access,
            ClassroomService classrooms,
            LessonChanges changes,
            Clock clock) {
        this.moderation = moderation;
        this.discussions = discussions;
        this.answers = answers;
        this.access = access;
        this.classrooms = classrooms;
        this.changes = changes;
        this.clock = clock;
    }

    /** Flags an item the asker can see for the class's teachers, saying why. */
    @Transactional
    public void flag(ModerationTarget target, String reason) {
        ModerationRepository.Item item = moderation.findItem(target).orElseThrow(NotFoundException::new);
        Participant me = access.writer(item.classroomId(), item.lessonId());
        Allowed allowed = allowed(target, item, me);
        if (item.authorId() == me.accountId()) {
            throw new InvalidInputException("reason", "problem.moderationService.thisIsYourOwnEdit");
        }
        if (!allowed.flag()) {
            throw new NotFoundException();
        }
        String why = reason(reason);
        Instant now = clock.instant();
        moderation.flag(item.classroomId(), target, me.accountId(), why, now);
        moderation.record(item.classroomId(), target, me.accountId(), ModerationEntry.Action.FLAG, why, now);
        changed(item, target);
    }

    /** Hides the item from classmates (its author and the teachers still see it, with the reason). */
    @Transactional
    public void hide(ModerationTarget target, String reason) {
        act(target, reason, ModerationEntry.Action.HIDE);
    }

    /** Shows a hidden item to the class again. */
    @Transactional
    public void unhide(ModerationTarget target, String reason) {
        act(target, reason, ModerationEntry.Action.UNHIDE);
    }

    /** Keeps a flagged item as it is: its open flags are settled. */
    @Transactional
    public void keep(ModerationTarget target, String reason) {
        act(target, reason, ModerationEntry.Action.KEEP);
    }

    /** The class's moderation log, newest first, for its teachers. */
    @Transactional(readOnly = true)
    public List<ModerationEntry> log(long classroomId) {
        classrooms.requireTeacher(classroomId);
        return moderation.findLog(classroomId, 500).stream()
                .map(row -> new ModerationEntry(
                        row.at(),
                        row.actorName(),
                        ModerationEntry.Action.valueOf(row.action()),
                        new ModerationTarget(ModerationTarget.Kind.valueOf(row.targetKind()), row.targetId()),
                        row.lessonId() == null ? 0 : row.lessonId(),
                        row.authorName(),
                        excerpt(row.body(), row.withheld()),
                        row.reason()))
                .toList();
    }

    /** Items with open flags in the class (in one lesson when {@code lessonId} is given), for its teachers. */
    @Transactional(readOnly = true)
    public List<FlaggedItem> openFlags(long classroomId, Long lessonId) {
        classrooms.requireTeacher(classroomId);
        Map<ModerationTarget, List<ModerationRepository.FlagRow>> byItem = new LinkedHashMap<>();
        for (ModerationRepository.FlagRow row : moderation.findOpenFlags(classroomId, lessonId)) {
            byItem.computeIfAbsent(
                            new ModerationTarget(ModerationTarget.Kind.valueOf(row.targetKind()), row.targetId()),
                            t -> new ArrayList<>())
                    .add(row);
        }
        return byItem.entrySet().stream()
                .map(e -> {
                    ModerationRepository.FlagRow first = e.getValue().getFirst();
                    return new FlaggedItem(
                            e.getKey(),
                            first.lessonId(),
                            first.authorName(),
                            excerpt(first.body(), first.withheld()),
                            first.hiddenReason() != null,
                            e.getValue().stream()
                                    .map(ModerationRepository.FlagRow::reason)
                                    .toList(),
                            e.getValue().getLast().createdAt());
                })
                .toList();
    }

    private void act(ModerationTarget target, String reason, ModerationEntry.Action action) {
        ModerationRepository.Item item = moderation.findItem(target).orElseThrow(NotFoundException::new);
        Participant me = access.writer(item.classroomId(), item.lessonId());
        if (!allowed(target, item, me).moderate()) {
            throw new NotFoundException();
        }
        String why = reason(reason);
        if (action == ModerationEntry.Action.UNHIDE && item.hiddenReason() == null) {
            throw new InvalidInputException("reason", "problem.moderationService.thisIsNotHidden");
        }
        Instant now = clock.instant();
        switch (action) {
            case HIDE -> moderation.setHidden(target, why);
            case UNHIDE -> moderation.setHidden(target, null);
            default -> {}
        }
        moderation.resolveFlags(target, now);
        moderation.record(item.classroomId(), target, me.accountId(), action, why, now);
        changed(item, target);
    }

    /** What the asker may do with an item they can see. */
    private record Allowed(boolean flag, boolean moderate) {}

    /**
     * What the asker may do with the item, as the lesson page offers it: a note as the page shows it
     * to them (its actions come from {@link Permissions}); an answer or a reply under the same rules.
     * "Not found" when they cannot see it (a teacher never sees a student's private note, nobody a
     * deleted one).
     */
    private Allowed allowed(ModerationTarget target, ModerationRepository.Item item, Participant me) {
        if (target.kind() == ModerationTarget.Kind.NOTE) {
            Note note = discussions.noteAsSeen(target.id());
            if (note.deleted()) {
                throw new NotFoundException();
            }
            return new Allowed(note.actions().flag(), note.actions().moderate());
        }
        boolean visible = switch (target.kind()) {
            case ANSWER ->
                answers.lessonPrompts(item.classroomId(), item.lessonId()).stream()
                        .flatMap(p -> p.classmates().stream())
                        .anyMatch(a -> a.answerId() == target.id());
            default ->
                answers.lessonPrompts(item.classroomId(), item.lessonId()).stream()
                        .flatMap(p -> Stream.concat(
                                p.mine().replies().stream(),
                                p.classmates().stream().flatMap(a -> a.replies().stream())))
                        .anyMatch(r -> r.id() == target.id());
        };
        if (!visible) {
            throw new NotFoundException();
        }
        boolean hidden = item.hiddenReason() != null;
        return new Allowed(
                Permissions.mayFlag(me.teacher(), item.authorId() == me.accountId(), false, hidden),
                Permissions.mayModerate(me.teacher(), false));
    }

    private void changed(ModerationRepository.Item item, ModerationTarget target) {
        changes.publish(
                item.classroomId(),
                item.lessonId(),
                target.kind() == ModerationTarget.Kind.NOTE
                        ? new LessonChange.NoteModerated(target.id())
                        : new LessonChange.AnswersModerated());
    }

    private static String reason(String reason) {
        return InputText.required("reason", reason, MAX_REASON, "problem.moderationService.sayWhyInAFew");
    }

    /** The item's words in quotes, or in brackets why they are not shown (its reader could not see them). */
    private static String excerpt(String body, String withheld) {
        if (withheld != null) {
            return "(" + withheld + ")";
        }
        if (body == null) {
            return "";
        }
        return "“" + (body.length() <= 140 ? body : body.substring(0, 137) + "…") + "”";
    }
}
