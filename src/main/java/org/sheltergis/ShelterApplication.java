package org.sheltergis;

import java.util.Arrays;
import org.sheltergis.common.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * One jar for the service and its administrative commands. Without arguments it serves; with a command
 * ({@code import}, {@code sample}, {@code geoserver}) it runs that command without a web server and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ShelterApplication {

    public static void main(String[] args) {
        if (args.length > 0 && CommandLine.isCommand(args[0])) {
            SpringApplication app = new SpringApplication(ShelterApplication.class);
            app.setAdditionalProfiles("cli");
            app.setWebApplicationType(org.springframework.boot.WebApplicationType.NONE);
            System.exit(SpringApplication.exit(app.run(args)));
        }
        SpringApplication.run(ShelterApplication.class, Arrays.stream(args).toArray(String[]::new));
    }
}
