package app.colloquy.platform.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.platform.NamedPrincipal;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The frame around every signed-in screen: the app's name, navigation, and who is signed in. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    public MainLayout(AuthenticationContext authentication) {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(tr("mainLayout.menu"));
        Anchor brand = new Anchor("", tr("common.colloquy"));
        brand.addClassName("brand");
        Button skip = new Button(
                tr("mainLayout.skipToContent"),
                e -> e.getSource()
                        .getElement()
                        .executeJs(
                                "const target = document.querySelector('[data-skip-target]') || document.querySelector('main');"
                                        + "if (target) { if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');"
                                        + " target.focus(); }"));
        skip.addClassName("skip-link");
        HorizontalLayout bar = new HorizontalLayout(skip, toggle, brand);
        bar.addClassName("top-bar");
        bar.setWidthFull();
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        addToNavbar(bar);
        authentication
                .getAuthenticatedUser(NamedPrincipal.class)
                .ifPresentOrElse(
                        user -> {
                            Span name = new Span(user.displayName());
                            name.addClassName("signed-in-as");
                            name.getElement().setAttribute("title", user.displayName());
                            Button signOut = new Button(tr("mainLayout.signOut"), e -> authentication.logout());
                            HorizontalLayout userBox = new HorizontalLayout(name, signOut);
                            userBox.setAlignItems(HorizontalLayout.Alignment.CENTER);
                            bar.addToEnd(userBox);
                            addToDrawer(navigation(authentication.hasRole("TEACHER"), authentication.hasRole("ADMIN")));
                        },
                        () -> {
                            // Signed out there is nothing to navigate to: no menu button, no empty drawer.
                            toggle.setVisible(false);
                            setDrawerOpened(false);
                            bar.addToEnd(new Anchor("login", tr("mainLayout.signIn")));
                        });
        setPrimarySection(Section.NAVBAR);
    }

    private static SideNav navigation(boolean teacher, boolean admin) {
        SideNav nav = new SideNav();
        nav.setLabel(tr("mainLayout.main"));
        nav.addItem(new SideNavItem(tr("common.myClasses"), ""));
        // Teachers assign work rather than do it; a teacher who joins a class as a student still
        // reaches My work from that class's join link and page.
        if (teacher) {
            nav.addItem(new SideNavItem(tr("common.myReadings"), "library"));
        } else {
            nav.addItem(new SideNavItem(tr("mainLayout.myWork"), "work"));
            nav.addItem(new SideNavItem(tr("common.joinAClass"), "join"));
        }
        nav.addItem(new SideNavItem(tr("mainLayout.myAccount"), "account"));
        if (admin) {
            nav.addItem(new SideNavItem(tr("mainLayout.administration"), "admin"));
        }
        return nav;
    }

    /**
     * After each navigation the browser makes one empty round trip. Vaadin keeps each tab's last
     * response in memory until its next request (to resend it if the browser retries), and the
     * response that opens a screen is its largest: a lesson's whole discussion was 2.6 MB of heap per
     * open tab at 2,000 notes (docs/performance.md, "Live updates"). The small reply replaces it.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        getElement().executeJs("this.$server.screenReceived()");
    }

    @ClientCallable
    private void screenReceived() {
        // Nothing to do: the request itself is the point.
    }
}
