package app.colloquy.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Links name the configured public address, whatever address the teacher's own browser used. */
class PublicAddressTest {

    @Test
    void theConfiguredAddressStartsEveryLink() {
        assertThat(new PublicAddress("https://colloquy.school.example/").url("/join/ABCD2345"))
                .isEqualTo("https://colloquy.school.example/join/ABCD2345");
        assertThat(new PublicAddress(" https://school.example/colloquy ").url("/join/ABCD2345"))
                .isEqualTo("https://school.example/colloquy/join/ABCD2345");
    }

    @Test
    void withoutConfigurationOrARequestALinkIsItsPath() {
        assertThat(new PublicAddress("").url("/join/ABCD2345")).isEqualTo("/join/ABCD2345");
    }

    @Test
    void anAddressThatIsNoWebAddressStopsStartUpWithAMessage() {
        assertThatThrownBy(() -> new PublicAddress("colloquy.school.example"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("https://");
        assertThatThrownBy(() -> new PublicAddress("javascript:alert(1)")).isInstanceOf(IllegalStateException.class);
    }
}
