package dev.engblog.cms.auth;

/** A fresh access token (a signed JWT) and the refresh token that renews it. */
public record TokenResponse(String accessToken, String refreshToken, long expiresIn, String tokenType) {
}
