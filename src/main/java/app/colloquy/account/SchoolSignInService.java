package app.colloquy.account;

import app.colloquy.platform.InputText;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.Message;
import app.colloquy.platform.NotFoundException;
import app.colloquy.platform.WebAddress;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in through a school's OpenID Connect provider: the providers the admin registers, the
 * account an identity (provider and subject) signs in to, and linking an identity to an existing
 * account. An identity is never matched to an account by its e-mail address: it gets a new account
 * on its first sign-in unless the person, signed in to their account, links it themselves.
 */
@Service
public class SchoolSignInService {

    static final int NAME_MAX = 100;
    static final int FIELD_MAX = 500;

    private final SchoolSignInRepository schools;
    private final ExternalAccounts externalAccounts;
    private final CurrentUser currentUser;

    SchoolSignInService(SchoolSignInRepository schools, ExternalAccounts externalAccounts, CurrentUser currentUser) {
        this.schools = schools;
        this.externalAccounts = externalAccounts;
        this.currentUser = currentUser;
    }

    /** The providers people may sign in with now, for the sign-in page: open to anyone. */
    @Transactional(readOnly = true)
    public List<SignInProvider> signInChoices() {
        return schools.findProviders().stream().filter(SignInProvider::enabled).toList();
    }

    /** Whether people other than admins may sign in with a password: open to anyone. */
    @Transactional(readOnly = true)
    public boolean passwordsEnabled() {
        return schools.passwordsEnabled();
    }

    /** Every registered provider, for the admin. */
    @Transactional(readOnly = true)
    public List<SignInProvider> providers() {
        currentUser.requireAdmin();
        return schools.findProviders();
    }

    /** Registers a provider (checked when its discovery document is first fetched); for the admin. */
    @Transactional
    public SignInProvider addProvider(NewSignInProvider provider) {
        currentUser.requireAdmin();
        String name = InputText.required(
                "displayName", provider.displayName(), NAME_MAX, "problem.schoolSignInService.nameTheSchoolOrProvider");
        String issuer = issuer(provider.issuerUri());
        String clientId = InputText.required(
                "clientId", provider.clientId(), FIELD_MAX, "problem.schoolSignInService.enterTheClientId");
        String secret = InputText.required(
                "clientSecret", provider.clientSecret(), FIELD_MAX, "problem.schoolSignInService.enterTheClientSecret");
        String claim = Objects.requireNonNullElse(InputText.optional("nameClaim", provider.nameClaim(), 100), "name");
        String domains = domains(provider.allowedDomains());
        String registrationId = uniqueRegistrationId(name);
        schools.insertProvider(
                registrationId, name, issuer, clientId, secret, claim, domains, provider.newAccountsAreTeachers());
        return schools.findProvider(registrationId).orElseThrow();
    }

    @Transactional
    public void setProviderEnabled(long providerId, boolean enabled) {
        currentUser.requireAdmin();
        if (!schools.setEnabled(providerId, enabled)) {
            throw new NotFoundException();
        }
    }

    /** Removes a provider and the links to it; the accounts made through it stay. */
    @Transactional
    public void removeProvider(long providerId) {
        currentUser.requireAdmin();
        if (!schools.deleteProvider(providerId)) {
            throw new NotFoundException();
        }
    }

    @Transactional
    public void setPasswordsEnabled(boolean enabled) {
        currentUser.requireAdmin();
        schools.setPasswordsEnabled(enabled);
    }

    /** Where to send people for an enabled provider; asked by the application itself during sign-in. */
    @Transactional(readOnly = true)
    public Optional<ProviderClient> client(String registrationId) {
        currentUser.requireSystem();
        return schools.findClient(registrationId);
    }

    /**
     * The account an identity the provider vouched for signs in to: the one it is linked to, or a
     * new one (a student or a teacher, as the provider says) when its e-mail domain is allowed.
     * Asked by the application itself once the provider's token was checked.
     */
    @Transactional
    public SignedInUser signIn(String registrationId, String subject, Map<String, Object> claims) {
        currentUser.requireSystem();
        SignInProvider provider = enabledProvider(registrationId);
        Optional<Long> linked = schools.findLinkedAccount(provider.id(), subject);
        if (linked.isPresent()) {
            return principal(linked.get());
        }
        requireAllowedDomain(provider, claims);
        long accountId = externalAccounts.create(
                Stream.of("preferred_username", "email").map(claim -> text(claims, claim)),
                Stream.of(provider.nameClaim(), "name", "preferred_username", "email")
                        .map(claim -> text(claims, claim)),
                "New member",
                provider.newAccountsAreTeachers());
        schools.link(provider.id(), subject, accountId);
        return principal(accountId);
    }

    /** The outcome of linking: the account, signed in again, and what went wrong if the link was refused. */
    public record Linked(SignedInUser user, @Nullable Message problem) {}

    /**
     * Links the identity to the account whose holder, signed in to it, went to the provider to link
     * it (the application keeps who that was, server-side, across the round trip); refused when
     * the identity belongs to another account already. Either way the holder is signed in again.
     */
    @Transactional
    public Linked link(long accountId, String registrationId, String subject) {
        currentUser.requireSystem();
        SignInProvider provider = enabledProvider(registrationId);
        Optional<Long> linked = schools.findLinkedAccount(provider.id(), subject);
        if (linked.isPresent() && linked.get() != accountId) {
            return new Linked(
                    principal(accountId), Message.of("problem.schoolSignIn.linkedElsewhere", provider.displayName()));
        }
        if (linked.isEmpty()) {
            schools.link(provider.id(), subject, accountId);
        }
        return new Linked(principal(accountId), null);
    }

    /** The providers the signed-in person's account is linked to. */
    @Transactional(readOnly = true)
    public List<String> myLinkedProviders() {
        return schools.findLinkedProviderNames(currentUser.requireAccountId());
    }

    private SignInProvider enabledProvider(String registrationId) {
        return schools.findProvider(registrationId)
                .filter(SignInProvider::enabled)
                .orElseThrow(
                        () -> new InvalidInputException("provider", "problem.schoolSignInService.thatSignInIsNot"));
    }

    private SignedInUser principal(long accountId) {
        return externalAccounts.principal(accountId);
    }

    /** With allowed domains, only a verified e-mail address in one of them. */
    private static void requireAllowedDomain(SignInProvider provider, Map<String, Object> claims) {
        if (provider.allowedDomains().isEmpty()) {
            return;
        }
        String email = claims.get("email") instanceof String e ? e.toLowerCase(Locale.ROOT) : "";
        boolean verified = !Boolean.FALSE.equals(claims.get("email_verified"));
        String domain = email.substring(email.lastIndexOf('@') + 1);
        if (!verified || !email.contains("@") || !provider.allowedDomains().contains(domain)) {
            throw new InvalidInputException(
                    "identity",
                    email.contains("@")
                            ? Message.of("problem.schoolSignInService.accountsFromCannotSignIn", domain)
                            : Message.of("problem.schoolSignIn.noEmail"));
        }
    }

    private String uniqueRegistrationId(String name) {
        String slug =
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String base = slug.isEmpty() ? "school" : slug.length() > 30 ? slug.substring(0, 30) : slug;
        String id = base;
        for (int n = 2; schools.registrationIdTaken(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static @Nullable String text(Map<String, Object> claims, String claim) {
        return claims.get(claim) instanceof String value ? value : null;
    }

    private static String issuer(@Nullable String value) {
        return WebAddress.required("issuerUri", value, "problem.schoolSignInService.enterTheIssuerUrl");
    }

    private static String domains(@Nullable String value) {
        String text = Objects.requireNonNullElse(InputText.optional("allowedDomains", value, FIELD_MAX), "");
        List<String> domains = Stream.of(text.split(","))
                .map(d -> d.strip().toLowerCase(Locale.ROOT))
                .map(d -> d.startsWith("@") ? d.substring(1) : d)
                .filter(d -> !d.isEmpty())
                .toList();
        for (String domain : domains) {
            if (!domain.matches("[a-z0-9.-]{1,253}") || !domain.contains(".")) {
                throw new InvalidInputException(
                        "allowedDomains", "problem.schoolSignInService.isNotADomainLike", domain);
            }
        }
        return String.join(",", domains);
    }
}
