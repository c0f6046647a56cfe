package app.colloquy.discussion;

import app.colloquy.platform.MessageBundle;
import app.colloquy.platform.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DiscussionRepository {

    /** The default tags' names: keys in the message bundle, written in the class's language. */
    static final List<String> DEFAULT_TAGS = List.of(
            "defaultTag.question",
            "defaultTag.claim",
            "defaultTag.evidence",
            "defaultTag.connection",
            "defaultTag.confusing");
    /** Of the default tags, those that ask for an answer (teachers change this per class). */
    static final List<String> DEFAULT_ASKING_TAGS = List.of("defaultTag.question", "defaultTag.confusing");

    private final JdbcClient jdbc;

    DiscussionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Who wrote an annotation, where, and who may see it: what every access check needs. */
    record NoteHeader(
            long id,
            long classroomId,
            long lessonId,
            long authorId,
            long threadAuthorId,
            Long parentId,
            Visibility visibility,
            boolean deleted,
            String body) {
        long threadId() {
            return parentId == null ? id : parentId;
        }
    }

    record StoredAnchor(
            long id,
            int textVersion,
            String quoteExact,
            String quotePrefix,
            String quoteSuffix,
            int startOffset,
            int endOffset) {
        TextAnchor anchor() {
            return new TextAnchor(quoteExact, quotePrefix, quoteSuffix, startOffset, endOffset);
        }
    }

    /** A row as one viewer sees it: the same note read for two viewers is two rows. */
    record NoteRow(
            long viewerId,
            long id,
            Long parentId,
            long authorId,
            String authorName,
            boolean authorIsTeacher,
            String body,
            String tag,
            Visibility visibility,
            String quoteExact,
            @Nullable Integer startOffset,
            @Nullable Integer endOffset,
            boolean orphaned,
            Instant createdAt,
            @Nullable Instant editedAt,
            boolean deleted,
            int helpfulCount,
            boolean helpfulByMe,
            String hiddenReason) {}

    /** Someone reading a lesson's discussion, and whether they teach the class: all the visibility rule needs. */
    record Reader(long accountId, boolean teacher) {}

    /** Every note of a lesson's discussion in a class that the viewer may see, threads together. */
    List<NoteRow> findVisibleNotes(long classroomId, long lessonId, Reader viewer) {
        return visibleNotes(classroomId, lessonId, null, null, List.of(viewer)).list();
    }

    /** One note as the viewer sees it on the lesson page, if they may see it: the same rule, in the same query. */
    Optional<NoteRow> findVisibleNote(NoteHeader note, Reader viewer) {
        return visibleNotes(note.classroomId(), note.lessonId(), note.id(), null, List.of(viewer))
                .optional();
    }

    /**
     * The whole threads of these roots as each of the readers sees them, in one query for all of
     * them (live updates: one read per change for every screen of the lesson on a node).
     */
    List<NoteRow> findVisibleThreads(long classroomId, long lessonId, Collection<Long> rootIds, List<Reader> readers) {
        return visibleNotes(classroomId, lessonId, null, rootIds, readers).list();
    }

    /** The thread roots of these notes (a root is its own), among the lesson's notes in the class. */
    List<Long> findThreadRoots(long classroomId, long lessonId, Collection<Long> noteIds) {
        return jdbc.sql("""
                        select distinct coalesce(parent_id, id) from annotation
                        where id = any(cast(:ids as bigint[])) and classroom_id = :c and lesson_id = :l""")
                .param("ids", noteIds.toArray(Long[]::new))
                .param("c", classroomId)
                .param("l", lessonId)
                .query(Long.class)
                .list();
    }

    boolean hasLiveReplies(long annotationId) {
        return jdbc.sql("select exists (select 1 from annotation where parent_id = :id and deleted_at is null)")
                .param("id", annotationId)
                .query(Boolean.class)
                .single();
    }

    /**
     * The visibility rule, once: a thread is visible as a whole, and what its root's author chose
     * decides (the class, the teachers, or only the author). Readers are a column, so one query
     * serves one viewer or every viewer of a lesson.
     */
    private JdbcClient.MappedQuerySpec<NoteRow> visibleNotes(
            long classroomId,
            long lessonId,
            @Nullable Long noteId,
            @Nullable Collection<Long> rootIds,
            List<Reader> readers) {
        return jdbc.sql("""
                        select v.id as viewer_id, a.id, a.parent_id, a.author_id, acc.display_name as author_name,
                               coalesce(e.role = 'TEACHER', false) as author_is_teacher,
                               a.body, t.name as tag, a.visibility, a.quote_exact, a.start_offset, a.end_offset,
                               a.orphaned, a.created_at, a.edited_at, a.deleted_at is not null as deleted,
                               coalesce(r.helpful, 0) as helpful_count, coalesce(r.viewers @> array[v.id], false) as helpful_by_me,
                               a.hidden_reason
                        from unnest(cast(:viewers as bigint[]), cast(:teachers as boolean[])) as v(id, teacher)
                        cross join annotation a
                        join annotation root on root.id = coalesce(a.parent_id, a.id)
                        join account acc on acc.id = a.author_id
                        left join enrolment e on e.classroom_id = a.classroom_id and e.account_id = a.author_id
                        left join discussion_tag t on t.id = a.tag_id and t.removed_at is null
                        left join lateral (select count(*) as helpful, array_agg(x.account_id) as viewers
                                           from reaction x where x.annotation_id = a.id) r on true
                        where a.classroom_id = :c and a.lesson_id = :l and (cast(:id as bigint) is null or a.id = :id)
                          and (cast(:roots as bigint[]) is null
                               or a.id = any(cast(:roots as bigint[])) or a.parent_id = any(cast(:roots as bigint[])))
                          and (root.visibility = 'CLASS' or root.author_id = v.id
                               or (root.visibility = 'TEACHERS' and v.teacher))
                        order by v.id, coalesce(a.parent_id, a.id), a.id""")
                .param("c", classroomId)
                .param("l", lessonId)
                .param("id", noteId)
                .param("roots", rootIds == null ? null : rootIds.toArray(Long[]::new))
                .param("viewers", readers.stream().map(Reader::accountId).toArray(Long[]::new))
                .param("teachers", readers.stream().map(Reader::teacher).toArray(Boolean[]::new))
                .query(DiscussionRepository::noteRow);
    }

    /** Mapped by hand: this is the one query whose row count grows with the discussion. */
    private static NoteRow noteRow(ResultSet rs, int rowNum) throws SQLException {
        return new NoteRow(
                rs.getLong("viewer_id"),
                rs.getLong("id"),
                (Long) rs.getObject("parent_id"),
                rs.getLong("author_id"),
                rs.getString("author_name"),
                rs.getBoolean("author_is_teacher"),
                rs.getString("body"),
                rs.getString("tag"),
                Visibility.valueOf(rs.getString("visibility")),
                rs.getString("quote_exact"),
                (Integer) rs.getObject("start_offset"),
                (Integer) rs.getObject("end_offset"),
                rs.getBoolean("orphaned"),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("edited_at")),
                rs.getBoolean("deleted"),
                rs.getInt("helpful_count"),
                rs.getBoolean("helpful_by_me"),
                rs.getString("hidden_reason"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    Optional<NoteHeader> findHeader(long annotationId) {
        return jdbc.sql("""
                        select a.id, a.classroom_id, a.lesson_id, a.author_id,
                               coalesce(root.author_id, a.author_id) as thread_author_id, a.parent_id, a.visibility,
                               a.deleted_at is not null as deleted, a.body
                        from annotation a left join annotation root on root.id = a.parent_id
                        where a.id = :id""")
                .param("id", annotationId)
                .query(Rows.of(NoteHeader.class))
                .optional();
    }

    long insertAnnotation(
            long classroomId,
            long lessonId,
            long authorId,
            String body,
            @Nullable Long tagId,
            Visibility visibility,
            int textVersion,
            TextAnchor anchor,
            Instant now) {
        return jdbc.sql("""
                        insert into annotation (classroom_id, lesson_id, author_id, body, tag_id, visibility, text_version,
                                                quote_exact, quote_prefix, quote_suffix, start_offset, end_offset, created_at)
                        values (:c, :l, :author, :body, :tag, :visibility, :version, :exact, :prefix, :suffix, :start, :end, :now)
                        returning id""")
                .param("c", classroomId)
                .param("l", lessonId)
                .param("author", authorId)
                .param("body", body)
                .param("tag", tagId)
                .param("visibility", visibility.name())
                .param("version", textVersion)
                .param("exact", anchor.exact())
                .param("prefix", anchor.prefix())
                .param("suffix", anchor.suffix())
                .param("start", anchor.start())
                .param("end", anchor.end())
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    /** A reply in the thread, with the thread's class, lesson and visibility. */
    long insertReply(NoteHeader thread, long authorId, String body, Instant now) {
        return jdbc.sql("""
                        insert into annotation (classroom_id, lesson_id, author_id, parent_id, body, visibility, created_at)
                        values (:c, :l, :author, :parent, :body, :visibility, :now)
                        returning id""")
                .param("c", thread.classroomId())
                .param("l", thread.lessonId())
                .param("author", authorId)
                .param("parent", thread.id())
                .param("body", body)
                .param("visibility", thread.visibility().name())
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    void updateBody(NoteHeader note, String body, Instant now) {
        jdbc.sql(
                        "insert into annotation_revision (annotation_id, replaced_at, body) values (:id, :now, :body) on conflict do nothing")
                .param("id", note.id())
                .param("now", Timestamp.from(now))
                .param("body", note.body())
                .update();
        jdbc.sql("update annotation set body = :body, edited_at = :now where id = :id")
                .param("id", note.id())
                .param("body", body)
                .param("now", Timestamp.from(now))
                .update();
    }

    void markDeleted(long annotationId, Instant now) {
        jdbc.sql("update annotation set deleted_at = :now where id = :id and deleted_at is null")
                .param("id", annotationId)
                .param("now", Timestamp.from(now))
                .update();
    }

    List<EarlierText> findEarlierTexts(long annotationId) {
        return jdbc.sql(
                        "select replaced_at, body from annotation_revision where annotation_id = :id order by replaced_at")
                .param("id", annotationId)
                .query(Rows.of(EarlierText.class))
                .list();
    }

    void setHelpful(long annotationId, long accountId, boolean helpful) {
        String sql = helpful
                ? "insert into reaction (annotation_id, account_id) values (:id, :account) on conflict do nothing"
                : "delete from reaction where annotation_id = :id and account_id = :account";
        jdbc.sql(sql).param("id", annotationId).param("account", accountId).update();
    }

    // Anchors, for re-anchoring when a lesson's text changes.

    /**
     * The placed thread roots of a lesson, in every class, that anyone still sees: a note its author
     * deleted is left out, unless replies to it remain (its thread stays, under a placeholder).
     */
    List<StoredAnchor> findPlacedAnchors(long lessonId) {
        return jdbc.sql("""
                        select a.id, a.text_version, a.quote_exact, a.quote_prefix, a.quote_suffix, a.start_offset, a.end_offset
                        from annotation a
                        where a.lesson_id = :l and a.parent_id is null and not a.orphaned
                          and (a.deleted_at is null or exists (select 1 from annotation r
                                                               where r.parent_id = a.id and r.deleted_at is null))""")
                .param("l", lessonId)
                .query(Rows.of(StoredAnchor.class))
                .list();
    }

    void moveAnchor(long annotationId, int textVersion, TextAnchor anchor) {
        jdbc.sql("""
                        update annotation set text_version = :version, quote_exact = :exact, quote_prefix = :prefix,
                               quote_suffix = :suffix, start_offset = :start, end_offset = :end
                        where id = :id""")
                .param("id", annotationId)
                .param("version", textVersion)
                .param("exact", anchor.exact())
                .param("prefix", anchor.prefix())
                .param("suffix", anchor.suffix())
                .param("start", anchor.start())
                .param("end", anchor.end())
                .update();
    }

    /** Keeps the quote and where it was; an orphan is shown by its quote beside the text. */
    void markOrphaned(long annotationId) {
        jdbc.sql("update annotation set orphaned = true where id = :id")
                .param("id", annotationId)
                .update();
    }

    // The class's tag vocabulary.

    /** Gives a class the default tags the first time its discussion is used; a no-op ever after. */
    void ensureTags(long classroomId) {
        Locale language = Locale.forLanguageTag(jdbc.sql("select language from classroom where id = :c")
                .param("c", classroomId)
                .query(String.class)
                .single());
        jdbc.sql("""
                        insert into discussion_tag (classroom_id, position, name, asks_for_answer)
                        select :c, t.position, t.name, t.name = any(cast(:asking as text[]))
                        from unnest(cast(:names as text[])) with ordinality as t(name, position)
                        where not exists (select 1 from discussion_tag where classroom_id = :c)
                        on conflict do nothing""")
                .param("c", classroomId)
                .param("names", names(DEFAULT_TAGS, language))
                .param("asking", names(DEFAULT_ASKING_TAGS, language))
                .update();
    }

    private static String[] names(List<String> keys, Locale language) {
        return keys.stream().map(key -> MessageBundle.text(language, key)).toArray(String[]::new);
    }

    List<Tag> findTags(long classroomId) {
        return jdbc.sql("""
                        select id, name, asks_for_answer from discussion_tag
                        where classroom_id = :c and removed_at is null order by position, id""").param("c", classroomId).query(Rows.of(Tag.class)).list();
    }

    Optional<Long> findTagClassroom(long tagId) {
        return jdbc.sql("select classroom_id from discussion_tag where id = :id and removed_at is null")
                .param("id", tagId)
                .query(Long.class)
                .optional();
    }

    boolean tagNameTaken(long classroomId, String name, long exceptTagId) {
        return jdbc.sql("""
                        select exists (select 1 from discussion_tag where classroom_id = :c and removed_at is null
                                       and lower(name) = lower(:name) and id <> :except)""")
                .param("c", classroomId)
                .param("name", name)
                .param("except", exceptTagId)
                .query(Boolean.class)
                .single();
    }

    long insertTag(long classroomId, String name) {
        return jdbc.sql("""
                        insert into discussion_tag (classroom_id, position, name)
                        values (:c, (select coalesce(max(position), 0) + 1 from discussion_tag where classroom_id = :c), :name)
                        returning id""")
                .param("c", classroomId)
                .param("name", name)
                .query(Long.class)
                .single();
    }

    void renameTag(long tagId, String name) {
        jdbc.sql("update discussion_tag set name = :name where id = :id")
                .param("id", tagId)
                .param("name", name)
                .update();
    }

    void setAsksForAnswer(long tagId, boolean asks) {
        jdbc.sql("update discussion_tag set asks_for_answer = :asks where id = :id")
                .param("id", tagId)
                .param("asks", asks)
                .update();
    }

    void removeTag(long tagId, Instant now) {
        jdbc.sql("update discussion_tag set removed_at = :now where id = :id")
                .param("id", tagId)
                .param("now", Timestamp.from(now))
                .update();
    }
}
