package app.colloquy.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import app.colloquy.Application;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyDepth;

/**
 * Which feature may touch which table (docs/decisions/0020). README "Layout" names each table's
 * owner, and this test holds the code to it: only the owner writes a table; another feature reads
 * it only when it depends on the owner (a join for one query per screen goes down the module graph,
 * never up: a feature that needs to know something of a feature built on it asks through an
 * interface it declares, as reading asks {@code LessonWork} whether a lesson is answered).
 */
class TableOwnershipTest {

    /** The backup copies the whole database; it only checks that a restore target is empty. */
    private static final String WHOLE_DATABASE_FILE = "BackupCommand.java";

    private static final Pattern CREATED = Pattern.compile("create table (\\w+)");
    private static final Pattern DROPPED = Pattern.compile("drop table (\\w+)");
    private static final Pattern LAYOUT_ROW = Pattern.compile("^\\| `(\\w+)` \\|.*\\| ([^|]*) \\|$");
    private static final Pattern NAME = Pattern.compile("`(\\w+)(\\*?)`");
    private static final Pattern WRITE = Pattern.compile("\\b(?:insert into|update|delete from) (\\w+)");
    private static final Pattern READ = Pattern.compile("\\b(?:from|join) (\\w+)");

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    private record Use(String module, String file, String table, boolean write) {
        @Override
        public String toString() {
            return module + " " + (write ? "writes " : "reads ") + table + " in " + file;
        }
    }

    @Test
    void everyTableHasExactlyOneOwnerInTheReadme() {
        Map<String, List<String>> owners = new LinkedHashMap<>();
        for (String table : tables()) {
            owners.put(table, ownersOf(table));
        }
        assertThat(owners).allSatisfy((table, who) -> assertThat(who).as(table).hasSize(1));
    }

    @Test
    void onlyTheOwnerWritesATable() {
        assertThat(uses().stream()
                        .filter(Use::write)
                        .filter(use -> !ownersOf(use.table()).contains(use.module())))
                .isEmpty();
    }

    @Test
    void aFeatureReadsAnotherFeaturesTablesOnlyWhenItDependsOnIt() {
        assertThat(uses().stream()
                        .filter(use -> !use.write() && !use.file().equals(WHOLE_DATABASE_FILE))
                        .filter(use -> ownersOf(use.table()).stream()
                                .noneMatch(owner -> owner.equals(use.module()) || dependsOn(use.module(), owner))))
                .isEmpty();
    }

    private static boolean dependsOn(String module, String owner) {
        ApplicationModule user = MODULES.getModuleByName(module).orElseThrow();
        return user.getDependencies(MODULES, DependencyDepth.ALL).containsModuleNamed(owner);
    }

    /** Tables the migrations create and do not drop. */
    private static Set<String> tables() {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("db", "migration"))) {
            for (Path file : files.sorted(TableOwnershipTest::byVersion).toList()) {
                String sql = Files.readString(file).toLowerCase();
                all(CREATED, sql).forEach(tables::add);
                all(DROPPED, sql).forEach(tables::remove);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    private static int byVersion(Path a, Path b) {
        return Integer.compare(version(a), version(b));
    }

    private static int version(Path migration) {
        String name = migration.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    /** The features whose "tables it owns" cell in README "Layout" names the table (a name ending in * is a prefix). */
    private static List<String> ownersOf(String table) {
        List<String> owners = new ArrayList<>();
        for (String line : readme()) {
            Matcher row = LAYOUT_ROW.matcher(line);
            if (!row.matches()) {
                continue;
            }
            Matcher name = NAME.matcher(row.group(2));
            while (name.find()) {
                boolean prefix = !name.group(2).isEmpty();
                if (prefix ? table.startsWith(name.group(1)) : table.equals(name.group(1))) {
                    owners.add(row.group(1));
                }
            }
        }
        return owners;
    }

    private static List<String> readme() {
        try {
            return Files.readAllLines(Path.of("README.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every table named in the SQL of the application's string literals, by the feature whose code holds it. */
    private static List<Use> uses() {
        Set<String> tables = tables();
        Path root = Path.of("src", "main", "java", "app", "colloquy");
        List<Use> uses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = root.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                String module = relative.getName(0).toString();
                String sql = String.join("\n", JavaStrings.in(Files.readString(file)))
                        .toLowerCase()
                        .replaceAll("\\s+", " ");
                String name = file.getFileName().toString();
                all(WRITE, sql).filter(tables::contains).forEach(t -> uses.add(new Use(module, name, t, true)));
                all(READ, sql).filter(tables::contains).forEach(t -> uses.add(new Use(module, name, t, false)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(uses).as("the scan finds the application's SQL").hasSizeGreaterThan(50);
        return uses;
    }

    private static Stream<String> all(Pattern pattern, String text) {
        return pattern.matcher(text).results().map(m -> m.group(1));
    }
}
