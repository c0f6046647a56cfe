package app.colloquy.reading.ui;

import static app.colloquy.platform.ui.Translate.tr;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/** Choose the paragraph where a new lesson starts. */
class SplitDialog extends Dialog {

    SplitDialog(String lessonName, List<String> paragraphs, IntConsumer splitBefore) {
        setHeaderTitle(tr("splitDialog.split", lessonName));
        RadioButtonGroup<Integer> start = new RadioButtonGroup<>(tr("splitDialog.theNewLessonStartsWith"));
        start.setItems(IntStream.range(1, paragraphs.size()).boxed().toList());
        start.setItemLabelGenerator(i -> tr("splitDialog.paragraph", (i + 1), opening(paragraphs.get(i))));
        start.setValue(1);
        start.addClassName("split-choices");
        start.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        Button split = new Button(tr("splitDialog.splitHere"), e -> {
            close();
            splitBefore.accept(start.getValue());
        });
        split.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(tr("splitDialog.everythingBeforeTheChosenParagraph")), start);
        getFooter().add(new Button(tr("common.cancel"), e -> close()), split);
        setMaxWidth("40rem");
    }

    private static String opening(String paragraph) {
        String flat = paragraph.replaceAll("\\s+", " ").strip();
        return flat.length() <= 90 ? flat : flat.substring(0, 90) + "…";
    }
}
