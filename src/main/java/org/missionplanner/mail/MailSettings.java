package org.missionplanner.mail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The mail configuration: the SMTP server ({@code SPRING_MAIL_*}, absent in demo mode: then
 * nothing is sent), the sender ({@code APP_MAIL_FROM}) and the address of the application that
 * links point to ({@code APP_BASE_URL}).
 */
@Component
class MailSettings {

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final String baseUrl;

    MailSettings(
            ObjectProvider<JavaMailSender> sender,
            @Value("${app.mail.from}") String from,
            @Value("${app.base-url}") String baseUrl) {
        this.sender = sender;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The configured sender, or null when no SMTP server is configured. */
    JavaMailSender sender() {
        return sender.getIfAvailable();
    }

    boolean configured() {
        return sender() != null;
    }

    String from() {
        return from;
    }

    String link(String path) {
        return baseUrl + path;
    }
}
