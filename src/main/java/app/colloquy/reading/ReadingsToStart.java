package app.colloquy.reading;

import app.colloquy.classroom.ClassroomService;
import app.colloquy.classroom.ClassroomSummary;
import app.colloquy.classroom.GettingStarted;
import java.util.List;
import org.springframework.stereotype.Component;

/** The reading steps of getting started: import a reading, then assign it to a class. */
@Component
class ReadingsToStart implements GettingStarted {

    private final LibraryService library;
    private final ReadingService readings;
    private final ClassroomService classrooms;

    ReadingsToStart(LibraryService library, ReadingService readings, ClassroomService classrooms) {
        this.library = library;
        this.readings = readings;
        this.classrooms = classrooms;
    }

    @Override
    public List<Step> steps() {
        boolean imported = !library.myReadings().isEmpty();
        List<ClassroomSummary> teaching = classrooms.myClasses().stream()
                .filter(ClassroomSummary::teaching)
                .toList();
        boolean assigned = teaching.stream()
                .anyMatch(c -> !readings.assignmentsForClass(c.id()).isEmpty());
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
