package app.colloquy.testsupport;

import app.colloquy.account.Account;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An access matrix whose callers are the usual cast around one class: a student of it, a student
 * and a teacher of another class (which has the same reading), a former member, its teacher, an
 * admin, and nobody signed in. The fixture puts them in place; this class makes them and calls as them.
 */
public abstract class ClassCallersMatrix<F> extends AccessMatrixTestCase<ClassCallersMatrix.Caller, F> {

    public enum Caller {
        ANONYMOUS,
        STUDENT,
        STUDENT_ELSEWHERE,
        FORMER_MEMBER,
        TEACHER_OF_CLASS,
        TEACHER_ELSEWHERE,
        ADMIN
    }

    @Autowired
    protected TestAccounts accounts;

    private final Map<Caller, Account> people = new EnumMap<>(Caller.class);

    @BeforeAll
    void createCallers() {
        people.put(Caller.STUDENT, accounts.create("student"));
        people.put(Caller.STUDENT_ELSEWHERE, accounts.create("elsewhere"));
        people.put(Caller.FORMER_MEMBER, accounts.create("former"));
        people.put(Caller.TEACHER_OF_CLASS, accounts.createTeacher("teacher"));
        people.put(Caller.TEACHER_ELSEWHERE, accounts.createTeacher("other-teacher"));
        people.put(Caller.ADMIN, accounts.createAdmin("admin"));
    }

    protected Account person(Caller caller) {
        return people.get(caller);
    }

    @Override
    protected Caller[] callers() {
        return Caller.values();
    }

    @Override
    protected Object callAs(Caller caller, F fixture, Supplier<Object> call) {
        return caller == Caller.ANONYMOUS ? accounts.anonymously(call) : accounts.as(people.get(caller), call);
    }
}
