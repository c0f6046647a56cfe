package app.colloquy.review;

import app.colloquy.classroom.ClassroomService;
import app.colloquy.platform.NotFoundException;
import app.colloquy.reading.LessonText;
import app.colloquy.reading.ReadingService;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teachers' review of a class's discussion: a lesson at a glance, participation per assignment,
 * and exports in standard formats. Only the class's teachers get anything; everyone else gets
 * "not found". Screens read in a fixed number of statements whatever the size of the class.
 */
@Service
public class ReviewService {

    private final ReviewRepository review;
    private final ParticipationRepository participation;
    private final ClassroomService classrooms;
    private final ReadingService readings;
    private final AnnotationExport annotationExport;
    private final ParticipationCsv participationCsv;
    private final Clock clock;

    ReviewService(
            ReviewRepository review,
            ParticipationRepository participation,
            ClassroomService classrooms,
            ReadingService readings,
            AnnotationExport annotationExport,
            ParticipationCsv participationCsv,
            Clock clock) {
        this.review = review;
        this.participation = participation;
        this.classrooms = classrooms;
        this.readings = readings;
        this.annotationExport = annotationExport;
        this.participationCsv = participationCsv;
        this.clock = clock;
    }

    /** The lesson's discussion in the class at a glance; {@code zone} is the teacher's, for days. */
    @Transactional(readOnly = true)
    public LessonReview lessonReview(long classId, long lessonId, ReviewFilter filter, ZoneId zone) {
        LessonText lesson = teacherLesson(classId, lessonId);
        List<ReviewRepository.NoteRow> notes = review.findNotes(classId, lessonId);
        Map<Long, List<ReviewRepository.NoteRow>> replies = new HashMap<>();
        Map<Long, LessonReview.TagOption> tags = new TreeMap<>();
        List<ReviewRepository.NoteRow> roots = new ArrayList<>();
        for (ReviewRepository.NoteRow note : notes) {
            if (note.parentId() == null) {
                roots.add(note);
            } else {
                replies.computeIfAbsent(note.parentId(), id -> new ArrayList<>())
                        .add(note);
            }
            if (note.tagId() != null) {
                tags.putIfAbsent(note.tagId(), new LessonReview.TagOption(note.tagId(), note.tagName()));
            }
        }
        List<ReviewRepository.NoteRow> shown =
                roots.stream().filter(filter::accepts).toList();
        Map<Long, int[]> ranges = new LinkedHashMap<>();
        shown.stream()
                .filter(r -> !r.orphaned() && r.start() != null)
                .forEach(r -> ranges.put(r.id(), new int[] {r.start(), r.end()}));
        review.findCitedRanges(classId, lessonId).stream()
                .filter(e -> filter.studentId() == null || filter.studentId() == e.authorId())
                .filter(e -> filter.tagId() == null && filter.audience() == null)
                .forEach(e -> ranges.putIfAbsent(e.annotationId(), new int[] {e.start(), e.end()}));
        List<LessonReview.ThreadSummary> threads = shown.stream()
                .map(root -> summary(root, replies.getOrDefault(root.id(), List.of())))
                .sorted(Comparator.comparing(LessonReview.ThreadSummary::lastActivity)
                        .reversed())
                .toList();
        List<LessonReview.ThreadSummary> unanswered = roots.stream()
                .filter(ReviewRepository.NoteRow::questionTag)
                .filter(root -> replies.getOrDefault(root.id(), List.of()).stream()
                        .allMatch(r -> r.authorId() == root.authorId()))
                .map(root -> summary(root, replies.getOrDefault(root.id(), List.of())))
                .sorted(Comparator.comparing(LessonReview.ThreadSummary::lastActivity))
                .toList();
        List<LessonReview.PromptGap> gaps = review.findPromptCounts(classId, lessonId).stream()
                .filter(p -> p.students() > 0 && p.submitted() * 2 < p.students())
                .map(p -> new LessonReview.PromptGap(p.id(), p.question(), p.submitted(), p.students()))
                .toList();
        List<LessonReview.Person> inactive = review.findInactiveStudents(classId, lessonId, clock.instant()).stream()
                .map(s -> new LessonReview.Person(s.accountId(), s.displayName()))
                .toList();
        return new LessonReview(
                classId,
                lessonId,
                lesson.body(),
                HeatMap.of(ranges.values()),
                threads,
                new LessonReview.NeedsAttention(unanswered, inactive, gaps),
                review.findActivityByDay(classId, lessonId, zone).stream()
                        .map(d -> new LessonReview.DayActivity(d.day(), d.notes(), d.answers()))
                        .toList(),
                readings.lessonDueAt(classId, lessonId).orElse(null),
                review.findStudents(classId).stream()
                        .map(s -> new LessonReview.Person(s.accountId(), s.displayName()))
                        .toList(),
                List.copyOf(tags.values()));
    }

    /** One page of the assignment's participation table, sorted in the database. */
    @Transactional(readOnly = true)
    public List<ParticipationRow> participation(
            long classId, long assignmentId, ParticipationSort sort, boolean descending, int offset, int limit) {
        teacherAssignment(classId, assignmentId);
        return participation.findPage(assignmentId, sort, descending, Math.max(0, offset), Math.clamp(limit, 1, 500));
    }

    @Transactional(readOnly = true)
    public int participationCount(long classId, long assignmentId) {
        teacherAssignment(classId, assignmentId);
        return participation.countStudents(assignmentId);
    }

    /** Participation and scores of every assignment of the class as CSV, one row per student and assignment. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public void writeParticipationCsv(long classId, OutputStream out) throws IOException {
        classrooms.requireTeacher(classId);
        participationCsv.write(
                classrooms.getClassroom(classId).name(), readings.assignmentsForClass(classId), participation, out);
    }

    /** The lesson's annotations in the class as W3C Web Annotation JSON-LD, as teachers may see them. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public void writeAnnotationsJsonLd(long classId, long lessonId, String baseIri, OutputStream out)
            throws IOException {
        LessonText lesson = teacherLesson(classId, lessonId);
        annotationExport.write(classId, lesson, baseIri, review, out);
    }

    private LessonText teacherLesson(long classId, long lessonId) {
        classrooms.requireTeacher(classId);
        return readings.lessonText(classId, lessonId);
    }

    private void teacherAssignment(long classId, long assignmentId) {
        classrooms.requireTeacher(classId);
        if (readings.assignmentsForClass(classId).stream().noneMatch(a -> a.assignmentId() == assignmentId)) {
            throw new NotFoundException();
        }
    }

    private static LessonReview.ThreadSummary summary(
            ReviewRepository.NoteRow root, List<ReviewRepository.NoteRow> replies) {
        Instant last = replies.stream()
                .map(ReviewRepository.NoteRow::createdAt)
                .max(Comparator.naturalOrder())
                .orElse(root.editedAt() != null ? root.editedAt() : root.createdAt());
        return new LessonReview.ThreadSummary(
                root.id(),
                root.quote(),
                root.authorName(),
                root.tagName(),
                root.body(),
                replies.size(),
                last,
                root.orphaned(),
                root.orphaned() ? null : root.start(),
                root.orphaned() ? null : root.end());
    }
}
