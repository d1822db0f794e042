package org.missionplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests Tomcat refuses before the application sees them (a malformed request line or address)
 * are answered with the same security headers as the application's pages, and no server details.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ServerErrorPagesIntegrationTests {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"GET /plans/%zz HTTP/1.1", "GET /plans/|x HTTP/1.1", "GET /missions?q=%0 HTTP/1.1"})
    void aRequestTomcatRefusesCarriesTheSecurityHeaders(String requestLine) throws IOException {
        String response = raw(requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 400");
        String headers = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase();
        assertThat(headers)
                .contains("x-content-type-options: nosniff")
                .contains("x-frame-options: deny")
                .contains("content-security-policy: ")
                .contains("referrer-policy: ");
        assertThat(response).doesNotContain("Apache Tomcat").doesNotContain("Exception");
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
