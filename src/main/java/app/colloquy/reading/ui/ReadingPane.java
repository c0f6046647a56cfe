package app.colloquy.reading.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * The lesson text, rendered by the {@code reading-pane} web component in {@code frontend/}. The
 * text goes over as a plain string property, never as HTML, so nothing in it can become markup.
 */
@Tag("reading-pane")
@JsModule("./reading-pane.ts")
class ReadingPane extends Component {

    ReadingPane(String label) {
        getElement().setAttribute("aria-label", label);
    }

    void setText(String text) {
        getElement().setProperty("text", text);
    }
}
