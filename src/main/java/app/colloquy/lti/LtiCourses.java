package app.colloquy.lti;

import app.colloquy.account.SystemActor;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.MessageBundle;
import app.colloquy.reading.ClassAssignment;
import app.colloquy.reading.ReadingService;
import app.colloquy.review.ParticipationRow;
import app.colloquy.review.ParticipationSort;
import app.colloquy.review.ReviewService;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A class that is a platform's course, for its teachers: the course's roster brought in (Names
 * and Role Provisioning) and an assignment's scores sent to the course's gradebook (Assignment and
 * Grade Services). The platform is called outside any transaction: no database connection waits
 * on another system.
 */
@Service
public class LtiCourses {

    private static final Logger log = LoggerFactory.getLogger(LtiCourses.class);

    static final String MEMBERSHIPS = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    static final String LINE_ITEM = "application/vnd.ims.lis.v2.lineitem+json";
    static final String LINE_ITEMS = "application/vnd.ims.lis.v2.lineitemcontainer+json";
    static final String SCORE = "application/vnd.ims.lis.v1.score+json";

    private static final int PAGE = 500;

    /** The course a class is, as its teachers see it on the class page. */
    public record Course(String platformName, boolean roster, boolean gradebook) {}

    private final LtiRepository lti;
    private final LtiPeople people;
    private final PlatformClient client;
    private final ClassroomService classrooms;
    private final ReadingService readings;
    private final ReviewService review;
    private final TransactionTemplate transactions;
    private final Clock clock;

    LtiCourses(
            LtiRepository lti,
            LtiPeople people,
            PlatformClient client,
            ClassroomService classrooms,
            ReadingService readings,
            ReviewService review,
            TransactionTemplate transactions,
            Clock clock) {
        this.lti = lti;
        this.people = people;
        this.client = client;
        this.classrooms = classrooms;
        this.readings = readings;
        this.review = review;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The platform's course this class is, if it is one; the class's teachers only. */
    @Transactional(readOnly = true)
    public Optional<Course> course(long classroomId) {
        classrooms.requireTeacher(classroomId);
        return lti.findLinkedCourse(classroomId)
                .map(c -> new Course(
                        c.platformName(),
                        !c.membershipsUrl().isEmpty(),
                        !c.lineitemsUrl().isEmpty()));
    }

    /**
     * Brings in the course's roster: everyone active in it gets an account (if new) and joins the
     * class, teachers as teachers. Returns how many people the roster listed.
     */
    public int bringInRoster(long classroomId) {
        classrooms.requireTeacher(classroomId);
        LtiRepository.LinkedCourse course =
                linked(classroomId, c -> !c.membershipsUrl().isEmpty());
        LtiPlatform platform = platform(course);
        Map<String, Object> roster = call(
                course,
                () -> client.getObject(platform, PlatformClient.ROSTER_SCOPE, course.membershipsUrl(), MEMBERSHIPS));
        List<LtiPeople.Person> members = new ArrayList<>();
        if (roster.get("members") instanceof List<?> list) {
            for (Object entry : list) {
                if (entry instanceof Map<?, ?> member && active(member) && text(member, "user_id") != null) {
                    members.add(person(member));
                }
            }
        }
        transactions.executeWithoutResult(status -> SystemActor.call(() -> {
            members.forEach(member -> classrooms.enrolThroughPlatform(
                    classroomId, people.accountFor(platform, member), member.teaches()));
            return null;
        }));
        log.info(
                "LTI: roster of class {} brought in from {}: {} people",
                classroomId,
                platform.issuer(),
                members.size());
        return members.size();
    }

    /**
     * Sends the assignment's released scores to the course's gradebook: one line item for the
     * assignment (found again by its resource id, so sending twice updates it), one score per
     * student who has one. Returns how many scores were sent.
     */
    public int sendScores(long classroomId, long assignmentId) {
        classrooms.requireTeacher(classroomId);
        LtiRepository.LinkedCourse course =
                linked(classroomId, c -> !c.lineitemsUrl().isEmpty());
        LtiPlatform platform = platform(course);
        ClassAssignment assignment = readings.assignmentsForClass(classroomId).stream()
                .filter(a -> a.assignmentId() == assignmentId)
                .findFirst()
                .orElseThrow(app.colloquy.platform.NotFoundException::new);
        List<ParticipationRow> rows = participation(classroomId, assignmentId);
        Integer maximum = rows.stream()
                .map(ParticipationRow::maxScore)
                .filter(Objects::nonNull)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("assignment", "lti.scores.noMaximum"));
        Map<Long, String> subjects = lti.findSubjects(
                platform.id(), rows.stream().map(ParticipationRow::accountId).toList());
        String lineItem = call(course, () -> lineItem(platform, course, assignment, maximum));
        int sent = 0;
        for (ParticipationRow row : rows) {
            String subject = subjects.get(row.accountId());
            if (row.score() == null || subject == null) {
                continue;
            }
            Map<String, Object> score = new LinkedHashMap<>();
            score.put("userId", subject);
            score.put("scoreGiven", row.score());
            score.put("scoreMaximum", maximum);
            score.put("activityProgress", row.notAnswered() == 0 ? "Completed" : "InProgress");
            score.put("gradingProgress", "FullyGraded");
            score.put("timestamp", clock.instant().toString());
            call(course, () -> client.post(platform, PlatformClient.SCORE_SCOPE, scoresUrl(lineItem), SCORE, score));
            sent++;
        }
        log.info("LTI: {} scores of assignment {} sent to {}", sent, assignmentId, platform.issuer());
        return sent;
    }

    /** The assignment's line item, as the gradebook has it or newly added. */
    private String lineItem(
            LtiPlatform platform, LtiRepository.LinkedCourse course, ClassAssignment assignment, int maximum) {
        String resourceId = "colloquy-assignment-" + assignment.assignmentId();
        String separator = course.lineitemsUrl().contains("?") ? "&" : "?";
        List<Object> found = client.getArray(
                platform,
                PlatformClient.LINE_ITEM_SCOPE,
                course.lineitemsUrl() + separator + "resource_id="
                        + URLEncoder.encode(resourceId, StandardCharsets.UTF_8),
                LINE_ITEMS);
        for (Object item : found) {
            if (item instanceof Map<?, ?> existing && existing.get("id") instanceof String id) {
                return id;
            }
        }
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("scoreMaximum", maximum);
        item.put("label", assignment.title());
        item.put("resourceId", resourceId);
        Map<String, Object> created =
                client.post(platform, PlatformClient.LINE_ITEM_SCOPE, course.lineitemsUrl(), LINE_ITEM, item);
        if (!(created.get("id") instanceof String id)) {
            throw new PlatformClient.PlatformUnavailable("no id for the new line item");
        }
        return id;
    }

    /** A line item's scores address: "/scores" added to its path, its query kept. */
    static String scoresUrl(String lineItem) {
        URI uri = URI.create(lineItem);
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String base = lineItem.substring(0, lineItem.length() - query.length());
        return base + "/scores" + query;
    }

    private List<ParticipationRow> participation(long classroomId, long assignmentId) {
        List<ParticipationRow> rows = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<ParticipationRow> page =
                    review.participation(classroomId, assignmentId, ParticipationSort.NAME, false, offset, PAGE);
            rows.addAll(page);
            if (page.size() < PAGE) {
                return rows;
            }
        }
    }

    private LtiRepository.LinkedCourse linked(
            long classroomId, java.util.function.Predicate<LtiRepository.LinkedCourse> offers) {
        return lti.findLinkedCourse(classroomId)
                .filter(offers)
                .orElseThrow(() -> new InvalidInputException("platform", "lti.services.notOffered"));
    }

    private LtiPlatform platform(LtiRepository.LinkedCourse course) {
        return lti.findPlatform(course.platformId())
                .orElseThrow(() -> new InvalidInputException("platform", "lti.services.notOffered"));
    }

    /** A call to the platform; when it fails, the teacher is told, the log says why. */
    private <T> T call(LtiRepository.LinkedCourse course, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (PlatformClient.PlatformUnavailable failed) {
            log.warn("LTI: {} did not answer as expected: {}", course.platformName(), failed.getMessage());
            throw new InvalidInputException("platform", "lti.services.unavailable", course.platformName());
        }
    }

    private static boolean active(Map<?, ?> member) {
        Object status = member.get("status");
        return status == null || "Active".equals(status);
    }

    private static LtiPeople.Person person(Map<?, ?> member) {
        Locale language = MessageBundle.ENGLISH;
        return new LtiPeople.Person(
                Objects.requireNonNull(text(member, "user_id")),
                text(member, "name"),
                text(member, "given_name"),
                text(member, "family_name"),
                text(member, "email"),
                null,
                LtiPeople.teaches(member.get("roles")),
                language);
    }

    private static @Nullable String text(Map<?, ?> map, String key) {
        return map.get(key) instanceof String value && !value.isBlank() && value.length() <= 500 ? value : null;
    }
}
