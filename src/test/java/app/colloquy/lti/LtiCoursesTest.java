package app.colloquy.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.colloquy.account.Account;
import app.colloquy.classroom.ClassRole;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.classroom.ClassroomSummary;
import app.colloquy.discussion.AnswerService;
import app.colloquy.discussion.FeedbackService;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.NotFoundException;
import app.colloquy.reading.ReadingService;
import app.colloquy.testsupport.LtiBrowser;
import app.colloquy.testsupport.TestAccounts;
import app.colloquy.testsupport.TestLtiPlatform;
import app.colloquy.testsupport.TestLtiPlatform.Launch;
import app.colloquy.testsupport.TestReadings;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A class made from a platform's course, and the platform's services (played by the test over
 * HTTP, checking Colloquy's signed client assertion against Colloquy's published keys): the roster
 * brought in, and an assignment's released scores received in the course's gradebook.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LtiCoursesTest {

    private static final String DEPLOYMENT = "deployment-1";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestReadings testReadings;

    @Autowired
    LtiPlatforms platforms;

    @Autowired
    LtiCourses courses;

    @Autowired
    ClassroomService classrooms;

    @Autowired
    ReadingService readings;

    @Autowired
    AnswerService answers;

    @Autowired
    FeedbackService feedback;

    TestLtiPlatform canvas;
    String course;
    Launch okafor;
    Account teacher;
    long classId;

    @BeforeEach
    void aCourseOpenedByItsTeacher() throws Exception {
        canvas = new TestLtiPlatform("colloquy-" + UUID.randomUUID());
        canvas.trustsToolKeysAt("http://localhost:" + port + "/lti/jwks");
        course = "course-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.as(accounts.createAdmin("admin"), () -> platforms.register(canvas.registration("Canvas", DEPLOYMENT)));
        okafor = new Launch(
                "okafor-" + course, "Ms Okafor", TestLtiPlatform.INSTRUCTOR, DEPLOYMENT, course, "Civics", "en-US");
        new LtiBrowser(port, canvas).launchAndContinue(okafor);
        teacher = accounts.find(okafor.subject());
        classId = accounts.as(teacher, () -> classrooms.myClasses()).getFirst().id();
    }

    @AfterEach
    void closePlatform() {
        canvas.close();
    }

    @Test
    void theClassPageKnowsItsCourseAndWhatThePlatformOffers() {
        assertThat(accounts.as(teacher, () -> courses.course(classId)))
                .contains(new LtiCourses.Course("Canvas", true, true));
        long ordinary = accounts.createClass(teacher, "Not from a platform");
        assertThat(accounts.as(teacher, () -> courses.course(ordinary))).isEmpty();
    }

    @Test
    void theRosterBringsInEveryActiveMemberWithTheirRole() {
        canvas.hasRoster(List.of(
                member("ada-" + course, "Ada Lovelace", TestLtiPlatform.LEARNER, "Active"),
                member("ben-" + course, "Ben Okri", TestLtiPlatform.LEARNER, "Active"),
                member("gone-" + course, "Gone Student", TestLtiPlatform.LEARNER, "Inactive"),
                member("lind-" + course, "Mr Lind", TestLtiPlatform.INSTRUCTOR, "Active")));

        assertThat(accounts.as(teacher, () -> courses.bringInRoster(classId))).isEqualTo(3);

        assertThat(roleOf("ada-" + course)).isEqualTo(ClassRole.STUDENT);
        assertThat(accounts.find("ada-" + course).displayName()).isEqualTo("Ada Lovelace");
        assertThat(roleOf("ben-" + course)).isEqualTo(ClassRole.STUDENT);
        assertThat(roleOf("lind-" + course)).isEqualTo(ClassRole.TEACHER);
        assertThat(accounts.taken("gone-" + course))
                .as("inactive members stay out")
                .isFalse();

        assertThat(accounts.as(teacher, () -> courses.bringInRoster(classId)))
                .as("bringing it in again changes nobody")
                .isEqualTo(3);
        assertThat(roleOf("ada-" + course)).isEqualTo(ClassRole.STUDENT);
    }

    @Test
    void anAssignmentsReleasedScoresArriveInTheGradebook() throws Exception {
        Launch ada = new Launch("ada-" + course, "Ada", TestLtiPlatform.LEARNER, DEPLOYMENT, course, "Civics", "en-US");
        Launch ben = new Launch("ben-" + course, "Ben", TestLtiPlatform.LEARNER, DEPLOYMENT, course, "Civics", "en-US");
        new LtiBrowser(port, canvas).launchAndContinue(ada);
        new LtiBrowser(port, canvas).launchAndContinue(ben);
        Account adaAccount = accounts.find(ada.subject());
        Account benAccount = accounts.find(ben.subject());
        TestReadings.AssignedLesson lesson = testReadings
                .lessonIn(classId, teacher)
                .titled("The Federalist No. 10", "Factions")
                .prompts("What is a faction?", "How does a republic control it?")
                .assign();
        long first = lesson.promptId(0);
        long second = lesson.promptId(1);
        accounts.as(teacher, () -> {
            answers.setMaxScore(classId, first, 5);
            answers.setMaxScore(classId, second, 5);
            return null;
        });
        accounts.as(adaAccount, () -> answers.submit(classId, first, "A group moved by a common passion."));
        accounts.as(adaAccount, () -> answers.submit(classId, second, "By enlarging the sphere."));
        accounts.as(benAccount, () -> answers.submit(classId, first, "A party."));
        accounts.as(teacher, () -> {
            feedback.giveFeedback(classId, first, adaAccount.id(), "Precise.", 5);
            feedback.giveFeedback(classId, second, adaAccount.id(), null, 4);
            feedback.giveFeedback(classId, first, benAccount.id(), "Say more.", 2);
            return null;
        });
        long assignmentId = accounts.as(teacher, () -> readings.assignmentsForClass(classId))
                .getFirst()
                .assignmentId();

        assertThat(accounts.as(teacher, () -> courses.sendScores(classId, assignmentId)))
                .isEqualTo(2);

        assertThat(canvas.lineItems()).singleElement().satisfies(item -> {
            assertThat(item).containsEntry("label", "The Federalist No. 10");
            assertThat(((Number) item.get("scoreMaximum")).intValue()).isEqualTo(10);
        });
        Map<String, Object> adaScore = scoreOf(ada.subject());
        assertThat(((Number) adaScore.get("scoreGiven")).intValue()).isEqualTo(9);
        assertThat(((Number) adaScore.get("scoreMaximum")).intValue()).isEqualTo(10);
        assertThat(adaScore)
                .containsEntry("gradingProgress", "FullyGraded")
                .containsEntry("activityProgress", "Completed")
                .containsEntry("lineItem", canvas.lineItems().getFirst().get("id"))
                .containsEntry("contentType", "application/vnd.ims.lis.v1.score+json");
        assertThat(((Number) scoreOf(ben.subject()).get("scoreGiven")).intValue())
                .isEqualTo(2);
        assertThat(scoreOf(ben.subject())).containsEntry("activityProgress", "InProgress");

        accounts.as(teacher, () -> courses.sendScores(classId, assignmentId));
        assertThat(canvas.lineItems())
                .as("sending again updates the same column")
                .hasSize(1);
    }

    @Test
    void withoutMaximumScoresNothingIsSentAndTheTeacherIsToldWhy() {
        testReadings.lessonIn(classId, teacher).prompts("Why?").assign();
        long assignmentId = accounts.as(teacher, () -> readings.assignmentsForClass(classId))
                .getFirst()
                .assignmentId();
        assertThatThrownBy(() -> accounts.as(teacher, () -> courses.sendScores(classId, assignmentId)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Set a maximum score");
        assertThat(canvas.lineItems()).isEmpty();
    }

    @Test
    void onlyTheClassesTeachersUseItsPlatform() throws Exception {
        Launch ada = new Launch("ada-" + course, "Ada", TestLtiPlatform.LEARNER, DEPLOYMENT, course, "Civics", "en-US");
        new LtiBrowser(port, canvas).launchAndContinue(ada);
        Account adaAccount = accounts.find(ada.subject());
        assertThatThrownBy(() -> accounts.as(adaAccount, () -> courses.bringInRoster(classId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(adaAccount, () -> courses.course(classId)))
                .isInstanceOf(NotFoundException.class);
        Account stranger = accounts.createTeacher("stranger");
        assertThatThrownBy(() -> accounts.as(stranger, () -> courses.sendScores(classId, 1)))
                .isInstanceOf(NotFoundException.class);
    }

    private ClassRole roleOf(String login) {
        return accounts.as(accounts.find(login), () -> classrooms.myClasses()).stream()
                .filter(c -> c.id() == classId)
                .map(ClassroomSummary::role)
                .findFirst()
                .orElseThrow();
    }

    private Map<String, Object> scoreOf(String subject) {
        return canvas.receivedScores().stream()
                .filter(score -> subject.equals(score.get("userId")))
                .reduce((earlier, later) -> later)
                .orElseThrow();
    }

    private static Map<String, Object> member(String id, String name, String role, String status) {
        return Map.of(
                "user_id", id,
                "name", name,
                "email", id + "@school.test",
                "roles", List.of(role),
                "status", status);
    }
}
