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
import org.jspecify.annotations.Nullable;

/**
 * Asks for one text before an act: a reason (flagging, hiding, keeping) or a reply. A refused text
 * is explained on the field and the dialog stays open with what was typed.
 */
public final class TextDialog {

    /** What the dialog says: its title, an explanation above the field (or none), the field's label,
     * the button that acts, and the message when what it acts on is gone. */
    public record Wording(String title, @Nullable String explanation, String field, String confirm, String gone) {}

    private TextDialog() {}

    /** Asks why before an act that needs a reason; {@code done} runs after it succeeded. */
    public static void askReason(
            String title, String explanation, String confirm, int maxLength, Consumer<String> act, Runnable done) {
        open(
                new Wording(
                        title, explanation, tr("reasonDialog.reason"), confirm, tr("reasonDialog.thatIsNoLongerThere")),
                maxLength,
                act,
                done);
    }

    /** {@code act} runs with the text; {@code done} after it succeeded (a redraw, a message). */
    public static void open(Wording words, int maxLength, Consumer<String> act, Runnable done) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(words.title());
        TextArea text = new TextArea(words.field());
        text.setWidthFull();
        text.setMinHeight("6rem");
        text.setMaxLength(maxLength);
        text.setHelperText(tr("reasonDialog.upToCharacters", maxLength));
        if (words.explanation() != null) {
            dialog.add(new Paragraph(words.explanation()));
        }
        dialog.add(text);
        Button ok = new Button(words.confirm(), e -> {
            try {
                act.accept(text.getValue());
                dialog.close();
                done.run();
            } catch (InvalidInputException refused) {
                text.setErrorMessage(tr(refused));
                text.setInvalid(true);
            } catch (NotFoundException gone) {
                text.setErrorMessage(words.gone());
                text.setInvalid(true);
            }
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(tr("common.cancel"), e -> dialog.close()), ok);
        dialog.addOpenedChangeListener(e -> text.focus());
        dialog.open();
    }
}
