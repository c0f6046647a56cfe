package app.colloquy.classroom;

import app.colloquy.account.StudentOversight;
import org.springframework.stereotype.Component;

/** Answers, from enrolments, whether a teacher teaches a student in some current class. */
@Component
class ClassroomStudentOversight implements StudentOversight {

    private final ClassroomRepository classrooms;

    ClassroomStudentOversight(ClassroomRepository classrooms) {
        this.classrooms = classrooms;
    }

    @Override
    public boolean teachesOnlyStudent(long teacherAccountId, long studentAccountId) {
        return classrooms.teachesOnlyStudent(teacherAccountId, studentAccountId);
    }
}
