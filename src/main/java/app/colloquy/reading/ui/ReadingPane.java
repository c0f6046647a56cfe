package app.colloquy.reading.ui;

import app.colloquy.reading.LessonParagraph;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import java.util.Collection;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * A lesson's text with highlights, rendered by the {@code reading-pane} web component in
 * {@code frontend/}. Text and highlights go over as data, never as HTML. The paragraphs come
 * from {@link LessonParagraph#of}, the one rule that cuts lesson text, so offsets agree everywhere.
 * Highlights are sent without being kept in the server-side state of the page.
 */
@Tag("reading-pane")
@JsModule("./reading-pane.ts")
public class ReadingPane extends Component {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A highlighted range; {@code symbol} and {@code style} tell highlights apart without colour. */
    public record Highlight(long id, int start, int end, String label, String symbol, int style) {}

    public ReadingPane(String label) {
        getElement().setAttribute("aria-label", label);
    }

    public void setLesson(String text) {
        getElement().setProperty("text", text);
        getElement().setPropertyList("paragraphs", LessonParagraph.of(text));
    }

    /**
     * Shows stretches of text by how much they were annotated, for teachers' review: each
     * highlight's style is its level (1 to 4), its label says how many notes cover it; no markers.
     */
    public void showHeat(List<Highlight> stretches) {
        getElement().setProperty("heat", true);
        showHighlights(stretches);
    }

    public void showHighlights(List<Highlight> highlights) {
        getElement().executeJs("this.highlights = JSON.parse($0)", JSON.writeValueAsString(highlights));
    }

    /**
     * Replaces the highlights of these ids ({@code removed}: takes them away) and keeps the rest,
     * without sending them again: a classmate's note costs the bytes of that note only.
     */
    public void changeHighlights(List<Highlight> changed, Collection<Long> removed) {
        getElement()
                .executeJs(
                        "this.changeHighlights(JSON.parse($0), JSON.parse($1))",
                        JSON.writeValueAsString(changed),
                        JSON.writeValueAsString(removed));
    }

    /** Scrolls to a highlight and focuses its marker. */
    public void reveal(long highlightId) {
        getElement().callJsFunction("reveal", highlightId);
    }

    /** Selects the words of [start, end) in the text and scrolls to them (cited evidence, for instance). */
    public void showRange(int start, int end) {
        getElement().callJsFunction("showRange", start, end);
    }

    public void focusText() {
        getElement().executeJs("this.focus({preventScroll: true})");
    }

    public Registration addAnnotateListener(ComponentEventListener<AnnotateEvent> listener) {
        return addListener(AnnotateEvent.class, listener);
    }

    public Registration addHighlightActivateListener(ComponentEventListener<HighlightActivateEvent> listener) {
        return addListener(HighlightActivateEvent.class, listener);
    }

    /** The reader asked to annotate the words between {@code start} and {@code end} of the stored text. */
    @DomEvent("annotate")
    public static class AnnotateEvent extends ComponentEvent<ReadingPane> {
        private final int start;
        private final int end;
        private final String quote;

        public AnnotateEvent(
                ReadingPane source,
                boolean fromClient,
                @EventData("event.detail.start") int start,
                @EventData("event.detail.end") int end,
                @EventData("event.detail.quote") String quote) {
            super(source, fromClient);
            this.start = start;
            this.end = end;
            this.quote = quote;
        }

        public int start() {
            return start;
        }

        public int end() {
            return end;
        }

        public String quote() {
            return quote;
        }
    }

    /** A highlight was clicked or its marker activated. */
    @DomEvent("highlight-activate")
    public static class HighlightActivateEvent extends ComponentEvent<ReadingPane> {
        private final long id;

        public HighlightActivateEvent(ReadingPane source, boolean fromClient, @EventData("event.detail.id") long id) {
            super(source, fromClient);
            this.id = id;
        }

        public long id() {
            return id;
        }
    }
}
