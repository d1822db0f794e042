package org.missionplanner.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP session against the running application: keeps cookies, does not follow
 * redirects, and takes the CSRF token from the last page it loaded.
 */
public class HttpSession {

    public static final String DEMO_PASSWORD = "Mission-Demo-2026";
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient client;
    private final CookieManager cookies;
    private String csrfToken;

    public HttpSession(int port) {
        this("http://localhost:" + port, new CookieManager());
    }

    /** A session against the application at this base URL (such as {@code http://127.0.0.1:8080}). */
    public HttpSession(String baseUrl) {
        this(baseUrl, new CookieManager());
    }

    private HttpSession(String baseUrl, CookieManager cookies) {
        this.baseUrl = baseUrl;
        this.cookies = cookies;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * The same browser (cookies and CSRF token) talking to another instance of the application, as
     * a load balancer in front of several instances would have it.
     */
    public HttpSession onPort(int port) {
        HttpSession other = new HttpSession("http://localhost:" + port, cookies);
        other.csrfToken = csrfToken;
        return other;
    }

    /** Signs in through the login form; returns the response to the form post. */
    public HttpResponse<String> signIn(String username, String password) {
        get("/login");
        return postForm("/login", Map.of("username", username, "password", password));
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
                .header("Accept", BROWSER_ACCEPT)
                .GET()
                .build());
        var matcher = CSRF.matcher(response.body());
        if (matcher.find()) {
            csrfToken = matcher.group(1);
        }
        return response;
    }

    /** Posts a form with the current CSRF token. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        if (csrfToken != null) {
            withToken.putIfAbsent("_csrf", csrfToken);
        }
        return postRaw(path, withToken);
    }

    /** Posts a form exactly as given (no CSRF token added). */
    public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", BROWSER_ACCEPT)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path));
    }

    /** The session's cookies as a {@code Cookie} header value, for another client (a load generator). */
    public String cookieHeader() {
        return cookies.getCookieStore().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }

    public String csrfToken() {
        return csrfToken;
    }

    public URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
