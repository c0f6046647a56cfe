package app.colloquy.discussion;

import app.colloquy.platform.Rows;
import app.colloquy.reading.LessonWork;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Students' answers and feedback counted per lesson, for their progress through readings. */
@Repository
class LessonWorkRepository {

    private final JdbcClient jdbc;

    LessonWorkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An answer counts once submitted (a draft does not); every class, student and lesson combination is looked at. */
    List<LessonWork.Done> findDone(
            Collection<Long> classroomIds, Collection<Long> accountIds, Collection<Long> lessonIds) {
        return jdbc.sql("""
                        select * from (
                            select c.id as classroom_id, s.id as account_id, l.id as lesson_id,
                                   not exists (select 1 from prompt p where p.lesson_id = l.id and not exists (
                                       select 1 from prompt_answer pa
                                       where pa.classroom_id = c.id and pa.prompt_id = p.id and pa.account_id = s.id
                                         and exists (select 1 from prompt_answer_version v where v.answer_id = pa.id)))
                                       as answered_every_prompt,
                                   f.feedback_count, f.latest_feedback_at
                            from unnest(cast(:classes as bigint[])) as c(id)
                            cross join unnest(cast(:accounts as bigint[])) as s(id)
                            cross join unnest(cast(:lessons as bigint[])) as l(id)
                            cross join lateral (
                                select count(fb.answer_id) as feedback_count, max(fb.given_at) as latest_feedback_at
                                from prompt p
                                join prompt_answer pa on pa.prompt_id = p.id and pa.classroom_id = c.id and pa.account_id = s.id
                                join answer_feedback fb on fb.answer_id = pa.id and fb.released_at is not null
                                where p.lesson_id = l.id) f
                        ) work
                        where answered_every_prompt or feedback_count > 0""")
                .param("classes", classroomIds.toArray(Long[]::new))
                .param("accounts", accountIds.toArray(Long[]::new))
                .param("lessons", lessonIds.toArray(Long[]::new))
                .query(Rows.of(LessonWork.Done.class))
                .list();
    }
}
