package app.colloquy.discussion;

import app.colloquy.platform.Rows;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AnswerRepository {

    private final JdbcClient jdbc;

    AnswerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record PromptRow(long id, long lessonId, String question, boolean answerBeforePeers) {}

    record StateRow(
            boolean locked,
            boolean closed,
            @Nullable Instant revealedAt,
            @Nullable Integer maxScore) {}

    record MineRow(
            long answerId,
            long promptId,
            long accountId,
            String draft,
            int draftRevision,
            Instant draftSavedAt,
            int submittedVersion,
            String submittedBody,
            Instant submittedAt,
            boolean late,
            String feedbackComment,
            Integer feedbackScore,
            String feedbackBy,
            Instant feedbackAt,
            String hiddenReason) {}

    Optional<PromptRow> findPrompt(long promptId) {
        return jdbc.sql("select id, lesson_id, question, answer_before_peers from prompt where id = :id")
                .param("id", promptId)
                .query(Rows.of(PromptRow.class))
                .optional();
    }

    record PromptStateRow(
            long id,
            String question,
            boolean answerBeforePeers,
            boolean locked,
            boolean closed,
            Instant revealedAt,
            Integer maxScore) {}

    /** The lesson's prompts in order, each with its state in the class. */
    List<PromptStateRow> findPromptStates(long classroomId, long lessonId) {
        return jdbc.sql("""
                        select p.id, p.question, p.answer_before_peers, coalesce(s.locked, false) as locked,
                               coalesce(s.closed, false) as closed, s.revealed_at, s.max_score
                        from prompt p left join prompt_class_state s on s.classroom_id = :c and s.prompt_id = p.id
                        where p.lesson_id = :l order by p.position""")
                .param("c", classroomId)
                .param("l", lessonId)
                .query(Rows.of(PromptStateRow.class))
                .list();
    }

    StateRow findState(long classroomId, long promptId) {
        return jdbc.sql(
                        "select locked, closed, revealed_at, max_score from prompt_class_state where classroom_id = :c and prompt_id = :p")
                .param("c", classroomId)
                .param("p", promptId)
                .query(Rows.of(StateRow.class))
                .optional()
                .orElse(new StateRow(false, false, null, null));
    }

    /** These people's own answers to the lesson's prompts, with their latest submitted version. */
    List<MineRow> findMine(long classroomId, long lessonId, Collection<Long> accountIds) {
        return jdbc.sql("""
                        select a.id as answer_id, a.prompt_id, a.account_id, a.draft, a.draft_revision, a.draft_saved_at,
                               coalesce(v.version, 0) as submitted_version, v.body as submitted_body, v.submitted_at,
                               coalesce(v.late, false) as late, f.comment as feedback_comment, f.score as feedback_score,
                               t.display_name as feedback_by, f.given_at as feedback_at, a.hidden_reason
                        from prompt_answer a join prompt p on p.id = a.prompt_id
                        left join lateral (select version, body, submitted_at, late from prompt_answer_version
                                           where answer_id = a.id order by version desc limit 1) v on true
                        left join answer_feedback f on f.answer_id = a.id and f.released_at is not null
                        left join account t on t.id = f.teacher_id
                        where a.classroom_id = :c and p.lesson_id = :l and a.account_id in (:me)""")
                .param("c", classroomId)
                .param("l", lessonId)
                .param("me", accountIds)
                .query(Rows.of(MineRow.class))
                .list();
    }

    record ExemptionRow(long accountId, long promptId) {}

    /** The lesson's prompts on which these students may see classmates' answers without answering first. */
    List<ExemptionRow> findExemptions(long classroomId, long lessonId, Collection<Long> accountIds) {
        return jdbc.sql("""
                        select x.account_id, x.prompt_id from prompt_exemption x join prompt p on p.id = x.prompt_id
                        where x.classroom_id = :c and p.lesson_id = :l and x.account_id in (:a)""")
                .param("c", classroomId)
                .param("l", lessonId)
                .param("a", accountIds)
                .query(Rows.of(ExemptionRow.class))
                .list();
    }

    boolean exempt(long classroomId, long promptId, long accountId) {
        return jdbc.sql(
                        "select exists (select 1 from prompt_exemption where classroom_id = :c and prompt_id = :p and account_id = :a)")
                .param("c", classroomId)
                .param("p", promptId)
                .param("a", accountId)
                .query(Boolean.class)
                .single();
    }

    record SubmittedRow(
            long answerId,
            long promptId,
            long accountId,
            String authorName,
            String body,
            Instant submittedAt,
            boolean late,
            String hiddenReason) {}

    /**
     * The latest submitted answers of the class's current members to the lesson's prompts, in the
     * order they were first submitted: a resubmitted answer keeps its place, so a list open on
     * classmates' screens redraws that one row instead of moving it (and redrawing all after it).
     */
    List<SubmittedRow> findSubmittedAnswers(long classroomId, long lessonId) {
        return jdbc.sql("""
                        select a.id as answer_id, a.prompt_id, acc.id as account_id, acc.display_name as author_name,
                               v.body, v.submitted_at, v.late, a.hidden_reason
                        from prompt_answer a
                        join prompt p on p.id = a.prompt_id
                        join enrolment e on e.classroom_id = a.classroom_id and e.account_id = a.account_id and e.removed_at is null
                        join account acc on acc.id = a.account_id
                        join lateral (select body, submitted_at, late from prompt_answer_version
                                      where answer_id = a.id order by version desc limit 1) v on true
                        where a.classroom_id = :c and p.lesson_id = :l
                        order by (select min(submitted_at) from prompt_answer_version where answer_id = a.id), a.id""")
                .param("c", classroomId)
                .param("l", lessonId)
                .query(Rows.of(SubmittedRow.class))
                .list();
    }

    record EvidenceRow(long answerId, long annotationId, String quote, Integer start, Integer end, boolean orphaned) {}

    /** The highlights cited by the given answers, in the order they were cited. */
    List<EvidenceRow> findEvidence(Collection<Long> answerIds) {
        if (answerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select e.answer_id, n.id as annotation_id, n.quote_exact as quote, n.start_offset as start,
                               n.end_offset as "end", n.orphaned
                        from answer_evidence e join annotation n on n.id = e.annotation_id
                        where e.answer_id in (:ids) order by e.added_at, n.id""")
                .param("ids", answerIds)
                .query(Rows.of(EvidenceRow.class))
                .list();
    }

    record ReplyRow(
            long id,
            long answerId,
            long authorId,
            String authorName,
            boolean authorIsTeacher,
            String body,
            Instant createdAt,
            String hiddenReason) {}

    /** Replies to the given answers, oldest first. */
    List<ReplyRow> findReplies(Collection<Long> answerIds) {
        if (answerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select r.id, r.answer_id, r.author_id, acc.display_name as author_name,
                               coalesce(e.role = 'TEACHER', false) as author_is_teacher, r.body, r.created_at,
                               r.hidden_reason
                        from answer_reply r
                        join prompt_answer a on a.id = r.answer_id
                        join account acc on acc.id = r.author_id
                        left join enrolment e on e.classroom_id = a.classroom_id and e.account_id = r.author_id
                        where r.answer_id in (:ids) order by r.id""")
                .param("ids", answerIds)
                .query(Rows.of(ReplyRow.class))
                .list();
    }

    /** One answer found helpful by one person. */
    record HelpfulMark(long answerId, long accountId) {}

    /**
     * Who found the given answers helpful; of the people not in {@code viewers} only the count
     * matters, so their marks come back with account 0, one row per mark.
     */
    List<HelpfulMark> findHelpful(Collection<Long> answerIds, Collection<Long> viewers) {
        if (answerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select answer_id, case when account_id in (:v) then account_id else 0 end as account_id
                        from answer_reaction where answer_id in (:ids)""")
                .param("ids", answerIds)
                .param("v", viewers)
                .query(Rows.of(HelpfulMark.class))
                .list();
    }

    record AnswerHeader(long id, long classroomId, long promptId, long lessonId, long accountId, boolean submitted) {}

    Optional<AnswerHeader> findAnswer(long answerId) {
        return jdbc.sql("""
                        select a.id, a.classroom_id, a.prompt_id, p.lesson_id, a.account_id,
                               exists (select 1 from prompt_answer_version v where v.answer_id = a.id) as submitted
                        from prompt_answer a join prompt p on p.id = a.prompt_id where a.id = :id""")
                .param("id", answerId)
                .query(Rows.of(AnswerHeader.class))
                .optional();
    }

    long insertReply(long answerId, long authorId, String body, Instant now) {
        return jdbc.sql(
                        "insert into answer_reply (answer_id, author_id, body, created_at) values (:a, :me, :body, :now) returning id")
                .param("a", answerId)
                .param("me", authorId)
                .param("body", body)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    void setHelpful(long answerId, long accountId, boolean helpful, Instant now) {
        String sql = helpful
                ? "insert into answer_reaction (answer_id, account_id, created_at) values (:a, :me, :now) on conflict do nothing"
                : "delete from answer_reaction where answer_id = :a and account_id = :me";
        jdbc.sql(sql)
                .param("a", answerId)
                .param("me", accountId)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** The asker's answer row for the prompt, made if it does not exist yet; its id. */
    long ensureAnswer(long classroomId, long promptId, long accountId) {
        return jdbc.sql("""
                        insert into prompt_answer (classroom_id, prompt_id, account_id) values (:c, :p, :a)
                        on conflict (classroom_id, prompt_id, account_id) do update set draft = prompt_answer.draft
                        returning id""")
                .param("c", classroomId)
                .param("p", promptId)
                .param("a", accountId)
                .query(Long.class)
                .single();
    }

    int countEvidence(long answerId) {
        return jdbc.sql("select count(*) from answer_evidence where answer_id = :a")
                .param("a", answerId)
                .query(Integer.class)
                .single();
    }

    void addEvidence(long answerId, long annotationId, Instant now) {
        jdbc.sql(
                        "insert into answer_evidence (answer_id, annotation_id, added_at) values (:a, :n, :now) on conflict do nothing")
                .param("a", answerId)
                .param("n", annotationId)
                .param("now", Timestamp.from(now))
                .update();
    }

    void removeEvidence(long answerId, long annotationId) {
        jdbc.sql("delete from answer_evidence where answer_id = :a and annotation_id = :n")
                .param("a", answerId)
                .param("n", annotationId)
                .update();
    }

    record VersionRow(int version, String body, Instant submittedAt, boolean late) {}

    /** Every submitted version of a student's answer, newest first. */
    List<VersionRow> findVersions(long classroomId, long promptId, long accountId) {
        return jdbc.sql("""
                        select v.version, v.body, v.submitted_at, v.late
                        from prompt_answer a join prompt_answer_version v on v.answer_id = a.id
                        where a.classroom_id = :c and a.prompt_id = :p and a.account_id = :a
                        order by v.version desc""")
                .param("c", classroomId)
                .param("p", promptId)
                .param("a", accountId)
                .query(Rows.of(VersionRow.class))
                .list();
    }

    record StudentRow(
            long accountId,
            String displayName,
            Long answerId,
            boolean drafting,
            int submittedVersion,
            String body,
            Instant submittedAt,
            boolean late,
            boolean exempt,
            String feedbackComment,
            Integer feedbackScore,
            boolean feedbackHeld,
            String hiddenReason) {}

    /** Every current student of the class with their answer to the prompt, for its teachers. */
    List<StudentRow> findStudentAnswers(long classroomId, long promptId) {
        return jdbc.sql("""
                        select acc.id as account_id, acc.display_name, a.id as answer_id,
                               (a.id is not null and a.draft <> '' and v.version is null) as drafting,
                               coalesce(v.version, 0) as submitted_version, v.body, v.submitted_at, coalesce(v.late, false) as late,
                               exists (select 1 from prompt_exemption x where x.classroom_id = e.classroom_id
                                         and x.prompt_id = :p and x.account_id = acc.id) as exempt,
                               f.comment as feedback_comment, f.score as feedback_score,
                               (f.answer_id is not null and f.released_at is null) as feedback_held, a.hidden_reason
                        from enrolment e
                        join account acc on acc.id = e.account_id
                        left join prompt_answer a on a.classroom_id = e.classroom_id and a.prompt_id = :p and a.account_id = acc.id
                        left join lateral (select version, body, submitted_at, late from prompt_answer_version
                                           where answer_id = a.id order by version desc limit 1) v on true
                        left join answer_feedback f on f.answer_id = a.id
                        where e.classroom_id = :c and e.role = 'STUDENT' and e.removed_at is null
                        order by lower(acc.display_name), acc.id""")
                .param("c", classroomId)
                .param("p", promptId)
                .query(Rows.of(StudentRow.class))
                .list();
    }

    /**
     * Of the class's current students: those with a draft who never submitted (as {@link
     * #findStudentAnswers} counts them drafting), and those whose draft was saved since then and not
     * submitted after.
     */
    DraftProgress draftProgress(long classroomId, long promptId, Instant since) {
        return jdbc.sql("""
                        select count(*) filter (where a.draft <> ''
                                      and not exists (select 1 from prompt_answer_version v where v.answer_id = a.id)) as drafting,
                               count(*) filter (where a.draft_saved_at >= :since
                                      and not exists (select 1 from prompt_answer_version v
                                                      where v.answer_id = a.id and v.submitted_at >= a.draft_saved_at)) as writing_now
                        from prompt_answer a
                        join enrolment e on e.classroom_id = a.classroom_id and e.account_id = a.account_id
                                        and e.role = 'STUDENT' and e.removed_at is null
                        where a.classroom_id = :c and a.prompt_id = :p""")
                .param("c", classroomId)
                .param("p", promptId)
                .param("since", Timestamp.from(since))
                .query(Rows.of(DraftProgress.class))
                .single();
    }

    /** Saves the draft if its revision is still {@code expectedRevision}; the new revision, or empty. */
    Optional<Integer> saveDraft(
            long classroomId, long promptId, long accountId, String draft, int expectedRevision, Instant now) {
        // One statement: a first save inserts (only when nothing was expected), later ones update in place.
        return jdbc.sql("""
                        with updated as (
                            update prompt_answer set draft = :draft, draft_revision = draft_revision + 1, draft_saved_at = :now
                            where classroom_id = :c and prompt_id = :p and account_id = :a and draft_revision = :expected
                            returning draft_revision),
                        inserted as (
                            insert into prompt_answer (classroom_id, prompt_id, account_id, draft, draft_revision, draft_saved_at)
                            select :c, :p, :a, :draft, 1, :now where :expected = 0 and not exists (select 1 from updated)
                            on conflict do nothing
                            returning draft_revision)
                        select draft_revision from updated union all select draft_revision from inserted""")
                .param("c", classroomId)
                .param("p", promptId)
                .param("a", accountId)
                .param("draft", draft)
                .param("expected", expectedRevision)
                .param("now", Timestamp.from(now))
                .query(Integer.class)
                .optional();
    }

    record DraftRow(
            String draft, int draftRevision, @Nullable Instant draftSavedAt) {}

    DraftRow findDraft(long classroomId, long promptId, long accountId) {
        return jdbc.sql(
                        "select draft, draft_revision, draft_saved_at from prompt_answer where classroom_id = :c and prompt_id = :p and account_id = :a")
                .param("c", classroomId)
                .param("p", promptId)
                .param("a", accountId)
                .query(Rows.of(DraftRow.class))
                .optional()
                .orElse(new DraftRow("", 0, null));
    }

    /** Adds a submitted version (the draft becomes the same text); returns the version number. */
    int submit(long classroomId, long promptId, long accountId, String body, boolean late, Instant now) {
        long answerId = jdbc.sql("""
                        insert into prompt_answer (classroom_id, prompt_id, account_id, draft, draft_revision, draft_saved_at)
                        values (:c, :p, :a, :body, 1, :now)
                        on conflict (classroom_id, prompt_id, account_id)
                        do update set draft = :body, draft_revision = prompt_answer.draft_revision + 1, draft_saved_at = :now
                        returning id""")
                .param("c", classroomId)
                .param("p", promptId)
                .param("a", accountId)
                .param("body", body)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
        return jdbc.sql("""
                        insert into prompt_answer_version (answer_id, version, prompt_id, body, submitted_at, late)
                        select :answer, coalesce(max(version), 0) + 1, :p, :body, :now, :late
                        from prompt_answer_version where answer_id = :answer
                        returning version""")
                .param("answer", answerId)
                .param("p", promptId)
                .param("body", body)
                .param("now", Timestamp.from(now))
                .param("late", late)
                .query(Integer.class)
                .single();
    }

    void saveState(long classroomId, long promptId, boolean locked, boolean closed) {
        jdbc.sql("""
                        insert into prompt_class_state (classroom_id, prompt_id, locked, closed) values (:c, :p, :locked, :closed)
                        on conflict (classroom_id, prompt_id) do update set locked = :locked, closed = :closed""")
                .param("c", classroomId)
                .param("p", promptId)
                .param("locked", locked)
                .param("closed", closed)
                .update();
    }

    void saveMaxScore(long classroomId, long promptId, Integer maxScore) {
        jdbc.sql("""
                        insert into prompt_class_state (classroom_id, prompt_id, max_score) values (:c, :p, :max)
                        on conflict (classroom_id, prompt_id) do update set max_score = :max""")
                .param("c", classroomId)
                .param("p", promptId)
                .param("max", maxScore)
                .update();
    }

    void reveal(long classroomId, long promptId, Instant now) {
        jdbc.sql("""
                        insert into prompt_class_state (classroom_id, prompt_id, revealed_at) values (:c, :p, :now)
                        on conflict (classroom_id, prompt_id) do update set revealed_at = coalesce(prompt_class_state.revealed_at, :now)""")
                .param("c", classroomId)
                .param("p", promptId)
                .param("now", Timestamp.from(now))
                .update();
    }

    void setExempt(long classroomId, long promptId, long accountId, boolean exempt) {
        String sql = exempt
                ? "insert into prompt_exemption (classroom_id, prompt_id, account_id) values (:c, :p, :a) on conflict do nothing"
                : "delete from prompt_exemption where classroom_id = :c and prompt_id = :p and account_id = :a";
        jdbc.sql(sql)
                .param("c", classroomId)
                .param("p", promptId)
                .param("a", accountId)
                .update();
    }
}
