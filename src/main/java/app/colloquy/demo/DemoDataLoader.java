package app.colloquy.demo;

import app.colloquy.account.Account;
import app.colloquy.account.AccountService;
import app.colloquy.account.NewAccount;
import app.colloquy.account.SignedInUser;
import app.colloquy.account.SystemActor;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.classroom.ClassroomSummary;
import app.colloquy.platform.StartupLock;
import app.colloquy.reading.LessonSplitter;
import app.colloquy.reading.LibraryService;
import app.colloquy.reading.NewReading;
import app.colloquy.reading.ReadingService;
import app.colloquy.reading.SplitReading;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with a class to try the app in: a teacher, three students, the
 * "Demo class" and the seed reading with prompts, assigned to it. Runs through the services,
 * as those people would, and only when no account exists yet, so restarts never duplicate it.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

    static final String PASSWORD = "colloquy-demo";
    static final String CLASS_NAME = "Demo class";
    private static final String SEED = "/demo/trump-putin-meetings.txt";
    private static final String[][] STUDENTS = {
        {"student1", "Ada Okafor"}, {"student2", "Ben Lindqvist"}, {"student3", "Chloé Martin"}
    };
    private static final String SOURCE_NOTE = "Demo reading shipped with Colloquy";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final AccountService accounts;
    private final ClassroomService classrooms;
    private final ReadingService readings;
    private final LibraryService library;
    private final StartupLock startupLock;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final DemoDiscussion demoDiscussion;
    private final boolean enabled;

    DemoDataLoader(
            AccountService accounts,
            ClassroomService classrooms,
            ReadingService readings,
            LibraryService library,
            StartupLock startupLock,
            TransactionTemplate transaction,
            Clock clock,
            Environment env,
            DemoDiscussion demoDiscussion) {
        this.demoDiscussion = demoDiscussion;
        this.accounts = accounts;
        this.classrooms = classrooms;
        this.readings = readings;
        this.library = library;
        this.startupLock = startupLock;
        this.transaction = transaction;
        this.clock = clock;
        boolean externalDatabase = !env.getProperty("spring.datasource.url", "").isBlank();
        this.enabled = env.getProperty("colloquy.demo-data", Boolean.class, !externalDatabase);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        Optional<DemoClass> created = Objects.requireNonNull(transaction.execute(status -> {
            startupLock.lockForTransaction("colloquy-demo-data");
            return accounts.hasAnyAccount() ? Optional.<DemoClass>empty() : Optional.of(create());
        }));
        if (created.isEmpty()) {
            return;
        }
        DemoClass demo = created.get();
        // Joining commits its throttle counts on its own, so it cannot run inside the locked
        // transaction above (docs/decisions/0016): the students join once the class exists.
        for (Account student : demo.students()) {
            SystemActor.callAs(SignedInUser.of(student), () -> classrooms.joinWithCode(demo.joinCode(), "demo-data"));
        }
        long firstLesson = SystemActor.callAs(
                SignedInUser.of(demo.teacher()),
                () -> readings.assignmentsForClass(demo.classId())
                        .getFirst()
                        .lessons()
                        .getFirst()
                        .lessonId());
        demoDiscussion.start(demo.classId(), firstLesson, demo.teacher(), demo.students());
        log.info("Demo data created: sign in as 'teacher', 'student1'..'student3' or 'admin', password '{}'", PASSWORD);
    }

    private record DemoClass(long classId, String joinCode, Account teacher, List<Account> students) {}

    private DemoClass create() {
        SystemActor.call(
                () -> accounts.createAccount(new NewAccount("admin", "Instance admin", PASSWORD), true, false));
        Account teacher = SystemActor.call(
                () -> accounts.createAccount(new NewAccount("teacher", "Ms. Rivera", PASSWORD), false, true));
        ClassroomSummary demoClass = SystemActor.callAs(SignedInUser.of(teacher), () -> {
            ClassroomSummary created = classrooms.createClassroom(CLASS_NAME, "Civics");
            long readingId = library.importReading(seedReading());
            Instant now = clock.instant();
            readings.assign(created.id(), readingId, now, now.plus(Duration.ofDays(14)));
            return created;
        });
        String joinCode = SystemActor.callAs(
                SignedInUser.of(teacher),
                () -> classrooms.joinSettings(demoClass.id()).joinCode());
        List<Account> students = new ArrayList<>();
        for (String[] student : STUDENTS) {
            students.add(accounts.registerStudent(new NewAccount(student[0], student[1], PASSWORD)));
        }
        return new DemoClass(demoClass.id(), joinCode, teacher, students);
    }

    private static NewReading seedReading() {
        SplitReading split = new LessonSplitter().split(readSeed());
        List<NewReading.NewLesson> lessons = split.sections().stream()
                .map(s -> new NewReading.NewLesson(s.heading(), s.body(), DemoPrompts.forSection(s.heading())))
                .toList();
        return new NewReading(split.title(), SOURCE_NOTE, split.overview(), lessons);
    }

    private static String readSeed() {
        try (InputStream in = DemoDataLoader.class.getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + SEED);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
