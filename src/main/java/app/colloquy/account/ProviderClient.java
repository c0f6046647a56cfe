package app.colloquy.account;

/** What the sign-in machinery needs to send people to a provider and check what comes back. */
public record ProviderClient(String registrationId, String issuerUri, String clientId, String clientSecret) {

    @Override
    public String toString() {
        return "ProviderClient[" + registrationId + ", " + issuerUri + "]";
    }
}
