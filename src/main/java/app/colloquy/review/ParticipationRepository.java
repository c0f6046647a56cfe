package app.colloquy.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Participation per student in one assignment, counted in one statement, paged and sorted in the database. */
@Repository
class ParticipationRepository {

    private static final String PARTICIPATION = """
            with asg as (select id, classroom_id, reading_id, whole_reading from assignment where id = :a),
            lessons as (
                select l.id from asg join lesson l on l.reading_id = asg.reading_id
                where asg.whole_reading or exists (select 1 from assignment_lesson al
                                                   where al.assignment_id = asg.id and al.lesson_id = l.id)),
            prompts as (
                select p.id, st.max_score from prompt p cross join asg
                left join prompt_class_state st on st.classroom_id = asg.classroom_id and st.prompt_id = p.id
                where p.lesson_id in (select id from lessons)),
            shown as (
                select n.* from annotation n cross join asg
                left join annotation root on root.id = n.parent_id
                where n.classroom_id = asg.classroom_id and n.lesson_id in (select id from lessons)
                  and n.deleted_at is null and coalesce(root.visibility, n.visibility) <> 'PRIVATE'),
            notes as (
                select author_id, count(*) filter (where parent_id is null) as annotations,
                       count(*) filter (where parent_id is not null) as replies, max(created_at) as last_at
                from shown group by author_id),
            answers as (
                select a.id, a.account_id, bool_and(v.late) as late, max(v.submitted_at) as last_at, f.score
                from prompt_answer a cross join asg
                join prompt_answer_version v on v.answer_id = a.id
                left join answer_feedback f on f.answer_id = a.id
                where a.classroom_id = asg.classroom_id and a.prompt_id in (select id from prompts)
                group by a.id, a.account_id, f.score),
            answered as (
                select account_id, count(*) filter (where not late) as on_time, count(*) filter (where late) as late,
                       sum(score) as score, max(last_at) as last_at
                from answers group by account_id),
            reactions as (
                select r.account_id as giver, n.author_id as receiver from reaction r join shown n on n.id = r.annotation_id
                union all
                select r.account_id, a.account_id from answer_reaction r join answers a on a.id = r.answer_id),
            given as (select giver as account_id, count(*) as n from reactions group by giver),
            received as (select receiver as account_id, count(*) as n from reactions group by receiver),
            visits as (
                select v.account_id, max(v.first_visited_at) as last_at from lesson_visit v cross join asg
                where v.classroom_id = asg.classroom_id and v.lesson_id in (select id from lessons) group by v.account_id),
            s as (
                select acc.id, acc.display_name from asg
                join enrolment e on e.classroom_id = asg.classroom_id and e.role = 'STUDENT' and e.removed_at is null
                join account acc on acc.id = e.account_id)
            select s.id as account_id, s.display_name,
                   coalesce(notes.annotations, 0) as annotations, coalesce(notes.replies, 0) as replies,
                   coalesce(given.n, 0) as helpful_given, coalesce(received.n, 0) as helpful_received,
                   (select count(*) from prompts) as prompt_count,
                   coalesce(answered.on_time, 0) as answered_on_time, coalesce(answered.late, 0) as answered_late,
                   cast(answered.score as integer) as score, (select cast(sum(max_score) as integer) from prompts) as max_score,
                   nullif(greatest(coalesce(notes.last_at, '-infinity'), coalesce(answered.last_at, '-infinity'),
                                   coalesce(visits.last_at, '-infinity')), '-infinity') as last_active
            from s
            left join notes on notes.author_id = s.id
            left join answered on answered.account_id = s.id
            left join given on given.account_id = s.id
            left join received on received.account_id = s.id
            left join visits on visits.account_id = s.id
            """;

    private final JdbcClient jdbc;
    /** For exports: rows arrive in batches inside the transaction instead of all at once. */
    private final JdbcClient streaming;

    ParticipationRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        JdbcTemplate batched = new JdbcTemplate(Objects.requireNonNull(template.getDataSource()));
        batched.setFetchSize(500);
        this.streaming = JdbcClient.create(batched);
    }

    List<ParticipationRow> findPage(
            long assignmentId, ParticipationSort sort, boolean descending, int offset, int limit) {
        return jdbc.sql(PARTICIPATION
                        + " order by %s %s nulls last, lower(s.display_name), s.id limit :limit offset :offset"
                                .formatted(sort.expression, descending ? "desc" : "asc"))
                .param("a", assignmentId)
                .param("limit", limit)
                .param("offset", offset)
                .query(ParticipationRepository::row)
                .list();
    }

    int countStudents(long assignmentId) {
        return jdbc.sql("""
                        select count(*) from assignment a join enrolment e on e.classroom_id = a.classroom_id
                        where a.id = :a and e.role = 'STUDENT' and e.removed_at is null""").param("a", assignmentId).query(Integer.class).single();
    }

    /** Every student's row, handed over one at a time (exports). */
    void streamAll(long assignmentId, Consumer<ParticipationRow> each) {
        streaming
                .sql(PARTICIPATION + " order by lower(s.display_name), s.id")
                .param("a", assignmentId)
                .query(rs -> {
                    each.accept(row(rs, 0));
                });
    }

    private static ParticipationRow row(ResultSet rs, int row) throws SQLException {
        Timestamp last = rs.getTimestamp("last_active");
        return new ParticipationRow(
                rs.getLong("account_id"),
                rs.getString("display_name"),
                rs.getInt("annotations"),
                rs.getInt("replies"),
                rs.getInt("helpful_given"),
                rs.getInt("helpful_received"),
                rs.getInt("prompt_count"),
                rs.getInt("answered_on_time"),
                rs.getInt("answered_late"),
                (Integer) rs.getObject("score"),
                (Integer) rs.getObject("max_score"),
                last == null ? null : last.toInstant());
    }
}
