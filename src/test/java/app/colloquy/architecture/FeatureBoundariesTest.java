package app.colloquy.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Features (account, classroom, reading, demo, platform, and those to come) form no dependency
 * cycles, counting their views: a feature may use another only if that one never uses it back.
 */
class FeatureBoundariesTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.colloquy");

    @Test
    void featuresAreFreeOfCycles() {
        slices().matching("app.colloquy.(*)..").should().beFreeOfCycles().check(MAIN);
    }
}
