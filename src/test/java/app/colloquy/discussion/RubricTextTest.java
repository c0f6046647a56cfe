package app.colloquy.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.colloquy.platform.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RubricTextTest {

    @Test
    void eachLineIsACriterionWithItsLevels() {
        List<Rubric.Criterion> criteria =
                RubricText.parse("Evidence: 2 Strong, 1 Some, 0 None\n\n  Clarity : 1 Clear,0 Unclear  \n");

        assertThat(criteria).extracting(Rubric.Criterion::name).containsExactly("Evidence", "Clarity");
        assertThat(criteria.getFirst().levels())
                .containsExactly(
                        new Rubric.Level(2, "Strong"), new Rubric.Level(1, "Some"), new Rubric.Level(0, "None"));
        assertThat(new Rubric(criteria).maxScore()).isEqualTo(3);
        assertThat(RubricText.parse(new Rubric(criteria).asText())).isEqualTo(criteria);
    }

    @Test
    void emptyTextIsNoRubric() {
        assertThat(RubricText.parse("  \n ")).isEmpty();
    }

    @Test
    void mistakesAreSaidWithTheirLine() {
        assertThatThrownBy(() -> RubricText.parse("Evidence: 2 Strong, 0 None\nClarity 1 Clear"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Line 2: write the criterion, a colon");
        assertThatThrownBy(() -> RubricText.parse("Evidence: 2 Strong, 2 Good"))
                .hasMessage("Line 1: two levels are worth 2 points.");
        assertThatThrownBy(() -> RubricText.parse("Evidence: 2 Strong"))
                .hasMessage("Line 1: give Evidence 2 to 6 levels.");
        assertThatThrownBy(() -> RubricText.parse("Evidence: Strong, 0 None"))
                .hasMessageContaining("points and a name");
        assertThatThrownBy(() -> RubricText.parse("Evidence: 1000 Strong, 0 None"))
                .hasMessageContaining("0 to 100 points");
    }
}
