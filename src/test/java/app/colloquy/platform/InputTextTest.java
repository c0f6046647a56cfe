package app.colloquy.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InputTextTest {

    @Test
    void ordinaryTextInAnyScriptWithTabsAndLineBreaksPasses() {
        assertThat(InputText.required("f", "  Zoë — «Ngô» 🦉\tlines\r\nand more  ", 100, "empty"))
                .isEqualTo("Zoë — «Ngô» 🦉\tlines\r\nand more");
    }

    @Test
    void controlCharactersAreRefusedWithTheirPosition() {
        assertThatThrownBy(() -> InputText.required("title", "ab\u0000c", 100, "empty"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("title");
                    assertThat(e.getMessage()).contains("control character at position 3");
                });
        assertThat(InputText.characterProblem("\u007F")).isPresent();
        assertThat(InputText.characterProblem("\u0085")).as("C1 controls too").isPresent();
    }

    @Test
    void loneSurrogatesAreRefusedNotSavedAsQuestionMarks() {
        assertThat(InputText.characterProblem("owl \uD83E").map(Message::english))
                .get()
                .asString()
                .contains("broken character at position 5");
        assertThat(InputText.characterProblem("\uDD89 owl").map(Message::english))
                .get()
                .asString()
                .contains("position 1");
        assertThat(InputText.characterProblem("🦉🦉 \uDD89").map(Message::english))
                .as("positions count characters, not UTF-16 units")
                .get()
                .asString()
                .contains("position 4");
    }

    @Test
    void blankAndOversizeTextGetTheirMessages() {
        assertThatThrownBy(() -> InputText.required("name", " \n\t ", 10, "problem.readingLimits.giveItATitle"))
                .hasMessage("Give it a title.");
        assertThatThrownBy(() -> InputText.required("name", "x".repeat(11), 10, "problem.readingLimits.giveItATitle"))
                .hasMessageContaining("at most 10");
        assertThat(InputText.optional("term", "   ", 10)).isNull();
    }

    @Test
    void visibleCharactersIgnoreEverythingThatShowsNothing() {
        assertThat(InputText.visibleCharacters("\u200B\u200C\u200D\u2060\uFEFF\u3164\u2800\u00A0\u0301 "))
                .isEmpty();
        assertThat(InputText.visibleCharacters("Ms.\u200B Rivera")).isEqualTo("Ms.Rivera");
    }
}
