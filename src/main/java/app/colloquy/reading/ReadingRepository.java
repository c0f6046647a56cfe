package app.colloquy.reading;

import app.colloquy.platform.NotFoundException;
import app.colloquy.platform.Rows;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Readings as classes see them: assignments, visible lessons, visits. */
@Repository
class ReadingRepository {

    /** The lessons of an assignment: all of the reading's, or the ones chosen for it. */
    private static final String ASSIGNED_LESSON = """
            (a.whole_reading or exists (select 1 from assignment_lesson al
                                        where al.assignment_id = a.id and al.lesson_id = l.id))""";

    /** When a lesson of assignment {@code a} opens: its own time in the schedule, else the assignment's. */
    private static final String LESSON_OPENS = """
            coalesce((select s.opens_at from lesson_schedule s where s.assignment_id = a.id and s.lesson_id = l.id),
                     a.opens_at)""";
    /** When a lesson of assignment {@code a} is due: its own time in the schedule, else the assignment's. */
    private static final String LESSON_DUE = """
            coalesce((select s.due_at from lesson_schedule s where s.assignment_id = a.id and s.lesson_id = l.id),
                     a.due_at)""";

    private static final String OPEN =
            "(cast(:openAt as timestamptz) is null or %s <= :openAt)".formatted(LESSON_OPENS);

    private final JdbcClient jdbc;

    ReadingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertAssignment(
            long classroomId, long readingId, Instant opensAt, @Nullable Instant dueAt, List<Long> lessonIds) {
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
            @Nullable Timestamp dueAt,
            boolean wholeReading) {}

    Optional<AssignmentHeader> findAssignment(long assignmentId) {
        return jdbc.sql("""
                        select a.id, a.classroom_id, a.reading_id, r.title as reading_title, a.opens_at, a.due_at, a.whole_reading
                        from assignment a join reading r on r.id = a.reading_id where a.id = :id""")
                .param("id", assignmentId)
                .query(Rows.of(AssignmentHeader.class))
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
                .query(Rows.of(ClassAssignment.LessonLink.class))
                .list();
    }

    void updateAssignment(
            long assignmentId, long readingId, Instant opensAt, @Nullable Instant dueAt, List<Long> lessonIds) {
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

    /** The lessons' own times replace the schedule's; an empty list leaves every lesson on the assignment's times. */
    void replaceSchedule(long assignmentId, List<ScheduledLesson> lessons) {
        jdbc.sql("delete from lesson_schedule where assignment_id = :id")
                .param("id", assignmentId)
                .update();
        for (ScheduledLesson lesson : lessons) {
            jdbc.sql("""
                            insert into lesson_schedule (assignment_id, lesson_id, opens_at, due_at)
                            values (:assignment, :lesson, :opens, :due)""")
                    .param("assignment", assignmentId)
                    .param("lesson", lesson.lessonId())
                    .param("opens", Timestamp.from(lesson.opensAt()))
                    .param("due", timestamp(lesson.dueAt()))
                    .update();
        }
    }

    List<ScheduledLesson> findSchedule(long assignmentId) {
        return jdbc.sql("""
                        select lesson_id, opens_at, due_at from lesson_schedule
                        where assignment_id = :id order by opens_at, lesson_id""")
                .param("id", assignmentId)
                .query((rs, n) -> new ScheduledLesson(
                        rs.getLong("lesson_id"),
                        rs.getTimestamp("opens_at").toInstant(),
                        rs.getTimestamp("due_at") == null
                                ? null
                                : rs.getTimestamp("due_at").toInstant()))
                .list();
    }

    /** Students' work (visits, discussion) is keyed by class and lesson, so it stays and returns if assigned again. */
    void deleteAssignment(long assignmentId) {
        jdbc.sql("delete from assignment where id = :id")
                .param("id", assignmentId)
                .update();
    }

    /** One assigned lesson for one current student of the assignment's class: when it is due, whether they opened it. */
    record ProgressLessonRow(
            long accountId,
            String displayName,
            @Nullable Timestamp lastActiveAt,
            @Nullable Timestamp dueAt,
            long lessonId,
            boolean opened)
            implements WorkProgress.AssignedLesson {}

    /** Each current student of the assignment's class with each assigned lesson open by {@code now}, in one query. */
    List<ProgressLessonRow> findProgress(long assignmentId, Instant now) {
        return jdbc.sql("""
                        select acc.id as account_id, acc.display_name, acc.last_active_at, %s as due_at,
                               l.id as lesson_id, v.lesson_id is not null as opened
                        from assignment a
                        join enrolment e on e.classroom_id = a.classroom_id and e.role = 'STUDENT' and e.removed_at is null
                        join account acc on acc.id = e.account_id
                        join lesson l on l.reading_id = a.reading_id and %s and %s
                        left join lesson_visit v on v.classroom_id = a.classroom_id and v.account_id = acc.id and v.lesson_id = l.id
                        where a.id = :id
                        order by lower(acc.display_name), acc.id, l.position""".formatted(LESSON_DUE, ASSIGNED_LESSON, OPEN))
                .param("id", assignmentId)
                .param("openAt", Timestamp.from(now))
                .query(Rows.of(ProgressLessonRow.class))
                .list();
    }

    private record AssignmentLessonRow(
            long assignmentId,
            long readingId,
            String title,
            String overview,
            Timestamp opensAt,
            @Nullable Timestamp dueAt,
            long lessonId,
            int position,
            String lessonTitle,
            @Nullable Timestamp lessonOpensAt,
            @Nullable Timestamp lessonDueAt) {}

    /** Whether any class the person teaches (not archived) has an assignment. */
    boolean teachesAnAssignment(long accountId) {
        return jdbc.sql("""
                        select exists (select 1 from assignment a
                                       join classroom c on c.id = a.classroom_id and not c.archived
                                       join enrolment e on e.classroom_id = c.id
                                       where e.account_id = :a and e.role = 'TEACHER' and e.removed_at is null)""").param("a", accountId).query(Boolean.class).single();
    }

    /** The class's assignments with their lessons, in one query; {@code openAt} hides unopened ones. */
    List<ClassAssignment> findClassAssignments(long classroomId, @Nullable Instant openAt) {
        List<AssignmentLessonRow> rows = jdbc.sql("""
                        select a.id as assignment_id, r.id as reading_id, r.title, r.overview, a.opens_at, a.due_at,
                               l.id as lesson_id, l.position, l.title as lesson_title,
                               s.opens_at as lesson_opens_at, s.due_at as lesson_due_at
                        from assignment a
                        join reading r on r.id = a.reading_id
                        join lesson l on l.reading_id = r.id
                        left join lesson_schedule s on s.assignment_id = a.id and s.lesson_id = l.id
                        where a.classroom_id = :classroom and %s and %s
                        order by a.due_at nulls last, a.opens_at, a.id, l.position""".formatted(OPEN, ASSIGNED_LESSON))
                .param("classroom", classroomId)
                .param("openAt", timestamp(openAt))
                .query(Rows.of(AssignmentLessonRow.class))
                .list();
        Map<Long, ClassAssignment> assignments = new LinkedHashMap<>();
        for (AssignmentLessonRow row : rows) {
            ClassAssignment assignment = assignments.computeIfAbsent(
                    row.assignmentId(),
                    id -> new ClassAssignment(
                            id,
                            row.readingId(),
                            row.title(),
                            row.overview(),
                            row.opensAt().toInstant(),
                            row.dueAt() == null ? null : row.dueAt().toInstant(),
                            new ArrayList<>(),
                            new LinkedHashMap<>()));
            assignment.lessons().add(new ClassAssignment.LessonLink(row.lessonId(), row.position(), row.lessonTitle()));
            if (row.lessonOpensAt() != null) {
                assignment
                        .lessonTimes()
                        .put(
                                row.lessonId(),
                                new ScheduledLesson(
                                        row.lessonId(),
                                        row.lessonOpensAt().toInstant(),
                                        row.lessonDueAt() == null
                                                ? null
                                                : row.lessonDueAt().toInstant()));
            }
        }
        return List.copyOf(assignments.values());
    }

    private record LessonRow(
            long readingId,
            String readingTitle,
            String readingLanguage,
            long lessonId,
            String title,
            String body,
            int textVersion) {}

    /** The earliest due time among the class's assignments that cover the lesson. */
    Optional<Instant> findLessonDue(long classroomId, long lessonId) {
        return jdbc
                .sql("""
                        select min(%s) from assignment a join lesson l on l.reading_id = a.reading_id
                        where l.id = :lesson and a.classroom_id = :classroom and %s""".formatted(LESSON_DUE, ASSIGNED_LESSON))
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
    Optional<LessonText> findLessonText(
            long classroomId, long lessonId, @Nullable Instant openAt, @Nullable Integer version) {
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
                .query(Rows.of(LessonText.class))
                .optional();
    }

    /** A lesson visible in the class (assigned, and open by {@code openAt} when given), with its neighbours. */
    Optional<LessonPage> findLessonPage(long classroomId, long lessonId, @Nullable Instant openAt) {
        return jdbc.sql("""
                        select r.id as reading_id, r.title as reading_title, r.language as reading_language,
                               l.id as lesson_id, l.title, l.body, l.text_version
                        from lesson l join reading r on r.id = l.reading_id
                        where l.id = :lesson
                          and exists (select 1 from assignment a
                                      where a.reading_id = r.id and a.classroom_id = :classroom and %s and %s)""".formatted(OPEN, ASSIGNED_LESSON))
                .param("lesson", lessonId)
                .param("classroom", classroomId)
                .param("openAt", timestamp(openAt))
                .query(Rows.of(LessonRow.class))
                .optional()
                .map(row -> new LessonPage(
                        classroomId,
                        row.readingId(),
                        row.readingTitle(),
                        row.readingLanguage(),
                        row.lessonId(),
                        row.title(),
                        row.body(),
                        row.textVersion(),
                        findPrompts(lessonId),
                        visibleLessons(classroomId, row.readingId(), openAt)));
    }

    private List<ClassAssignment.LessonLink> visibleLessons(
            long classroomId, long readingId, @Nullable Instant openAt) {
        return jdbc.sql("""
                        select l.id as lesson_id, l.position, l.title from lesson l
                        where l.reading_id = :reading and exists (select 1 from assignment a
                              where a.reading_id = l.reading_id and a.classroom_id = :classroom and %s and %s)
                        order by l.position""".formatted(OPEN, ASSIGNED_LESSON))
                .param("reading", readingId)
                .param("classroom", classroomId)
                .param("openAt", timestamp(openAt))
                .query(Rows.of(ClassAssignment.LessonLink.class))
                .list();
    }

    private List<Prompt> findPrompts(long lessonId) {
        return jdbc.sql(
                        "select id, position, question, answer_before_peers from prompt where lesson_id = :lesson order by position")
                .param("lesson", lessonId)
                .query(Rows.of(Prompt.class))
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

    /** One assigned, open lesson of the student's: when it is due, whether they opened it. */
    record WorkLessonRow(
            long classroomId,
            String className,
            long assignmentId,
            String readingTitle,
            Timestamp opensAt,
            @Nullable Timestamp dueAt,
            long lessonId,
            boolean opened)
            implements WorkProgress.AssignedLesson {}

    /** A student's open assignments across their current classes, each assigned lesson in order. */
    List<WorkLessonRow> findWork(long accountId, Instant now) {
        return jdbc.sql("""
                        select c.id as classroom_id, c.name as class_name, a.id as assignment_id,
                               r.title as reading_title, a.opens_at, %s as due_at,
                               l.id as lesson_id, v.lesson_id is not null as opened
                        from enrolment e
                        join classroom c on c.id = e.classroom_id and not c.archived
                        join assignment a on a.classroom_id = c.id and a.opens_at <= :openAt
                        join reading r on r.id = a.reading_id
                        join lesson l on l.reading_id = r.id and %s and %s
                        left join lesson_visit v on v.classroom_id = c.id and v.account_id = e.account_id and v.lesson_id = l.id
                        where e.account_id = :account and e.role = 'STUDENT' and e.removed_at is null
                        order by a.due_at nulls last, a.opens_at, a.id, l.position""".formatted(LESSON_DUE, ASSIGNED_LESSON, OPEN))
                .param("account", accountId)
                .param("openAt", Timestamp.from(now))
                .query(Rows.of(WorkLessonRow.class))
                .list();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
