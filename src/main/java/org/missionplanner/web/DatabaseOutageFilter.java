package org.missionplanner.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * When the database cannot be reached, whichever code met it (a controller, a filter, the sign-in),
 * answers 503 with {@code Retry-After}: problem details for the API, the error page for pages. The
 * connection pool gives up after a few seconds ({@code spring.datasource.hikari.connection-timeout}),
 * so a request never hangs for long, and it reconnects by itself once the database is back. Runs
 * before Spring Security, so the security headers it wrote are kept.
 */
@Component
@Order(DatabaseOutageFilter.ORDER)
class DatabaseOutageFilter extends OncePerRequestFilter {

    /**
     * Before the session filter (which reads the session from the database) and Spring Security's
     * chain, after character encoding.
     */
    static final int ORDER = SessionRepositoryFilter.DEFAULT_ORDER - 10;

    /** Seconds a client is asked to wait before trying again. */
    static final String RETRY_AFTER = "10";

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final JsonMapper json = JsonMapper.builder().build();
    private final ObjectProvider<DataSource> dataSource;
    private final MessageSource messages;

    // a provider: web slices of the tests run the filters without a database
    DatabaseOutageFilter(ObjectProvider<DataSource> dataSource, MessageSource messages) {
        this.dataSource = dataSource;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (response.isCommitted() || !(databaseUnreachable(e) || (involvesDatabase(e) && !databaseAnswers()))) {
                throw e;
            }
            log.warn(
                    "Database unreachable, answered 503 to {} {}: {}",
                    request.getMethod(),
                    path(request),
                    rootMessage(e));
            response.resetBuffer();
            response.setHeader("Retry-After", RETRY_AFTER);
            if (path(request).startsWith("/api/")) {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "The database cannot be reached at the moment. Try again in a few seconds.");
                problem.setTitle("Service unavailable");
                response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                json.writeValue(response.getOutputStream(), problem);
            } else {
                unavailablePage(request, response);
            }
        }
    }

    /**
     * A page of its own, written here: the error page of the layout would read the signed-in user
     * from the session, which lives in the unreachable database. Carries the security headers itself,
     * since the failure may have come before Spring Security's filters ran.
     */
    private void unavailablePage(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = request.getLocale();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
        String title = HtmlUtils.htmlEscape(messages.getMessage("error.503.title", null, locale));
        String text = HtmlUtils.htmlEscape(messages.getMessage("error.503.text", null, locale));
        String again = HtmlUtils.htmlEscape(messages.getMessage("error.503.again", null, locale));
        response.getWriter().write("""
                        <!DOCTYPE html>
                        <html lang="%s"><head><meta charset="utf-8"><title>%s</title></head>
                        <body><main><h1>%s</h1><p>%s</p><p><a href="%s">%s</a></p></main></body></html>
                        """.formatted(
                        locale.getLanguage(), title, title, text, HtmlUtils.htmlEscape(path(request)), again));
    }

    /** A failure to reach the database (no connection, connection lost), not a refused statement. */
    static boolean databaseUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof RecoverableDataAccessException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08: connection exception; 57P01-57P03: the server shut down or cannot accept connections now
                if (state.startsWith("08") || state.startsWith("57P")) {
                    return true;
                }
            }
            // the pool closed a connection that broke (HikariCP's closed connection, no SQL state):
            // a rollback on it replaces the connection error the transaction met
            if (cause instanceof SQLException sql
                    && sql.getSQLState() == null
                    && "Connection is closed".equals(sql.getMessage())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * Whether the failure came from the database in some way. A connection lost in the middle of a
     * transaction often ends as "unable to roll back: connection is closed", which names no outage:
     * then {@link #databaseAnswers()} decides.
     */
    private static boolean involvesDatabase(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException
                    || cause instanceof DataAccessException
                    || cause instanceof TransactionException) {
                return true;
            }
        }
        return false;
    }

    /** A connection from the pool (it waits at most its connection timeout) that answers. */
    private boolean databaseAnswers() {
        DataSource pool = dataSource.getIfAvailable();
        if (pool == null) {
            return true;
        }
        try (Connection connection = pool.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
