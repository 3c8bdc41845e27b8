package nl.werkbank.common;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import nl.werkbank.common.problem.FieldCode;

/**
 * S-4: what PDFBox must not be handed. PDFBox 3 decodes cross-reference streams and object streams
 * into memory without a limit while it loads a file, so a 5 MB upload could unpack to gigabytes. This
 * reads the raw bytes first: every stream with the keys of those structures (/W, /N, /First) must
 * be unfiltered or a single FlateDecode that inflates to at most {@link #MAX_STRUCTURE_BYTES};
 * inflating here only counts, it keeps nothing. Encrypted files are refused here too: their object
 * streams cannot be measured before they are decrypted.
 */
final class PdfStructure {

    static final int MAX_STRUCTURE_BYTES = 4 * 1024 * 1024;
    private static final int DICTIONARY_WINDOW = 64 * 1024;
    private static final Pattern NAME = Pattern.compile("/([^\\s/<>\\[\\]()%{}]*)");
    private static final Pattern ESCAPE = Pattern.compile("#([0-9A-Fa-f]{2})");
    private static final Set<String> STRUCTURE_KEYS = Set.of("W", "N", "First", "XRef", "ObjStm");
    private static final Set<String> FLATE = Set.of("FlateDecode", "Fl");
    private static final Set<String> OTHER_FILTERS = Set.of(
            "LZWDecode",
            "LZW",
            "ASCII85Decode",
            "A85",
            "ASCIIHexDecode",
            "AHx",
            "RunLengthDecode",
            "RL",
            "CCITTFaxDecode",
            "CCF",
            "DCTDecode",
            "DCT",
            "JPXDecode",
            "JBIG2Decode",
            "Crypt");

    private PdfStructure() {}

    static Optional<DocumentRefusal> check(byte[] pdf) {
        if (trailersMention(pdf, "Encrypt")) {
            return Optional.of(PdfInspection.encrypted());
        }
        byte[] keyword = "stream".getBytes(StandardCharsets.US_ASCII);
        int from = 0;
        int at;
        while ((at = indexOf(pdf, keyword, from, pdf.length)) >= 0) {
            from = at + keyword.length;
            int dataStart = dataStart(pdf, from);
            if (dataStart < 0 || !closesDictionary(pdf, at)) {
                continue;
            }
            int objectStart = lastIndexOf(pdf, "obj", Math.max(0, at - DICTIONARY_WINDOW), at);
            if (objectStart < 0) {
                continue;
            }
            List<String> names = names(new String(pdf, objectStart, at - objectStart, StandardCharsets.ISO_8859_1));
            if (names.contains("Encrypt")) {
                return Optional.of(PdfInspection.encrypted());
            }
            if (names.stream().noneMatch(STRUCTURE_KEYS::contains)) {
                continue;
            }
            long flateFilters = names.stream().filter(FLATE::contains).count();
            if (flateFilters > 1 || names.stream().anyMatch(OTHER_FILTERS::contains)) {
                return Optional.of(tooLarge());
            }
            if (flateFilters == 1 && !inflatesWithinLimit(pdf, dataStart)) {
                return Optional.of(tooLarge());
            }
        }
        return Optional.empty();
    }

    /** Whether a classic trailer dictionary names the key (a cross-reference stream's dictionary is read as a stream). */
    private static boolean trailersMention(byte[] pdf, String key) {
        byte[] trailer = "trailer".getBytes(StandardCharsets.US_ASCII);
        int from = 0;
        int at;
        while ((at = indexOf(pdf, trailer, from, pdf.length)) >= 0) {
            from = at + trailer.length;
            int end = Math.min(pdf.length, from + DICTIONARY_WINDOW);
            int startxref = indexOf(pdf, "startxref".getBytes(StandardCharsets.US_ASCII), from, end);
            String dictionary =
                    new String(pdf, from, (startxref < 0 ? end : startxref) - from, StandardCharsets.ISO_8859_1);
            if (names(dictionary).contains(key)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inflatesWithinLimit(byte[] pdf, int dataStart) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(pdf, dataStart, pdf.length - dataStart);
            byte[] sink = new byte[64 * 1024];
            long produced = 0;
            while (!inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
                produced += inflater.inflate(sink);
                if (produced > MAX_STRUCTURE_BYTES) {
                    return false;
                }
            }
            return true;
        } catch (DataFormatException e) {
            // Damaged data: PDFBox will fail on it or skip it; it cannot unpack to much.
            return true;
        } finally {
            inflater.end();
        }
    }

    private static DocumentRefusal tooLarge() {
        return new DocumentRefusal(
                FieldCode.FILE_TYPE,
                Text.of(
                        "has an internal structure that unpacks to more than " + MAX_STRUCTURE_BYTES / (1024 * 1024)
                                + " MB",
                        "heeft een interne structuur die uitpakt tot meer dan " + MAX_STRUCTURE_BYTES / (1024 * 1024)
                                + " MB"));
    }

    private static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        Matcher name = NAME.matcher(text);
        while (name.find()) {
            names.add(ESCAPE.matcher(name.group(1))
                    .replaceAll(hex -> Character.toString(Integer.parseInt(hex.group(1), 16))));
        }
        return names;
    }

    /** After the keyword comes CR LF or LF, then the data; anything else is not a stream keyword. */
    private static int dataStart(byte[] pdf, int afterKeyword) {
        if (afterKeyword < pdf.length && pdf[afterKeyword] == '\n') {
            return afterKeyword + 1;
        }
        if (afterKeyword + 1 < pdf.length && pdf[afterKeyword] == '\r' && pdf[afterKeyword + 1] == '\n') {
            return afterKeyword + 2;
        }
        if (afterKeyword < pdf.length && pdf[afterKeyword] == '\r') {
            return afterKeyword + 1;
        }
        return -1;
    }

    private static boolean closesDictionary(byte[] pdf, int keyword) {
        int i = keyword - 1;
        while (i >= 0 && Character.isWhitespace(pdf[i])) {
            i--;
        }
        return i >= 1 && pdf[i] == '>' && pdf[i - 1] == '>';
    }

    private static int indexOf(byte[] data, byte[] pattern, int from, int to) {
        outer:
        for (int i = from; i <= to - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int lastIndexOf(byte[] data, String text, int from, int before) {
        byte[] pattern = text.getBytes(StandardCharsets.US_ASCII);
        for (int i = before - pattern.length; i >= from; i--) {
            if (Arrays.equals(data, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        return -1;
    }
}
