package app.colloquy.classroom;

import java.util.List;
import org.springframework.stereotype.Component;

/** The class steps of getting started: create a class, then share its join code with students. */
@Component
class ClassesToStart implements GettingStarted {

    private final ClassroomService classrooms;

    ClassesToStart(ClassroomService classrooms) {
        this.classrooms = classrooms;
    }

    @Override
    public List<Step> steps() {
        List<ClassroomSummary> teaching = classrooms.myClasses().stream()
                .filter(ClassroomSummary::teaching)
                .toList();
        String firstClass =
                teaching.isEmpty() ? "" : "classes/" + teaching.getFirst().id();
        return List.of(
                new Step(10, "Create a class", !teaching.isEmpty(), ""),
                new Step(
                        40,
                        "Share the class's join code with your students",
                        teaching.stream().anyMatch(c -> c.studentCount() > 0),
                        firstClass));
    }
}
