package app.colloquy.account;

import java.util.List;

/**
 * A school's OpenID Connect provider as the admin registered it (its client secret stays in the
 * database): people sign in with "Sign in with {@code displayName}"; {@code allowedDomains} (empty:
 * any) limits which e-mail domains may, and new accounts are students or teachers.
 */
public record SignInProvider(
        long id,
        String registrationId,
        String displayName,
        String issuerUri,
        String clientId,
        String nameClaim,
        List<String> allowedDomains,
        boolean newAccountsAreTeachers,
        boolean enabled) {}
