package org.sheltergis.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sheltergis.support.Command;

/**
 * deploy/nginx/shelter-gis.conf set up in a temporary prefix: a self-signed certificate (for localhost) in place of the
 * real one, and a minimal nginx.conf around the site.
 */
final class NginxSite {

    static final Path SITE = Path.of("deploy/nginx/shelter-gis.conf");

    final Path dir;
    final Path conf;
    final Path certificate;

    private NginxSite(Path dir) {
        this.dir = dir;
        this.conf = dir.resolve("nginx.conf");
        this.certificate = dir.resolve("fullchain.pem");
    }

    /** The site as shipped, only the certificate paths changed. */
    static NginxSite asShipped(Path dir) throws IOException {
        return write(dir, site(dir), "");
    }

    /** The site listening on local ports and proxying to a service on {@code upstreamPort}, nginx in the foreground. */
    static NginxSite onPorts(Path dir, int httpPort, int httpsPort, int upstreamPort) throws IOException {
        String site = site(dir)
                .replace("    listen [::]:80;\n", "")
                .replace("    listen [::]:443 ssl http2;\n", "")
                .replace("listen 80;", "listen 127.0.0.1:" + httpPort + ";")
                .replace("listen 443 ssl http2;", "listen 127.0.0.1:" + httpsPort + " ssl http2;")
                .replace("server 127.0.0.1:8080;", "server 127.0.0.1:" + upstreamPort + ";");
        // nginx's workers (user nobody) keep large responses in temporary files under the prefix.
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        return write(dir, site, "daemon off;\n");
    }

    private static String site(Path dir) throws IOException {
        Command cert = Command.run(List.of(
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "1",
                "-subj",
                "/CN=localhost",
                "-addext",
                "subjectAltName=DNS:localhost",
                "-keyout",
                dir.resolve("privkey.pem").toString(),
                "-out",
                dir.resolve("fullchain.pem").toString()));
        assertThat(cert.exit()).as(cert.output()).isZero();
        String site = Files.readString(SITE);
        assertThat(site).contains("/etc/ssl/shelter-gis/fullchain.pem", "/etc/ssl/shelter-gis/privkey.pem");
        return site.replace("/etc/ssl/shelter-gis/", dir + "/");
    }

    private static NginxSite write(Path dir, String site, String top) throws IOException {
        Files.writeString(dir.resolve("site.conf"), site);
        NginxSite s = new NginxSite(dir);
        Files.writeString(s.conf, top + """
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events {}
                http {
                    include /etc/nginx/mime.types;
                    access_log off;
                    include %1$s/site.conf;
                }
                """.formatted(dir));
        return s;
    }

    List<String> command(String... extra) {
        List<String> c = new java.util.ArrayList<>(List.of("nginx", "-p", dir.toString(), "-c", conf.toString()));
        c.addAll(List.of(extra));
        return c;
    }
}
