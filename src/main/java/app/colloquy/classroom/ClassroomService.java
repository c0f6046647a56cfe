package app.colloquy.classroom;

import app.colloquy.account.CurrentUser;
import app.colloquy.platform.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ClassroomService {

    private final ClassroomRepository classrooms;
    private final JoinCodeGenerator joinCodes;
    private final CurrentUser currentUser;

    ClassroomService(ClassroomRepository classrooms, JoinCodeGenerator joinCodes, CurrentUser currentUser) {
        this.classrooms = classrooms;
        this.joinCodes = joinCodes;
        this.currentUser = currentUser;
    }

    /** The classes the person asking teaches or attends. */
    @Transactional(readOnly = true)
    public List<ClassroomSummary> myClasses() {
        return classrooms.findForAccount(currentUser.requireAccountId());
    }

    /** One class, if the person asking is enrolled in it; "not found" otherwise. */
    @Transactional(readOnly = true)
    public ClassroomSummary getClassroom(long classroomId) {
        return classrooms.findForAccount(classroomId, currentUser.requireAccountId())
                .orElseThrow(NotFoundException::new);
    }

    /** The role of the person asking in the class; "not found" when they are not enrolled. */
    @Transactional(readOnly = true)
    public ClassRole requireEnrolment(long classroomId) {
        return classrooms.findRole(classroomId, currentUser.requireAccountId())
                .orElseThrow(NotFoundException::new);
    }

    /** Fails with "not found" unless the person asking teaches the class. */
    @Transactional(readOnly = true)
    public void requireTeacher(long classroomId) {
        if (requireEnrolment(classroomId) != ClassRole.TEACHER) {
            throw new NotFoundException();
        }
    }

    /** Creates a class taught by the person asking, with a fresh unique join code. */
    @Transactional
    public ClassroomSummary createClassroom(String name, String term) {
        long teacher = currentUser.requireAccountId();
        String cleanName = requireText(name, "Class name", 100);
        String cleanTerm = term == null || term.isBlank() ? null : requireText(term, "Term", 100);
        long id = insertWithUniqueCode(cleanName, cleanTerm);
        classrooms.enrol(id, teacher, ClassRole.TEACHER);
        return new ClassroomSummary(id, cleanName, cleanTerm, ClassRole.TEACHER, 0);
    }

    /** Enrols an account in a class; only the class's teachers may. Enrolling twice is harmless. */
    @Transactional
    public void enrol(long classroomId, long accountId, ClassRole role) {
        requireTeacher(classroomId);
        classrooms.enrol(classroomId, accountId, role);
    }

    private long insertWithUniqueCode(String name, String term) {
        for (int attempt = 0; attempt < 10; attempt++) {
            var id = classrooms.insert(name, term, joinCodes.next());
            if (id.isPresent()) {
                return id.get();
            }
        }
        throw new IllegalStateException("No free join code after 10 attempts");
    }

    private static String requireText(String value, String field, int maxLength) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (clean.length() > maxLength) {
            throw new IllegalArgumentException(field + " must be at most " + maxLength + " characters");
        }
        return clean;
    }
}
