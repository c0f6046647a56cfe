package app.colloquy.platform.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.platform.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;

/** A refused form's problem shown under the field it is about, in the reader's language; what they typed stays. */
public final class FieldProblems {

    private FieldProblems() {}

    /** {@code fields} by the service's field names; a problem about another field shows at {@code fallback}. */
    public static void show(InvalidInputException problem, Map<String, HasValidation> fields, HasValidation fallback) {
        HasValidation field = fields.getOrDefault(problem.field(), fallback);
        field.setErrorMessage(tr(problem));
        field.setInvalid(true);
    }
}
