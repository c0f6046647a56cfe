package app.colloquy.reading.ui;

import app.colloquy.classroom.ClassroomService;
import app.colloquy.classroom.ClassroomSummary;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.ui.DateTimes;
import app.colloquy.reading.ReadingDraft;
import app.colloquy.reading.ReadingService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;

/**
 * Assign a reading, or some of its lessons, to one of the teacher's classes, with an opening and a
 * due time in the teacher's own time zone (named on screen).
 */
class AssignDialog extends Dialog {

    private final Select<ClassroomSummary> classroom = new Select<>();
    private final CheckboxGroup<ReadingDraft.Lesson> lessons = new CheckboxGroup<>("Lessons");
    private final DateTimePicker opensAt;
    private final DateTimePicker dueAt;

    AssignDialog(long readingId, ReadingDraft reading, ClassroomService classrooms, ReadingService readings) {
        setHeaderTitle("Assign " + reading.title());
        ZoneId zone = DateTimes.zone();
        String zoneName = DateTimes.zoneName(zone);
        List<ClassroomSummary> teaching = classrooms.myClasses().stream().filter(ClassroomSummary::teaching).toList();
        classroom.setLabel("Class");
        classroom.setItems(teaching);
        classroom.setItemLabelGenerator(ClassroomSummary::name);
        classroom.setEmptySelectionAllowed(false);
        if (teaching.size() == 1) {
            classroom.setValue(teaching.getFirst());
        }
        lessons.setItems(reading.lessons());
        lessons.setItemLabelGenerator(l -> l.position() + ". " + l.title());
        lessons.setValue(new HashSet<>(reading.lessons()));
        LocalDateTime now = LocalDateTime.now(zone).withSecond(0).withNano(0);
        opensAt = new DateTimePicker("Opens (" + zoneName + ")", now);
        dueAt = new DateTimePicker("Due (" + zoneName + ")", now.toLocalDate().plusDays(1).atTime(LocalTime.of(23, 59)));
        opensAt.setHelperText("Students see it from then on.");
        FormLayout form = new FormLayout(classroom, opensAt, dueAt, lessons);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        if (teaching.isEmpty()) {
            add(new Paragraph("You do not teach a class yet. Create one under My classes first."));
        }
        add(form);
        Button assign = new Button("Assign", e -> assign(readingId, readings, zone));
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.setEnabled(!teaching.isEmpty());
        getFooter().add(new Button("Cancel", e -> close()), assign);
        setWidth("32rem");
    }

    private void assign(long readingId, ReadingService readings, ZoneId zone) {
        if (classroom.getValue() == null) {
            classroom.setErrorMessage("Choose a class.");
            classroom.setInvalid(true);
            return;
        }
        if (lessons.getValue().isEmpty()) {
            lessons.setErrorMessage("Choose at least one lesson.");
            lessons.setInvalid(true);
            return;
        }
        boolean all = lessons.getValue().size() == lessons.getListDataView().getItemCount();
        List<Long> chosen = all ? List.of() : lessons.getValue().stream().map(ReadingDraft.Lesson::id).sorted().toList();
        try {
            readings.assign(classroom.getValue().id(), readingId, chosen,
                    opensAt.getValue() == null ? null : opensAt.getValue().atZone(zone).toInstant(),
                    dueAt.getValue() == null ? null : dueAt.getValue().atZone(zone).toInstant());
            close();
            Notification.show("Assigned to " + classroom.getValue().name() + ".", 4000, Notification.Position.BOTTOM_START);
        } catch (InvalidInputException problem) {
            dueAt.setErrorMessage(problem.getMessage());
            dueAt.setInvalid(true);
        }
    }
}
