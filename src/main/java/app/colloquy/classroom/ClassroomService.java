package app.colloquy.classroom;

import app.colloquy.account.Account;
import app.colloquy.account.AccountRules;
import app.colloquy.account.AccountService;
import app.colloquy.account.CheckedAccount;
import app.colloquy.account.CurrentUser;
import app.colloquy.account.NewAccount;
import app.colloquy.account.SignedInUser;
import app.colloquy.platform.AttemptThrottle;
import app.colloquy.platform.InputText;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.MessageBundle;
import app.colloquy.platform.NotFoundException;
import app.colloquy.platform.TooManyAttemptsException;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

@Service
public class ClassroomService {

    private static final int NAME_MAX = 100;
    private final ClassroomRepository classrooms;
    private final JoinCodeGenerator joinCodes;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final AttemptThrottle throttle;
    private final TransactionOperations transactions;
    private final Clock clock;
    private final MeterRegistry meters;

    ClassroomService(
            ClassroomRepository classrooms,
            JoinCodeGenerator joinCodes,
            CurrentUser currentUser,
            AccountService accounts,
            AttemptThrottle throttle,
            TransactionOperations transactions,
            Clock clock,
            MeterRegistry meters) {
        this.meters = meters;
        this.transactions = transactions;
        this.classrooms = classrooms;
        this.joinCodes = joinCodes;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** The active classes the person asking teaches or attends. */
    @Transactional(readOnly = true)
    public List<ClassroomSummary> myClasses() {
        return classrooms.findForAccount(currentUser.requireAccountId(), false);
    }

    /** Their archived classes, listed apart. */
    @Transactional(readOnly = true)
    public List<ClassroomSummary> myArchivedClasses() {
        return classrooms.findForAccount(currentUser.requireAccountId(), true);
    }

    /** One class, if the person asking is enrolled in it; "not found" otherwise. */
    @Transactional(readOnly = true)
    public ClassroomSummary getClassroom(long classroomId) {
        return classrooms
                .findForAccount(classroomId, currentUser.requireAccountId())
                .orElseThrow(NotFoundException::new);
    }

    /** The role of the person asking in the class; "not found" when they are not a member. */
    @Transactional(readOnly = true)
    public ClassRole requireEnrolment(long classroomId) {
        return classrooms.findRole(classroomId, currentUser.requireAccountId()).orElseThrow(NotFoundException::new);
    }

    /** Fails with "not found" unless the person asking teaches the class. */
    @Transactional(readOnly = true)
    public void requireTeacher(long classroomId) {
        if (requireEnrolment(classroomId) != ClassRole.TEACHER) {
            throw new NotFoundException();
        }
    }

    /** Creates a class taught by the person asking, who must have a teacher account. */
    @Transactional
    public ClassroomSummary createClassroom(String name, String term) {
        return createClassroom(name, term, MessageBundle.ENGLISH);
    }

    /**
     * Enrols a person another system placed in the class (a learning platform's course roster):
     * a teacher there teaches here, a learner is a student. Only the application asks, once it
     * checked that system's word.
     */
    @Transactional
    public void enrolThroughPlatform(long classroomId, long accountId, boolean teacher) {
        currentUser.requireSystem();
        if (teacher) {
            classrooms.enrolTeacher(classroomId, accountId);
        } else {
            classrooms.enrolStudent(classroomId, accountId);
        }
    }

    /**
     * A class made in the teacher's interface language: what Colloquy writes into it, such as the
     * names of its first discussion tags, is in that language (the closest one the interface speaks).
     */
    @Transactional
    public ClassroomSummary createClassroom(String name, String term, Locale language) {
        SignedInUser me = currentUser.require();
        if (!me.teacher()) {
            throw new AccessDeniedException("Only teachers create classes");
        }
        String cleanName = requireName(name);
        String cleanTerm = optionalTerm(term);
        long id = insertWithUniqueCode(cleanName, cleanTerm, MessageBundle.supported(language));
        classrooms.enrolTeacher(id, me.accountId());
        return new ClassroomSummary(id, cleanName, cleanTerm, ClassRole.TEACHER, 0, false, false);
    }

    @Transactional
    public void rename(long classroomId, String name, String term) {
        requireActiveTeacher(classroomId);
        classrooms.updateName(classroomId, requireName(name), optionalTerm(term));
    }

    /** Whether students see classmates under pseudonyms ("Classmate A") instead of their names. */
    @Transactional
    public void setPseudonymous(long classroomId, boolean pseudonymous) {
        requireActiveTeacher(classroomId);
        classrooms.setPseudonymous(classroomId, pseudonymous);
    }

    /**
     * How the person asking sees the names of the class's people: real names for teachers and in
     * classes without pseudonyms; otherwise classmates' pseudonyms, with teachers and themselves by name.
     */
    @Transactional(readOnly = true)
    public ClassNames names(long classroomId) {
        long me = currentUser.requireAccountId();
        ClassRole role = requireEnrolment(classroomId);
        if (role == ClassRole.TEACHER || !classrooms.isPseudonymous(classroomId)) {
            return ClassNames.REAL;
        }
        return ClassNames.pseudonyms(classrooms.findStudentsInJoiningOrder(classroomId), me);
    }

    /**
     * For live updates of a screen open by many people: which of these accounts are members of the
     * class now, each with their role and the names they see (as {@link #names}). Asked by the
     * application itself, never by a person.
     */
    @Transactional(readOnly = true)
    public Map<Long, ClassMember> members(long classroomId, Collection<Long> accountIds) {
        currentUser.requireSystem();
        Map<Long, ClassRole> roles = classrooms.findRoles(classroomId, accountIds);
        boolean archived = classrooms.isArchived(classroomId);
        boolean pseudonymous = roles.containsValue(ClassRole.STUDENT) && classrooms.isPseudonymous(classroomId);
        List<Long> students = pseudonymous ? classrooms.findStudentsInJoiningOrder(classroomId) : List.of();
        Map<Long, ClassMember> members = new HashMap<>();
        roles.forEach((account, role) -> members.put(
                account,
                new ClassMember(
                        role,
                        pseudonymous && role == ClassRole.STUDENT
                                ? ClassNames.pseudonyms(students, account)
                                : ClassNames.REAL,
                        archived)));
        return members;
    }

    /** Archived classes are read-only for everyone until a teacher restores them. */
    @Transactional
    public void setArchived(long classroomId, boolean archived) {
        requireTeacher(classroomId);
        classrooms.setArchived(classroomId, archived);
    }

    @Transactional(readOnly = true)
    public JoinSettings joinSettings(long classroomId) {
        requireTeacher(classroomId);
        return classrooms.findJoinSettings(classroomId).orElseThrow(NotFoundException::new);
    }

    /** A new join code; the old one stops working at once. */
    @Transactional
    public JoinSettings regenerateJoinCode(long classroomId) {
        requireActiveTeacher(classroomId);
        for (int attempt = 0; attempt < 10; attempt++) {
            if (classrooms.updateJoinCode(classroomId, joinCodes.next())) {
                return joinSettings(classroomId);
            }
        }
        throw new IllegalStateException("No free join code after 10 attempts");
    }

    @Transactional
    public JoinSettings setJoiningEnabled(long classroomId, boolean enabled) {
        requireActiveTeacher(classroomId);
        classrooms.setJoiningEnabled(classroomId, enabled);
        return joinSettings(classroomId);
    }

    /**
     * The signed-in person joins the class with this code. Joining twice is harmless. Admin
     * accounts do not join as students (docs/decisions/0008). Each code tried counts against the
     * account and the address until it proves to open a class, so guessing codes is slowed down.
     * Not one transaction: the throttle commits each count on its own, before the enrolment's
     * (docs/decisions/0016-no-second-connection.md).
     */
    public JoinResult joinWithCode(String code, String clientAddress) {
        SignedInUser me = currentUser.require();
        if (me.admin()) {
            throw new AccessDeniedException("Admin accounts do not join classes as students. "
                    + "To take part in a class, sign in with a separate student account.");
        }
        ClassroomRepository.CodeTarget target = usableTarget(
                code,
                new Attempt(AttemptThrottle.Kind.JOIN_ACCOUNT, String.valueOf(me.accountId())),
                new Attempt(AttemptThrottle.Kind.JOIN_ADDRESS, clientAddress));
        transactions.executeWithoutResult(status -> classrooms.enrolStudent(target.id(), me.accountId()));
        return new JoinResult(target.id(), target.name(), me.account());
    }

    /**
     * Which class a code opens, so a new student learns about a wrong code before filling in an
     * account, and can confirm the class and teacher. Open to anyone; each wrong code counts against
     * the address, as joining does.
     */
    public JoinPreview checkJoinCode(String code, String clientAddress) {
        ClassroomRepository.CodeTarget target =
                usableTarget(code, new Attempt(AttemptThrottle.Kind.JOIN_ADDRESS, clientAddress));
        return new JoinPreview(
                target.name(),
                classrooms.findTeachers(target.id()).stream()
                        .map(ClassTeacher::displayName)
                        .toList());
    }

    /**
     * A new student creates their account and joins in one step. The code is checked first, so a
     * wrong code creates no account; nothing is created unless both succeed. The throttle and the
     * password hash come before the one transaction that creates and enrols, so a class joining at
     * once never holds a connection while waiting for another or for the hash.
     */
    public JoinResult joinAsNewStudent(String code, NewAccount account, String clientAddress) {
        ClassroomRepository.CodeTarget target =
                usableTarget(code, new Attempt(AttemptThrottle.Kind.JOIN_ADDRESS, clientAddress));
        CheckedAccount checked = accounts.checkNewStudent(account);
        return transactions.execute(status -> {
            Account student = accounts.registerStudent(checked);
            classrooms.enrolStudent(target.id(), student.id());
            return new JoinResult(target.id(), target.name(), student);
        });
    }

    /** The class's students, former members last; teachers only. */
    @Transactional(readOnly = true)
    public List<RosterEntry> roster(long classroomId, int offset, int limit) {
        requireTeacher(classroomId);
        return classrooms.findRoster(classroomId, offset, limit);
    }

    @Transactional(readOnly = true)
    public int rosterSize(long classroomId) {
        requireTeacher(classroomId);
        return classrooms.countRoster(classroomId);
    }

    /** Current members by display name only, for anyone in the class. */
    @Transactional(readOnly = true)
    public List<Classmate> classmates(long classroomId) {
        ClassNames names = names(classroomId);
        // Sorted by the names shown: an order by real names would hint at them behind pseudonyms.
        return classrooms.findClassmates(classroomId).stream()
                .map(c -> new Classmate(c.accountId(), names.of(c.accountId(), c.displayName()), c.role()))
                .sorted(Comparator.comparing((Classmate c) -> !c.teacher())
                        .thenComparing(c -> c.displayName().toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** Removes a student; their work stays, marked as from a former member. */
    @Transactional
    public void removeStudent(long classroomId, long studentAccountId) {
        requireActiveTeacher(classroomId);
        if (!classrooms.removeStudent(classroomId, studentAccountId, Timestamp.from(clock.instant()))) {
            throw new NotFoundException();
        }
    }

    /** The class's current teachers; for its teachers. */
    @Transactional(readOnly = true)
    public List<ClassTeacher> teachers(long classroomId) {
        requireTeacher(classroomId);
        return classrooms.findTeachers(classroomId);
    }

    /**
     * Invites a colleague to co-teach, by login name. They become a teacher of the class only when
     * they accept. Whether such a teacher account exists is not revealed: the invitation is kept
     * under the name typed and only a teacher account of that name sees it.
     */
    @Transactional
    public void inviteCoTeacher(long classroomId, String loginName) {
        requireActiveTeacher(classroomId);
        String login = AccountRules.normalisedLoginName(loginName)
                .orElseThrow(() ->
                        new InvalidInputException("loginName", "problem.classroomService.typeYourColleagueSLogin"));
        if (login.equalsIgnoreCase(currentUser.require().getUsername())) {
            throw new InvalidInputException("loginName", "problem.classroomService.youAlreadyTeachThisClass");
        }
        classrooms.invite(classroomId, login, currentUser.requireAccountId());
    }

    /** Login names invited to co-teach the class and not yet answered; for its teachers. */
    @Transactional(readOnly = true)
    public List<String> pendingInvitations(long classroomId) {
        requireTeacher(classroomId);
        return classrooms.findInvitedLoginNames(classroomId);
    }

    @Transactional
    public void cancelInvitation(long classroomId, String loginName) {
        requireTeacher(classroomId);
        classrooms.deleteInvitation(classroomId, loginName);
    }

    /** Invitations to co-teach addressed to the person asking; only teacher accounts can accept them. */
    @Transactional(readOnly = true)
    public List<CoTeacherInvitation> myInvitations() {
        SignedInUser me = currentUser.require();
        return me.teacher() ? classrooms.findInvitationsFor(myLogin(me)) : List.of();
    }

    /** Accepts an invitation: the person asking now teaches the class. */
    @Transactional
    public void acceptInvitation(long classroomId) {
        SignedInUser me = currentUser.require();
        if (!me.teacher() || !classrooms.deleteInvitation(classroomId, myLogin(me))) {
            throw new NotFoundException();
        }
        classrooms.enrolTeacher(classroomId, me.accountId());
    }

    @Transactional
    public void declineInvitation(long classroomId) {
        SignedInUser me = currentUser.require();
        if (!me.teacher() || !classrooms.deleteInvitation(classroomId, myLogin(me))) {
            throw new NotFoundException();
        }
    }

    /**
     * Removes a teacher from the class (a co-teacher, or the person asking leaving it); a class
     * always keeps at least one teacher.
     */
    @Transactional
    public void removeTeacher(long classroomId, long teacherAccountId) {
        requireActiveTeacher(classroomId);
        classrooms.lock(classroomId);
        if (classrooms.countTeachers(classroomId) <= 1) {
            throw new InvalidInputException("teacher", "problem.classroomService.aClassNeedsATeacher");
        }
        if (!classrooms.removeTeacher(classroomId, teacherAccountId, Timestamp.from(clock.instant()))) {
            throw new NotFoundException();
        }
    }

    /** Codes are shown in capitals; accept what students type: lower case, spaces, dashes. */
    static String normaliseCode(String code) {
        return code == null ? "" : code.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
    }

    /** A subject whose failed join codes are counted. */
    private record Attempt(AttemptThrottle.Kind kind, String subject) {}

    /**
     * The class a code opens. A code that is not even shaped like one is refused without counting;
     * a well-formed one counts as a failure for each subject until it proves to open a class.
     */
    private ClassroomRepository.CodeTarget usableTarget(String code, Attempt... attempts) {
        String normalised = normaliseCode(code);
        if (normalised.isEmpty()) {
            throw new InvalidInputException(JoinCodeProblem.FIELD, "problem.classroomService.enterTheJoinCodeYour");
        }
        InputText.requireText(JoinCodeProblem.FIELD, normalised);
        if (!JoinCodeGenerator.isWellFormed(normalised)) {
            throw JoinCodeProblem.malformed();
        }
        try {
            reserveAll(attempts);
        } catch (TooManyAttemptsException paused) {
            countJoin("paused");
            throw paused;
        }
        ClassroomRepository.CodeTarget target =
                classrooms.findByJoinCode(normalised).orElse(null);
        if (target == null) {
            countJoin("wrong_code");
            throw JoinCodeProblem.unknown();
        }
        countJoin("code_accepted");
        for (Attempt attempt : attempts) {
            throttle.giveBack(attempt.kind(), attempt.subject());
        }
        if (target.archived()) {
            throw JoinCodeProblem.archived();
        }
        if (!target.joiningEnabled()) {
            throw JoinCodeProblem.joiningOff();
        }
        return target;
    }

    private void countJoin(String outcome) {
        meters.counter("colloquy.joins", "outcome", outcome).increment();
    }

    private void reserveAll(Attempt... attempts) {
        for (int i = 0; i < attempts.length; i++) {
            try {
                throttle.reserve(attempts[i].kind(), attempts[i].subject());
            } catch (TooManyAttemptsException paused) {
                for (int j = 0; j < i; j++) {
                    throttle.giveBack(attempts[j].kind(), attempts[j].subject());
                }
                throw paused;
            }
        }
    }

    private static String myLogin(SignedInUser me) {
        return me.getUsername().toLowerCase(Locale.ROOT);
    }

    private void requireActiveTeacher(long classroomId) {
        requireTeacher(classroomId);
        if (getClassroom(classroomId).archived()) {
            throw new InvalidInputException("classroom", "problem.classroomService.thisClassIsArchivedRestore");
        }
    }

    private long insertWithUniqueCode(String name, @Nullable String term, Locale language) {
        for (int attempt = 0; attempt < 10; attempt++) {
            var id = classrooms.insert(name, term, joinCodes.next(), language.toLanguageTag());
            if (id.isPresent()) {
                return id.get();
            }
        }
        throw new IllegalStateException("No free join code after 10 attempts");
    }

    private static String requireName(String name) {
        return InputText.required("name", name, NAME_MAX, "problem.classroomService.giveTheClassAName");
    }

    private static @Nullable String optionalTerm(@Nullable String term) {
        return InputText.optional("term", term, NAME_MAX);
    }
}
