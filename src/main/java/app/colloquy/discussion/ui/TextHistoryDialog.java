package app.colloquy.discussion.ui;

import static app.colloquy.platform.ui.Translate.tr;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/** Earlier texts of a note or an answer, for teachers: when each was written or replaced, and the text itself. */
final class TextHistoryDialog {

    /** One earlier text with the line that says when it was written or replaced. */
    record Entry(String when, String text) {}

    private TextHistoryDialog() {}

    /** Opens the list; {@code newestFirst} numbers it from the highest down, as versions count up. */
    static void open(String title, List<Entry> entries, boolean newestFirst) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        OrderedList list = new OrderedList();
        if (newestFirst) {
            list.getElement().setAttribute("reversed", true);
        }
        for (Entry entry : entries) {
            Paragraph when = new Paragraph(entry.when());
            when.addClassName("note-when");
            Paragraph text = new Paragraph(entry.text());
            text.addClassName("note-body");
            list.add(new ListItem(when, text));
        }
        dialog.add(list);
        dialog.getFooter().add(new Button(tr("common.close"), e -> dialog.close()));
        dialog.open();
    }
}
