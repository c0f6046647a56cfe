package app.colloquy.account.ui;

import app.colloquy.platform.FramingOrigins;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Form sign-in on the Vaadin login view; every view requires a signed-in user unless marked
 * otherwise. The sign-in form needs its CSRF token like any other form (Vaadin exempts the login
 * path by default; we do not), sessions end when their password changes, and every response
 * carries headers that keep pages with students' work out of caches, frames and foreign scripts.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SignInSecurityConfiguration {

    /**
     * What Vaadin 25 needs to run, and nothing more: its bootstrap has inline scripts and uses
     * eval-style calls, its components inline styles; everything else comes from this origin.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'");

    /** The filter runs inside Spring Security's chain only, not a second time as a servlet filter. */
    @Bean
    FilterRegistrationBean<SessionValidity> sessionValidityRegistration(SessionValidity filter) {
        FilterRegistrationBean<SessionValidity> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    /**
     * The actuator: health is open to load balancers, metrics need an admin account (HTTP basic,
     * throttled like the sign-in form), nothing else is reachable. No session, no CSRF (reads only).
     */
    @Bean
    @Order(1)
    SecurityFilterChain actuatorFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator", "/actuator/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/prometheus")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .denyAll())
                .httpBasic(basic -> basic.realmName("Colloquy metrics")
                        .authenticationDetailsSource(SignInAuthentication.detailsSource()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            SessionValidity sessionValidity,
            RequestUtil requestUtil,
            SchoolClientRegistrations schoolProviders,
            SchoolSignInHandler schoolSignIn,
            List<FramingOrigins> framing)
            throws Exception {
        http.addFilterAfter(sessionValidity, SecurityContextHolderFilter.class);
        // Schools' own sign-in (OpenID Connect): providers come from the admin screen.
        http.oauth2Login(oauth -> oauth.loginPage("/login")
                .clientRegistrationRepository(schoolProviders)
                .successHandler(schoolSignIn)
                .failureHandler(schoolSignIn));
        // The login page is the Vaadin view; named here too, as customizing the form before Vaadin
        // does would otherwise let Spring Security generate its own page.
        http.formLogin(form -> form.loginPage("/login")
                .authenticationDetailsSource(SignInAuthentication.detailsSource())
                .failureHandler(SignInAuthentication.failureHandler()));
        // Vaadin's own requests carry Vaadin's CSRF token; every other POST, the sign-in form
        // included, needs Spring's (the login form sends it from the page's meta tags).
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        // Written before the request is handled: Vaadin writes its bootstrap page in a way that
        // bypasses the writer's "on commit" hook, which left index pages without these headers.
        http.headers(headers -> {
            // Framed only by the learning platforms registered (LTI), by nobody when there are none.
            // (Browsers follow frame-ancestors over the X-Frame-Options header Vaadin adds.)
            headers.addHeaderWriter((request, response) -> {
                        List<String> origins = framing.stream()
                                .flatMap(f -> f.origins().stream())
                                .toList();
                        response.setHeader(
                                "Content-Security-Policy",
                                CONTENT_SECURITY_POLICY + "; frame-ancestors "
                                        + (origins.isEmpty() ? "'none'" : "'self' " + String.join(" ", origins)));
                    })
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <F extends HeaderWriterFilter> F postProcess(F filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
        });
        http.authorizeHttpRequests(
                auth -> auth.requestMatchers("/styles.css", "/images/**").permitAll());
        // Vaadin 25 denies unknown paths outright (an empty 404); let signed-in users reach the
        // router instead, so a mistyped or stale link shows the friendly "not found" page.
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class)
                        .enableCsrfConfiguration(false)
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }
}
