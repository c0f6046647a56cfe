package app.colloquy.account.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/** Form sign-in on the Vaadin login view; every view requires a signed-in user unless marked otherwise. */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SignInSecurityConfiguration {

    /** The filter runs inside Spring Security's chain only, not a second time as a servlet filter. */
    @Bean
    FilterRegistrationBean<SignInAttempts> signInAttemptsRegistration(SignInAttempts filter) {
        FilterRegistrationBean<SignInAttempts> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInAttempts signInAttempts) throws Exception {
        http.addFilterBefore(signInAttempts, UsernamePasswordAuthenticationFilter.class);
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles.css", "/images/**").permitAll());
        // Vaadin 25 denies unknown paths outright (an empty 404); let signed-in users reach the
        // router instead, so a mistyped or stale link shows the friendly "not found" page.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }
}
