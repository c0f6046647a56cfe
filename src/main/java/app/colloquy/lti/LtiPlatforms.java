package app.colloquy.lti;

import app.colloquy.account.CurrentUser;
import app.colloquy.platform.InputText;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.WebAddress;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The learning platforms the admin registered: who may launch Colloquy, and how to check them. */
@Service
public class LtiPlatforms {

    static final int NAME_MAX = 100;
    static final int ID_MAX = 500;

    private final LtiRepository lti;
    private final LtiFramingOrigins framing;
    private final CurrentUser currentUser;

    LtiPlatforms(LtiRepository lti, LtiFramingOrigins framing, CurrentUser currentUser) {
        this.lti = lti;
        this.framing = framing;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<LtiPlatform> platforms() {
        currentUser.requireAdmin();
        return lti.findPlatforms();
    }

    /** Registers a platform with the values its tool registration gave; admins only. */
    @Transactional
    public LtiPlatform register(NewLtiPlatform platform) {
        currentUser.requireAdmin();
        String name =
                InputText.required("displayName", platform.displayName(), NAME_MAX, "problem.lti.nameThePlatform");
        String issuer = WebAddress.required("issuer", platform.issuer(), "problem.lti.enterTheIssuer");
        String clientId = InputText.required("clientId", platform.clientId(), ID_MAX, "problem.lti.enterTheClientId");
        String authLoginUrl =
                WebAddress.required("authLoginUrl", platform.authLoginUrl(), "problem.lti.enterTheAuthLoginUrl");
        String jwksUrl = WebAddress.required("jwksUrl", platform.jwksUrl(), "problem.lti.enterTheJwksUrl");
        String tokenUrl = platform.tokenUrl() == null || platform.tokenUrl().isBlank()
                ? ""
                : WebAddress.required("tokenUrl", platform.tokenUrl(), "problem.lti.enterTheTokenUrl");
        List<String> deployments = deploymentIds(platform.deploymentIds());
        if (lti.platformExists(issuer, clientId)) {
            throw new InvalidInputException("clientId", "problem.lti.alreadyRegistered");
        }
        long id = lti.insertPlatform(name, issuer, clientId, authLoginUrl, jwksUrl, tokenUrl);
        deployments.forEach(deployment -> lti.insertDeployment(id, deployment));
        framing.forget();
        return lti.findPlatform(id).orElseThrow();
    }

    /** Removes a platform: its launches stop; the classes and accounts it made stay. Admins only. */
    @Transactional
    public void remove(long platformId) {
        currentUser.requireAdmin();
        lti.deletePlatform(platformId);
        framing.forget();
    }

    private static List<String> deploymentIds(@Nullable String value) {
        String text = InputText.required("deploymentIds", value, ID_MAX * 10, "problem.lti.enterADeploymentId");
        List<String> ids = Stream.of(text.split("[,\\s]+"))
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .distinct()
                .toList();
        ids.forEach(id -> {
            if (id.length() > ID_MAX) {
                throw new InvalidInputException("deploymentIds", "problem.text.tooLong", ID_MAX, id.length());
            }
        });
        return Objects.requireNonNull(ids);
    }
}
