package nl.werkbank.assignment;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * F-1, F-3: an assignment as schema.org {@code JobPosting}, the same object on the public page,
 * in its crawlable HTML and in the job-board feed. It is built from the public fields only, so it
 * cannot carry the poster's identity (F-4).
 */
final class JobPostings {

    static final String PLATFORM = "Werkbank";

    /** F-1: search engines ask for this name when the employer is not disclosed. */
    static final String CONFIDENTIAL = "Confidential";

    private JobPostings() {}

    /**
     * A JSON object with its keys in the order given: the same posting is the same bytes on every
     * instance, which the feed's strong ETags promise.
     */
    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    /**
     * @param hiringOrganization the organisation's name when it chose to be named and is verified, otherwise null
     * @param url the assignment's crawlable public page
     */
    static Map<String, Object> of(Assignment a, String hiringOrganization, String url) {
        Map<String, Object> posting = new LinkedHashMap<>();
        posting.put("@context", "https://schema.org");
        posting.put("@type", "JobPosting");
        posting.put("title", a.title);
        posting.put("description", a.description);
        posting.put("identifier", object("@type", "PropertyValue", "name", PLATFORM, "value", a.id.toString()));
        posting.put("url", url);
        posting.put(
                "datePosted",
                a.publishedAt.atOffset(ZoneOffset.UTC).toLocalDate().toString());
        posting.put(
                "validThrough",
                a.validThrough.atTime(23, 59, 59).atOffset(ZoneOffset.UTC).toString());
        posting.put("employmentType", "CONTRACTOR");
        posting.put(
                "hiringOrganization",
                object(
                        "@type",
                        "Organization",
                        "name",
                        hiringOrganization == null ? CONFIDENTIAL : hiringOrganization));
        posting.put("directApply", true);
        if (a.startDate != null) {
            posting.put("jobStartDate", a.startDate.toString());
        }
        if (a.hoursPerWeek != null) {
            posting.put("workHours", a.hoursPerWeek + " hours per week");
        }
        if (!a.skills.isEmpty()) {
            posting.put("skills", String.join(", ", a.skills));
        }
        if (a.remote == RemoteOption.REMOTE) {
            posting.put("jobLocationType", "TELECOMMUTE");
            posting.put("applicantLocationRequirements", object("@type", "Country", "name", "NL"));
        } else if (!"ABROAD".equals(a.region)) {
            posting.put(
                    "jobLocation",
                    object(
                            "@type",
                            "Place",
                            "address",
                            object("@type", "PostalAddress", "postalCode", a.region, "addressCountry", "NL")));
        }
        if (a.rateMinCents != null || a.rateMaxCents != null) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("@type", "QuantitativeValue");
            if (a.rateMinCents != null) {
                value.put("minValue", a.rateMinCents / 100.0);
            }
            if (a.rateMaxCents != null) {
                value.put("maxValue", a.rateMaxCents / 100.0);
            }
            value.put("unitText", "HOUR");
            posting.put("baseSalary", object("@type", "MonetaryAmount", "currency", "EUR", "value", value));
        }
        return posting;
    }
}
