package app.colloquy.classroom;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ClassroomRepository {

    private static final String SUMMARY = """
            select c.id, c.name, c.term, e.role,
                   (select count(*) from enrolment s where s.classroom_id = c.id and s.role = 'STUDENT') as student_count
            from classroom c
            join enrolment e on e.classroom_id = c.id and e.account_id = :account
            """;

    private final JdbcClient jdbc;

    ClassroomRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ClassroomSummary> findForAccount(long accountId) {
        return jdbc.sql(SUMMARY + " where not c.archived order by lower(c.name), c.id")
                .param("account", accountId)
                .query(ClassroomSummary.class)
                .list();
    }

    Optional<ClassroomSummary> findForAccount(long classroomId, long accountId) {
        return jdbc.sql(SUMMARY + " where c.id = :id")
                .param("account", accountId)
                .param("id", classroomId)
                .query(ClassroomSummary.class)
                .optional();
    }

    Optional<ClassRole> findRole(long classroomId, long accountId) {
        return jdbc.sql("select role from enrolment where classroom_id = :c and account_id = :a")
                .param("c", classroomId)
                .param("a", accountId)
                .query(ClassRole.class)
                .optional();
    }

    /** Inserts the class unless the join code is taken; empty means "try another code". */
    Optional<Long> insert(String name, String term, String joinCode) {
        return jdbc.sql("""
                        insert into classroom (name, term, join_code) values (:name, :term, :code)
                        on conflict (join_code) do nothing returning id""")
                .param("name", name)
                .param("term", term)
                .param("code", joinCode)
                .query(Long.class)
                .optional();
    }

    void enrol(long classroomId, long accountId, ClassRole role) {
        jdbc.sql("""
                        insert into enrolment (classroom_id, account_id, role) values (:c, :a, :role)
                        on conflict (classroom_id, account_id) do nothing""")
                .param("c", classroomId)
                .param("a", accountId)
                .param("role", role.name())
                .update();
    }
}
