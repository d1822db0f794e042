package org.missionplanner.support;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A real OpenID Connect provider for the single sign-on tests: Spring Authorization Server in a
 * small application context of its own on a free port of {@code localhost} (the application under
 * test runs at {@code 127.0.0.1}, so that the two keep their cookies apart). Its users sign in on
 * its own login form; their ID tokens carry {@code email}, {@code email_verified},
 * {@code preferred_username} and {@code name}. Its end-session endpoint (OpenID Connect RP-initiated
 * logout, on by default with OIDC) ends its session. One instance per test JVM, started on first use.
 */
public final class TestIdentityProvider {

    public static final String CLIENT_ID = "mission-planner";
    public static final String CLIENT_SECRET = "test-client-secret";

    private static volatile TestIdentityProvider shared;

    private final ConfigurableApplicationContext context;
    private final int port;

    /** What the ID token says about each user, by user name (the subject). */
    record Person(String email, boolean emailVerified, String name) {}

    private TestIdentityProvider() {
        context = new SpringApplicationBuilder(ProviderConfiguration.class)
                .run(
                        // none of the application's properties (its own port, compression, sessions)
                        "--spring.config.name=test-identity-provider",
                        "--server.port=0",
                        "--spring.main.banner-mode=off");
        port = ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public static TestIdentityProvider shared() {
        if (shared == null) {
            synchronized (TestIdentityProvider.class) {
                if (shared == null) {
                    shared = new TestIdentityProvider();
                }
            }
        }
        return shared;
    }

    public String issuer() {
        return "http://localhost:" + port;
    }

    /** Registers the application's redirect URI (its port is known once it runs). */
    public void allowRedirect(String redirectUri) {
        var clients = context.getBean(InMemoryRegisteredClientRepository.class);
        RegisteredClient existing = clients.findByClientId(CLIENT_ID);
        clients.save(RegisteredClient.from(existing)
                .redirectUris(uris -> uris.add(redirectUri))
                .build());
    }

    /** Registers where the provider may send a user back after signing out (RP-initiated logout). */
    public void allowPostLogoutRedirect(String postLogoutRedirectUri) {
        var clients = context.getBean(InMemoryRegisteredClientRepository.class);
        RegisteredClient existing = clients.findByClientId(CLIENT_ID);
        clients.save(RegisteredClient.from(existing)
                .postLogoutRedirectUris(uris -> uris.add(postLogoutRedirectUri))
                .build());
    }

    /** Adds a user of the provider; the user name is the subject. */
    public void addUser(String username, String password, String email, boolean emailVerified, String name) {
        context.getBean(InMemoryUserDetailsManager.class)
                .createUser(User.withUsername(username)
                        .password("{noop}" + password)
                        .roles("USER")
                        .build());
        context.getBean(People.class).put(username, new Person(email, emailVerified, name));
    }

    /** The people known to the provider. */
    static final class People extends ConcurrentHashMap<String, Person> {
        private static final long serialVersionUID = 1L;
    }

    /** Not a {@code @Configuration}, so that the application's component scan never picks it up. */
    @EnableWebSecurity
    @ImportAutoConfiguration({
        PropertyPlaceholderAutoConfiguration.class,
        TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class
    })
    static class ProviderConfiguration {

        @Bean
        SecurityFilterChain provider(HttpSecurity http) throws Exception {
            return http.oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults())
                    // the user-info endpoint takes the access token
                    .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
                    .build();
        }

        @Bean
        InMemoryRegisteredClientRepository registeredClients() {
            return new InMemoryRegisteredClientRepository(
                    RegisteredClient.withId(UUID.randomUUID().toString())
                            .clientId(CLIENT_ID)
                            .clientSecret("{noop}" + CLIENT_SECRET)
                            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                            .redirectUri("http://127.0.0.1/unused")
                            .scope(OidcScopes.OPENID)
                            .scope(OidcScopes.PROFILE)
                            .scope(OidcScopes.EMAIL)
                            .clientSettings(ClientSettings.builder()
                                    .requireAuthorizationConsent(false)
                                    .build())
                            .build());
        }

        @Bean
        InMemoryUserDetailsManager users() {
            return new InMemoryUserDetailsManager();
        }

        @Bean
        People people() {
            return new People();
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims(People people) {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    Person person = people.get(context.getPrincipal().getName());
                    if (person != null) {
                        context.getClaims()
                                .claims(claims -> claims.putAll(Map.of(
                                        "email", person.email(),
                                        "email_verified", person.emailVerified(),
                                        "preferred_username",
                                                context.getPrincipal().getName(),
                                        "name", person.name())));
                    }
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> jwkSource() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic())
                    .privateKey((RSAPrivateKey) keys.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
