package nl.werkbank.feed;

import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.werkbank.assignment.PublishedPosting;
import nl.werkbank.assignment.RemoteOption;

/**
 * The full feed in the XML that Indeed-style aggregators crawl ({@code <source><job>…}), written
 * element by element onto the response: it never holds more than the job being written.
 */
final class FeedXmlWriter implements AutoCloseable {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;

    FeedXmlWriter(OutputStream out, String publisherUrl, Instant builtAt) {
        try {
            xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("source");
            element("publisher", "Werkbank");
            element("publisherurl", publisherUrl);
            element("lastBuildDate", rfc1123(builtAt));
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The XML feed could not be started", e);
        }
    }

    void job(PublishedPosting posting) {
        try {
            xml.writeStartElement("job");
            element("title", posting.title());
            element("date", rfc1123(posting.publishedAt()));
            element("referencenumber", posting.id().toString());
            element("url", posting.pageUrl());
            element("company", posting.hiringOrganization());
            // Assignments name a postcode area, not a city: the area goes in postalcode.
            element("city", "");
            element("country", "NL");
            element("postalcode", "ABROAD".equals(posting.region()) ? "" : posting.region());
            element("description", posting.description());
            element("salary", salary(posting));
            element("jobtype", "contract");
            element("remotetype", remoteType(posting.remote()));
            element("expirationdate", posting.validThrough().toString());
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The XML feed could not be written", e);
        }
    }

    void flush() {
        try {
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The XML feed could not be written", e);
        }
    }

    @Override
    public void close() {
        try {
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The XML feed could not be finished", e);
        }
    }

    private void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlSafe(text));
        xml.writeEndElement();
    }

    /** XML 1.0 cannot carry most control characters, even escaped; they are left out. */
    private static String xmlSafe(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> c == 0x9
                        || c == 0xA
                        || c == 0xD
                        || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD)
                        || c >= 0x10000)
                .forEach(safe::appendCodePoint);
        return safe.toString();
    }

    private static String salary(PublishedPosting posting) {
        Integer min = posting.rateMinCents();
        Integer max = posting.rateMaxCents();
        if (min == null && max == null) {
            return "";
        }
        if (min != null && max != null) {
            return euros(min) + " - " + euros(max) + " per hour";
        }
        return (min != null ? "from " + euros(min) : "up to " + euros(max)) + " per hour";
    }

    private static String euros(int cents) {
        return String.format(Locale.ROOT, "EUR %d.%02d", cents / 100, cents % 100);
    }

    private static String remoteType(RemoteOption remote) {
        return switch (remote) {
            case REMOTE -> "Fully remote";
            case HYBRID -> "Hybrid remote";
            case ONSITE -> "";
        };
    }

    private static String rfc1123(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }
}
