package app.colloquy.discussion.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyedItemsTest {

    record Row(long id, String text) {}

    final UnorderedList list = new UnorderedList();
    final KeyedItems<Row> items = new KeyedItems<>(list, Row::id, row -> new ListItem(row.text()));

    @Test
    void onlyChangedItemsAreRedrawnAndNewOnesAppended() {
        items.show(List.of(new Row(1, "one"), new Row(2, "two")));
        List<Component> before = list.getChildren().toList();

        items.show(List.of(new Row(1, "one"), new Row(2, "two, edited"), new Row(3, "three")));
        List<Component> after = list.getChildren().toList();

        assertThat(after).hasSize(3);
        assertThat(after.get(0)).as("unchanged: the same element").isSameAs(before.get(0));
        assertThat(after.get(1)).isNotSameAs(before.get(1));
        assertThat(after).extracting(c -> ((ListItem) c).getText()).containsExactly("one", "two, edited", "three");
    }

    @Test
    void aRemovedItemGoesAndTheOthersStay() {
        items.show(List.of(new Row(1, "one"), new Row(2, "two"), new Row(3, "three")));
        Component third = list.getChildren().toList().get(2);
        items.show(List.of(new Row(1, "one"), new Row(3, "three")));
        assertThat(list.getChildren().toList())
                .extracting(c -> ((ListItem) c).getText())
                .containsExactly("one", "three");
        assertThat(list.getChildren().toList().get(1)).isSameAs(third);
    }

    @Test
    void aNewOrderOrAClearRedrawsEverything() {
        items.show(List.of(new Row(1, "one"), new Row(2, "two")));
        Component first = list.getChildren().findFirst().orElseThrow();
        items.show(List.of(new Row(2, "two"), new Row(1, "one")));
        assertThat(list.getChildren().toList())
                .extracting(c -> ((ListItem) c).getText())
                .containsExactly("two", "one");
        assertThat(list.getChildren().toList()).doesNotContain(first);

        Component second = list.getChildren().toList().get(1);
        items.clear();
        items.show(List.of(new Row(2, "two"), new Row(1, "one")));
        assertThat(list.getChildren().toList()).doesNotContain(second);
    }
}
