package app.colloquy.lti;

import app.colloquy.account.ExternalAccounts;
import app.colloquy.platform.MessageBundle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A platform's people as Colloquy accounts, whether they come by a launch or on the course's
 * roster: found by the platform's id for them (never by e-mail), made when new, made teachers when
 * the platform says they teach. Its callers run as the application.
 */
@Component
class LtiPeople {

    private static final Logger log = LoggerFactory.getLogger(LtiPeople.class);

    /** What the platform says about a person. */
    record Person(
            String subject,
            @Nullable String name,
            @Nullable String givenName,
            @Nullable String familyName,
            @Nullable String email,
            @Nullable String preferredUsername,
            boolean teaches,
            Locale language) {}

    private final LtiRepository lti;
    private final ExternalAccounts accounts;

    LtiPeople(LtiRepository lti, ExternalAccounts accounts) {
        this.lti = lti;
        this.accounts = accounts;
    }

    long accountFor(LtiPlatform platform, Person person) {
        Optional<Long> known = lti.findAccount(platform.id(), person.subject());
        if (known.isPresent()) {
            if (person.teaches()) {
                accounts.makeTeacher(known.get());
            }
            return known.get();
        }
        String given = person.givenName();
        long accountId = accounts.create(
                Stream.of(person.preferredUsername(), person.email(), given),
                Stream.of(
                        person.name(),
                        given == null
                                ? null
                                : (given + " "
                                                + Optional.ofNullable(person.familyName())
                                                        .orElse(""))
                                        .strip()),
                MessageBundle.text(person.language(), person.teaches() ? "lti.someTeacher" : "lti.someStudent"),
                person.teaches());
        lti.insertUser(platform.id(), person.subject(), accountId);
        log.info(
                "LTI: new account {} for a {} of {}",
                accountId,
                person.teaches() ? "teacher" : "student",
                platform.issuer());
        return accountId;
    }

    /** Instructors, teaching assistants and administrators teach; everyone else learns. */
    static boolean teaches(@Nullable Object roles) {
        return roles instanceof List<?> list
                && list.stream()
                        .map(String::valueOf)
                        .anyMatch(role -> role.equals("Instructor")
                                || role.endsWith("#Instructor")
                                || role.contains("/Instructor#")
                                || role.endsWith("membership#Administrator")
                                || role.endsWith("institution/person#Administrator")
                                || role.endsWith("system/person#Administrator"));
    }
}
