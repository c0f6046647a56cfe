package app.colloquy.classroom.ui;

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
        dialog.setHeaderTitle("Join " + className);
        dialog.setSizeFull();
        Span code = new Span(join.joinCode());
        code.addClassName("join-code");
        code.addClassName("projected");
        code.getElement()
                .setAttribute(
                        "aria-label",
                        "Join code " + String.join(" ", join.joinCode().split("")));
        Paragraph how = new Paragraph(
                join.joiningEnabled()
                        ? "Go to " + link(join.joinCode(), address) + " or choose \"Join a class\" and type this code."
                        : "Joining is switched off for this class.");
        how.addClassName("join-how");
        dialog.add(code, how);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
        return dialog;
    }

    /** The join link as students type it, at the address they reach Colloquy at. */
    static String link(String joinCode, PublicAddress address) {
        return address.url("/join/" + joinCode);
    }
}
