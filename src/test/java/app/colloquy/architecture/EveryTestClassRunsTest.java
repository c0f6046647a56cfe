package app.colloquy.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A test class Maven never runs fails nobody: Surefire runs {@code *Test}, {@code *Tests},
 * {@code Test*} and {@code *TestCase}, Failsafe {@code *IT}. Every source file with tests must match.
 */
class EveryTestClassRunsTest {

    private static final Pattern HAS_TESTS =
            Pattern.compile("@(Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate)\\b");

    @Test
    void everyClassWithTestsHasANameMavenRuns() throws IOException {
        List<String> neverRun;
        try (Stream<Path> files = Files.walk(Path.of("src", "test", "java"))) {
            neverRun = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(EveryTestClassRunsTest::hasTests)
                    .map(f -> f.getFileName().toString().replace(".java", ""))
                    .filter(name -> !runByMaven(name))
                    .toList();
        }
        assertThat(neverRun)
                .as("test classes whose names no Surefire or Failsafe pattern matches")
                .isEmpty();
    }

    static boolean runByMaven(String className) {
        return className.endsWith("Test")
                || className.endsWith("Tests")
                || className.startsWith("Test")
                || className.endsWith("TestCase")
                || className.endsWith("IT");
    }

    /** Test methods in a concrete class; an abstract base runs through the classes that extend it. */
    private static boolean hasTests(Path file) {
        try {
            String source = Files.readString(file);
            String name = file.getFileName().toString().replace(".java", "");
            return HAS_TESTS.matcher(source).find() && !source.contains("abstract class " + name);
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable " + file, e);
        }
    }
}
