package app.colloquy.lti.ui;

import app.colloquy.lti.LtiDeepLinks;
import app.colloquy.lti.LtiLaunches;
import app.colloquy.lti.LtiToolKeys;
import app.colloquy.platform.ui.PublicAddress;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The LTI addresses as a servlet of their own beside Vaadin's, with their own security rules: a
 * platform posts to them from its own site (so no CSRF token, and the launch page may be framed
 * by it); the state, nonce and signed token are what protect them.
 */
@Configuration
class LtiEndpoints {

    @Bean
    ServletRegistrationBean<LtiServlet> ltiServlet(
            LtiLaunches launches, LtiDeepLinks deepLinks, LtiToolKeys keys, PublicAddress address) {
        ServletRegistrationBean<LtiServlet> registration =
                new ServletRegistrationBean<>(new LtiServlet(launches, deepLinks, keys, address), "/lti/*");
        registration.setName("lti");
        return registration;
    }

    @Bean
    @Order(0)
    SecurityFilterChain ltiFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/lti/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .headers(headers -> headers.frameOptions(frame -> frame.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; script-src 'unsafe-inline'; style-src 'self'; "
                                        + "object-src 'none'; base-uri 'none'; "
                                        // The pick goes back to the platform's own address.
                                        + "form-action 'self' https: http://localhost:* http://127.0.0.1:*")));
        return http.build();
    }
}
