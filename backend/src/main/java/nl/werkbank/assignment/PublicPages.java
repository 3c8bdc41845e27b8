package nl.werkbank.assignment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.werkbank.common.KeysetCursor;
import nl.werkbank.common.WerkbankConfig;

/**
 * F-1, F-3: what crawlers read. Dutch aggregators scrape pages rather than pull feeds, and do
 * not run JavaScript: each published assignment has a page rendered here, with its JobPosting
 * as JSON-LD in the HTML the server sends, and the sitemap lists those pages.
 */
@ApplicationScoped
public class PublicPages {

    /** The sitemap protocol's limit for one file. */
    static final int SITEMAP_MAX_URLS = 50_000;

    private static final int SITEMAP_BATCH = 1_000;
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final AssignmentQueries assignments;
    private final ObjectMapper json;
    private final WerkbankConfig config;

    PublicPages(AssignmentQueries assignments, ObjectMapper json, WerkbankConfig config) {
        this.assignments = assignments;
        this.json = json;
        this.config = config;
    }

    /** The page of a published assignment; 410 once closed and 404 otherwise, as the API answers. */
    public String page(UUID id) {
        PublishedPosting p = assignments.publishedPosting(id);
        String spaPage = config.spaUrl() + "/assignments/" + p.id();
        StringBuilder html = new StringBuilder(4096);
        html.append("<!doctype html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(escape(p.title()))
                .append(" | Werkbank</title>\n")
                .append("<meta name=\"description\" content=\"")
                .append(escape(abbreviate(p.description(), 160)))
                .append("\">\n")
                .append("<link rel=\"canonical\" href=\"")
                .append(escape(p.pageUrl()))
                .append("\">\n")
                .append("<script type=\"application/ld+json\">")
                .append(jsonLd(p))
                .append("</script>\n</head>\n<body>\n<main>\n<article>\n<h1>")
                .append(escape(p.title()))
                .append("</h1>\n<dl>\n");
        fact(html, "Opdrachtgever", p.hiringOrganization());
        fact(html, "Regio", "ABROAD".equals(p.region()) ? "Buitenland" : "Postcodegebied " + p.region());
        fact(html, "Werkplek", workplace(p.remote()));
        fact(html, "Tarief", rate(p));
        fact(
                html,
                "Geplaatst",
                p.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        fact(html, "Reageren tot en met", p.validThrough().toString());
        html.append("</dl>\n<div>");
        for (String paragraph : p.description().split("\\R\\s*\\R")) {
            html.append("<p>").append(escape(paragraph.strip())).append("</p>\n");
        }
        html.append("</div>\n<p><a href=\"")
                .append(escape(spaPage + "/respond"))
                .append("\">Reageer op deze opdracht</a> · <a href=\"")
                .append(escape(spaPage))
                .append("\">Bekijk in Werkbank</a></p>\n</article>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    /** The sitemap of the published pages, written as it is read, in batches. */
    public void writeSitemap(OutputStream out) {
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            Optional<KeysetCursor> after = Optional.empty();
            int written = 0;
            while (written < SITEMAP_MAX_URLS) {
                List<PageLocation> batch =
                        assignments.publishedPages(after, Math.min(SITEMAP_BATCH, SITEMAP_MAX_URLS - written));
                for (PageLocation location : batch) {
                    xml.writeStartElement("url");
                    xml.writeStartElement("loc");
                    xml.writeCharacters(assignments.pageUrl(location.id()));
                    xml.writeEndElement();
                    xml.writeStartElement("lastmod");
                    xml.writeCharacters(LocalDate.ofInstant(location.lastModified(), ZoneOffset.UTC)
                            .toString());
                    xml.writeEndElement();
                    xml.writeEndElement();
                }
                written += batch.size();
                xml.flush();
                if (batch.size() < SITEMAP_BATCH) {
                    break;
                }
                PageLocation last = batch.get(batch.size() - 1);
                after = Optional.of(KeysetCursor.after(last.publishedAt(), last.id()));
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The sitemap could not be written", e);
        }
    }

    /** JSON inside a script element: nothing in it may close the element or open markup. */
    private String jsonLd(PublishedPosting p) {
        try {
            return json.writeValueAsString(p.jobPosting())
                    .replace("<", "\\u003c")
                    .replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void fact(StringBuilder html, String name, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        html.append("<dt>")
                .append(escape(name))
                .append("</dt><dd>")
                .append(escape(value))
                .append("</dd>\n");
    }

    private static String workplace(RemoteOption remote) {
        return switch (remote) {
            case ONSITE -> "Op locatie";
            case HYBRID -> "Hybride";
            case REMOTE -> "Op afstand (Nederland)";
        };
    }

    private static String rate(PublishedPosting p) {
        if (p.rateMinCents() == null && p.rateMaxCents() == null) {
            return null;
        }
        if (p.rateMinCents() != null && p.rateMaxCents() != null) {
            return euros(p.rateMinCents()) + " – " + euros(p.rateMaxCents()) + " per uur";
        }
        return (p.rateMinCents() != null ? "vanaf " + euros(p.rateMinCents()) : "tot " + euros(p.rateMaxCents()))
                + " per uur";
    }

    private static String euros(int cents) {
        return String.format(Locale.ROOT, "€ %d,%02d", cents / 100, cents % 100);
    }

    private static String abbreviate(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
