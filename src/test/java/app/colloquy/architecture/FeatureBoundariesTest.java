package app.colloquy.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

/**
 * Features (account, classroom, reading, demo, platform, and those to come) form no dependency
 * cycles, counting their views: a feature may use another only if that one never uses it back.
 */
class FeatureBoundariesTest {

    @Test
    void featuresAreFreeOfCycles() {
        slices().matching("app.colloquy.(*)..").should().beFreeOfCycles().check(MainClasses.ALL);
    }
}
