package app.colloquy.account;

import app.colloquy.platform.NotFoundException;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is asking: every service method starts here before it reads or writes. */
@Component
public class CurrentUser {

    public Optional<SignedInUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in user; anonymous callers get "not found" rather than a hint that something exists. */
    public SignedInUser require() {
        return get().orElseThrow(NotFoundException::new);
    }

    /**
     * For work the node does for many people at once (live updates), never for a request: fails
     * unless running as {@link SystemActor}.
     */
    public void requireSystem() {
        if (!get().map(SystemActor::isSystem).orElse(false)) {
            throw new AccessDeniedException("Only the application itself may ask this");
        }
    }

    /** The signed-in admin; anyone else is refused. */
    public SignedInUser requireAdmin() {
        SignedInUser user = require();
        if (!user.admin()) {
            throw new AccessDeniedException("Only an admin may do this");
        }
        return user;
    }

    public long requireAccountId() {
        return require().accountId();
    }
}
