package app.colloquy.platform.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.NotFoundException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * Asks why before an act that needs a reason (flagging, hiding, keeping). A refused reason is shown
 * on the field and the dialog stays open with what was typed.
 */
public final class ReasonDialog {

    private ReasonDialog() {}

    /** {@code act} runs with the reason; {@code done} after it succeeded (a redraw, a message). */
    public static void open(
            String title, String explanation, String confirm, int maxLength, Consumer<String> act, Runnable done) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        TextArea reason = new TextArea(tr("reasonDialog.reason"));
        reason.setWidthFull();
        reason.setMaxLength(maxLength);
        reason.setHelperText(tr("reasonDialog.upToCharacters", maxLength));
        dialog.add(new Paragraph(explanation), reason);
        Button ok = new Button(confirm, e -> {
            try {
                act.accept(reason.getValue());
                dialog.close();
                done.run();
            } catch (InvalidInputException refused) {
                reason.setErrorMessage(tr(refused));
                reason.setInvalid(true);
            } catch (NotFoundException gone) {
                reason.setErrorMessage(tr("reasonDialog.thatIsNoLongerThere"));
                reason.setInvalid(true);
            }
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(tr("common.cancel"), e -> dialog.close()), ok);
        dialog.addOpenedChangeListener(e -> reason.focus());
        dialog.open();
    }
}
