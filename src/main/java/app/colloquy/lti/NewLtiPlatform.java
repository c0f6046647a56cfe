package app.colloquy.lti;

import org.jspecify.annotations.Nullable;

/**
 * What the admin copies from the platform's tool registration; {@code deploymentIds} separated by
 * commas or spaces. The token URL is for the platform's services (roster, grades) and may wait.
 */
public record NewLtiPlatform(
        @Nullable String displayName,
        @Nullable String issuer,
        @Nullable String clientId,
        @Nullable String authLoginUrl,
        @Nullable String jwksUrl,
        @Nullable String tokenUrl,
        @Nullable String deploymentIds) {}
