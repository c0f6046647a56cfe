package app.colloquy.classroom.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.classroom.JoinSettings;
import app.colloquy.platform.ui.PublicAddress;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The join code filling the screen, for a projector: the code, the join link, and how to join. */
final class JoinCodeDisplay {

    private JoinCodeDisplay() {}

    static Dialog open(String className, JoinSettings join, PublicAddress address) {
        Dialog dialog = new Dialog();
        dialog.addClassName("join-projector");
        dialog.setHeaderTitle(tr("joinCodeDisplay.join", className));
        dialog.setSizeFull();
        Span code = new Span(join.joinCode());
        code.addClassName("join-code");
        code.addClassName("projected");
        code.getElement()
                .setAttribute(
                        "aria-label",
                        tr(
                                "joinCodeDisplay.joinCode",
                                String.join(" ", join.joinCode().split(""))));
        Paragraph how = new Paragraph(
                join.joiningEnabled()
                        ? tr("joinCodeDisplay.goToOrChooseJoin", link(join.joinCode(), address))
                        : tr("joinCodeDisplay.joiningIsSwitchedOffFor"));
        how.addClassName("join-how");
        dialog.add(code, how);
        dialog.getFooter().add(new Button(tr("common.close"), e -> dialog.close()));
        dialog.open();
        return dialog;
    }

    /** The join link as students type it, at the address they reach Colloquy at. */
    static String link(String joinCode, PublicAddress address) {
        return address.url("/join/" + joinCode);
    }
}
