package app.colloquy.discussion.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.discussion.Rubric;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One level per rubric criterion for an answer (arrow keys within a criterion, Tab to the next), and the sum. */
final class RubricPicker extends Div {

    private final Rubric rubric;
    private final List<RadioButtonGroup<Rubric.Level>> groups = new ArrayList<>();
    private final Paragraph total = new Paragraph();

    RubricPicker(Rubric rubric) {
        this.rubric = rubric;
        addClassName("rubric-picker");
        for (Rubric.Criterion criterion : rubric.criteria()) {
            RadioButtonGroup<Rubric.Level> group = new RadioButtonGroup<>(criterion.name());
            group.setItems(criterion.levels());
            group.addValueChangeListener(e -> showTotal());
            groups.add(group);
            add(group);
        }
        total.addClassName("rubric-total");
        total.getElement().setAttribute("aria-live", "polite");
        add(total);
    }

    /** The levels chosen so far for an answer (criterion id to points). */
    void show(Map<Long, Integer> marks) {
        for (int i = 0; i < groups.size(); i++) {
            Rubric.Criterion criterion = rubric.criteria().get(i);
            Integer points = marks.get(criterion.id());
            groups.get(i)
                    .setValue(points == null ? null : criterion.level(points).orElse(null));
            groups.get(i).setInvalid(false);
        }
        showTotal();
    }

    /** Criterion id to the points of the level chosen; criteria without a choice are left out. */
    Map<Long, Integer> marks() {
        Map<Long, Integer> marks = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            Rubric.Level level = groups.get(i).getValue();
            if (level != null) {
                marks.put(rubric.criteria().get(i).id(), level.points());
            }
        }
        return marks;
    }

    /** Marks the first criterion without a level with the service's message. */
    void showProblem(String message) {
        groups.stream().filter(g -> g.getValue() == null).findFirst().ifPresent(g -> {
            g.setErrorMessage(message);
            g.setInvalid(true);
            focus(g);
        });
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible && !rubric.isEmpty());
    }

    void focusFirst() {
        if (!groups.isEmpty()) {
            focus(groups.getFirst());
        }
    }

    /** The group's chosen level, or its first: where the arrow keys then move. */
    private static void focus(RadioButtonGroup<Rubric.Level> group) {
        // After the radios render: they are created in the same round trip as this call.
        group.getElement()
                .executeJs("requestAnimationFrame(() => { const r = this.querySelector("
                        + "'vaadin-radio-button[checked] input') || this.querySelector('vaadin-radio-button input');"
                        + " if (r) { r.focus(); } })");
    }

    private void showTotal() {
        int sum = marks().values().stream().mapToInt(Integer::intValue).sum();
        total.setText(tr("rubricPicker.scoreOf", sum, rubric.maxScore()));
    }
}
