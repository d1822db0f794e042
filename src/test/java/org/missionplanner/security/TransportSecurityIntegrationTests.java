package org.missionplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.missionplanner.support.HttpSession;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Behind a proxy that ends TLS, a request made over HTTPS gets HSTS; a plain HTTP one does not. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TransportSecurityIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aRequestForwardedAsHttpsGetsStrictTransportSecurity() {
        var client = new HttpSession(port);
        HttpResponse<String> overHttps = client.send(client.request("/login")
                .header("X-Forwarded-Proto", "https")
                .GET()
                .build());
        assertThat(overHttps.statusCode()).isEqualTo(200);
        assertThat(overHttps.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(
                        value -> assertThat(value).contains("max-age=31536000").contains("includeSubDomains"));

        HttpResponse<String> overHttp =
                client.send(client.request("/login").GET().build());
        assertThat(overHttp.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
}
