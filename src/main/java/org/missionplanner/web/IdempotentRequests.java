package org.missionplanner.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.missionplanner.shared.SignedInUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes an API POST safe to retry: when it carries an {@code Idempotency-Key} header, its answer is
 * kept for a day and a retry with the same key and the same request gets that answer again (with
 * {@code Idempotent-Replayed: true}) instead of creating a second time. The key belongs to the
 * signed-in user; reusing it for a different request is refused with 422, and a retry arriving
 * while the first request is still being worked on gets 409. Server errors are not kept, so a
 * retry after one does the work again. Runs after Spring Security, which has named the user.
 */
@Component
@Order(IdempotentRequests.ORDER)
class IdempotentRequests extends OncePerRequestFilter {

    /** After Spring Security's filter chain (-100), before the dispatcher. */
    static final int ORDER = 0;

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final JsonMapper json = JsonMapper.builder().build();
    private final ObjectProvider<IdempotencyRecords> records;

    // a provider: web slices of the tests run the filters without a database
    IdempotentRequests(ObjectProvider<IdempotencyRecords> records) {
        this.records = records;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        IdempotencyRecords store = records.getIfAvailable();
        Optional<String> owner = SignedInUser.name();
        if (store == null || owner.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HEADER);
        if (!VALID_KEY.matcher(key).matches()) {
            problem(
                    response,
                    HttpStatus.BAD_REQUEST,
                    "Idempotency-Key must be 1 to 255 visible ASCII characters (a UUID, for example).");
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String fingerprint = fingerprint(request, body);
        var existing = store.claim(owner.get(), key, fingerprint);
        if (existing.isPresent()) {
            answerAgain(existing.get(), fingerprint, response);
            return;
        }
        var answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(new ReadAgainRequest(request, body), answer);
        } catch (IOException | ServletException | RuntimeException e) {
            store.release(owner.get(), key);
            throw e;
        }
        if (answer.getStatus() >= 500) {
            store.release(owner.get(), key);
        } else {
            store.complete(
                    owner.get(),
                    key,
                    new IdempotencyRecords.Answer(
                            answer.getStatus(),
                            answer.getContentType(),
                            answer.getHeader(HttpHeaders.LOCATION),
                            answer.getContentAsByteArray()));
        }
        answer.copyBodyToResponse();
    }

    private void answerAgain(IdempotencyRecords.Existing existing, String fingerprint, HttpServletResponse response)
            throws IOException {
        if (!existing.fingerprint().equals(fingerprint)) {
            problem(
                    response,
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "This Idempotency-Key was already used for a different request. Use a new key for a new request.");
        } else if (!existing.completed()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            problem(
                    response,
                    HttpStatus.CONFLICT,
                    "A request with this Idempotency-Key is still being processed. Try again in a moment.");
        } else {
            var answer = existing.answer();
            response.setStatus(answer.status());
            if (answer.contentType() != null) {
                response.setContentType(answer.contentType());
            }
            if (answer.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, answer.location());
            }
            response.setHeader(REPLAYED, "true");
            if (answer.body() != null) {
                response.getOutputStream().write(answer.body());
            }
        }
    }

    /** The same request is the same method, path, query and body. */
    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String target = request.getMethod() + " " + request.getRequestURI() + "?"
                    + (request.getQueryString() == null ? "" : request.getQueryString()) + "\n";
            digest.update(target.getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** The request with its body, already read to fingerprint it, readable once more. */
    private static final class ReadAgainRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadAgainRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
