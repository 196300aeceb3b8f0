package org.sheltergis.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The project's Markdown documents link to files and headings that exist: a renamed file or heading breaks this test,
 * not a reader's click. Links to other sites are not followed (the machine has no internet); links into the running
 * service (paths starting with "/") are not files and are skipped.
 */
class DocLinksTest {

    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");

    @Test
    void everyRelativeLinkInTheDocsResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        List<Path> documents = documents();
        assertThat(documents).contains(Path.of("README.md"), Path.of("docs/benchmarks.md"));
        for (Path document : documents) {
            for (String target : links(document)) {
                String problem = check(document, target);
                if (problem != null) broken.add(document + ": " + target + " — " + problem);
            }
        }
        assertThat(broken).as("broken links").isEmpty();
    }

    @Test
    void headingSlugsFollowGitHubsRules() {
        assertThat(slug("Nearest-shelter search (`GET /api/public/nearest`)"))
                .isEqualTo("nearest-shelter-search-get-apipublicnearest");
        assertThat(slug("Coverage analysis")).isEqualTo("coverage-analysis");
        assertThat(slug("人防工程 · Works")).isEqualTo("人防工程--works");
    }

    private static List<Path> documents() throws IOException {
        List<Path> found = new ArrayList<>();
        found.add(Path.of("README.md"));
        for (String folder : List.of("docs", "geoserver", "gis-data", "bench", "deploy")) {
            Path root = Path.of(folder);
            if (!Files.isDirectory(root)) continue;
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(found::add);
            }
        }
        return found;
    }

    private static List<String> links(Path document) throws IOException {
        List<String> targets = new ArrayList<>();
        boolean inCode = false;
        for (String line : Files.readAllLines(document)) {
            if (FENCE.matcher(line).find()) {
                inCode = !inCode;
                continue;
            }
            if (inCode) continue;
            Matcher m = LINK.matcher(line.replaceAll("`[^`]*`", ""));
            while (m.find()) targets.add(m.group(1));
        }
        return targets;
    }

    /** Why the link is broken, or null when it resolves. */
    private static String check(Path document, String target) throws IOException {
        if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || target.startsWith("/")) return null;
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path resolved = file.isEmpty()
                ? document
                : document.toAbsolutePath().getParent().resolve(file).normalize();
        if (!Files.exists(resolved)) return "no such file";
        if (anchor == null || anchor.isEmpty() || !resolved.toString().endsWith(".md")) return null;
        return anchors(resolved).contains(anchor) ? null : "no such heading";
    }

    private static Set<String> anchors(Path markdown) throws IOException {
        Set<String> anchors = new HashSet<>();
        boolean inCode = false;
        for (String line : Files.readAllLines(markdown)) {
            if (FENCE.matcher(line).find()) {
                inCode = !inCode;
                continue;
            }
            Matcher m = HEADING.matcher(line);
            if (!inCode && m.matches()) {
                String base = slug(m.group(1));
                String anchor = base;
                for (int n = 1; !anchors.add(anchor); n++) anchor = base + "-" + n;
            }
        }
        return anchors;
    }

    /** GitHub's heading anchor: lower case, punctuation dropped (letters, digits, '-', '_' and spaces kept), spaces to '-'. */
    static String slug(String heading) {
        String text = heading.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') out.appendCodePoint(c);
            else if (c == ' ') out.append('-');
        });
        return out.toString();
    }
}
