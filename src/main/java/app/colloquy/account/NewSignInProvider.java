package app.colloquy.account;

import org.jspecify.annotations.Nullable;

/** A provider as the admin types it in; {@code allowedDomains} comma-separated, empty for any. */
public record NewSignInProvider(
        @Nullable String displayName,
        @Nullable String issuerUri,
        @Nullable String clientId,
        @Nullable String clientSecret,
        @Nullable String nameClaim,
        @Nullable String allowedDomains,
        boolean newAccountsAreTeachers) {

    @Override
    public String toString() {
        return "NewSignInProvider[" + displayName + ", " + issuerUri + "]";
    }
}
