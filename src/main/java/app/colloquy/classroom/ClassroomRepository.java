package app.colloquy.classroom;

import app.colloquy.platform.Rows;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ClassroomRepository {

    private static final String SUMMARY = """
            select c.id, c.name, c.term, e.role,
                   (select count(*) from enrolment s
                     where s.classroom_id = c.id and s.role = 'STUDENT' and s.removed_at is null) as student_count,
                   c.archived, c.pseudonymous
            from classroom c
            join enrolment e on e.classroom_id = c.id and e.account_id = :account and e.removed_at is null
            """;

    record CodeTarget(long id, String name, boolean joiningEnabled, boolean archived) {}

    private final JdbcClient jdbc;

    ClassroomRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ClassroomSummary> findForAccount(long accountId, boolean archived) {
        return jdbc.sql(SUMMARY + " where c.archived = :archived order by lower(c.name), c.id")
                .param("account", accountId)
                .param("archived", archived)
                .query(Rows.of(ClassroomSummary.class))
                .list();
    }

    Optional<ClassroomSummary> findForAccount(long classroomId, long accountId) {
        return jdbc.sql(SUMMARY + " where c.id = :id")
                .param("account", accountId)
                .param("id", classroomId)
                .query(Rows.of(ClassroomSummary.class))
                .optional();
    }

    Optional<ClassRole> findRole(long classroomId, long accountId) {
        return jdbc.sql("select role from enrolment where classroom_id = :c and account_id = :a and removed_at is null")
                .param("c", classroomId)
                .param("a", accountId)
                .query(ClassRole.class)
                .optional();
    }

    /** The roles of those of these accounts who are members of the class now. */
    Map<Long, ClassRole> findRoles(long classroomId, Collection<Long> accountIds) {
        Map<Long, ClassRole> roles = new HashMap<>();
        jdbc.sql("""
                        select account_id, role from enrolment
                        where classroom_id = :c and account_id = any(cast(:a as bigint[])) and removed_at is null""")
                .param("c", classroomId)
                .param("a", accountIds.toArray(Long[]::new))
                .query((rs, row) -> roles.put(rs.getLong("account_id"), ClassRole.valueOf(rs.getString("role"))))
                .list();
        return roles;
    }

    boolean isArchived(long classroomId) {
        return jdbc.sql("select archived from classroom where id = :c")
                .param("c", classroomId)
                .query(Boolean.class)
                .optional()
                .orElse(true);
    }

    Optional<JoinSettings> findJoinSettings(long classroomId) {
        return jdbc.sql("select id as classroom_id, join_code, joining_enabled, archived from classroom where id = :id")
                .param("id", classroomId)
                .query(Rows.of(JoinSettings.class))
                .optional();
    }

    Optional<CodeTarget> findByJoinCode(String code) {
        return jdbc.sql("select id, name, joining_enabled, archived from classroom where join_code = :code")
                .param("code", code)
                .query(Rows.of(CodeTarget.class))
                .optional();
    }

    /** Inserts the class unless the join code is taken; empty means "try another code". */
    Optional<Long> insert(String name, @Nullable String term, String joinCode, String language) {
        return jdbc.sql("""
                        insert into classroom (name, term, join_code, language) values (:name, :term, :code, :language)
                        on conflict (join_code) do nothing returning id""")
                .param("language", language)
                .param("name", name)
                .param("term", term)
                .param("code", joinCode)
                .query(Long.class)
                .optional();
    }

    /** Replaces the join code unless the new one is taken; false means "try another code". */
    boolean updateJoinCode(long classroomId, String joinCode) {
        return jdbc.sql("""
                        update classroom set join_code = :code
                        where id = :id and not exists (select 1 from classroom where join_code = :code)""").param("code", joinCode).param("id", classroomId).update() == 1;
    }

    void updateName(long classroomId, String name, @Nullable String term) {
        jdbc.sql("update classroom set name = :name, term = :term where id = :id")
                .param("name", name)
                .param("term", term)
                .param("id", classroomId)
                .update();
    }

    void setJoiningEnabled(long classroomId, boolean enabled) {
        jdbc.sql("update classroom set joining_enabled = :enabled where id = :id")
                .param("enabled", enabled)
                .param("id", classroomId)
                .update();
    }

    void setArchived(long classroomId, boolean archived) {
        jdbc.sql("update classroom set archived = :archived where id = :id")
                .param("archived", archived)
                .param("id", classroomId)
                .update();
    }

    /** Enrols a student; a former member who joins again is restored, a teacher stays a teacher. */
    void enrolStudent(long classroomId, long accountId) {
        jdbc.sql("""
                        insert into enrolment (classroom_id, account_id, role) values (:c, :a, 'STUDENT')
                        on conflict (classroom_id, account_id) do update set removed_at = null, joined_at = now()
                        where enrolment.role = 'STUDENT' and enrolment.removed_at is not null""").param("c", classroomId).param("a", accountId).update();
    }

    /** Makes an account a teacher of the class, whatever it was there before. */
    void enrolTeacher(long classroomId, long accountId) {
        jdbc.sql("""
                        insert into enrolment (classroom_id, account_id, role) values (:c, :a, 'TEACHER')
                        on conflict (classroom_id, account_id) do update set role = 'TEACHER', removed_at = null""").param("c", classroomId).param("a", accountId).update();
    }

    boolean removeStudent(long classroomId, long accountId, Timestamp at) {
        return jdbc.sql("""
                        update enrolment set removed_at = :at
                        where classroom_id = :c and account_id = :a and role = 'STUDENT' and removed_at is null""")
                        .param("at", at)
                        .param("c", classroomId)
                        .param("a", accountId)
                        .update()
                == 1;
    }

    List<RosterEntry> findRoster(long classroomId, int offset, int limit) {
        return jdbc.sql("""
                        select a.id as account_id, a.display_name, a.login_name, e.joined_at, a.last_active_at, e.removed_at
                        from enrolment e join account a on a.id = e.account_id
                        where e.classroom_id = :c and e.role = 'STUDENT'
                        order by e.removed_at is not null, lower(a.display_name), a.id
                        offset :offset limit :limit""")
                .param("c", classroomId)
                .param("offset", offset)
                .param("limit", limit)
                .query(Rows.of(RosterEntry.class))
                .list();
    }

    int countRoster(long classroomId) {
        return jdbc.sql("select count(*) from enrolment where classroom_id = :c and role = 'STUDENT'")
                .param("c", classroomId)
                .query(Integer.class)
                .single();
    }

    List<Classmate> findClassmates(long classroomId) {
        return jdbc.sql("""
                        select a.id as account_id, a.display_name, e.role from enrolment e join account a on a.id = e.account_id
                        where e.classroom_id = :c and e.removed_at is null
                        order by e.role desc, lower(a.display_name), a.id""")
                .param("c", classroomId)
                .query(Rows.of(Classmate.class))
                .list();
    }

    boolean isPseudonymous(long classroomId) {
        return jdbc.sql("select pseudonymous from classroom where id = :c")
                .param("c", classroomId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    void setPseudonymous(long classroomId, boolean pseudonymous) {
        jdbc.sql("update classroom set pseudonymous = :p where id = :c")
                .param("c", classroomId)
                .param("p", pseudonymous)
                .update();
    }

    /** Everyone who ever joined the class as a student, former members too, so pseudonyms never shift. */
    List<Long> findStudentsInJoiningOrder(long classroomId) {
        return jdbc.sql(
                        "select account_id from enrolment where classroom_id = :c and role = 'STUDENT' order by joined_at, account_id")
                .param("c", classroomId)
                .query(Long.class)
                .list();
    }

    /** Locks the class's row, so checks of its teachers (never remove the last) are not raced. */
    void lock(long classroomId) {
        jdbc.sql("select id from classroom where id = :id for update")
                .param("id", classroomId)
                .query(Long.class)
                .optional();
    }

    List<ClassTeacher> findTeachers(long classroomId) {
        return jdbc.sql("""
                        select a.id as account_id, a.display_name from enrolment e join account a on a.id = e.account_id
                        where e.classroom_id = :c and e.role = 'TEACHER' and e.removed_at is null
                        order by lower(a.display_name), a.id""")
                .param("c", classroomId)
                .query(Rows.of(ClassTeacher.class))
                .list();
    }

    int countTeachers(long classroomId) {
        return jdbc.sql(
                        "select count(*) from enrolment where classroom_id = :c and role = 'TEACHER' and removed_at is null")
                .param("c", classroomId)
                .query(Integer.class)
                .single();
    }

    boolean removeTeacher(long classroomId, long accountId, Timestamp at) {
        return jdbc.sql("""
                        update enrolment set removed_at = :at
                        where classroom_id = :c and account_id = :a and role = 'TEACHER' and removed_at is null""")
                        .param("at", at)
                        .param("c", classroomId)
                        .param("a", accountId)
                        .update()
                == 1;
    }

    void invite(long classroomId, String loginName, long invitedBy) {
        jdbc.sql("""
                        insert into co_teacher_invitation (classroom_id, login_name, invited_by) values (:c, :login, :by)
                        on conflict (classroom_id, login_name) do nothing""")
                .param("c", classroomId)
                .param("login", loginName)
                .param("by", invitedBy)
                .update();
    }

    List<String> findInvitedLoginNames(long classroomId) {
        return jdbc.sql(
                        "select login_name from co_teacher_invitation where classroom_id = :c order by created_at, login_name")
                .param("c", classroomId)
                .query(String.class)
                .list();
    }

    boolean deleteInvitation(long classroomId, String loginName) {
        return jdbc.sql("delete from co_teacher_invitation where classroom_id = :c and login_name = :login")
                        .param("c", classroomId)
                        .param("login", loginName)
                        .update()
                == 1;
    }

    List<CoTeacherInvitation> findInvitationsFor(String loginName) {
        return jdbc.sql("""
                        select c.id as classroom_id, c.name as classroom_name, a.display_name as invited_by
                        from co_teacher_invitation i
                        join classroom c on c.id = i.classroom_id
                        join account a on a.id = i.invited_by
                        where i.login_name = :login and not c.archived
                        order by i.created_at""")
                .param("login", loginName)
                .query(Rows.of(CoTeacherInvitation.class))
                .list();
    }

    boolean teachesOnlyStudent(long teacherId, long studentId) {
        return jdbc.sql("""
                        select exists (
                          select 1 from enrolment t join enrolment s on s.classroom_id = t.classroom_id
                          where t.account_id = :t and t.role = 'TEACHER' and t.removed_at is null
                            and s.account_id = :s and s.role = 'STUDENT' and s.removed_at is null)
                          and not exists (select 1 from enrolment where account_id = :s and role = 'TEACHER')""")
                .param("t", teacherId)
                .param("s", studentId)
                .query(Boolean.class)
                .single();
    }
}
