package app.colloquy.architecture;

import app.colloquy.Application;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The features are Spring Modulith application modules: no cycles, and a feature uses another only
 * through its root package (services and records) or its declared "ui" interface; `platform` is
 * open to all. The module diagrams are written to target/spring-modulith-docs (copied to docs/modules).
 */
class ModulesTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void featuresUseEachOtherOnlyThroughWhatTheyExpose() {
        MODULES.verify();
    }

    @Test
    void theModulePictureIsDrawn() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
