package app.colloquy.lti.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.lti.LtiPlatform;
import app.colloquy.lti.LtiPlatforms;
import app.colloquy.lti.NewLtiPlatform;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.ui.FieldProblems;
import app.colloquy.platform.ui.PublicAddress;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/**
 * The admin's set-up of launches from learning platforms (LTI 1.3): the addresses to give the
 * platform, and the platforms registered with the values the platform gave back.
 */
@Route("admin/learning-platforms")
@RolesAllowed("ADMIN")
class LearningPlatformsView extends Main implements HasDynamicTitle {

    private final LtiPlatforms platforms;
    private final UnorderedList registered = new UnorderedList();
    private final TextField name = new TextField(tr("lti.admin.name"));
    private final TextField issuer = new TextField(tr("lti.admin.issuer"));
    private final TextField clientId = new TextField(tr("lti.admin.clientId"));
    private final TextField deploymentIds = new TextField(tr("lti.admin.deploymentIds"));
    private final TextField authLoginUrl = new TextField(tr("lti.admin.authLoginUrl"));
    private final TextField jwksUrl = new TextField(tr("lti.admin.jwksUrl"));
    private final TextField tokenUrl = new TextField(tr("lti.admin.tokenUrl"));

    LearningPlatformsView(LtiPlatforms platforms, PublicAddress address) {
        this.platforms = platforms;
        addClassName("page");
        registered.getElement().setAttribute("aria-label", tr("lti.admin.registered"));
        deploymentIds.setHelperText(tr("lti.admin.deploymentIdsHelp"));
        tokenUrl.setHelperText(tr("lti.admin.tokenUrlHelp"));
        FormLayout form = new FormLayout(name, issuer, clientId, deploymentIds, authLoginUrl, jwksUrl, tokenUrl);
        form.setMaxWidth("40rem");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Button register = new Button(tr("lti.admin.register"), e -> register());
        register.addThemeVariants(ButtonVariant.PRIMARY);
        add(
                new Anchor("admin", tr("lti.admin.backToAdministration")),
                new H1(tr("lti.admin.title")),
                new Paragraph(tr("lti.admin.explained")),
                new H2(tr("lti.admin.toolAddresses")),
                toolAddresses(address),
                new H2(tr("lti.admin.registeredPlatforms")),
                registered,
                new H2(tr("lti.admin.registerAPlatform")),
                form,
                register);
        showPlatforms();
    }

    /** What the admin pastes into the platform's tool registration. */
    private static Component toolAddresses(PublicAddress address) {
        DescriptionList list = new DescriptionList();
        list.addClassName("tool-addresses");
        list.add(
                new DescriptionList.Term(tr("lti.admin.loginInitiationUrl")),
                new DescriptionList.Description(address.url(LtiServlet.LOGIN)),
                new DescriptionList.Term(tr("lti.admin.redirectUrl")),
                new DescriptionList.Description(address.url(LtiServlet.LAUNCH)),
                new DescriptionList.Term(tr("lti.admin.targetLinkUrl")),
                new DescriptionList.Description(address.url(LtiServlet.LAUNCH)),
                new DescriptionList.Term(tr("lti.admin.toolKeysetUrl")),
                new DescriptionList.Description(address.url(LtiServlet.KEYS)));
        return list;
    }

    private void register() {
        try {
            LtiPlatform added = platforms.register(new NewLtiPlatform(
                    name.getValue(),
                    issuer.getValue(),
                    clientId.getValue(),
                    authLoginUrl.getValue(),
                    jwksUrl.getValue(),
                    tokenUrl.getValue(),
                    deploymentIds.getValue()));
            showPlatforms();
            Notification.show(
                    tr("lti.admin.registeredNotice", added.displayName()), 6000, Notification.Position.BOTTOM_START);
            for (TextField field :
                    new TextField[] {name, issuer, clientId, deploymentIds, authLoginUrl, jwksUrl, tokenUrl}) {
                field.clear();
                field.setInvalid(false);
            }
        } catch (InvalidInputException problem) {
            FieldProblems.show(
                    problem,
                    Map.of(
                            "displayName", name,
                            "issuer", issuer,
                            "clientId", clientId,
                            "deploymentIds", deploymentIds,
                            "authLoginUrl", authLoginUrl,
                            "jwksUrl", jwksUrl,
                            "tokenUrl", tokenUrl),
                    name);
        }
    }

    private void showPlatforms() {
        registered.removeAll();
        for (LtiPlatform platform : platforms.platforms()) {
            registered.add(new ListItem(platformRow(platform)));
        }
        if (registered.getChildren().findAny().isEmpty()) {
            registered.add(new ListItem(tr("lti.admin.noPlatforms")));
        }
    }

    private Component platformRow(LtiPlatform platform) {
        Span title = new Span(platform.displayName() + " (" + platform.issuer() + ")");
        title.addClassName("provider-name");
        Paragraph details = new Paragraph(
                tr("lti.admin.platformDetails", platform.clientId(), String.join(", ", platform.deploymentIds())));
        Button remove = new Button(tr("common.remove"), e -> {
            platforms.remove(platform.id());
            showPlatforms();
        });
        remove.getElement().setAttribute("aria-label", tr("lti.admin.remove", platform.displayName()));
        remove.addThemeVariants(ButtonVariant.TERTIARY);
        return new Div(title, details, remove);
    }

    @Override
    public String getPageTitle() {
        return tr("lti.admin.pageTitle");
    }
}
