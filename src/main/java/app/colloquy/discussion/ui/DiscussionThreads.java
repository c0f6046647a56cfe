package app.colloquy.discussion.ui;

import static app.colloquy.platform.ui.Translate.tr;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The threads beside the lesson text, rendered by the {@code discussion-threads} web component
 * from data: the server neither keeps the data nor creates a component per note.
 */
@Tag("discussion-threads")
@JsModule("./discussion-threads.ts")
class DiscussionThreads extends Component {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The names of the component's own words; each is {@code threads.<name>} in the message bundle. */
    private static final List<String> WORDS = List.of(
            "empty",
            "notesInTextOrder",
            "orphansHeading",
            "orphansExplained",
            "note",
            "replies",
            "deleted",
            "reply",
            "teacher",
            "edited",
            "hidden",
            "hiddenReason",
            "showInText",
            "helpful",
            "edit",
            "delete",
            "earlierVersions",
            "flag",
            "showAgain",
            "hide");

    DiscussionThreads() {
        Map<String, String> words = new LinkedHashMap<>();
        WORDS.forEach(word -> words.put(word, tr("threads." + word)));
        getElement().executeJs("this.words = JSON.parse($0)", JSON.writeValueAsString(words));
    }

    void show(ThreadsData.Data data) {
        getElement().executeJs("this.data = JSON.parse($0)", JSON.writeValueAsString(data));
    }

    /** Redraws the changed threads in place and takes away the removed ones; the rest of the list stays as it is. */
    void change(ThreadsData.Changes changes) {
        getElement().executeJs("this.change(JSON.parse($0))", JSON.writeValueAsString(changes));
    }

    void showThread(long id) {
        getElement().callJsFunction("showThread", id);
    }

    Registration addActionListener(ComponentEventListener<ActionEvent> listener) {
        return addListener(ActionEvent.class, listener);
    }

    Registration addShowListener(ComponentEventListener<ShowEvent> listener) {
        return addListener(ShowEvent.class, listener);
    }

    /** Reply, edit, delete, helpful or unhelpful on one note. */
    @DomEvent("thread-action")
    public static class ActionEvent extends ComponentEvent<DiscussionThreads> {
        private final String action;
        private final long id;

        public ActionEvent(
                DiscussionThreads source,
                boolean fromClient,
                @EventData("event.detail.action") String action,
                @EventData("event.detail.id") long id) {
            super(source, fromClient);
            this.action = action;
            this.id = id;
        }

        String action() {
            return action;
        }

        long id() {
            return id;
        }
    }

    /** "Show in text" on a thread. */
    @DomEvent("thread-show")
    public static class ShowEvent extends ComponentEvent<DiscussionThreads> {
        private final long id;

        public ShowEvent(DiscussionThreads source, boolean fromClient, @EventData("event.detail.id") long id) {
            super(source, fromClient);
            this.id = id;
        }

        long id() {
            return id;
        }
    }
}
