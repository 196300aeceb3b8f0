package org.sheltergis.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sheltergis.support.Await;
import org.sheltergis.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The nginx site in front of the running service, as a browser meets it: TLS with the site's certificate, HTTP
 * redirected, links built from the forwarded headers, gzip, and the cache headers of tiles and static files.
 */
@IntegrationTest
// As deployed behind nginx (deploy/shelter-gis.env.example): HSTS on, sent once, by the service.
@TestPropertySource(properties = "shelter.security.hsts=true")
class NginxProxyTest {

    @LocalServerPort
    int port;

    @TempDir
    Path tmp;

    Process nginx;

    @AfterEach
    void stop() throws InterruptedException {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor();
        }
    }

    @Test
    void theSiteServesTheServiceWithTlsForwardedHeadersGzipAndCacheHeaders() throws Exception {
        int http = freePort();
        int https = freePort();
        NginxSite site = NginxSite.onPorts(tmp, http, https, port);
        nginx = new ProcessBuilder(site.command())
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve("nginx.out").toFile())
                .start();
        waitForPort(https);
        HttpClient client = HttpClient.newBuilder()
                .sslContext(trusting(site.certificate))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        String base = "https://localhost:" + https;

        HttpResponse<String> plain =
                client.send(get("http://localhost:" + http + "/?lang=en"), HttpResponse.BodyHandlers.ofString());
        assertThat(plain.statusCode()).isEqualTo(301);
        assertThat(plain.headers().firstValue("Location")).hasValue("https://localhost/?lang=en");

        // The service sees https and the public host: its links point through the proxy.
        HttpResponse<String> landing = client.send(get(base + "/ogcapi?f=json"), HttpResponse.BodyHandlers.ofString());
        assertThat(landing.statusCode()).as(landing.body()).isEqualTo(200);
        assertThat(landing.body()).contains("\"" + base + "/ogcapi").doesNotContain("http://localhost:" + port);
        // HSTS once: the service sends it because it was told the request came over https.
        assertThat(landing.headers().allValues("Strict-Transport-Security"))
                .singleElement()
                .asString()
                .contains("max-age=");

        HttpResponse<byte[]> shelters = client.send(
                HttpRequest.newBuilder(URI.create(base + "/api/public/shelters"))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(shelters.statusCode()).isEqualTo(200);
        assertThat(shelters.headers().firstValue("Content-Encoding")).hasValue("gzip");

        HttpResponse<String> library =
                client.send(get(base + "/webjars/leaflet/1.9.4/dist/leaflet.js"), HttpResponse.BodyHandlers.ofString());
        assertThat(library.statusCode()).isEqualTo(200);
        assertThat(library.headers().allValues("Cache-Control")).containsExactly("max-age=604800");
        HttpResponse<String> script = client.send(get(base + "/js/app.js"), HttpResponse.BodyHandlers.ofString());
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().allValues("Cache-Control")).containsExactly("max-age=3600");

        // Tiles keep the service's validators: revalidated every time, a 304 until the register changes.
        String tile = base + "/wms?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=districts&STYLES=&SRS=EPSG:4326"
                + "&BBOX=120.8,31.9,121.0,32.1&WIDTH=256&HEIGHT=256&FORMAT=image/png";
        HttpResponse<byte[]> map = client.send(get(tile), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(map.statusCode()).isEqualTo(200);
        assertThat(map.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(String.join(",", map.headers().allValues("Cache-Control")))
                .contains("no-cache")
                .doesNotContain("max-age=3600");
        String etag = map.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = client.send(
                HttpRequest.newBuilder(URI.create(tile))
                        .header("If-None-Match", etag)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).isEqualTo(304);

        HttpResponse<String> health =
                client.send(get(base + "/actuator/health/readiness"), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
        assertThat(nginx.isAlive())
                .as(Files.readString(tmp.resolve("nginx.out")))
                .isTrue();
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .build();
    }

    private static SSLContext trusting(Path certificate) throws Exception {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (InputStream in = Files.newInputStream(certificate)) {
            store.setCertificateEntry(
                    "site", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        return ssl;
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private void waitForPort(int p) {
        Await.until("nginx listening on " + p, Duration.ofSeconds(30), () -> {
            try (Socket s = new Socket("127.0.0.1", p)) {
                return true;
            } catch (java.io.IOException notYet) {
                assertThat(nginx.isAlive())
                        .as("nginx running: %s", nginxOutput())
                        .isTrue();
                return false;
            }
        });
    }

    private String nginxOutput() {
        try {
            return Files.readString(tmp.resolve("nginx.out"));
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
