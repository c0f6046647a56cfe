package app.colloquy.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import app.colloquy.platform.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.access.AccessDeniedException;

/**
 * An access matrix: every operation of a feature's services, tried by every kind of caller on a
 * fresh fixture each time. The allowed callers succeed; all others are refused by the service
 * itself (not found, or access denied). Subclasses list the operations in {@code operations()}.
 *
 * @param <A> the kinds of caller
 * @param <F> what one attempt works on (a fresh class, reading, ...)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AccessMatrixTestCase<A extends Enum<A>, F> {

    /** One service call, and the kinds of caller allowed to make it. */
    public record Operation<A, F>(String name, Set<A> allowed, Function<F, Object> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    private enum Outcome {
        DONE,
        REFUSED
    }

    /** Every kind of caller, in the order they are tried. */
    protected abstract A[] callers();

    /** A fresh fixture, so one attempt cannot influence another. */
    protected abstract F freshFixture();

    /** Makes the call as this kind of caller (e.g. signed in as them, or anonymously). */
    protected abstract Object callAs(A caller, F fixture, Supplier<Object> call);

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void onlyTheAllowedCallersMayPerform(Operation<A, F> operation) {
        List<String> wrong = new ArrayList<>();
        for (A caller : callers()) {
            F fixture = freshFixture();
            Outcome outcome = attempt(caller, fixture, operation);
            boolean allowed = operation.allowed().contains(caller);
            if (allowed != (outcome == Outcome.DONE)) {
                wrong.add(caller + (allowed ? " should be allowed" : " should be refused") + " but was " + outcome);
            }
        }
        assertThat(wrong).as(operation.name()).isEmpty();
    }

    private Outcome attempt(A caller, F fixture, Operation<A, F> operation) {
        try {
            callAs(caller, fixture, () -> operation.call().apply(fixture));
            return Outcome.DONE;
        } catch (NotFoundException | AccessDeniedException refused) {
            return Outcome.REFUSED;
        }
    }

    /** A call that returns nothing, as an operation. */
    protected static Object run(Runnable action) {
        action.run();
        return null;
    }
}
