package app.colloquy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.colloquy.testsupport.IntegrationTest;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows read into records as Spring's own mapper reads them, on the real database. */
@IntegrationTest
class RowsTest {

    enum Visibility {
        PRIVATE,
        CLASS
    }

    record Row(
            long noteId,
            @Nullable Long parentId,
            String quoteExact,
            boolean asksForAnswer,
            Visibility visibility,
            Instant createdAt,
            @Nullable Instant hiddenAt,
            int textVersion) {}

    record Aliased(long lessonId, String title) {}

    @Autowired
    JdbcClient jdbc;

    @Test
    void underscoredColumnsFillCamelCaseComponentsWithTheirTypes() {
        List<Row> rows = jdbc.sql("""
                        select 7 as note_id, null::bigint as parent_id, 'the words' as quote_exact,
                               true as asks_for_answer, 'CLASS' as visibility,
                               timestamptz '2026-12-07 08:30:00+01' as created_at,
                               null::timestamptz as hidden_at, 3 as text_version
                        union all
                        select 8, 7, 'a reply''s words', false, 'PRIVATE',
                               timestamptz '2026-12-07 07:31:02.5Z', timestamptz '2026-12-07 09:00:00Z', 1
                        order by 1""").query(Rows.of(Row.class)).list();

        assertThat(rows)
                .containsExactly(
                        new Row(
                                7,
                                null,
                                "the words",
                                true,
                                Visibility.CLASS,
                                Instant.parse("2026-12-07T07:30:00Z"),
                                null,
                                3),
                        new Row(
                                8,
                                7L,
                                "a reply's words",
                                false,
                                Visibility.PRIVATE,
                                Instant.parse("2026-12-07T07:31:02.500Z"),
                                Instant.parse("2026-12-07T09:00:00Z"),
                                1));
    }

    @Test
    void aColumnNamedLikeTheComponentIsFoundToo() {
        Aliased row = jdbc.sql("select 5 as \"lessonId\", 'Lesson five' as title")
                .query(Rows.of(Aliased.class))
                .single();

        assertThat(row).isEqualTo(new Aliased(5, "Lesson five"));
    }

    @Test
    void theSameMapperServesEveryQueryOfARecordType() {
        assertThat(Rows.of(Aliased.class)).isSameAs(Rows.of(Aliased.class));
    }
}
