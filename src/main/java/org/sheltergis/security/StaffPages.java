package org.sheltergis.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The staff consoles' folder addresses serve their index page (static resources alone only do that for "/"). */
@Configuration
class StaffPages implements WebMvcConfigurer {

    static final String[] CONSOLES = {"dashboard", "editor", "admin"};

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        for (String console : CONSOLES) {
            registry.addViewController("/" + console + "/").setViewName("forward:/" + console + "/index.html");
            registry.addRedirectViewController("/" + console, "/" + console + "/");
        }
    }
}
