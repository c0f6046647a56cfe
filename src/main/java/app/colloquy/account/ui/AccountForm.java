package app.colloquy.account.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.account.AccountRules;
import app.colloquy.account.NewAccount;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.Message;
import app.colloquy.platform.ui.Translate;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The fields of a new account with the service's own rules checked as the person types. A
 * problem is shown beside its field and nothing typed is ever cleared.
 */
public class AccountForm extends FormLayout {

    private final TextField displayName = new TextField(tr("accountForm.yourName"));
    private final TextField loginName = new TextField(tr("common.loginName"));
    private final PasswordField password = new PasswordField(tr("common.password"));
    private final PasswordField confirmation = new PasswordField(tr("accountForm.passwordAgain"));
    private final Map<String, HasValidation> fieldsByName = Map.of(
            "displayName", displayName, "loginName", loginName, "password", password, "confirmation", confirmation);

    public AccountForm() {
        displayName.setHelperText(tr("accountForm.shownToYourClassE"));
        displayName.setMaxLength(AccountRules.DISPLAY_NAME_MAX);
        loginName.setHelperText(tr("accountForm.whatYouTypeToSign"));
        loginName.setAutocomplete(Autocomplete.USERNAME);
        password.setHelperText(tr("accountForm.atLeastCharactersAFew", AccountRules.PASSWORD_MIN));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        confirmation.setAutocomplete(Autocomplete.NEW_PASSWORD);
        for (var field : new TextFieldBase<?, ?>[] {displayName, loginName, password, confirmation}) {
            field.setRequiredIndicatorVisible(true);
            field.setValueChangeMode(ValueChangeMode.ON_BLUR);
            field.setWidthFull();
        }
        displayName.addValueChangeListener(e -> check(displayName, AccountRules.displayNameProblem(e.getValue())));
        loginName.addValueChangeListener(e -> check(loginName, AccountRules.loginNameProblem(e.getValue())));
        password.addValueChangeListener(
                e -> check(password, AccountRules.passwordProblem(loginName.getValue(), e.getValue())));
        confirmation.addValueChangeListener(
                e -> check(confirmation, AccountRules.confirmationProblem(password.getValue(), e.getValue())));
        add(displayName, loginName, password, confirmation);
        setResponsiveSteps(new ResponsiveStep("0", 1));
    }

    /** The account typed, when every field passes; otherwise each problem is shown at its field. */
    public Optional<NewAccount> validAccount() {
        boolean ok = check(displayName, AccountRules.displayNameProblem(displayName.getValue()))
                & check(loginName, AccountRules.loginNameProblem(loginName.getValue()))
                & check(password, AccountRules.passwordProblem(loginName.getValue(), password.getValue()))
                & check(confirmation, AccountRules.confirmationProblem(password.getValue(), confirmation.getValue()));
        return ok
                ? Optional.of(new NewAccount(loginName.getValue(), displayName.getValue(), password.getValue()))
                : Optional.empty();
    }

    /** Shows a problem the service found (e.g. a taken login name) at its field; true if it had one. */
    /** Puts the focus where the person has to type next. */
    public void focusFirstEmptyField() {
        Stream.of(displayName, loginName, password, confirmation)
                .filter(field -> field.getValue().isEmpty())
                .findFirst()
                .ifPresentOrElse(Focusable::focus, displayName::focus);
    }

    public boolean show(InvalidInputException problem) {
        HasValidation field = fieldsByName.get(problem.field());
        if (field == null) {
            return false;
        }
        field.setErrorMessage(tr(problem));
        field.setInvalid(true);
        return true;
    }

    /** Shows the problem, in this tab's language, under the field; true when there is none. */
    static boolean check(HasValidation field, Optional<Message> problem) {
        field.setErrorMessage(problem.map(Translate::tr).orElse(null));
        field.setInvalid(problem.isPresent());
        return problem.isEmpty();
    }
}
