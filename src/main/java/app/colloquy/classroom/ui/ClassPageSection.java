package app.colloquy.classroom.ui;

import app.colloquy.classroom.ClassroomSummary;
import com.vaadin.flow.component.Component;
import java.util.List;

/**
 * Content another feature adds to a class's page (readings add the assignments). Classes know
 * nothing about those features; each contributes a Spring bean of this type.
 */
public interface ClassPageSection {

    /** The components to show for this class, as the person asking sees it; checked by the feature's services. */
    List<Component> content(ClassroomSummary classroom);
}
