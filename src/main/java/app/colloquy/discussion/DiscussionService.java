package app.colloquy.discussion;

import app.colloquy.classroom.ClassroomService;
import app.colloquy.discussion.ClassLessonAccess.Participant;
import app.colloquy.platform.InputText;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.NotFoundException;
import app.colloquy.reading.LessonText;
import app.colloquy.reading.ReadingService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lesson's discussion in a class: annotations anchored in the text, replies, reactions and the
 * class's tags. Only people who can open the lesson in the class take part; every read applies
 * the annotation's visibility; archived classes are read-only. Changes are announced on the
 * {@link LessonChanges} so every screen showing the discussion, on any node, re-reads it.
 */
@Service
public class DiscussionService {

    public static final int MAX_BODY = 5000;
    public static final int MAX_TAG = 40;

    private final DiscussionRepository notes;
    private final ClassLessonAccess access;
    private final ClassroomService classrooms;
    private final ReadingService readings;
    private final LessonChanges changes;
    private final Clock clock;

    DiscussionService(
            DiscussionRepository notes,
            ClassLessonAccess access,
            ClassroomService classrooms,
            ReadingService readings,
            LessonChanges changes,
            Clock clock) {
        this.notes = notes;
        this.access = access;
        this.classrooms = classrooms;
        this.readings = readings;
        this.changes = changes;
        this.clock = clock;
    }

    /** Everything of the lesson's discussion the person asking may see, read in one query. */
    @Transactional
    public Discussion discussion(long classroomId, long lessonId) {
        Participant me = participant(classroomId, lessonId);
        notes.ensureTags(classroomId);
        List<NoteThread> threads = new ArrayList<>();
        List<NoteThread> orphans = new ArrayList<>();
        byThread(notes.findVisibleNotes(classroomId, lessonId, me.reader()))
                .values()
                .forEach(rows -> thread(rows, me).ifPresent(t -> (t.root().orphaned() ? orphans : threads).add(t)));
        threads.sort(Comparator.comparingInt((NoteThread t) -> t.root().start())
                .thenComparingInt(t -> t.root().end()));
        return new Discussion(
                classroomId,
                lessonId,
                me.lesson().textVersion(),
                List.copyOf(threads),
                List.copyOf(orphans),
                notes.findTags(classroomId),
                me.teacher(),
                me.canWrite());
    }

    /**
     * For live updates: the threads holding these notes as each of the viewers sees them now,
     * read in one query for all of them. A thread a viewer may not (or no longer) see is among
     * their removed ones; a viewer who may no longer open the lesson gets no entry. Asked by the
     * application itself ({@link LiveDiscussion}), never by a person.
     */
    @Transactional(readOnly = true)
    Map<Long, ThreadChanges> threadsAsSeen(
            long classroomId, long lessonId, Collection<Long> noteIds, Collection<Long> viewerIds) {
        Map<Long, Participant> viewers = new HashMap<>();
        access.participants(classroomId, lessonId, viewerIds).forEach(p -> viewers.put(p.accountId(), p));
        List<Long> roots = notes.findThreadRoots(classroomId, lessonId, noteIds);
        Map<Long, List<DiscussionRepository.NoteRow>> rowsByViewer = new HashMap<>();
        if (!viewers.isEmpty() && !roots.isEmpty()) {
            notes.findVisibleThreads(
                            classroomId,
                            lessonId,
                            roots,
                            viewers.values().stream().map(Participant::reader).toList())
                    .forEach(row -> rowsByViewer
                            .computeIfAbsent(row.viewerId(), v -> new ArrayList<>())
                            .add(row));
        }
        Map<Long, ThreadChanges> changes = new HashMap<>();
        viewers.forEach((id, viewer) ->
                changes.put(id, threadChanges(roots, rowsByViewer.getOrDefault(id, List.of()), viewer)));
        return changes;
    }

    /**
     * The threads holding these notes as the person asking sees them now: after their own change,
     * their screen redraws those threads only. Threads they cannot see are among the removed.
     */
    @Transactional(readOnly = true)
    public ThreadChanges threads(long classroomId, long lessonId, Collection<Long> noteIds) {
        Participant me = participant(classroomId, lessonId);
        List<Long> roots = notes.findThreadRoots(classroomId, lessonId, noteIds);
        List<DiscussionRepository.NoteRow> rows = roots.isEmpty()
                ? List.of()
                : notes.findVisibleThreads(classroomId, lessonId, roots, List.of(me.reader()));
        return threadChanges(roots, rows, me);
    }

    private static ThreadChanges threadChanges(
            List<Long> roots, List<DiscussionRepository.NoteRow> rows, Participant viewer) {
        List<NoteThread> changed = new ArrayList<>();
        Set<Long> removed = new HashSet<>(roots);
        byThread(rows)
                .values()
                .forEach(thread -> thread(thread, viewer).ifPresent(t -> {
                    changed.add(t);
                    removed.remove(t.root().id());
                }));
        return new ThreadChanges(List.copyOf(changed), Set.copyOf(removed));
    }

    private static Map<Long, List<DiscussionRepository.NoteRow>> byThread(List<DiscussionRepository.NoteRow> rows) {
        Map<Long, List<DiscussionRepository.NoteRow>> byThread = new LinkedHashMap<>();
        for (DiscussionRepository.NoteRow row : rows) {
            byThread.computeIfAbsent(row.parentId() == null ? row.id() : row.parentId(), t -> new ArrayList<>())
                    .add(row);
        }
        return byThread;
    }

    /**
     * One thread's rows (root first, when the viewer sees it) as the viewer sees the thread: none
     * when they do not see its root, or its author deleted it and no reply is left.
     */
    private static Optional<NoteThread> thread(List<DiscussionRepository.NoteRow> rows, Participant me) {
        DiscussionRepository.NoteRow first = rows.getFirst();
        List<Note> replies = rows.subList(1, rows.size()).stream()
                .filter(n -> !n.deleted())
                .map(reply -> note(reply, me, false))
                .toList();
        if (first.parentId() != null || (first.deleted() && replies.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new NoteThread(note(first, me, !replies.isEmpty()), replies));
    }

    /**
     * What a selection in the reading pane will quote: widened to whole words, without
     * whitespace at its ends. Fails when only whitespace is selected or the text has changed.
     */
    @Transactional(readOnly = true)
    public Selection select(long classroomId, long lessonId, int textVersion, int start, int end, String quote) {
        Participant me = participant(classroomId, lessonId);
        String text = textAt(me, textVersion);
        return selection(text, textVersion, start, end, quote);
    }

    /** Posts an annotation on the selected words; returns its id. */
    @Transactional
    public long annotate(long classroomId, long lessonId, NewAnnotation request) {
        Participant me = writer(classroomId, lessonId);
        Visibility visibility = Objects.requireNonNull(request.visibility(), "visibility");
        // A highlight kept for oneself (evidence to cite, say) needs no note.
        String body = visibility == Visibility.PRIVATE
                        && (request.body() == null || request.body().isBlank())
                ? ""
                : body(request.body());
        Long tagId = request.tagId();
        if (tagId != null
                && !notes.findTagClassroom(tagId).map(c -> c == classroomId).orElse(false)) {
            throw new InvalidInputException("tag", "problem.discussionService.thatTagIsNoLonger");
        }
        TextAnchor anchor = currentAnchor(me, request);
        long id = notes.insertAnnotation(
                classroomId,
                lessonId,
                me.accountId(),
                body,
                tagId,
                visibility,
                me.lesson().textVersion(),
                anchor,
                clock.instant());
        changes.publish(classroomId, lessonId, new LessonChange.NotePosted(id));
        return id;
    }

    /** Replies in the thread of {@code annotationId}; returns the reply's id. */
    @Transactional
    public long reply(long annotationId, String text) {
        DiscussionRepository.NoteHeader note = notes.findHeader(annotationId).orElseThrow(NotFoundException::new);
        Participant me = writer(note.classroomId(), note.lessonId());
        Note seen = seen(note);
        // On a root, as offered; a reply's "Reply" answers in its thread.
        if (note.parentId() == null ? !seen.actions().reply() : note.deleted()) {
            throw new NotFoundException();
        }
        DiscussionRepository.NoteHeader thread = note.parentId() == null
                ? note
                : notes.findHeader(note.parentId()).orElseThrow(NotFoundException::new);
        long id = notes.insertReply(thread, me.accountId(), body(text), clock.instant());
        changes.publish(note.classroomId(), note.lessonId(), new LessonChange.ReplyPosted(id));
        return id;
    }

    /** Replaces the body of the asker's own note; the earlier text is kept for teachers. */
    @Transactional
    public void edit(long annotationId, String text) {
        DiscussionRepository.NoteHeader note = ownNote(annotationId);
        String body = body(text);
        if (!body.equals(note.body())) {
            notes.updateBody(note, body, clock.instant());
            changes.publish(note.classroomId(), note.lessonId(), new LessonChange.NoteEdited(annotationId));
        }
    }

    /** Deletes the asker's own note; a thread with replies keeps a "deleted" placeholder. */
    @Transactional
    public void delete(long annotationId) {
        DiscussionRepository.NoteHeader note = ownNote(annotationId);
        notes.markDeleted(annotationId, clock.instant());
        changes.publish(note.classroomId(), note.lessonId(), new LessonChange.NoteDeleted(annotationId));
    }

    /** Marks someone else's note helpful, or takes the mark back; one mark per person. */
    @Transactional
    public void setHelpful(long annotationId, boolean helpful) {
        SeenNote seen = liveNote(annotationId);
        DiscussionRepository.NoteHeader note = seen.header();
        Participant me = writer(note.classroomId(), note.lessonId());
        if (!seen.note().actions().markHelpful()) {
            throw new InvalidInputException("helpful", "problem.discussionService.youCannotMarkYourOwn");
        }
        notes.setHelpful(annotationId, me.accountId(), helpful);
        changes.publish(note.classroomId(), note.lessonId(), new LessonChange.HelpfulChanged(annotationId));
    }

    /** The texts an author replaced by editing, for the class's teachers. */
    @Transactional(readOnly = true)
    public List<EarlierText> earlierTexts(long annotationId) {
        DiscussionRepository.NoteHeader note = visibleNote(annotationId);
        classrooms.requireTeacher(note.classroomId());
        return notes.findEarlierTexts(annotationId);
    }

    // The class's tags.

    @Transactional
    public List<Tag> tags(long classroomId) {
        classrooms.requireEnrolment(classroomId);
        notes.ensureTags(classroomId);
        return notes.findTags(classroomId);
    }

    @Transactional
    public Tag addTag(long classroomId, String name) {
        requireTagEditor(classroomId);
        notes.ensureTags(classroomId);
        String clean = tagName(classroomId, name, 0);
        return new Tag(notes.insertTag(classroomId, clean), clean, false);
    }

    @Transactional
    public void renameTag(long tagId, String name) {
        long classroomId = notes.findTagClassroom(tagId).orElseThrow(NotFoundException::new);
        requireTagEditor(classroomId);
        notes.renameTag(tagId, tagName(classroomId, name, tagId));
    }

    /** Whether notes with this tag ask for an answer (listed under "Needs attention" until answered). */
    @Transactional
    public void setAsksForAnswer(long tagId, boolean asks) {
        long classroomId = notes.findTagClassroom(tagId).orElseThrow(NotFoundException::new);
        requireTagEditor(classroomId);
        notes.setAsksForAnswer(tagId, asks);
    }

    /** Removes a tag from the vocabulary; annotations that used it stay, shown untagged. */
    @Transactional
    public void removeTag(long tagId) {
        long classroomId = notes.findTagClassroom(tagId).orElseThrow(NotFoundException::new);
        requireTagEditor(classroomId);
        notes.removeTag(tagId, clock.instant());
    }

    // Access.

    private Participant participant(long classroomId, long lessonId) {
        return access.participant(classroomId, lessonId);
    }

    private Participant writer(long classroomId, long lessonId) {
        return access.writer(classroomId, lessonId);
    }

    /** A note and how the asker sees it. */
    private record SeenNote(DiscussionRepository.NoteHeader header, Note note) {}

    /** A note the asker may see, in a lesson they may open; anything else (a deleted note too) is "not found". */
    private SeenNote liveNote(long annotationId) {
        DiscussionRepository.NoteHeader note = notes.findHeader(annotationId).orElseThrow(NotFoundException::new);
        if (note.deleted()) {
            throw new NotFoundException();
        }
        return new SeenNote(note, seen(note));
    }

    private DiscussionRepository.NoteHeader visibleNote(long annotationId) {
        return liveNote(annotationId).header();
    }

    /**
     * One note as the asker sees it on the lesson page, with what they may do with it; "not found"
     * when they may not see it. For checks by other services of this feature (moderation).
     */
    Note noteAsSeen(long annotationId) {
        return seen(notes.findHeader(annotationId).orElseThrow(NotFoundException::new));
    }

    /** The note as the lesson page's query shows it to the asker: the visibility rule lives in that query alone. */
    private Note seen(DiscussionRepository.NoteHeader header) {
        Participant me = participant(header.classroomId(), header.lessonId());
        DiscussionRepository.NoteRow row =
                notes.findVisibleNote(header, me.reader()).orElseThrow(NotFoundException::new);
        boolean root = row.parentId() == null;
        return note(row, me, root && row.deleted() && notes.hasLiveReplies(row.id()));
    }

    private DiscussionRepository.NoteHeader ownNote(long annotationId) {
        SeenNote seen = liveNote(annotationId);
        writer(seen.header().classroomId(), seen.header().lessonId());
        if (!seen.note().actions().change()) {
            throw new NotFoundException();
        }
        return seen.header();
    }

    private void requireTagEditor(long classroomId) {
        classrooms.requireTeacher(classroomId);
        if (classrooms.getClassroom(classroomId).archived()) {
            throw new InvalidInputException("classroom", "problem.discussionService.thisClassIsArchivedRestore");
        }
    }

    // Anchoring a new annotation.

    private String textAt(Participant me, int textVersion) {
        if (textVersion == me.lesson().textVersion()) {
            return me.lesson().body();
        }
        return readings.lessonText(me.classroomId(), me.lesson().lessonId(), textVersion)
                .map(LessonText::body)
                .orElseThrow(DiscussionService::staleText);
    }

    private TextAnchor currentAnchor(Participant me, NewAnnotation request) {
        String text = textAt(me, request.textVersion());
        Selection selection = selection(text, request.textVersion(), request.start(), request.end(), request.quote());
        TextAnchor anchor = TextAnchor.of(text, selection.start(), selection.end());
        if (request.textVersion() == me.lesson().textVersion()) {
            return anchor;
        }
        return new Reanchoring(text, me.lesson().body())
                .relocate(anchor)
                .orElseThrow(() -> new InvalidInputException(
                        "selection", "problem.discussionService.theTeacherChangedTheseWords"));
    }

    private static Selection selection(String text, int textVersion, int start, int end, String quote) {
        if (start < 0
                || end > text.length()
                || start >= end
                || quote == null
                || !text.regionMatches(start, quote, 0, quote.length())
                || quote.length() != end - start) {
            throw staleText();
        }
        int[] range = TextBoundaries.wordSelection(text, start, end)
                .orElseThrow(() ->
                        new InvalidInputException("selection", "problem.discussionService.thatSelectionIsOnlySpaces"));
        return new Selection(textVersion, range[0], range[1], text.substring(range[0], range[1]));
    }

    private static InvalidInputException staleText() {
        return new InvalidInputException("selection", "problem.discussionService.theLessonTextHasChanged");
    }

    private static String body(String text) {
        return InputText.required(
                "body",
                text == null ? null : text.replace("\r\n", "\n"),
                MAX_BODY,
                "problem.discussionService.writeSomethingBeforePosting");
    }

    private String tagName(long classroomId, String name, long tagId) {
        String clean = InputText.required("tag", name, MAX_TAG, "problem.discussionService.giveTheTagAName");
        if (notes.tagNameTaken(classroomId, clean, tagId)) {
            throw new InvalidInputException("tag", "problem.discussionService.thisClassAlreadyHasA");
        }
        return clean;
    }

    /** A row as the viewer sees it; {@code threadHasReplies} matters for a root its author deleted. */
    private static Note note(DiscussionRepository.NoteRow row, Participant viewer, boolean threadHasReplies) {
        boolean mine = row.authorId() == viewer.accountId();
        boolean hidden = row.hiddenReason() != null;
        boolean write = viewer.canWrite();
        Note.Actions actions = new Note.Actions(
                write && row.parentId() == null && Permissions.mayReply(row.deleted(), threadHasReplies),
                write && Permissions.mayMarkHelpful(mine, row.deleted()),
                write && Permissions.mayChange(mine, row.deleted()),
                write && Permissions.mayFlag(viewer.teacher(), mine, row.deleted(), hidden),
                write && Permissions.mayModerate(viewer.teacher(), row.deleted()));
        // Hidden by a teacher: classmates get a placeholder; the author and teachers keep the text and the reason.
        boolean bodyShown = !row.deleted() && (!hidden || mine || viewer.teacher());
        return new Note(
                row.id(),
                row.parentId(),
                viewer.names().of(row.authorId(), row.authorName()),
                row.authorIsTeacher(),
                mine,
                bodyShown ? row.body() : null,
                row.deleted() ? null : row.tag(),
                row.visibility(),
                row.quoteExact(),
                row.orphaned() ? null : row.startOffset(),
                row.orphaned() ? null : row.endOffset(),
                row.orphaned(),
                row.createdAt(),
                row.editedAt(),
                row.deleted(),
                row.helpfulCount(),
                row.helpfulByMe(),
                hidden,
                hidden && (mine || viewer.teacher()) ? row.hiddenReason() : null,
                actions);
    }
}
