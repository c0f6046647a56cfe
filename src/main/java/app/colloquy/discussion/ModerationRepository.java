package app.colloquy.discussion;

import app.colloquy.platform.Rows;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ModerationRepository {

    /**
     * The moderated item of row {@code m} (columns target_kind, target_id), whatever its kind: its
     * class, lesson, author, text, hidden reason, and why its text must not be quoted to the class's
     * teachers (deleted by its author, or a private note), if it must not. A lateral join, so each
     * row is one index look-up.
     */
    private static final String ITEM = """
            join lateral (
                select n.classroom_id, n.lesson_id, n.author_id, n.body, n.hidden_reason,
                       case when n.deleted_at is not null then 'deleted by its author'
                            when n.visibility = 'PRIVATE' then 'a private note' end as withheld
                from annotation n where m.target_kind = 'NOTE' and n.id = m.target_id
                union all
                select a.classroom_id, p.lesson_id, a.account_id,
                       (select v.body from prompt_answer_version v where v.answer_id = a.id order by v.version desc limit 1),
                       a.hidden_reason, null
                from prompt_answer a join prompt p on p.id = a.prompt_id
                where m.target_kind = 'ANSWER' and a.id = m.target_id
                union all
                select a.classroom_id, p.lesson_id, r.author_id, r.body, r.hidden_reason, null
                from answer_reply r join prompt_answer a on a.id = r.answer_id join prompt p on p.id = a.prompt_id
                where m.target_kind = 'ANSWER_REPLY' and r.id = m.target_id) i on true""";

    private final JdbcClient jdbc;

    ModerationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Item(long classroomId, long lessonId, long authorId, String body, String hiddenReason, String withheld) {}

    Optional<Item> findItem(ModerationTarget target) {
        return jdbc.sql(
                        "select i.* from (select cast(:kind as text) as target_kind, cast(:id as bigint) as target_id) m "
                                + ITEM)
                .param("kind", target.kind().name())
                .param("id", target.id())
                .query(Rows.of(Item.class))
                .optional();
    }

    void flag(long classroomId, ModerationTarget target, long accountId, String reason, Instant now) {
        jdbc.sql("""
                        insert into moderation_flag (classroom_id, target_kind, target_id, flagged_by, reason, created_at)
                        values (:c, :kind, :id, :me, :reason, :now)
                        on conflict (target_kind, target_id, flagged_by)
                        do update set reason = :reason, created_at = :now, resolved_at = null""")
                .param("c", classroomId)
                .param("kind", target.kind().name())
                .param("id", target.id())
                .param("me", accountId)
                .param("reason", reason)
                .param("now", Timestamp.from(now))
                .update();
    }

    void setHidden(ModerationTarget target, @Nullable String reason) {
        String table = switch (target.kind()) {
            case NOTE -> "annotation";
            case ANSWER -> "prompt_answer";
            case ANSWER_REPLY -> "answer_reply";
        };
        jdbc.sql("update " + table + " set hidden_reason = :reason where id = :id")
                .param("reason", reason)
                .param("id", target.id())
                .update();
    }

    void resolveFlags(ModerationTarget target, Instant now) {
        jdbc.sql(
                        "update moderation_flag set resolved_at = :now where target_kind = :kind and target_id = :id and resolved_at is null")
                .param("kind", target.kind().name())
                .param("id", target.id())
                .param("now", Timestamp.from(now))
                .update();
    }

    void record(
            long classroomId,
            ModerationTarget target,
            long actorId,
            ModerationEntry.Action action,
            String reason,
            Instant now) {
        jdbc.sql("""
                        insert into moderation_action (classroom_id, target_kind, target_id, actor_id, action, reason, at)
                        values (:c, :kind, :id, :actor, :action, :reason, :now)""")
                .param("c", classroomId)
                .param("kind", target.kind().name())
                .param("id", target.id())
                .param("actor", actorId)
                .param("action", action.name())
                .param("reason", reason)
                .param("now", Timestamp.from(now))
                .update();
    }

    record EntryRow(
            Instant at,
            String actorName,
            String action,
            String targetKind,
            long targetId,
            Long lessonId,
            String authorName,
            String body,
            String withheld,
            String reason) {}

    /** The class's moderation acts, newest first. */
    List<EntryRow> findLog(long classroomId, int limit) {
        return jdbc.sql("""
                        select m.at, actor.display_name as actor_name, m.action, m.target_kind, m.target_id, i.lesson_id,
                               author.display_name as author_name, i.body, i.withheld, m.reason
                        from moderation_action m
                        join account actor on actor.id = m.actor_id
                        %s
                        join account author on author.id = i.author_id
                        where m.classroom_id = :c
                        order by m.at desc, m.id desc limit :limit""".formatted(ITEM))
                .param("c", classroomId)
                .param("limit", limit)
                .query(Rows.of(EntryRow.class))
                .list();
    }

    record FlagRow(
            String targetKind,
            long targetId,
            long lessonId,
            String authorName,
            String body,
            String withheld,
            String hiddenReason,
            String reason,
            Instant createdAt) {}

    /** Open flags of the class (of one lesson if given), oldest item first. */
    List<FlagRow> findOpenFlags(long classroomId, Long lessonId) {
        return jdbc.sql("""
                        select m.target_kind, m.target_id, i.lesson_id, author.display_name as author_name, i.body,
                               i.withheld, i.hidden_reason, m.reason, m.created_at
                        from moderation_flag m
                        %s
                        join account author on author.id = i.author_id
                        where m.classroom_id = :c and m.resolved_at is null and (cast(:l as bigint) is null or i.lesson_id = :l)
                        order by m.target_kind, m.target_id, m.created_at""".formatted(ITEM))
                .param("c", classroomId)
                .param("l", lessonId)
                .query(Rows.of(FlagRow.class))
                .list();
    }
}
