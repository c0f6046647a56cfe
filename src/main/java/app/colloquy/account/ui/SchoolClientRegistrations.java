package app.colloquy.account.ui;

import app.colloquy.account.ProviderClient;
import app.colloquy.account.SchoolSignInService;
import app.colloquy.account.SystemActor;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Component;

/**
 * The providers the admin registered, as Spring Security's OAuth2 client uses them: each read from
 * the database when someone signs in, its endpoints and keys found through the issuer's discovery
 * document (fetched once per registration as it stands; an edit makes a new one).
 */
@Component
class SchoolClientRegistrations implements ClientRegistrationRepository {

    private static final Logger log = LoggerFactory.getLogger(SchoolClientRegistrations.class);

    private final SchoolSignInService schools;
    private final Map<ProviderClient, ClientRegistration> discovered = new ConcurrentHashMap<>();

    SchoolClientRegistrations(SchoolSignInService schools) {
        this.schools = schools;
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        return SystemActor.call(() -> schools.client(registrationId))
                .map(client -> discovered.computeIfAbsent(client, SchoolClientRegistrations::discover))
                .orElse(null);
    }

    private static ClientRegistration discover(ProviderClient client) {
        log.info("Reading the sign-in provider's discovery document at {}", client.issuerUri());
        return ClientRegistrations.fromIssuerLocation(client.issuerUri())
                .registrationId(client.registrationId())
                .clientId(client.clientId())
                .clientSecret(client.clientSecret())
                .scope("openid", "profile", "email")
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .build();
    }
}
