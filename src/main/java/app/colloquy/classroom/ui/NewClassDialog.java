package app.colloquy.classroom.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.classroom.ClassroomService;
import app.colloquy.classroom.ClassroomSummary;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.ui.Translate;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;

/** Name a new class (and optionally its term or period); it opens on its management page. */
class NewClassDialog extends Dialog {

    private final TextField name = new TextField(tr("newClassDialog.className"));
    private final TextField term = new TextField(tr("newClassDialog.termOrPeriodOptional"));

    NewClassDialog(ClassroomService classrooms) {
        setHeaderTitle(tr("newClassDialog.newClass"));
        name.setMaxLength(100);
        name.setRequiredIndicatorVisible(true);
        name.setPlaceholder(tr("newClassDialog.eGCivicsPeriod3"));
        term.setMaxLength(100);
        FormLayout form = new FormLayout(name, term);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button create = new Button(tr("newClassDialog.createClass"), e -> create(classrooms));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        getFooter().add(new Button(tr("common.cancel"), e -> close()), create);
        addOpenedChangeListener(e -> name.focus());
    }

    private void create(ClassroomService classrooms) {
        try {
            ClassroomSummary created = classrooms.createClassroom(name.getValue(), term.getValue(), Translate.locale());
            var ui = getUI();
            close();
            ui.ifPresent(u ->
                    u.navigate(ClassManageView.class, new RouteParameters("classId", String.valueOf(created.id()))));
        } catch (InvalidInputException problem) {
            TextField field = "term".equals(problem.field()) ? term : name;
            field.setErrorMessage(tr(problem));
            field.setInvalid(true);
        }
    }
}
