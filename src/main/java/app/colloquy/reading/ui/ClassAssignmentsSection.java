package app.colloquy.reading.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.classroom.ClassroomSummary;
import app.colloquy.classroom.ui.ClassPageSection;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.ui.DateTimes;
import app.colloquy.reading.ClassAssignment;
import app.colloquy.reading.LibraryService;
import app.colloquy.reading.ReadingService;
import app.colloquy.reading.ScheduledLesson;
import app.colloquy.reading.StudentProgress;
import app.colloquy.reading.WorkItem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * On a class's page: its readings and their lessons in the order they are due; for its teachers,
 * assigning a reading and changing or removing an assignment.
 */
@org.springframework.stereotype.Component
@org.springframework.core.annotation.Order(10)
class ClassAssignmentsSection implements ClassPageSection {

    private final ReadingService readings;
    private final LibraryService library;
    private final Clock clock;

    ClassAssignmentsSection(ReadingService readings, LibraryService library, Clock clock) {
        this.readings = readings;
        this.library = library;
        this.clock = clock;
    }

    @Override
    public List<Component> content(ClassroomSummary classroom) {
        List<ClassAssignment> assigned = readings.assignmentsForClass(classroom.id());
        List<Component> content = new ArrayList<>();
        if (classroom.teaching()) {
            Button assign = new Button(
                    tr("classAssignmentsSection.assignAReading"),
                    e -> AssignDialog.forClass(classroom, library, readings, ClassAssignmentsSection::refresh)
                            .open());
            assign.setEnabled(!classroom.archived());
            Anchor library = new Anchor("library", tr("common.myReadings"));
            Div actions = new Div(assign, library);
            actions.addClassName("assign-actions");
            content.add(actions);
        }
        if (assigned.isEmpty()) {
            content.add(new Paragraph(
                    classroom.teaching()
                            ? tr("classAssignmentsSection.noReadingsAssignedToThis")
                            : tr("classAssignmentsSection.nothingAssignedYet")));
        }
        Instant now = clock.instant();
        assigned.forEach(a -> content.add(assignmentSection(classroom, a, now)));
        return content;
    }

    private Section assignmentSection(ClassroomSummary classroom, ClassAssignment reading, Instant now) {
        long classId = classroom.id();
        Section section = new Section();
        section.addClassName("reading");
        section.add(new H2(reading.title()));
        if (classroom.teaching() && !classroom.archived()) {
            section.add(assignmentActions(reading));
        }
        if (reading.opensAt().isAfter(now)) {
            Paragraph opens = new Paragraph(
                    tr("classAssignmentsSection.opensStudentsDoNotSee", DateTimes.format(reading.opensAt())));
            opens.addClassName("due");
            section.add(opens);
        }
        if (reading.dueAt() != null) {
            Paragraph due = new Paragraph(tr("classAssignmentsSection.due", DateTimes.format(reading.dueAt())));
            due.addClassName("due");
            section.add(due);
        }
        if (!reading.overview().isBlank()) {
            Paragraph overview = new Paragraph(reading.overview());
            overview.addClassName("overview");
            section.add(overview);
        }
        OrderedList lessons = new OrderedList();
        lessons.addClassName("lesson-list");
        lessons.getElement().setAttribute("aria-label", tr("classAssignmentsSection.lessonsOf", reading.title()));
        reading.lessons()
                .forEach(l ->
                        lessons.add(lessonItem(classId, l, reading.lessonTimes().get(l.lessonId()), now)));
        section.add(lessons);
        if (classroom.teaching()) {
            section.add(progress(reading, now));
        }
        return section;
    }

    /** For teachers: each student's lessons opened, last activity and status; sortable by every column. */
    private Details progress(ClassAssignment reading, Instant now) {
        List<StudentProgress> students = readings.progress(reading.assignmentId());
        Grid<StudentProgress> grid = new Grid<>();
        grid.addColumn(StudentProgress::displayName)
                .setHeader(tr("common.student"))
                .setComparator(p -> p.displayName().toLowerCase())
                .setFlexGrow(2)
                .setFrozen(true);
        grid.addColumn(p -> tr("classAssignmentsSection.of", p.openedCount(), p.lessonCount()))
                .setHeader(tr("classAssignmentsSection.lessonsOpened"))
                .setComparator(StudentProgress::openedCount);
        grid.addColumn(p -> tr("classAssignmentsSection.of", p.doneCount(), p.lessonCount()))
                .setHeader(tr("classAssignmentsSection.lessonsDone"))
                .setComparator(StudentProgress::doneCount);
        grid.addColumn(p -> p.lastActiveAt() == null ? tr("common.never") : DateTimes.format(p.lastActiveAt()))
                .setHeader(tr("common.lastActive"))
                .setAutoWidth(true)
                .setComparator(Comparator.comparing(
                        StudentProgress::lastActiveAt, Comparator.nullsFirst(Comparator.naturalOrder())));
        grid.addColumn(p -> statusText(p, now))
                .setHeader(tr("classAssignmentsSection.status"))
                .setComparator(Comparator.comparing((StudentProgress p) -> p.overdue(now))
                        .thenComparing(StudentProgress::status));
        grid.getColumns().forEach(c -> c.setSortable(true).setResizable(true));
        grid.setItems(students);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(tr("classAssignmentsSection.progressOn", reading.title()));
        Details details = new Details(summary(students, now), grid);
        details.addClassName("progress");
        return details;
    }

    private static String statusText(StudentProgress progress, Instant now) {
        String status = tr(progress.status());
        return progress.overdue(now) ? tr("classAssignmentsSection.overdue", status) : status;
    }

    private static String summary(List<StudentProgress> students, Instant now) {
        if (students.isEmpty()) {
            return tr("classAssignmentsSection.progressNoStudentsYet");
        }
        long done = students.stream()
                .filter(p -> p.status() == WorkItem.Status.DONE)
                .count();
        long started = students.stream()
                .filter(p -> p.status() == WorkItem.Status.IN_PROGRESS)
                .count();
        long overdue = students.stream().filter(p -> p.overdue(now)).count();
        return tr(
                "classAssignmentsSection.progressSummary",
                done,
                started,
                students.size() - done - started,
                overdue == 0 ? "" : tr("classAssignmentsSection.overdue2", overdue));
    }

    private Div assignmentActions(ClassAssignment reading) {
        Button change = new Button(
                tr("classAssignmentsSection.change"),
                e -> AssignDialog.change(
                                readings.assignmentForEditing(reading.assignmentId()),
                                readings,
                                ClassAssignmentsSection::refresh)
                        .open());
        change.setAriaLabel(tr("classAssignmentsSection.changeTheAssignmentOf", reading.title()));
        Button unassign = new Button(tr("classAssignmentsSection.unassign"), e -> {
            ConfirmDialog confirm = new ConfirmDialog(
                    tr("classAssignmentsSection.unassign2", reading.title()),
                    tr("classAssignmentsSection.studentsNoLongerSeeIt"),
                    tr("classAssignmentsSection.unassign"),
                    ok -> {
                        readings.unassign(reading.assignmentId());
                        refresh();
                    });
            confirm.setCancelable(true);
            confirm.open();
        });
        unassign.setAriaLabel(tr("classAssignmentsSection.unassign3", reading.title()));
        Div actions = new Div(change, unassign);
        readings.assignmentForEditing(reading.assignmentId())
                .nextLesson()
                .ifPresent(next -> actions.addComponentAsFirst(openNext(reading, next)));
        actions.addClassName("assignment-actions");
        return actions;
    }

    /** A lesson's link; a paced lesson says when it opens (while it has not yet) and when it is due. */
    private static ListItem lessonItem(
            long classId, ClassAssignment.LessonLink lesson, @Nullable ScheduledLesson times, Instant now) {
        ListItem item = new ListItem(LessonLinks.to(classId, lesson.lessonId(), lesson.title()));
        if (times != null) {
            String when = times.opensAt().isAfter(now)
                    ? tr("classAssignmentsSection.opens", DateTimes.format(times.opensAt()))
                    : "";
            if (times.dueAt() != null) {
                when += (when.isEmpty() ? tr("classAssignmentsSection.due2") : tr("classAssignmentsSection.due3"))
                        + DateTimes.format(times.dueAt());
            }
            Span schedule = new Span(" · " + when);
            schedule.addClassName("lesson-times");
            item.add(schedule);
        }
        return item;
    }

    /** The class goes through the reading a lesson at a time: the next one opens in one click. */
    private Button openNext(ClassAssignment reading, ClassAssignment.LessonLink next) {
        Button open = new Button(tr("classAssignmentsSection.openNextLesson", next.title()), e -> {
            try {
                ClassAssignment.LessonLink opened = readings.openNextLesson(reading.assignmentId());
                Notification.show(tr("classAssignmentsSection.isNowAssignedToThe", opened.title()));
            } catch (InvalidInputException stale) {
                Notification.show(tr(stale));
            }
            refresh();
        });
        open.setAriaLabel(tr("classAssignmentsSection.openTheNextLessonOf", reading.title(), next.title()));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return open;
    }

    private static void refresh() {
        UI.getCurrent().refreshCurrentRoute(false);
    }
}
