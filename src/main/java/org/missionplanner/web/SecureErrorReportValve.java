package org.missionplanner.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error page (for a request it refuses before the application sees it, such as a
 * malformed address), with the security headers the application's pages carry and no report or
 * server details. Spring Security's headers never reach these answers, since no filter runs. Public
 * because Tomcat may instantiate it by name.
 */
public class SecureErrorReportValve extends ErrorReportValve {

    public SecureErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        if (!response.isCommitted()) {
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
            response.setHeader("Referrer-Policy", "no-referrer");
            response.setHeader("Cache-Control", "no-store");
        }
        super.report(request, response, throwable);
    }
}
