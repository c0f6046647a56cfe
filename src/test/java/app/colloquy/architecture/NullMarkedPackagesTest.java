package app.colloquy.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * Every package is null-marked (JSpecify), so NullAway checks it at compile time: a value that may
 * be null says so with {@code @Nullable}. A view's field set on entering the page (after the
 * constructor, which NullAway cannot follow) says so with {@code @SuppressWarnings("NullAway.Init")}.
 */
class NullMarkedPackagesTest {

    @Test
    void everyPackageIsNullMarked() throws ClassNotFoundException {
        Set<String> unmarked = new TreeSet<>();
        for (String name : packages()) {
            Class<?> anyClass = Class.forName(MainClasses.ALL.stream()
                    .filter(c -> c.getPackageName().equals(name))
                    .findFirst()
                    .orElseThrow()
                    .getName());
            if (!anyClass.getPackage().isAnnotationPresent(NullMarked.class)) {
                unmarked.add(name);
            }
        }
        assertThat(unmarked).isEmpty();
    }

    private static Set<String> packages() {
        Set<String> names = new TreeSet<>();
        MainClasses.ALL.stream().map(JavaClass::getPackageName).forEach(names::add);
        return names;
    }
}
