package org.sheltergis.security;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** One setting, {@code shelter.security.trusted-proxies}, for the client address and for the forwarded headers. */
@Configuration
class ProxyConfig {

    @Bean
    ClientAddress clientAddress(SecuritySettings settings) {
        return new ClientAddress(settings.trustedProxies());
    }

    /** First of all filters, as Boot registers its own forwarded-header filter, so every later one sees the result. */
    @Bean
    FilterRegistrationBean<ForwardedHeaders> forwardedHeaders(ClientAddress clients) {
        var registration = new FilterRegistrationBean<>(new ForwardedHeaders(clients));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }
}
