package app.colloquy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean "the database cannot be reached" (told to users as such) and which do not. */
class DatabaseTroubleTest {

    @Test
    void aConnectionLostMidRequestIsAnOutageEvenWhenTheRollbackFailsToo() {
        TransactionSystemException rollbackFailed =
                new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollbackFailed.initApplicationException(
                new SQLException("terminating connection due to administrator command", "57P01"));

        assertThat(DatabaseTrouble.isCause(rollbackFailed)).isTrue();
    }

    @Test
    void aFailedRollbackAfterAnOrdinaryErrorIsNotAnOutage() {
        TransactionSystemException rollbackFailed =
                new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollbackFailed.initApplicationException(new DataIntegrityViolationException("duplicate key"));

        assertThat(DatabaseTrouble.isCause(rollbackFailed)).isFalse();
        assertThat(DatabaseTrouble.isCause(new SQLException("server closed the connection", "08006")))
                .isTrue();
    }
}
