package app.colloquy.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.colloquy.account.Account;
import app.colloquy.account.NewAccount;
import app.colloquy.platform.AttemptThrottle;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.NotFoundException;
import app.colloquy.platform.TooManyAttemptsException;
import app.colloquy.testsupport.IntegrationTest;
import app.colloquy.testsupport.TestAccounts;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class JoiningTest {

    @Autowired
    ClassroomService classrooms;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts accounts;

    Account teacher;
    Account student;
    long classId;
    String code;
    String address;

    @BeforeEach
    void setUp() {
        teacher = accounts.createTeacher("teacher");
        student = accounts.create("student");
        classId = accounts.createClass(teacher, "Civics 101");
        code = accounts.as(teacher, () -> classrooms.joinSettings(classId).joinCode());
        address = "192.0.2." + UUID.randomUUID().hashCode() % 200;
    }

    /**
     * A class joining at the start of a lesson, all from the school's one address, on the default
     * pool of 10 connections: nobody may be told the database is unreachable.
     */
    @Test
    void sixtyNewStudentsJoiningAtOnceAllGetIn() throws Exception {
        int students = 60;
        String batch = UUID.randomUUID().toString().substring(0, 8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<JoinResult>> joins = new ArrayList<>();
        try (ExecutorService browsers = Executors.newFixedThreadPool(students)) {
            for (int i = 0; i < students; i++) {
                NewAccount account = new NewAccount("pupil-" + batch + "-" + i, "Pupil " + i, TestAccounts.PASSWORD);
                joins.add(browsers.submit(() -> {
                    start.await();
                    return accounts.anonymously(() -> classrooms.joinAsNewStudent(code, account, address));
                }));
            }
            start.countDown();
            for (Future<JoinResult> join : joins) {
                assertThat(join.get(2, TimeUnit.MINUTES).classroomId()).isEqualTo(classId);
            }
        }
        assertThat(accounts.as(teacher, () -> classrooms.rosterSize(classId))).isEqualTo(students);
    }

    @Test
    void joinCodesHaveEightCharactersWithoutLookAlikes() {
        assertThat(code).matches("[A-HJKMNP-Z2-9]{8}");
    }

    @Test
    void aStudentJoinsWithTheCodeTypedLooselyAndJoiningTwiceIsHarmless() {
        String typed = " " + code.substring(0, 4).toLowerCase() + "-" + code.substring(4) + " ";
        JoinResult joined = accounts.as(student, () -> classrooms.joinWithCode(typed, address));
        accounts.as(student, () -> classrooms.joinWithCode(code, address));

        assertThat(joined.classroomId()).isEqualTo(classId);
        assertThat(accounts.as(student, () -> classrooms.myClasses()))
                .extracting(ClassroomSummary::name)
                .containsExactly("Civics 101");
        assertThat(accounts.as(teacher, () -> classrooms.rosterSize(classId))).isEqualTo(1);
    }

    @Test
    void aWrongCodeSaysWhatToDo() {
        assertThatThrownBy(() -> accounts.as(student, () -> classrooms.joinWithCode("ZZZZZZZZ", address)))
                .isInstanceOf(JoinCodeProblem.class)
                .hasMessageContaining("ask your teacher");
    }

    @Test
    void aRegeneratedCodeStopsWorkingAtOnce() {
        String fresh = accounts.as(teacher, () -> classrooms.regenerateJoinCode(classId))
                .joinCode();

        assertThat(fresh).isNotEqualTo(code);
        assertThatThrownBy(() -> accounts.as(student, () -> classrooms.joinWithCode(code, address)))
                .isInstanceOf(JoinCodeProblem.class);
        assertThat(accounts.as(student, () -> classrooms.joinWithCode(fresh, address))
                        .classroomId())
                .isEqualTo(classId);
    }

    @Test
    void joiningTurnedOffOrAnArchivedClassIsExplained() {
        accounts.as(teacher, () -> classrooms.setJoiningEnabled(classId, false));
        assertThatThrownBy(() -> accounts.as(student, () -> classrooms.joinWithCode(code, address)))
                .hasMessageContaining("not taking new members");

        accounts.as(teacher, () -> classrooms.setJoiningEnabled(classId, true));
        accounts.as(teacher, () -> {
            classrooms.setArchived(classId, true);
            return null;
        });
        assertThatThrownBy(() -> accounts.as(student, () -> classrooms.joinWithCode(code, address)))
                .hasMessageContaining("archived");
    }

    @Test
    void anArchivedClassIsReadOnlyAndListedApart() {
        accounts.as(student, () -> classrooms.joinWithCode(code, address));
        accounts.as(teacher, () -> {
            classrooms.setArchived(classId, true);
            return null;
        });

        assertThat(accounts.as(teacher, () -> classrooms.myClasses()))
                .extracting(ClassroomSummary::id)
                .doesNotContain(classId);
        assertThat(accounts.as(teacher, () -> classrooms.myArchivedClasses()))
                .extracting(ClassroomSummary::id)
                .contains(classId);
        assertThat(accounts.as(student, () -> classrooms.getClassroom(classId)).archived())
                .isTrue();
        assertThatThrownBy(() -> accounts.as(teacher, () -> {
                    classrooms.rename(classId, "New name", null);
                    return null;
                }))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Restore");
        assertThatThrownBy(() -> accounts.as(teacher, () -> classrooms.regenerateJoinCode(classId)))
                .isInstanceOf(InvalidInputException.class);

        accounts.as(teacher, () -> {
            classrooms.setArchived(classId, false);
            classrooms.rename(classId, "New name", null);
            return null;
        });
        assertThat(accounts.as(student, () -> classrooms.getClassroom(classId)).name())
                .isEqualTo("New name");
    }

    @Test
    void aNewStudentCreatesTheirAccountAndJoinsInOneStep() {
        NewAccount newcomer = TestAccounts.newAccount("newcomer");
        JoinResult joined = accounts.anonymously(() -> classrooms.joinAsNewStudent(code, newcomer, address));

        assertThat(joined.classroomId()).isEqualTo(classId);
        assertThat(joined.account().teacher()).isFalse();
        assertThat(accounts.as(joined.account(), () -> classrooms.myClasses()))
                .extracting(ClassroomSummary::id)
                .containsExactly(classId);
    }

    @Test
    void aWrongCodeCreatesNoAccount() {
        NewAccount newcomer = TestAccounts.newAccount("newcomer");
        assertThatThrownBy(() -> accounts.anonymously(() -> classrooms.joinAsNewStudent("WRONGCDE", newcomer, address)))
                .isInstanceOf(JoinCodeProblem.class);

        assertThat(jdbc.sql("select count(*) from account where lower(login_name) = lower(:login)")
                        .param("login", newcomer.loginName())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aTakenLoginNameIsRefusedRegardlessOfCase() {
        NewAccount sameName =
                new NewAccount(student.loginName().toUpperCase(), "Someone Else", "another long password");
        assertThatThrownBy(() -> accounts.anonymously(() -> classrooms.joinAsNewStudent(code, sameName, address)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("loginName"));
    }

    @Test
    void repeatedWrongCodesFromOneAccountAreSlowedDown() {
        int allowed = AttemptThrottle.Kind.JOIN_ACCOUNT.freeFailures();
        for (int i = 0; i < allowed; i++) {
            String guess = "GUESS" + "ABCDEFGHJK".charAt(i) + "23";
            assertThatThrownBy(() -> accounts.as(student, () -> classrooms.joinWithCode(guess, address)))
                    .isInstanceOf(JoinCodeProblem.class);
        }

        assertThatThrownBy(() -> accounts.as(student, () -> classrooms.joinWithCode(code, address)))
                .as("even the right code, once the limit is reached")
                .isInstanceOf(TooManyAttemptsException.class)
                .hasMessageContaining("wait 15 seconds");
        Account classmate = accounts.create("classmate");
        assertThat(accounts.as(classmate, () -> classrooms.joinWithCode(code, "198.51.100.1"))
                        .classroomId())
                .as("another account on another address is not affected")
                .isEqualTo(classId);
    }

    @Test
    void aRemovedStudentLosesAccessButStaysOnTheRosterAsAFormerMember() {
        accounts.as(student, () -> classrooms.joinWithCode(code, address));
        accounts.as(teacher, () -> {
            classrooms.removeStudent(classId, student.id());
            return null;
        });

        assertThatThrownBy(() -> accounts.as(student, () -> classrooms.getClassroom(classId)))
                .isInstanceOf(NotFoundException.class);
        assertThat(accounts.as(teacher, () -> classrooms.roster(classId, 0, 10)))
                .singleElement()
                .satisfies(entry -> assertThat(entry.formerMember()).isTrue());
        assertThat(accounts.as(teacher, () -> classrooms.getClassroom(classId)).studentCount())
                .isZero();
    }

    @Test
    void studentsSeeClassmatesDisplayNamesOnly() {
        Account classmate = accounts.create("classmate");
        accounts.as(student, () -> classrooms.joinWithCode(code, address));
        accounts.as(classmate, () -> classrooms.joinWithCode(code, address));

        var seen = accounts.as(student, () -> classrooms.classmates(classId));
        assertThat(seen).extracting(Classmate::displayName).contains("Test student", "Test classmate", "Test teacher");
        assertThat(seen.toString()).doesNotContain(classmate.loginName());
    }

    @Test
    void aCoTeacherIsInvitedAcceptsAndThenHasTheSameRights() {
        Account colleague = accounts.createTeacher("colleague");
        accounts.as(teacher, () -> {
            classrooms.inviteCoTeacher(classId, colleague.loginName().toUpperCase());
            return null;
        });
        assertThatThrownBy(() -> accounts.as(colleague, () -> classrooms.regenerateJoinCode(classId)))
                .as("an invitation alone gives no rights")
                .isInstanceOf(NotFoundException.class);
        assertThat(accounts.as(colleague, () -> classrooms.myInvitations()))
                .singleElement()
                .satisfies(i -> assertThat(i.classroomName()).isEqualTo("Civics 101"));

        accounts.as(colleague, () -> {
            classrooms.acceptInvitation(classId);
            return null;
        });

        assertThat(accounts.as(colleague, () -> classrooms.regenerateJoinCode(classId))
                        .joinCode())
                .isNotEqualTo(code);
        assertThat(accounts.as(colleague, () -> classrooms.myInvitations())).isEmpty();
    }

    @Test
    void invitingRevealsNothingAboutWhichLoginNamesExist() {
        Account plainStudent = accounts.create("plain");
        accounts.as(teacher, () -> {
            classrooms.inviteCoTeacher(classId, "no-such-person");
            classrooms.inviteCoTeacher(classId, plainStudent.loginName());
            return null;
        });

        assertThat(accounts.as(teacher, () -> classrooms.pendingInvitations(classId)))
                .containsExactlyInAnyOrder(
                        "no-such-person", plainStudent.loginName().toLowerCase());
        assertThat(accounts.as(plainStudent, () -> classrooms.myInvitations()))
                .as("students cannot accept")
                .isEmpty();
        assertThatThrownBy(() -> accounts.as(plainStudent, () -> {
                    classrooms.acceptInvitation(classId);
                    return null;
                }))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void teachersRemoveACoTeacherButNeverTheLastTeacher() {
        Account colleague = accounts.createTeacher("colleague");
        accounts.addCoTeacher(classId, teacher, colleague);

        accounts.as(colleague, () -> {
            classrooms.removeTeacher(classId, teacher.id());
            return null;
        });

        assertThatThrownBy(() -> accounts.as(teacher, () -> classrooms.getClassroom(classId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(colleague, () -> {
                    classrooms.removeTeacher(classId, colleague.id());
                    return null;
                }))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("needs a teacher");
    }
}
