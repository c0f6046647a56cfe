package app.colloquy.discussion;

import app.colloquy.platform.Rows;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Prompts' rubrics in classes and the levels chosen for answers. */
@Repository
class RubricRepository {

    private record LevelRow(long criterionId, String name, int points, String label) {}

    private record MarkRow(long accountId, long criterionId, int points) {}

    /** A level chosen for an answer, as its student reads it: criterion, level and points. */
    record MarkLine(long answerId, String criterion, String level, int points, int maxPoints) {

        String text() {
            return criterion + ": " + level + " (" + points + " of " + maxPoints + ")";
        }
    }

    private final JdbcClient jdbc;

    RubricRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Rubric findRubric(long classroomId, long promptId) {
        List<LevelRow> rows = jdbc.sql("""
                        select c.id as criterion_id, c.name, l.points, l.label
                        from rubric_criterion c join rubric_level l on l.criterion_id = c.id
                        where c.classroom_id = :c and c.prompt_id = :p
                        order by c.position, l.points desc""")
                .param("c", classroomId)
                .param("p", promptId)
                .query(Rows.of(LevelRow.class))
                .list();
        Map<Long, Rubric.Criterion> criteria = new LinkedHashMap<>();
        for (LevelRow row : rows) {
            criteria.computeIfAbsent(row.criterionId(), id -> new Rubric.Criterion(id, row.name(), new ArrayList<>()))
                    .levels()
                    .add(new Rubric.Level(row.points(), row.label()));
        }
        return new Rubric(List.copyOf(criteria.values()));
    }

    /** The rubric's criteria replace the ones before; levels chosen under those go with them. */
    void replaceRubric(long classroomId, long promptId, List<Rubric.Criterion> criteria) {
        jdbc.sql("delete from rubric_criterion where classroom_id = :c and prompt_id = :p")
                .param("c", classroomId)
                .param("p", promptId)
                .update();
        for (int i = 0; i < criteria.size(); i++) {
            long id = jdbc.sql("""
                            insert into rubric_criterion (classroom_id, prompt_id, position, name)
                            values (:c, :p, :position, :name) returning id""")
                    .param("c", classroomId)
                    .param("p", promptId)
                    .param("position", i)
                    .param("name", criteria.get(i).name())
                    .query(Long.class)
                    .single();
            for (Rubric.Level level : criteria.get(i).levels()) {
                jdbc.sql("insert into rubric_level (criterion_id, points, label) values (:id, :points, :label)")
                        .param("id", id)
                        .param("points", level.points())
                        .param("label", level.label())
                        .update();
            }
        }
    }

    /** The levels chosen for each student's answer to the prompt: student, then criterion, to points. */
    Map<Long, Map<Long, Integer>> findMarks(long classroomId, long promptId) {
        Map<Long, Map<Long, Integer>> marks = new HashMap<>();
        jdbc.sql("""
                        select a.account_id, m.criterion_id, m.points
                        from rubric_mark m join prompt_answer a on a.id = m.answer_id
                        where a.classroom_id = :c and a.prompt_id = :p""")
                .param("c", classroomId)
                .param("p", promptId)
                .query(Rows.of(MarkRow.class))
                .list()
                .forEach(row -> marks.computeIfAbsent(row.accountId(), k -> new HashMap<>())
                        .put(row.criterionId(), row.points()));
        return marks;
    }

    /** The levels chosen for these answers, criteria in the rubric's order: one query for a screen. */
    List<MarkLine> findMarkLines(Collection<Long> answerIds) {
        if (answerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select m.answer_id, c.name as criterion, l.label as level, m.points,
                               (select max(x.points) from rubric_level x where x.criterion_id = c.id) as max_points
                        from rubric_mark m
                        join rubric_criterion c on c.id = m.criterion_id
                        join rubric_level l on l.criterion_id = c.id and l.points = m.points
                        where m.answer_id = any(cast(:ids as bigint[]))
                        order by m.answer_id, c.position""")
                .param("ids", answerIds.toArray(Long[]::new))
                .query(Rows.of(MarkLine.class))
                .list();
    }

    /** The levels chosen for the student's answer replace those before. */
    void saveMarks(long classroomId, long promptId, long studentId, Map<Long, Integer> marks) {
        jdbc.sql("""
                        delete from rubric_mark m using prompt_answer a
                        where a.id = m.answer_id and a.classroom_id = :c and a.prompt_id = :p and a.account_id = :s""")
                .param("c", classroomId)
                .param("p", promptId)
                .param("s", studentId)
                .update();
        marks.forEach((criterion, points) -> jdbc.sql("""
                        insert into rubric_mark (answer_id, criterion_id, points)
                        select a.id, :criterion, :points from prompt_answer a
                        where a.classroom_id = :c and a.prompt_id = :p and a.account_id = :s""")
                .param("c", classroomId)
                .param("p", promptId)
                .param("s", studentId)
                .param("criterion", criterion)
                .param("points", points)
                .update());
    }
}
