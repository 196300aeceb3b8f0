package org.sheltergis.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.sheltergis.common.CommandLine;
import org.springframework.stereotype.Component;

/** {@code ./shelter export --layer works FILE.xlsx}: the register in the import's headers, for a round trip in Excel. */
@Component
class ExportCommand implements CommandLine {

    private final RegisterExport export;

    ExportCommand(RegisterExport export) {
        this.export = export;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public int run(List<String> args) {
        Map<String, String> options = CommandLine.options(args);
        List<String> files = CommandLine.positional(args);
        if (files.size() != 1
                || !"works".equals(options.getOrDefault("layer", "works"))
                || !files.get(0).toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            System.err.println("usage: ./shelter export --layer works FILE.xlsx");
            return 2;
        }
        try {
            Path out = Path.of(files.get(0));
            Files.write(out, export.works());
            System.out.println("exported the register of works to " + out);
            return 0;
        } catch (IOException e) {
            System.err.println("cannot write " + files.get(0) + ": " + e.getMessage());
            return 2;
        }
    }
}
