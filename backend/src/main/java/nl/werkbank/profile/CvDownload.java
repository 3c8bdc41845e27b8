package nl.werkbank.profile;

/** A CV file on its way to the caller. */
public record CvDownload(String fileName, String contentType, byte[] content) {}
