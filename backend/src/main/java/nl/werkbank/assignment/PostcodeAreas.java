package nl.werkbank.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which province a postcode lies in, by its two-digit area, from the table shipped as
 * {@code reference/postcode-areas.csv} (its header says where it comes from). Reference data:
 * read once, never changed at run time.
 */
@ApplicationScoped
public class PostcodeAreas {

    private static final String TABLE = "reference/postcode-areas.csv";

    private final Map<String, Province> provinceOfArea;
    private final Map<Province, List<String>> areasOfProvince;

    PostcodeAreas() {
        this.provinceOfArea = read();
        Map<Province, List<String>> areas = new EnumMap<>(Province.class);
        for (Province province : Province.values()) {
            areas.put(
                    province,
                    provinceOfArea.entrySet().stream()
                            .filter(e -> e.getValue() == province)
                            .map(Map.Entry::getKey)
                            .toList());
        }
        this.areasOfProvince = areas;
    }

    /** The province of a four-digit postcode; empty for "ABROAD" and areas the table lacks. */
    public Optional<Province> provinceOf(String region) {
        if (region == null || region.length() < 2) {
            return Optional.empty();
        }
        return Optional.ofNullable(provinceOfArea.get(region.substring(0, 2)));
    }

    /** The two-digit areas that lie in a province. */
    public List<String> areasOf(Province province) {
        return areasOfProvince.get(province);
    }

    private static Map<String, Province> read() {
        Map<String, Province> table = new TreeMap<>();
        try (InputStream in = PostcodeAreas.class.getClassLoader().getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + TABLE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("area,")) {
                    continue;
                }
                String[] columns = line.split(",", -1);
                table.put(columns[0].strip(), Province.valueOf(columns[1].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
