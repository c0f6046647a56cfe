package app.colloquy.lti;

import java.util.List;

/** A learning platform the admin registered, as its LTI 1.3 tool registration says. */
public record LtiPlatform(
        long id,
        String displayName,
        String issuer,
        String clientId,
        String authLoginUrl,
        String jwksUrl,
        String tokenUrl,
        List<String> deploymentIds) {

    public LtiPlatform {
        deploymentIds = List.copyOf(deploymentIds);
    }
}
