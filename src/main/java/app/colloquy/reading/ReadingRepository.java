package app.colloquy.reading;

import app.colloquy.platform.NotFoundException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Readings as classes see them: assignments, visible lessons, visits. */
@Repository
class ReadingRepository {

    /** The lessons of an assignment: all of the reading's, or the ones chosen for it. */
    private static final String ASSIGNED_LESSON = """
            (a.whole_reading or exists (select 1 from assignment_lesson al
                                        where al.assignment_id = a.id and al.lesson_id = l.id))""";
    /**
     * A lesson is done when every prompt in it has a submitted answer by the student in the class
     * (docs/decisions/0006); the answers' tables belong to the discussion feature, read here only.
     */
    private static String answeredEveryPrompt(String classroom, String account) {
        return """
                not exists (select 1 from prompt p where p.lesson_id = l.id and not exists (
                    select 1 from prompt_answer pa join prompt_answer_version pv on pv.answer_id = pa.id
                    where pa.classroom_id = %s and pa.prompt_id = p.id and pa.account_id = %s))""".formatted(classroom, account);
    }

    private static final String OPEN = "(cast(:openAt as timestamptz) is null or a.opens_at <= :openAt)";

    private final JdbcClient jdbc;

    ReadingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertAssignment(long classroomId, long readingId, Instant opensAt, Instant dueAt, List<Long> lessonIds) {
        long id = jdbc.sql("""
                        insert into assignment (classroom_id, reading_id, opens_at, due_at, whole_reading)
                        values (:classroom, :reading, :opens, :due, :whole) returning id""")
                .param("classroom", classroomId)
                .param("reading", readingId)
                .param("opens", Timestamp.from(opensAt))
                .param("due", dueAt == null ? null : Timestamp.from(dueAt))
                .param("whole", lessonIds.isEmpty())
                .query(Long.class)
                .single();
        insertChosenLessons(id, readingId, lessonIds);
        return id;
    }

    private void insertChosenLessons(long assignmentId, long readingId, List<Long> lessonIds) {
        if (lessonIds.isEmpty()) {
            return;
        }
        int inserted = jdbc.sql("""
                        insert into assignment_lesson (assignment_id, lesson_id)
                        select :assignment, l.id from lesson l where l.reading_id = :reading and l.id in (:lessons)""")
                .param("assignment", assignmentId)
                .param("reading", readingId)
                .param("lessons", lessonIds)
                .update();
        if (inserted != lessonIds.size()) {
            throw new NotFoundException();
        }
    }

    Optional<Long> findAssignmentId(long classroomId, long readingId) {
        return jdbc.sql("select id from assignment where classroom_id = :c and reading_id = :r")
                .param("c", classroomId)
                .param("r", readingId)
                .query(Long.class)
                .optional();
    }

    record AssignmentHeader(
            long id,
            long classroomId,
            long readingId,
            String readingTitle,
            Timestamp opensAt,
            Timestamp dueAt,
            boolean wholeReading) {}

    Optional<AssignmentHeader> findAssignment(long assignmentId) {
        return jdbc.sql("""
                        select a.id, a.classroom_id, a.reading_id, r.title as reading_title, a.opens_at, a.due_at, a.whole_reading
                        from assignment a join reading r on r.id = a.reading_id where a.id = :id""")
                .param("id", assignmentId)
                .query(AssignmentHeader.class)
                .optional();
    }

    List<Long> findChosenLessons(long assignmentId) {
        return jdbc.sql("select lesson_id from assignment_lesson where assignment_id = :id order by lesson_id")
                .param("id", assignmentId)
                .query(Long.class)
                .list();
    }

    List<ClassAssignment.LessonLink> findReadingLessons(long readingId) {
        return jdbc.sql("select id as lesson_id, position, title from lesson where reading_id = :r order by position")
                .param("r", readingId)
                .query(ClassAssignment.LessonLink.class)
                .list();
    }

    void updateAssignment(long assignmentId, long readingId, Instant opensAt, Instant dueAt, List<Long> lessonIds) {
        jdbc.sql("update assignment set opens_at = :opens, due_at = :due, whole_reading = :whole where id = :id")
                .param("id", assignmentId)
                .param("opens", Timestamp.from(opensAt))
                .param("due", timestamp(dueAt))
                .param("whole", lessonIds.isEmpty())
                .update();
        jdbc.sql("delete from assignment_lesson where assignment_id = :id")
                .param("id", assignmentId)
                .update();
        insertChosenLessons(assignmentId, readingId, lessonIds);
    }

    /** Students' work (visits, discussion) is keyed by class and lesson, so it stays and returns if assigned again. */
    void deleteAssignment(long assignmentId) {
        jdbc.sql("delete from assignment where id = :id")
                .param("id", assignmentId)
                .update();
    }

    /** Each current student of the assignment's class with the assigned lessons they opened, in one query. */
    List<StudentProgress> findProgress(long assignmentId) {
        return jdbc.sql("""
                        select acc.id as account_id, acc.display_name,
                               (select count(*) from lesson l where l.reading_id = a.reading_id and %s) as lesson_count,
                               (select count(*) from lesson_visit v join lesson l on l.id = v.lesson_id
                                where v.classroom_id = a.classroom_id and v.account_id = acc.id
                                  and l.reading_id = a.reading_id and %s) as opened_count,
                               (select count(*) from lesson_visit v join lesson l on l.id = v.lesson_id
                                where v.classroom_id = a.classroom_id and v.account_id = acc.id
                                  and l.reading_id = a.reading_id and %s and %s) as done_count,
                               acc.last_active_at, a.due_at
                        from assignment a
                        join enrolment e on e.classroom_id = a.classroom_id and e.role = 'STUDENT' and e.removed_at is null
                        join account acc on acc.id = e.account_id
                        where a.id = :id
                        order by lower(acc.display_name), acc.id""".formatted(
                                ASSIGNED_LESSON,
                                ASSIGNED_LESSON,
                                ASSIGNED_LESSON,
                                answeredEveryPrompt("a.classroom_id", "acc.id")))
                .param("id", assignmentId)
                .query(StudentProgress.class)
                .list();
    }

    private record AssignmentLessonRow(
            long assignmentId,
            long readingId,
            String title,
            String overview,
            Timestamp opensAt,
            Timestamp dueAt,
            long lessonId,
            int position,
            String lessonTitle) {}

    /** The class's assignments with their lessons, in one query; {@code openAt} hides unopened ones. */
    List<ClassAssignment> findClassAssignments(long classroomId, Instant openAt) {
        List<AssignmentLessonRow> rows = jdbc.sql("""
                        select a.id as assignment_id, r.id as reading_id, r.title, r.overview, a.opens_at, a.due_at,
                               l.id as lesson_id, l.position, l.title as lesson_title
                        from assignment a
                        join reading r on r.id = a.reading_id
                        join lesson l on l.reading_id = r.id
                        where a.classroom_id = :classroom and %s and %s
                        order by a.due_at nulls last, a.opens_at, a.id, l.position""".formatted(OPEN, ASSIGNED_LESSON))
                .param("classroom", classroomId)
                .param("openAt", timestamp(openAt))
                .query(AssignmentLessonRow.class)
                .list();
        Map<Long, ClassAssignment> assignments = new LinkedHashMap<>();
        for (AssignmentLessonRow row : rows) {
            assignments
                    .computeIfAbsent(
                            row.assignmentId(),
                            id -> new ClassAssignment(
                                    id,
                                    row.readingId(),
                                    row.title(),
                                    row.overview(),
                                    row.opensAt().toInstant(),
                                    row.dueAt() == null ? null : row.dueAt().toInstant(),
                                    new ArrayList<>()))
                    .lessons()
                    .add(new ClassAssignment.LessonLink(row.lessonId(), row.position(), row.lessonTitle()));
        }
        return List.copyOf(assignments.values());
    }

    private record LessonRow(
            long readingId, String readingTitle, long lessonId, String title, String body, int textVersion) {}

    /** The earliest due time among the class's assignments that cover the lesson. */
    Optional<Instant> findLessonDue(long classroomId, long lessonId) {
        return jdbc
                .sql("""
                        select min(a.due_at) from assignment a join lesson l on l.reading_id = a.reading_id
                        where l.id = :lesson and a.classroom_id = :classroom and %s""".formatted(ASSIGNED_LESSON))
                .param("lesson", lessonId)
                .param("classroom", classroomId)
                .query(Timestamp.class)
                .list()
                .stream()
                .filter(Objects::nonNull)
                .findFirst()
                .map(Timestamp::toInstant);
    }

    /** The text of a lesson visible in the class, at its current or an earlier version. */
    Optional<LessonText> findLessonText(long classroomId, long lessonId, Instant openAt, Integer version) {
        return jdbc.sql("""
                        select l.id as lesson_id, coalesce(v.version, l.text_version) as text_version,
                               coalesce(v.body, l.body) as body
                        from lesson l
                        left join lesson_version v on v.lesson_id = l.id and v.version = :version
                        where l.id = :lesson and (cast(:version as integer) is null or v.version is not null)
                          and exists (select 1 from assignment a
                                      where a.reading_id = l.reading_id and a.classroom_id = :classroom and %s and %s)""".formatted(OPEN, ASSIGNED_LESSON))
                .param("lesson", lessonId)
                .param("classroom", classroomId)
                .param("openAt", timestamp(openAt))
                .param("version", version)
                .query(LessonText.class)
                .optional();
    }

    /** A lesson visible in the class (assigned, and open by {@code openAt} when given), with its neighbours. */
    Optional<LessonPage> findLessonPage(long classroomId, long lessonId, Instant openAt) {
        return jdbc.sql("""
                        select r.id as reading_id, r.title as reading_title, l.id as lesson_id, l.title, l.body, l.text_version
                        from lesson l join reading r on r.id = l.reading_id
                        where l.id = :lesson
                          and exists (select 1 from assignment a
                                      where a.reading_id = r.id and a.classroom_id = :classroom and %s and %s)""".formatted(OPEN, ASSIGNED_LESSON))
                .param("lesson", lessonId)
                .param("classroom", classroomId)
                .param("openAt", timestamp(openAt))
                .query(LessonRow.class)
                .optional()
                .map(row -> new LessonPage(
                        classroomId,
                        row.readingId(),
                        row.readingTitle(),
                        row.lessonId(),
                        row.title(),
                        row.body(),
                        row.textVersion(),
                        findPrompts(lessonId),
                        visibleLessons(classroomId, row.readingId(), openAt)));
    }

    private List<ClassAssignment.LessonLink> visibleLessons(long classroomId, long readingId, Instant openAt) {
        return jdbc.sql("""
                        select l.id as lesson_id, l.position, l.title from lesson l
                        where l.reading_id = :reading and exists (select 1 from assignment a
                              where a.reading_id = l.reading_id and a.classroom_id = :classroom and %s and %s)
                        order by l.position""".formatted(OPEN, ASSIGNED_LESSON))
                .param("reading", readingId)
                .param("classroom", classroomId)
                .param("openAt", timestamp(openAt))
                .query(ClassAssignment.LessonLink.class)
                .list();
    }

    private List<Prompt> findPrompts(long lessonId) {
        return jdbc.sql(
                        "select id, position, question, answer_before_peers from prompt where lesson_id = :lesson order by position")
                .param("lesson", lessonId)
                .query(Prompt.class)
                .list();
    }

    void recordVisit(long classroomId, long accountId, long lessonId) {
        jdbc.sql("""
                        insert into lesson_visit (classroom_id, account_id, lesson_id) values (:c, :a, :l)
                        on conflict do nothing""")
                .param("c", classroomId)
                .param("a", accountId)
                .param("l", lessonId)
                .update();
    }

    private record WorkRow(
            long classroomId,
            String className,
            long assignmentId,
            String readingTitle,
            Timestamp opensAt,
            Timestamp dueAt,
            int lessonCount,
            int openedCount,
            int doneCount,
            long resumeLessonId,
            int resumePosition,
            int feedbackCount,
            Long feedbackLessonId) {}

    /** A student's open assignments across their current classes, with lessons opened so far. */
    List<WorkItem> findWork(long accountId, Instant now) {
        // Resume where the student left off: the first assigned lesson not done yet.
        return jdbc
                .sql("""
                        select w.*, coalesce(w.next_undone, w.lesson_ids[1]) as resume_lesson_id,
                               array_position(w.lesson_ids, coalesce(w.next_undone, w.lesson_ids[1])) as resume_position,
                               f.feedback_count, f.feedback_lesson_id
                        from (
                        select c.id as classroom_id, c.name as class_name, a.id as assignment_id, r.id as reading_id,
                               r.title as reading_title, a.opens_at, a.due_at, count(l.id) as lesson_count,
                               count(v.lesson_id) as opened_count,
                               count(v.lesson_id) filter (where %s) as done_count,
                               array_agg(l.id order by l.position) as lesson_ids,
                               (array_agg(l.id order by l.position) filter (where v.lesson_id is null or not %s))[1] as next_undone
                        from enrolment e
                        join classroom c on c.id = e.classroom_id and not c.archived
                        join assignment a on a.classroom_id = c.id and a.opens_at <= :now
                        join reading r on r.id = a.reading_id
                        join lesson l on l.reading_id = r.id and %s
                        left join lesson_visit v on v.classroom_id = c.id and v.account_id = e.account_id and v.lesson_id = l.id
                        where e.account_id = :account and e.role = 'STUDENT' and e.removed_at is null
                        group by c.id, c.name, a.id, r.id, r.title, a.opens_at, a.due_at
                        ) w
                        left join lateral (
                            select count(*) as feedback_count,
                                   (array_agg(p.lesson_id order by fb.given_at desc))[1] as feedback_lesson_id
                            from answer_feedback fb
                            join prompt_answer pa on pa.id = fb.answer_id
                            join prompt p on p.id = pa.prompt_id
                            join lesson fl on fl.id = p.lesson_id
                            where pa.classroom_id = w.classroom_id and pa.account_id = :account and fl.reading_id = w.reading_id
                        ) f on true
                        order by w.due_at nulls last, w.opens_at, w.assignment_id""".formatted(
                                answeredEveryPrompt("c.id", "e.account_id"),
                                answeredEveryPrompt("c.id", "e.account_id"),
                                ASSIGNED_LESSON))
                .param("account", accountId)
                .param("now", Timestamp.from(now))
                .query(WorkRow.class)
                .list()
                .stream()
                .map(w -> new WorkItem(
                        w.classroomId(),
                        w.className(),
                        w.assignmentId(),
                        w.readingTitle(),
                        w.opensAt().toInstant(),
                        w.dueAt() == null ? null : w.dueAt().toInstant(),
                        w.lessonCount(),
                        w.openedCount(),
                        w.doneCount(),
                        w.resumeLessonId(),
                        w.resumePosition(),
                        w.feedbackCount(),
                        w.feedbackLessonId()))
                .toList();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
