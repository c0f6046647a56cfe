package app.colloquy.discussion.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A list whose items are redrawn only when their data changed. Live updates arrive while people
 * read and click: an item that did not change keeps its elements, so focus, a screen reader's
 * place and a click on its way stay where they were. A changed order redraws the list.
 */
final class KeyedItems<T> {

    private final UnorderedList list;
    private final Function<T, Object> key;
    private final Function<T, ListItem> render;
    private List<Object> keys = List.of();
    private final Map<Object, T> shown = new HashMap<>();
    private final Map<Object, ListItem> items = new HashMap<>();

    KeyedItems(UnorderedList list, Function<T, Object> key, Function<T, ListItem> render) {
        this.list = list;
        this.key = key;
        this.render = render;
    }

    void show(List<T> data) {
        List<Object> newKeys = data.stream().map(key).toList();
        List<Object> staying = keys.stream().filter(newKeys::contains).toList();
        if (newKeys.size() < staying.size()
                || !newKeys.subList(0, staying.size()).equals(staying)) {
            clear();
        } else {
            keys.stream().filter(k -> !newKeys.contains(k)).forEach(gone -> {
                list.remove(items.remove(gone));
                shown.remove(gone);
            });
        }
        for (T each : data) {
            Object k = key.apply(each);
            ListItem old = items.get(k);
            if (old != null && each.equals(shown.get(k))) {
                continue;
            }
            ListItem item = render.apply(each);
            if (old == null) {
                list.add(item);
            } else {
                list.getElement().setChild(list.getElement().indexOfChild(old.getElement()), item.getElement());
            }
            items.put(k, item);
            shown.put(k, each);
        }
        keys = new ArrayList<>(newKeys);
    }

    /** Forgets what is drawn, so the next {@link #show} draws every item afresh. */
    void clear() {
        list.removeAll();
        keys = List.of();
        shown.clear();
        items.clear();
    }
}
