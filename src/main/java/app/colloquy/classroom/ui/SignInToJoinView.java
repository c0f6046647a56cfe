package app.colloquy.classroom.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;

/**
 * "Sign in to join": a join link for signed-in people only. An anonymous visitor is sent to sign
 * in first, and Spring Security brings them back here afterwards, on to the join form with the code.
 */
@Route("join/:code/signed-in")
@PermitAll
class SignInToJoinView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(
                JoinView.class,
                new RouteParameters(
                        "code", event.getRouteParameters().get("code").orElse("")));
    }
}
