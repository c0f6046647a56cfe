package app.colloquy.reading.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.classroom.ClassroomService;
import app.colloquy.classroom.ClassroomSummary;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.ui.ComponentTexts;
import app.colloquy.platform.ui.DateTimes;
import app.colloquy.reading.AlreadyAssignedException;
import app.colloquy.reading.AssignmentDetails;
import app.colloquy.reading.ClassAssignment.LessonLink;
import app.colloquy.reading.LibraryService;
import app.colloquy.reading.ReadingDraft;
import app.colloquy.reading.ReadingService;
import app.colloquy.reading.ReadingSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Assigns a reading (or some of its lessons) to a class, or changes an assignment, with opening
 * and due times in the teacher's own time zone (named on screen). Opened from a reading's editor
 * (choose the class), from a class's page (choose the reading), or on an existing assignment.
 * Assigning a reading the class already has offers to change that assignment instead.
 */
class AssignDialog extends Dialog {

    private final ReadingService readings;
    private final Runnable onSaved;
    private final ZoneId zone = DateTimes.zone();
    private final CheckboxGroup<LessonLink> lessons = new CheckboxGroup<>(tr("assignDialog.lessons"));
    private final DateTimePicker opensAt;
    private final DateTimePicker dueAt;
    private final IntegerField daysBetween = new IntegerField(tr("assignDialog.daysBetweenLessons"));
    private final UnorderedList schedule = new UnorderedList();
    private final Paragraph problem = new Paragraph();
    private boolean offeredChange;

    private AssignDialog(String title, ReadingService readings, Runnable onSaved) {
        this.readings = readings;
        this.onSaved = onSaved;
        setHeaderTitle(title);
        String zoneName = DateTimes.zoneName(zone);
        LocalDateTime now = LocalDateTime.now(zone).withSecond(0).withNano(0);
        opensAt = new DateTimePicker(tr("assignDialog.opens", zoneName), now);
        dueAt = new DateTimePicker(
                tr("assignDialog.due", zoneName), now.toLocalDate().plusDays(1).atTime(LocalTime.of(23, 59)));
        ComponentTexts.localize(opensAt);
        ComponentTexts.localize(dueAt);
        opensAt.setHelperText(tr("assignDialog.studentsSeeItFromThen"));
        daysBetween.setMin(0);
        daysBetween.setMax(ReadingService.MAX_DAYS_BETWEEN_LESSONS);
        daysBetween.setValue(0);
        daysBetween.setStepButtonsVisible(true);
        daysBetween.setHelperText(tr("assignDialog.0EveryLessonOpensAt"));
        schedule.addClassName("lesson-schedule");
        schedule.getElement().setAttribute("aria-label", tr("assignDialog.whenEachLessonOpensAnd"));
        opensAt.addValueChangeListener(e -> showSchedule());
        dueAt.addValueChangeListener(e -> showSchedule());
        daysBetween.addValueChangeListener(e -> showSchedule());
        lessons.addValueChangeListener(e -> showSchedule());
        lessons.setItemLabelGenerator(l -> l.position() + ". " + l.title());
        problem.addClassName("composer-problem");
        problem.getElement().setAttribute("role", "alert");
        setWidth("32rem");
    }

    /** From a reading's editor: the teacher chooses one of their classes. */
    static AssignDialog forReading(ReadingDraft reading, ClassroomService classrooms, ReadingService readings) {
        AssignDialog dialog = new AssignDialog(tr("assignDialog.assign", reading.title()), readings, () -> {});
        List<ClassroomSummary> teaching = classrooms.myClasses().stream()
                .filter(ClassroomSummary::teaching)
                .toList();
        Select<ClassroomSummary> classroom = new Select<>();
        classroom.setLabel(tr("assignDialog.class"));
        classroom.setItems(teaching);
        classroom.setItemLabelGenerator(ClassroomSummary::name);
        if (teaching.size() == 1) {
            classroom.setValue(teaching.getFirst());
        }
        dialog.showLessons(
                reading.lessons().stream()
                        .map(l -> new LessonLink(l.id(), l.position(), l.title()))
                        .toList(),
                Set.of());
        if (teaching.isEmpty()) {
            dialog.add(new Paragraph(tr("assignDialog.youDoNotTeachA")));
        }
        dialog.layout(classroom, tr("assignDialog.assign2"), () -> {
                    if (classroom.getValue() == null) {
                        classroom.setErrorMessage(tr("assignDialog.chooseAClass"));
                        classroom.setInvalid(true);
                        return false;
                    }
                    return dialog.assign(
                            classroom.getValue().id(),
                            reading.id(),
                            classroom.getValue().name());
                })
                .setEnabled(!teaching.isEmpty());
        return dialog;
    }

    /** From a class's page: the teacher chooses one of their readings. */
    static AssignDialog forClass(
            ClassroomSummary classroom, LibraryService library, ReadingService readings, Runnable onSaved) {
        AssignDialog dialog =
                new AssignDialog(tr("assignDialog.assignAReadingTo", classroom.name()), readings, onSaved);
        List<ReadingSummary> mine = library.myReadings();
        Select<ReadingSummary> reading = new Select<>();
        reading.setLabel(tr("assignDialog.reading"));
        reading.setItems(mine);
        reading.setItemLabelGenerator(ReadingSummary::title);
        reading.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                ReadingDraft draft = library.readingForEditing(e.getValue().id());
                dialog.showLessons(
                        draft.lessons().stream()
                                .map(l -> new LessonLink(l.id(), l.position(), l.title()))
                                .toList(),
                        Set.of());
            }
        });
        if (mine.isEmpty()) {
            dialog.add(new Paragraph(tr("assignDialog.youHaveNoReadingsYet")));
        }
        dialog.layout(reading, tr("assignDialog.assignButton"), () -> {
                    if (reading.getValue() == null) {
                        reading.setErrorMessage(tr("assignDialog.chooseAReading"));
                        reading.setInvalid(true);
                        return false;
                    }
                    return dialog.assign(classroom.id(), reading.getValue().id(), classroom.name());
                })
                .setEnabled(!mine.isEmpty());
        return dialog;
    }

    /** Changes an existing assignment's lessons and times. */
    static AssignDialog change(AssignmentDetails assignment, ReadingService readings, Runnable onSaved) {
        AssignDialog dialog = new AssignDialog(
                tr("assignDialog.changeTheAssignmentOf", assignment.readingTitle()), readings, onSaved);
        dialog.showLessons(
                assignment.lessons(), assignment.wholeReading() ? null : Set.copyOf(assignment.chosenLessonIds()));
        dialog.opensAt.setValue(LocalDateTime.ofInstant(assignment.opensAt(), dialog.zone));
        dialog.dueAt.setValue(
                assignment.dueAt() == null ? null : LocalDateTime.ofInstant(assignment.dueAt(), dialog.zone));
        dialog.dueAt.setHelperText(tr("assignDialog.clearItForNoDue"));
        dialog.daysBetween.setValue(assignment.daysBetweenLessons());
        dialog.layout(
                null,
                tr("assignDialog.saveChanges"),
                () -> dialog.save(
                        () -> readings.updateAssignment(
                                assignment.assignmentId(),
                                dialog.chosenLessons(),
                                dialog.instant(dialog.opensAt),
                                dialog.instant(dialog.dueAt),
                                dialog.days()),
                        tr("assignDialog.assignmentChanged")));
        return dialog;
    }

    /** {@code chosen} null: all lessons ticked. */
    private void showLessons(List<LessonLink> all, @Nullable Set<Long> chosen) {
        lessons.setItems(all);
        lessons.setValue(all.stream()
                .filter(l -> chosen == null || chosen.isEmpty() || chosen.contains(l.lessonId()))
                .collect(Collectors.toCollection(HashSet::new)));
    }

    private Button layout(@Nullable Component picker, String action, BooleanSupplier submit) {
        FormLayout form = new FormLayout();
        if (picker != null) {
            form.add(picker);
        }
        form.add(opensAt, dueAt, lessons, daysBetween, schedule, problem);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button save = new Button(action, e -> {
            if (submit.getAsBoolean()) {
                close();
                onSaved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(tr("common.cancel"), e -> close()), save);
        return save;
    }

    private boolean assign(long classroomId, long readingId, String className) {
        try {
            return save(
                    () -> readings.assign(
                            classroomId, readingId, chosenLessons(), instant(opensAt), instant(dueAt), days()),
                    tr("assignDialog.assignedTo", className));
        } catch (AlreadyAssignedException already) {
            offerChange(already);
            return false;
        }
    }

    /** The class has this reading already: say so, and open that assignment for changing. */
    private void offerChange(AlreadyAssignedException already) {
        problem.setText(tr(already));
        if (offeredChange) {
            return;
        }
        offeredChange = true;
        Button change = new Button(tr("assignDialog.changeTheExistingAssignment"), e -> {
            close();
            change(readings.assignmentForEditing(already.assignmentId()), readings, onSaved)
                    .open();
        });
        change.addClassName("change-existing");
        getFooter().addComponentAsFirst(change);
    }

    private boolean save(Runnable change, String done) {
        if (lessons.getValue().isEmpty()) {
            lessons.setErrorMessage(tr("assignDialog.chooseAtLeastOneLesson"));
            lessons.setInvalid(true);
            return false;
        }
        try {
            change.run();
            Notification.show(done, 4000, Notification.Position.BOTTOM_START);
            return true;
        } catch (AlreadyAssignedException already) {
            throw already;
        } catch (InvalidInputException refused) {
            if (refused.field().equals("daysBetweenLessons")) {
                daysBetween.setErrorMessage(tr(refused));
                daysBetween.setInvalid(true);
            } else {
                dueAt.setErrorMessage(tr(refused));
                dueAt.setInvalid(true);
            }
            return false;
        }
    }

    /** Empty list: the whole reading, including lessons added to it later. */
    private List<Long> chosenLessons() {
        boolean all = lessons.getValue().size() == lessons.getListDataView().getItemCount();
        return all
                ? List.of()
                : lessons.getValue().stream().map(LessonLink::lessonId).sorted().toList();
    }

    private int days() {
        return daysBetween.getValue() == null ? 0 : daysBetween.getValue();
    }

    /** With lessons spaced out, each chosen lesson with its own times, as students will get them. */
    private void showSchedule() {
        schedule.removeAll();
        LocalDateTime opens = opensAt.getValue();
        boolean paced = days() > 0 && opens != null && lessons.getValue().size() > 1;
        schedule.setVisible(paced);
        dueAt.setHelperText(paced ? tr("assignDialog.ofTheFirstLesson") : tr("assignDialog.clearItForNoDue"));
        if (!paced) {
            return;
        }
        List<LessonLink> chosen = lessons.getValue().stream()
                .sorted(Comparator.comparingInt(LessonLink::position))
                .toList();
        LocalDateTime due = dueAt.getValue();
        for (int k = 0; k < chosen.size(); k++) {
            LocalDateTime lessonOpens = opens.plusDays((long) k * days());
            String times = tr(
                    "assignDialog.opens2",
                    DateTimes.format(lessonOpens.atZone(zone).toInstant()),
                    (due == null
                            ? ""
                            : tr(
                                    "assignDialog.due2",
                                    DateTimes.format(due.plusDays((long) k * days())
                                            .atZone(zone)
                                            .toInstant()))));
            schedule.add(
                    new ListItem(chosen.get(k).position() + ". " + chosen.get(k).title() + ": " + times));
        }
    }

    private @Nullable Instant instant(DateTimePicker picker) {
        return picker.getValue() == null ? null : picker.getValue().atZone(zone).toInstant();
    }
}
