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

/** Chooses the last of the lessons that follow one to merge into it, in one step instead of one click per lesson. */
class MergeDialog extends Dialog {

    /**
     * @param index the lesson the others join (0-based)
     * @param laterTitles the titles of the lessons after it, in order
     * @param mergeThrough receives the 0-based index of the last lesson to merge
     */
    MergeDialog(String lessonName, int index, List<String> laterTitles, IntConsumer mergeThrough) {
        setHeaderTitle(tr("mergeDialog.mergeWithTheLessonsAfter", lessonName));
        RadioButtonGroup<Integer> last = new RadioButtonGroup<>(tr("mergeDialog.upToAndIncluding"));
        last.setItems(IntStream.range(0, laterTitles.size()).boxed().toList());
        last.setItemLabelGenerator(i -> tr("mergeDialog.lesson", (index + i + 2), title(laterTitles.get(i))));
        last.setValue(0);
        last.addClassName("split-choices");
        last.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        Button merge = new Button(tr("mergeDialog.merge"), e -> {
            close();
            mergeThrough.accept(index + 1 + last.getValue());
        });
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(tr("mergeDialog.theChosenLessonsBecomePart")), last);
        getFooter().add(new Button(tr("common.cancel"), e -> close()), merge);
        setMaxWidth("40rem");
    }

    private static String title(String heading) {
        return heading.isBlank() ? "(untitled)" : heading;
    }
}
