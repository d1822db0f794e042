package org.missionplanner.account.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.missionplanner.admin.ApiTokens;
import org.missionplanner.admin.IssuedToken;
import org.missionplanner.admin.TokenView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Personal API tokens over the API: create (value shown once), list, revoke. */
@RestController
@RequestMapping("/api/v1/tokens")
class TokenApiController {

    private final ApiTokens tokens;

    TokenApiController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    record CreateTokenRequest(@NotBlank @Size(max = 100) String name, Instant expiresAt) {}

    record TokenSummary(
            long id,
            String name,
            Instant createdAt,
            Instant expiresAt,
            Instant revokedAt,
            Instant lastUsedAt,
            boolean active) {

        static TokenSummary of(TokenView token) {
            return new TokenSummary(
                    token.id(),
                    token.name(),
                    token.createdAt(),
                    token.expiresAt(),
                    token.revokedAt(),
                    token.lastUsedAt(),
                    token.active());
        }
    }

    @PostMapping
    ResponseEntity<IssuedToken> create(@Valid @RequestBody CreateTokenRequest request, Authentication authentication) {
        IssuedToken issued = tokens.create(authentication.getName(), request.name(), request.expiresAt());
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + issued.id()))
                .body(issued);
    }

    @GetMapping
    List<TokenSummary> list(Authentication authentication) {
        return tokens.list(authentication.getName()).stream()
                .map(TokenSummary::of)
                .toList();
    }

    @DeleteMapping("/{tokenId}")
    ResponseEntity<Void> revoke(@PathVariable long tokenId, Authentication authentication) {
        tokens.revoke(authentication.getName(), tokenId);
        return ResponseEntity.noContent().build();
    }
}
