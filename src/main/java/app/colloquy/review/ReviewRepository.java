package app.colloquy.review;

import app.colloquy.platform.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The review's reads: each screen in a few statements over the discussion and answer tables,
 * never one per student or per note. Only what teachers may see is read: nothing private to a
 * student, except the words of highlights cited in submitted answers (the answer shows them).
 */
@Repository
class ReviewRepository {

    private final JdbcClient jdbc;
    /** For exports: rows arrive in batches inside the transaction instead of all at once. */
    private final JdbcClient streaming;

    ReviewRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        JdbcTemplate batched = new JdbcTemplate(Objects.requireNonNull(template.getDataSource()));
        batched.setFetchSize(500);
        this.streaming = JdbcClient.create(batched);
    }

    /** A note as teachers see it; replies have a parent and no range. */
    record NoteRow(
            long id,
            Long parentId,
            long authorId,
            String authorName,
            boolean authorIsTeacher,
            String body,
            Long tagId,
            String tagName,
            boolean questionTag,
            String visibility,
            String quote,
            String prefix,
            String suffix,
            Integer start,
            Integer end,
            boolean orphaned,
            Instant createdAt,
            @Nullable Instant editedAt) {}

    private static final String NOTES = """
            select n.id, n.parent_id, n.author_id, acc.display_name as author_name,
                   coalesce(e.role = 'TEACHER', false) as author_is_teacher, n.body, n.tag_id, t.name as tag_name,
                   coalesce(t.asks_for_answer and t.removed_at is null, false) as question_tag, n.visibility, n.quote_exact, n.quote_prefix, n.quote_suffix,
                   n.start_offset, n.end_offset, n.orphaned, n.created_at, n.edited_at
            from annotation n
            join account acc on acc.id = n.author_id
            left join enrolment e on e.classroom_id = n.classroom_id and e.account_id = n.author_id
            left join discussion_tag t on t.id = n.tag_id
            left join annotation root on root.id = n.parent_id
            where n.classroom_id = :c and n.lesson_id = :l and n.deleted_at is null
              and coalesce(root.visibility, n.visibility) <> 'PRIVATE' and (root.id is null or root.deleted_at is null)
            order by n.id""";

    /** Every note of the lesson's discussion in the class that teachers may see, oldest first. */
    List<NoteRow> findNotes(long classroomId, long lessonId) {
        return jdbc.sql(NOTES)
                .param("c", classroomId)
                .param("l", lessonId)
                .query(ReviewRepository::note)
                .list();
    }

    /** The same notes handed over one by one, for exports that must not hold them all. */
    void streamNotes(long classroomId, long lessonId, Consumer<NoteRow> each) {
        streaming.sql(NOTES).param("c", classroomId).param("l", lessonId).query(rs -> {
            each.accept(note(rs, 0));
        });
    }

    int countNotes(long classroomId, long lessonId) {
        return jdbc.sql("select count(*) from (" + NOTES + ") n")
                .param("c", classroomId)
                .param("l", lessonId)
                .query(Integer.class)
                .single();
    }

    // Mapped by hand: reflection-based mapping costs more than the query at 5,000 rows.
    private static NoteRow note(ResultSet rs, int row) throws SQLException {
        return new NoteRow(
                rs.getLong("id"),
                (Long) rs.getObject("parent_id"),
                rs.getLong("author_id"),
                rs.getString("author_name"),
                rs.getBoolean("author_is_teacher"),
                rs.getString("body"),
                (Long) rs.getObject("tag_id"),
                rs.getString("tag_name"),
                rs.getBoolean("question_tag"),
                rs.getString("visibility"),
                rs.getString("quote_exact"),
                rs.getString("quote_prefix"),
                rs.getString("quote_suffix"),
                (Integer) rs.getObject("start_offset"),
                (Integer) rs.getObject("end_offset"),
                rs.getBoolean("orphaned"),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("edited_at")));
    }

    record EvidenceRange(long annotationId, long authorId, int start, int end) {}

    /** Where highlights cited in the class's submitted answers to the lesson's prompts are. */
    List<EvidenceRange> findCitedRanges(long classroomId, long lessonId) {
        return jdbc.sql("""
                        select distinct n.id as annotation_id, n.author_id, n.start_offset as start, n.end_offset as "end"
                        from answer_evidence ev
                        join prompt_answer a on a.id = ev.answer_id
                        join annotation n on n.id = ev.annotation_id
                        where a.classroom_id = :c and n.lesson_id = :l and not n.orphaned and n.deleted_at is null
                          and exists (select 1 from prompt_answer_version v where v.answer_id = a.id)""")
                .param("c", classroomId)
                .param("l", lessonId)
                .query(Rows.of(EvidenceRange.class))
                .list();
    }

    record StudentRow(long accountId, String displayName) {}

    /** Current students who have done nothing yet in the lesson's assignment: no lesson opened, no note, no answer. */
    List<StudentRow> findInactiveStudents(long classroomId, long lessonId, Instant now) {
        return jdbc.sql("""
                        with assigned as (
                            select l.id from assignment a join lesson l on l.reading_id = a.reading_id
                            where a.classroom_id = :c and a.opens_at <= :now
                              and a.reading_id = (select reading_id from lesson where id = :l)
                              and (a.whole_reading or exists (select 1 from assignment_lesson al
                                                              where al.assignment_id = a.id and al.lesson_id = l.id)))
                        select acc.id as account_id, acc.display_name
                        from enrolment e join account acc on acc.id = e.account_id
                        where e.classroom_id = :c and e.role = 'STUDENT' and e.removed_at is null
                          and not exists (select 1 from lesson_visit v where v.classroom_id = :c and v.account_id = acc.id
                                            and v.lesson_id in (select id from assigned))
                          and not exists (select 1 from annotation n where n.classroom_id = :c and n.author_id = acc.id
                                            and n.lesson_id in (select id from assigned))
                        order by lower(acc.display_name), acc.id""")
                .param("c", classroomId)
                .param("l", lessonId)
                .param("now", Timestamp.from(now))
                .query(Rows.of(StudentRow.class))
                .list();
    }

    /** Current students of the class, for the filter. */
    List<StudentRow> findStudents(long classroomId) {
        return jdbc.sql("""
                        select acc.id as account_id, acc.display_name from enrolment e join account acc on acc.id = e.account_id
                        where e.classroom_id = :c and e.role = 'STUDENT' and e.removed_at is null
                        order by lower(acc.display_name), acc.id""")
                .param("c", classroomId)
                .query(Rows.of(StudentRow.class))
                .list();
    }

    record PromptRow(long id, String question, int submitted, int students) {}

    /** The lesson's prompts with how many current students submitted an answer. */
    List<PromptRow> findPromptCounts(long classroomId, long lessonId) {
        return jdbc.sql("""
                        select p.id, p.question,
                               (select count(distinct a.account_id) from prompt_answer a
                                join enrolment e on e.classroom_id = a.classroom_id and e.account_id = a.account_id
                                                and e.role = 'STUDENT' and e.removed_at is null
                                where a.classroom_id = :c and a.prompt_id = p.id
                                  and exists (select 1 from prompt_answer_version v where v.answer_id = a.id)) as submitted,
                               (select count(*) from enrolment e where e.classroom_id = :c and e.role = 'STUDENT'
                                  and e.removed_at is null) as students
                        from prompt p where p.lesson_id = :l order by p.position""")
                .param("c", classroomId)
                .param("l", lessonId)
                .query(Rows.of(PromptRow.class))
                .list();
    }

    record DayCount(LocalDate day, int notes, int answers) {}

    /** Notes and submitted answers per day in the viewer's time zone. */
    List<DayCount> findActivityByDay(long classroomId, long lessonId, ZoneId zone) {
        return jdbc.sql("""
                        with events as (
                            select (n.created_at at time zone :zone)::date as day, 1 as note, 0 as answer
                            from annotation n left join annotation root on root.id = n.parent_id
                            where n.classroom_id = :c and n.lesson_id = :l and n.deleted_at is null
                              and coalesce(root.visibility, n.visibility) <> 'PRIVATE'
                            union all
                            select (v.submitted_at at time zone :zone)::date, 0, 1
                            from prompt_answer_version v join prompt_answer a on a.id = v.answer_id
                            join prompt p on p.id = a.prompt_id
                            where a.classroom_id = :c and p.lesson_id = :l)
                        select day, sum(note) as notes, sum(answer) as answers from events group by day order by day""")
                .param("c", classroomId)
                .param("l", lessonId)
                .param("zone", zone.getId())
                .query(Rows.of(DayCount.class))
                .list();
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
