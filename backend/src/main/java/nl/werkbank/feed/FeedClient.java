package nl.werkbank.feed;

/** A job board pulling the feed, known by its OIDC client id (not a person: no personal data). */
public record FeedClient(String clientId) {}
