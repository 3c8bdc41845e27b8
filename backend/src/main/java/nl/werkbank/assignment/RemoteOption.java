package nl.werkbank.assignment;

public enum RemoteOption {
    ONSITE,
    HYBRID,
    REMOTE
}
