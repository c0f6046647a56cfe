package app.colloquy.discussion;

import app.colloquy.platform.Rows;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Teachers' feedback on answers, when students see it, and each teacher's comment bank. */
@Repository
class FeedbackRepository {

    private final JdbcClient jdbc;

    FeedbackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Feedback on a student's submitted answer, seen by the student from {@code releasedAt} (null:
     * held until released); false when they have submitted none.
     */
    boolean saveFeedback(
            long classroomId,
            long promptId,
            long studentId,
            long teacherId,
            String comment,
            @Nullable Integer score,
            Instant now,
            @Nullable Instant releasedAt) {
        return jdbc.sql("""
                        insert into answer_feedback (answer_id, teacher_id, comment, score, given_at, released_at)
                        select a.id, :teacher, :comment, :score, :now, :released from prompt_answer a
                        where a.classroom_id = :c and a.prompt_id = :p and a.account_id = :student
                          and exists (select 1 from prompt_answer_version v where v.answer_id = a.id)
                        on conflict (answer_id) do update set teacher_id = :teacher, comment = :comment, score = :score,
                                                              given_at = :now, released_at = :released""")
                        .param("c", classroomId)
                        .param("p", promptId)
                        .param("student", studentId)
                        .param("teacher", teacherId)
                        .param("comment", comment)
                        .param("score", score)
                        .param("now", Timestamp.from(now))
                        .param("released", releasedAt == null ? null : Timestamp.from(releasedAt))
                        .update()
                == 1;
    }

    /** Lets the class's students see every held feedback on the prompt; how many were held. */
    int releaseHeld(long classroomId, long promptId, Instant now) {
        return jdbc.sql("""
                        update answer_feedback f set released_at = :now
                        from prompt_answer a
                        where a.id = f.answer_id and a.classroom_id = :c and a.prompt_id = :p and f.released_at is null""")
                .param("c", classroomId)
                .param("p", promptId)
                .param("now", Timestamp.from(now))
                .update();
    }

    List<CommentBankEntry> findComments(long teacherId) {
        return jdbc.sql("select id, body from feedback_comment where teacher_id = :t order by id")
                .param("t", teacherId)
                .query(Rows.of(CommentBankEntry.class))
                .list();
    }

    int countComments(long teacherId) {
        return jdbc.sql("select count(*) from feedback_comment where teacher_id = :t")
                .param("t", teacherId)
                .query(Integer.class)
                .single();
    }

    /** Adds the comment unless the bank has it already. */
    void insertComment(long teacherId, String body) {
        jdbc.sql("insert into feedback_comment (teacher_id, body) values (:t, :b) on conflict do nothing")
                .param("t", teacherId)
                .param("b", body)
                .update();
    }

    /** Removes one of the teacher's own comments; false when they have no such comment. */
    boolean deleteComment(long teacherId, long commentId) {
        return jdbc.sql("delete from feedback_comment where id = :id and teacher_id = :t")
                        .param("id", commentId)
                        .param("t", teacherId)
                        .update()
                == 1;
    }
}
