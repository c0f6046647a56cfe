package app.colloquy.reading;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReadingRepository {

    private final JdbcClient jdbc;

    ReadingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertReading(long ownerId, String title, String sourceNote, String overview) {
        return jdbc.sql("""
                        insert into reading (owner_id, title, source_note, overview)
                        values (:owner, :title, :source, :overview) returning id""")
                .param("owner", ownerId)
                .param("title", title)
                .param("source", sourceNote)
                .param("overview", overview)
                .query(Long.class)
                .single();
    }

    long insertLesson(long readingId, int position, String title, String body) {
        return jdbc.sql("""
                        insert into lesson (reading_id, position, title, body)
                        values (:reading, :position, :title, :body) returning id""")
                .param("reading", readingId)
                .param("position", position)
                .param("title", title)
                .param("body", body)
                .query(Long.class)
                .single();
    }

    void insertPrompt(long lessonId, int position, String question) {
        jdbc.sql("insert into prompt (lesson_id, position, question) values (:lesson, :position, :question)")
                .param("lesson", lessonId)
                .param("position", position)
                .param("question", question)
                .update();
    }

    Optional<Long> findOwner(long readingId) {
        return jdbc.sql("select owner_id from reading where id = :id").param("id", readingId).query(Long.class).optional();
    }

    void insertAssignment(long classroomId, long readingId, Instant opensAt, Instant dueAt) {
        jdbc.sql("""
                        insert into assignment (classroom_id, reading_id, opens_at, due_at)
                        values (:classroom, :reading, :opens, :due)""")
                .param("classroom", classroomId)
                .param("reading", readingId)
                .param("opens", java.sql.Timestamp.from(opensAt))
                .param("due", dueAt == null ? null : java.sql.Timestamp.from(dueAt))
                .update();
    }

    private record ReadingLessonRow(long readingId, String title, String overview, java.sql.Timestamp opensAt,
                                    java.sql.Timestamp dueAt, long lessonId, int position, String lessonTitle) {
    }

    /** The class's readings with their lessons, in one query; {@code openAt} hides unopened ones. */
    List<ClassReading> findClassReadings(long classroomId, Instant openAt) {
        List<ReadingLessonRow> rows = jdbc.sql("""
                        select r.id as reading_id, r.title, r.overview, a.opens_at, a.due_at,
                               l.id as lesson_id, l.position, l.title as lesson_title
                        from assignment a
                        join reading r on r.id = a.reading_id
                        join lesson l on l.reading_id = r.id
                        where a.classroom_id = :classroom
                          and (cast(:openAt as timestamptz) is null or a.opens_at <= :openAt)
                        order by a.due_at nulls last, a.opens_at, r.id, l.position""")
                .param("classroom", classroomId)
                .param("openAt", openAt == null ? null : java.sql.Timestamp.from(openAt))
                .query(ReadingLessonRow.class)
                .list();
        Map<Long, ClassReading> readings = new LinkedHashMap<>();
        for (ReadingLessonRow row : rows) {
            readings.computeIfAbsent(row.readingId(), id -> new ClassReading(id, row.title(), row.overview(),
                            row.opensAt().toInstant(), row.dueAt() == null ? null : row.dueAt().toInstant(),
                            new ArrayList<>()))
                    .lessons().add(new ClassReading.LessonLink(row.lessonId(), row.position(), row.lessonTitle()));
        }
        return List.copyOf(readings.values());
    }

    private record LessonRow(long readingId, String readingTitle, long lessonId, String title, String body,
                             int textVersion, Long previousLessonId, Long nextLessonId) {
    }

    /** A lesson of a reading assigned to the class (and open by {@code openAt}, when given). */
    Optional<LessonPage> findLessonPage(long classroomId, long lessonId, Instant openAt) {
        return jdbc.sql("""
                        select r.id as reading_id, r.title as reading_title, l.id as lesson_id, l.title, l.body,
                               l.text_version,
                               (select p.id from lesson p where p.reading_id = l.reading_id and p.position < l.position
                                 order by p.position desc limit 1) as previous_lesson_id,
                               (select n.id from lesson n where n.reading_id = l.reading_id and n.position > l.position
                                 order by n.position limit 1) as next_lesson_id
                        from lesson l
                        join reading r on r.id = l.reading_id
                        where l.id = :lesson
                          and exists (select 1 from assignment a
                                      where a.reading_id = r.id and a.classroom_id = :classroom
                                        and (cast(:openAt as timestamptz) is null or a.opens_at <= :openAt))""")
                .param("lesson", lessonId)
                .param("classroom", classroomId)
                .param("openAt", openAt == null ? null : java.sql.Timestamp.from(openAt))
                .query(LessonRow.class)
                .optional()
                .map(row -> new LessonPage(classroomId, row.readingId(), row.readingTitle(), row.lessonId(),
                        row.title(), row.body(), row.textVersion(), findPrompts(lessonId), row.previousLessonId(),
                        row.nextLessonId()));
    }

    private List<LessonPage.Prompt> findPrompts(long lessonId) {
        return jdbc.sql("""
                        select id, position, question, answer_before_peers from prompt
                        where lesson_id = :lesson order by position""")
                .param("lesson", lessonId)
                .query(LessonPage.Prompt.class)
                .list();
    }
}
