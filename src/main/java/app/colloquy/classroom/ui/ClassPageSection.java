package app.colloquy.classroom.ui;

import app.colloquy.classroom.ClassroomSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/**
 * Content another feature adds to a class's page (readings add the assignments). Classes know
 * nothing about those features; each contributes a Spring bean of this type.
 *
 * <p>The production bundle loads a page's web components by what its route class references, and
 * cannot see these beans: every component a section (or a dialog it opens) shows is declared
 * here, so it loads with the class page ({@code ClassPageBundleTest} checks the list).
 */
@Uses(Button.class)
@Uses(Checkbox.class)
@Uses(CheckboxGroup.class)
@Uses(ConfirmDialog.class)
@Uses(DateTimePicker.class)
@Uses(Details.class)
@Uses(Dialog.class)
@Uses(FormLayout.class)
@Uses(Grid.class)
@Uses(IntegerField.class)
@Uses(Notification.class)
@Uses(Select.class)
@Uses(TextField.class)
public interface ClassPageSection {

    /** The components to show for this class, as the person asking sees it; checked by the feature's services. */
    List<Component> content(ClassroomSummary classroom);
}
