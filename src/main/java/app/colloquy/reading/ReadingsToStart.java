package app.colloquy.reading;

import app.colloquy.account.CurrentUser;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.classroom.ClassroomSummary;
import app.colloquy.classroom.GettingStarted;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The reading steps of getting started: import a reading, then assign it to a class. */
@Component
class ReadingsToStart implements GettingStarted {

    private final LibraryService library;
    private final ReadingRepository readings;
    private final ClassroomService classrooms;
    private final CurrentUser currentUser;

    ReadingsToStart(
            LibraryService library, ReadingRepository readings, ClassroomService classrooms, CurrentUser currentUser) {
        this.library = library;
        this.readings = readings;
        this.classrooms = classrooms;
        this.currentUser = currentUser;
    }

    /** For the signed-in person, about their own readings and classes only. */
    @Override
    @Transactional(readOnly = true)
    public List<Step> steps() {
        boolean imported = !library.myReadings().isEmpty();
        boolean assigned = readings.teachesAnAssignment(currentUser.requireAccountId());
        List<ClassroomSummary> teaching = classrooms.myClasses().stream()
                .filter(ClassroomSummary::teaching)
                .toList();
        return List.of(
                new Step(
                        20,
                        "Import a reading: paste it, or upload a PDF, Word file or web page",
                        imported,
                        "library/import"),
                new Step(
                        30,
                        "Assign the reading to your class",
                        assigned,
                        teaching.isEmpty()
                                ? "library"
                                : "classes/" + teaching.getFirst().id()));
    }
}
