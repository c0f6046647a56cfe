package app.colloquy.account;

import com.vaadin.flow.internal.CurrentInstance;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (demo data) through the same services a person uses, with admin rights,
 * instead of writing to tables behind the services' backs. Never reachable from a request.
 */
public final class SystemActor {

    private static final SignedInUser SYSTEM = new SignedInUser(0, "system", "System", true, false, 1, null);

    private SystemActor() {}

    /** Whether this is the node's own identity (start-up work, live updates), which no request can carry. */
    static boolean isSystem(SignedInUser user) {
        return user == SYSTEM;
    }

    public static <T> T call(Supplier<T> work) {
        return callAs(SYSTEM, work);
    }

    /**
     * Runs work as the given account: the demo teacher creating their class, or a screen updated
     * by push re-reading with the identity of the person it was opened for (push threads carry
     * no request and no security context; docs/decisions/0012).
     */
    public static <T> T callAs(SignedInUser user, Supplier<T> work) {
        // In a tab's request Vaadin's security context strategy reads the signed-in person from the
        // tab's session before the thread's own context: step outside the tab while the work runs.
        Map<Class<?>, CurrentInstance> tab = CurrentInstance.getInstances();
        CurrentInstance.clearAll();
        try {
            return callInThread(user, work);
        } finally {
            CurrentInstance.restoreInstances(tab);
        }
    }

    private static <T> T callInThread(SignedInUser user, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        boolean someoneBefore = previous.getAuthentication() != null;
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            // Leave the thread as it was: a thread that had nobody keeps nobody, rather than an empty
            // context object that the strategy may have made up while being asked.
            if (someoneBefore) {
                SecurityContextHolder.setContext(previous);
            } else {
                SecurityContextHolder.clearContext();
            }
        }
    }
}
