package org.sheltergis.common;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;

/** The administrative commands of the jar: each is a bean that runs when the first argument names it. */
public interface CommandLine {

    List<String> NAMES = List.of("import", "export", "sample", "geoserver");

    static boolean isCommand(String arg) {
        return NAMES.contains(arg);
    }

    /** The command word this bean answers to. */
    String name();

    /** Runs the command; returns the process exit code. Messages go to stdout / stderr for a person to read. */
    int run(List<String> args);

    /** Parses {@code --key value} options (and bare flags as "true") after the command word. */
    static Map<String, String> options(List<String> args) {
        var options = new java.util.LinkedHashMap<String, String>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                String key = a.substring(2);
                int eq = key.indexOf('=');
                if (eq > 0) {
                    options.put(key.substring(0, eq), key.substring(eq + 1));
                } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                    options.put(key, args.get(++i));
                } else {
                    options.put(key, "true");
                }
            }
        }
        return options;
    }

    /** Positional arguments: those not belonging to an option. */
    static List<String> positional(List<String> args) {
        var out = new java.util.ArrayList<String>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                if (!a.contains("=") && i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                    i++;
                }
            } else {
                out.add(a);
            }
        }
        return out;
    }

    static Optional<String> commandWord(ApplicationArguments args) {
        String[] raw = args.getSourceArgs();
        return raw.length > 0 && isCommand(raw[0]) ? Optional.of(raw[0]) : Optional.empty();
    }
}
