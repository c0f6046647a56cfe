package app.colloquy.testsupport;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.communication.UidlWriter;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.ClassUtils;

/**
 * Real Vaadin views in the real Spring context, without a browser. Spring Security's filter does
 * not run here, so the fake request reads the signed-in user from the SecurityContext, as the
 * filter's request wrapper would; Vaadin's access control then applies as in production.
 */
@IntegrationTest
public abstract class BrowserlessTest {

    private static final Routes ROUTES = discoverRoutes();

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected TestAccounts accounts;

    @Autowired
    protected TestReadings testReadings;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setMockRequestFactory(SecurityContextRequest::new);
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    /**
     * The message the next response or push carries to the page, as Vaadin writes it: what a web
     * component drawn from data (the prompts, the threads) gets. Taking it marks it sent.
     */
    protected static String sentToBrowser() {
        return new UidlWriter().createUidl(UI.getCurrent(), true).toString();
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /**
     * Karibu's own discovery sees public classes only; our views are package-private, as each
     * feature's UI should be, so find routes, layouts and error views with Spring's scanner.
     */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        Set<Class<? extends Component>> views = new HashSet<>();
        Set<Class<? extends HasErrorParameter<?>>> errorViews = new HashSet<>();
        for (var candidate : scanner.findCandidateComponents("app.colloquy")) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
            if (HasErrorParameter.class.isAssignableFrom(type)) {
                errorViews.add((Class<? extends HasErrorParameter<?>>) type);
            } else {
                views.add((Class<? extends Component>) type);
            }
        }
        return new Routes(views, errorViews, true);
    }

    private static final class SecurityContextRequest extends FakeRequest {
        SecurityContextRequest(HttpSession session) {
            super(session);
        }

        @Override
        public Principal getUserPrincipal() {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            return auth != null && auth.isAuthenticated() ? auth : null;
        }

        @Override
        public boolean isUserInRole(String role) {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            return auth != null
                    && auth.getAuthorities().stream()
                            .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
        }
    }
}
