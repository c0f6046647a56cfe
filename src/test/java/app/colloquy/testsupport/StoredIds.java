package app.colloquy.testsupport;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Ids a page holds but no service hands to a test directly, looked up where they are stored. */
@Component
public class StoredIds {

    private final JdbcClient jdbc;

    StoredIds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The answer of {@code accountId} to the prompt in the class, as its page would hold it. */
    public long answer(long classId, long promptId, long accountId) {
        return jdbc.sql("select id from prompt_answer where classroom_id = :c and prompt_id = :p and account_id = :a")
                .param("c", classId)
                .param("p", promptId)
                .param("a", accountId)
                .query(Long.class)
                .single();
    }
}
