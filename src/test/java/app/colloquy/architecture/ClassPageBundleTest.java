package app.colloquy.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import app.colloquy.classroom.ui.ClassPageSection;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.Uses;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The class page is composed at run time from other features' sections (Spring beans), which the
 * production bundle's per-page chunks cannot see: every web component a section can show, also
 * through the dialogs it opens, must be declared on {@link ClassPageSection} with {@code @Uses},
 * or it is missing on a freshly opened class page (the broken "Assign a reading" dialog).
 */
class ClassPageBundleTest {

    @Test
    void everyWebComponentASectionCanShowLoadsWithTheClassPage() {
        Set<String> declared = new TreeSet<>();
        Arrays.stream(ClassPageSection.class.getAnnotationsByType(Uses.class))
                .forEach(u -> declared.add(u.value().getName()));
        Set<String> shown = new TreeSet<>();
        Deque<JavaClass> toVisit =
                new ArrayDeque<>(MainClasses.ALL.get(ClassPageSection.class).getAllSubclasses());
        Set<JavaClass> visited = new HashSet<>();
        while (!toVisit.isEmpty()) {
            JavaClass current = toVisit.pop();
            if (!visited.add(current)) {
                continue;
            }
            for (Dependency dependency : current.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                if (target.getPackageName().startsWith("app.colloquy")
                        && target.getPackageName().endsWith(".ui")) {
                    toVisit.push(target);
                } else if (isWebComponent(target)) {
                    shown.add(target.getName());
                }
            }
        }
        assertThat(shown).as("web components the class page's sections use").isNotEmpty();
        assertThat(declared).as("@Uses on ClassPageSection").containsAll(shown);
    }

    private static boolean isWebComponent(JavaClass type) {
        if (!type.isAssignableTo(Component.class) || type.isEquivalentTo(UI.class)) {
            return false;
        }
        try {
            return Class.forName(type.getName()).getAnnotationsByType(JsModule.class).length > 0;
        } catch (ClassNotFoundException | LinkageError notLoadable) {
            return false;
        }
    }
}
