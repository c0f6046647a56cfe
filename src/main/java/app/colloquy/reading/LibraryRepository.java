package app.colloquy.reading;

import app.colloquy.platform.Rows;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Readings as their authors edit them. */
@Repository
class LibraryRepository {

    private final JdbcClient jdbc;

    LibraryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertReading(long ownerId, String title, @Nullable String sourceNote, String overview, String language) {
        return jdbc.sql("""
                        insert into reading (owner_id, title, source_note, overview, language)
                        values (:owner, :title, :source, :overview, :language) returning id""")
                .param("language", language)
                .param("owner", ownerId)
                .param("title", title)
                .param("source", sourceNote)
                .param("overview", overview)
                .query(Long.class)
                .single();
    }

    long insertLesson(long readingId, int position, String title, String body) {
        long id = jdbc.sql("""
                        insert into lesson (reading_id, position, title, body)
                        values (:reading, :position, :title, :body) returning id""")
                .param("reading", readingId)
                .param("position", position)
                .param("title", title)
                .param("body", body)
                .query(Long.class)
                .single();
        insertVersion(id, 1, title, body);
        return id;
    }

    void insertPrompt(long lessonId, String question, boolean answerBeforePeers) {
        jdbc.sql("""
                        insert into prompt (lesson_id, position, question, answer_before_peers)
                        values (:lesson, coalesce((select max(position) from prompt where lesson_id = :lesson), 0) + 1,
                                :question, :before)""")
                .param("lesson", lessonId)
                .param("question", question)
                .param("before", answerBeforePeers)
                .update();
    }

    /** Who may edit: the owner, and teachers of a class the reading is assigned to. */
    boolean canEdit(long readingId, long accountId) {
        return jdbc.sql("""
                        select exists (select 1 from reading r where r.id = :reading and not r.archived and (r.owner_id = :account
                          or exists (select 1 from assignment a join enrolment e on e.classroom_id = a.classroom_id
                                     where a.reading_id = r.id and e.account_id = :account and e.role = 'TEACHER'
                                       and e.removed_at is null)))""")
                .param("reading", readingId)
                .param("account", accountId)
                .query(Boolean.class)
                .single();
    }

    Optional<Long> findOwner(long readingId) {
        return jdbc.sql("select owner_id from reading where id = :id and not archived")
                .param("id", readingId)
                .query(Long.class)
                .optional();
    }

    Optional<Long> readingOfLesson(long lessonId) {
        return jdbc.sql("select reading_id from lesson where id = :id")
                .param("id", lessonId)
                .query(Long.class)
                .optional();
    }

    Optional<Long> lessonOfPrompt(long promptId) {
        return jdbc.sql("select lesson_id from prompt where id = :id")
                .param("id", promptId)
                .query(Long.class)
                .optional();
    }

    List<ReadingSummary> findLibrary(long ownerId) {
        return jdbc.sql("""
                        select r.id, r.title,
                               (select count(*) from lesson l where l.reading_id = r.id) as lesson_count,
                               (select count(distinct a.classroom_id) from assignment a where a.reading_id = r.id) as class_count,
                               r.created_at
                        from reading r where r.owner_id = :owner and not r.archived
                        order by r.created_at desc, r.id desc""")
                .param("owner", ownerId)
                .query(Rows.of(ReadingSummary.class))
                .list();
    }

    private record DraftRow(long id, String title, String sourceNote, String overview, String language, long ownerId) {}

    private record LessonRow(long id, int position, String title, String body, int textVersion, int revision) {}

    private record PromptRow(long lessonId, long id, int position, String question, boolean answerBeforePeers) {}

    Optional<ReadingDraft> findDraft(long readingId, long viewerId) {
        return jdbc.sql("select id, title, source_note, overview, language, owner_id from reading where id = :id")
                .param("id", readingId)
                .query(Rows.of(DraftRow.class))
                .optional()
                .map(r -> {
                    List<LessonRow> lessons = jdbc.sql("""
                                    select id, position, title, body, text_version, revision from lesson
                                    where reading_id = :id order by position""")
                            .param("id", readingId)
                            .query(Rows.of(LessonRow.class))
                            .list();
                    Map<Long, List<Prompt>> prompts = new LinkedHashMap<>();
                    jdbc.sql("""
                                    select p.lesson_id, p.id, p.position, p.question, p.answer_before_peers
                                    from prompt p join lesson l on l.id = p.lesson_id
                                    where l.reading_id = :id order by p.lesson_id, p.position""")
                            .param("id", readingId)
                            .query(Rows.of(PromptRow.class))
                            .list()
                            .forEach(p -> prompts.computeIfAbsent(p.lessonId(), k -> new ArrayList<>())
                                    .add(new Prompt(p.id(), p.position(), p.question(), p.answerBeforePeers())));
                    return new ReadingDraft(
                            r.id(),
                            r.title(),
                            r.sourceNote(),
                            r.overview(),
                            r.language(),
                            lessons.stream()
                                    .map(l -> new ReadingDraft.Lesson(
                                            l.id(),
                                            l.position(),
                                            l.title(),
                                            l.body(),
                                            l.textVersion(),
                                            l.revision(),
                                            prompts.getOrDefault(l.id(), List.of())))
                                    .toList(),
                            r.ownerId() == viewerId);
                });
    }

    void updateReadingLanguage(long readingId, String language) {
        jdbc.sql("update reading set language = :language where id = :id")
                .param("language", language)
                .param("id", readingId)
                .update();
    }

    void updateReadingTitle(long readingId, String title) {
        jdbc.sql("update reading set title = :title where id = :id")
                .param("title", title)
                .param("id", readingId)
                .update();
    }

    record StoredLesson(String title, String body, int textVersion, int revision) {}

    Optional<StoredLesson> findLessonText(long lessonId) {
        return jdbc.sql("select title, body, text_version, revision from lesson where id = :id")
                .param("id", lessonId)
                .query(Rows.of(StoredLesson.class))
                .optional();
    }

    /**
     * Saves the lesson only if it is still at {@code expectedRevision}; a concurrent save waits for
     * the row and then finds the revision changed. Returns the new revision, empty when stale.
     */
    Optional<Integer> updateLesson(long lessonId, int expectedRevision, String title, String body, int textVersion) {
        return jdbc.sql("""
                        update lesson set title = :title, body = :body, text_version = :version, revision = revision + 1
                        where id = :id and revision = :expected returning revision""")
                .param("title", title)
                .param("body", body)
                .param("version", textVersion)
                .param("id", lessonId)
                .param("expected", expectedRevision)
                .query(Integer.class)
                .optional();
    }

    void insertVersion(long lessonId, int version, String title, String body) {
        jdbc.sql(
                        "insert into lesson_version (lesson_id, version, title, body) values (:lesson, :version, :title, :body)")
                .param("lesson", lessonId)
                .param("version", version)
                .param("title", title)
                .param("body", body)
                .update();
    }

    /** Swaps a lesson with its neighbour above (-1) or below (+1); false at either end. */
    boolean moveLesson(long lessonId, int direction) {
        return swapPositions("lesson", "reading_id", lessonId, direction);
    }

    boolean movePrompt(long promptId, int direction) {
        return swapPositions("prompt", "lesson_id", promptId, direction);
    }

    private boolean swapPositions(String table, String parent, long id, int direction) {
        String neighbour = direction < 0
                ? "select n.id from %1$s n, %1$s me where me.id = :id and n.%2$s = me.%2$s and n.position < me.position order by n.position desc limit 1"
                : "select n.id from %1$s n, %1$s me where me.id = :id and n.%2$s = me.%2$s and n.position > me.position order by n.position limit 1";
        Optional<Long> other = jdbc.sql(neighbour.formatted(table, parent))
                .param("id", id)
                .query(Long.class)
                .optional();
        other.ifPresent(o ->
                jdbc.sql("""
                        update %1$s t set position = s.position
                        from (select a.id, b.position from %1$s a, %1$s b
                              where (a.id = :one and b.id = :two) or (a.id = :two and b.id = :one)) s
                        where t.id = s.id""".formatted(table)).param("one", id).param("two", o).update());
        return other.isPresent();
    }

    void updatePrompt(long promptId, String question, boolean answerBeforePeers) {
        jdbc.sql("update prompt set question = :question, answer_before_peers = :before where id = :id")
                .param("question", question)
                .param("before", answerBeforePeers)
                .param("id", promptId)
                .update();
    }

    void deletePrompt(long promptId) {
        jdbc.sql("""
                        with gone as (delete from prompt where id = :id returning lesson_id, position)
                        update prompt p set position = p.position - 1 from gone
                        where p.lesson_id = gone.lesson_id and p.position > gone.position""").param("id", promptId).update();
    }

    boolean studentsHaveWorkedOn(long readingId) {
        return jdbc.sql("""
                        select exists (select 1 from lesson_visit v join lesson l on l.id = v.lesson_id
                                       join enrolment e on e.classroom_id = v.classroom_id and e.account_id = v.account_id
                                       where l.reading_id = :id and e.role = 'STUDENT')""").param("id", readingId).query(Boolean.class).single();
    }

    void archive(long readingId) {
        jdbc.sql("update reading set archived = true where id = :id")
                .param("id", readingId)
                .update();
    }

    void delete(long readingId) {
        jdbc.sql("delete from assignment where reading_id = :id")
                .param("id", readingId)
                .update();
        jdbc.sql("delete from reading where id = :id").param("id", readingId).update();
    }
}
