package app.colloquy.platform.ui;

import app.colloquy.platform.NotFoundException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Shown when a service answers "not found": unknown ids and other classes' ids alike. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends NotFoundPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return STATUS;
    }
}
