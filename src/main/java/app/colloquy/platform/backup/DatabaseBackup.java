package app.colloquy.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A school's data as one file: every table of the schema (not Flyway's history) as CSV from
 * PostgreSQL's COPY, taken in one read-only snapshot, with a manifest naming the schema version
 * and the order tables must be loaded in (parents before children). The bundled PostgreSQL has no
 * {@code pg_dump}, and this format also moves data to an external PostgreSQL of another version.
 */
public final class DatabaseBackup {

    static final String MANIFEST = "manifest.properties";
    private static final String FORMAT = "colloquy-backup-1";

    /** What a backup holds: its schema version and its tables with their columns, in load order. */
    public record Manifest(String schemaVersion, Instant createdAt, Map<String, List<String>> tables) {}

    private DatabaseBackup() {}

    /** Writes every table in one consistent snapshot; the connection is used and left open. */
    public static Manifest write(Connection connection, OutputStream out) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            connection.createStatement().execute("set transaction isolation level repeatable read, read only");
            JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            Manifest manifest = new Manifest(schemaVersion(jdbc), Instant.now(), tablesInLoadOrder(jdbc));
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                zip.putNextEntry(new ZipEntry(MANIFEST));
                describe(manifest).store(zip, "Colloquy backup");
                zip.closeEntry();
                for (Map.Entry<String, List<String>> table : manifest.tables().entrySet()) {
                    zip.putNextEntry(new ZipEntry(entryName(table.getKey())));
                    copy.copyOut(
                            "copy " + table.getKey() + " (" + String.join(", ", table.getValue())
                                    + ") to stdout with (format csv)",
                            zip);
                    zip.closeEntry();
                }
            }
            connection.commit();
            return manifest;
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * Reads a backup's manifest, then streams each table's rows to {@code load}, in load order
     * (the order they were written in).
     */
    public static Manifest read(InputStream in, Consumer<Manifest> beforeLoading, TableLoader load)
            throws IOException, SQLException {
        try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            ZipEntry first = zip.getNextEntry();
            if (first == null || !MANIFEST.equals(first.getName())) {
                throw new IOException("Not a Colloquy backup: it does not start with " + MANIFEST);
            }
            Manifest manifest = parse(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            beforeLoading.accept(manifest);
            for (Map.Entry<String, List<String>> table : manifest.tables().entrySet()) {
                ZipEntry entry = zip.getNextEntry();
                if (entry == null || !entry.getName().equals(entryName(table.getKey()))) {
                    throw new IOException("The backup is incomplete: table " + table.getKey() + " is missing");
                }
                load.load(table.getKey(), table.getValue(), zip);
            }
            return manifest;
        }
    }

    /** Loads one table's CSV rows. */
    @FunctionalInterface
    public interface TableLoader {
        void load(String table, List<String> columns, InputStream csvRows) throws SQLException, IOException;
    }

    /** Loads rows into an empty table of the same schema version. */
    public static void copyIn(Connection connection, String table, List<String> columns, InputStream csvRows)
            throws SQLException, IOException {
        connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn(
                        "copy " + table + " (" + String.join(", ", columns) + ") from stdin with (format csv)",
                        csvRows);
    }

    private static String entryName(String table) {
        return "tables/" + table + ".csv";
    }

    /** After loading, identity columns continue after the highest id restored. */
    public static void resetIdentities(JdbcClient jdbc) {
        jdbc.sql("""
                        select table_name, column_name from information_schema.columns
                        where table_schema = 'public' and is_identity = 'YES'""")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(tc -> jdbc.sql("select setval(pg_get_serial_sequence(:t, :c), coalesce((select max("
                                + tc.get(1) + ") from " + tc.get(0) + "), 0) + 1, false)")
                        .param("t", tc.get(0))
                        .param("c", tc.get(1))
                        .query()
                        .singleRow());
    }

    static String schemaVersion(JdbcClient jdbc) {
        return jdbc.sql("""
                        select version from flyway_schema_history where success and version is not null
                        order by installed_rank desc limit 1""").query(String.class).single();
    }

    /**
     * The schema's tables, parents before the tables that refer to them (a topological order of
     * foreign keys; a table referring to itself is loaded in one statement, which PostgreSQL checks
     * at its end).
     */
    static Map<String, List<String>> tablesInLoadOrder(JdbcClient jdbc) {
        List<String> tables = jdbc.sql("""
                        select table_name from information_schema.tables
                        where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'
                        order by table_name""").query(String.class).list();
        Map<String, List<String>> parents = new LinkedHashMap<>();
        tables.forEach(t -> parents.put(t, new ArrayList<>()));
        jdbc.sql("""
                        select distinct child.relname, parent.relname from pg_constraint c
                        join pg_class child on child.oid = c.conrelid join pg_class parent on parent.oid = c.confrelid
                        join pg_namespace n on n.oid = child.relnamespace
                        where c.contype = 'f' and n.nspname = 'public' and child.oid <> parent.oid""")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(
                        edge -> Objects.requireNonNull(parents.get(edge.get(0))).add(edge.get(1)));
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        while (ordered.size() < tables.size()) {
            int before = ordered.size();
            for (String table : tables) {
                if (!ordered.containsKey(table) && ordered.keySet().containsAll(parents.get(table))) {
                    ordered.put(table, columns(jdbc, table));
                }
            }
            if (ordered.size() == before) {
                throw new IllegalStateException("Foreign keys form a cycle among " + parents);
            }
        }
        return ordered;
    }

    private static List<String> columns(JdbcClient jdbc, String table) {
        return jdbc.sql("""
                        select column_name from information_schema.columns
                        where table_schema = 'public' and table_name = :t order by ordinal_position""").param("t", table).query(String.class).list();
    }

    private static Properties describe(Manifest manifest) {
        Properties p = new Properties();
        p.setProperty("format", FORMAT);
        p.setProperty("schemaVersion", manifest.schemaVersion());
        p.setProperty("createdAt", manifest.createdAt().toString());
        p.setProperty("tables", String.join(",", manifest.tables().keySet()));
        manifest.tables().forEach((table, columns) -> p.setProperty("columns." + table, String.join(",", columns)));
        return p;
    }

    private static Manifest parse(String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        if (!FORMAT.equals(p.getProperty("format"))) {
            throw new IOException("Unknown backup format: " + p.getProperty("format"));
        }
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String table : p.getProperty("tables", "").split(",")) {
            if (!table.isBlank()) {
                tables.put(table, List.of(p.getProperty("columns." + table).split(",")));
            }
        }
        return new Manifest(p.getProperty("schemaVersion"), Instant.parse(p.getProperty("createdAt")), tables);
    }
}
