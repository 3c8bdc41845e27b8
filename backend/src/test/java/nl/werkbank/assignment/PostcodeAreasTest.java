package nl.werkbank.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped postcode-area table covers every area 10–99 once and every province. */
class PostcodeAreasTest {

    private final PostcodeAreas areas = new PostcodeAreas();

    @Test
    void everyAreaHasOneProvinceAndEveryProvinceHasAreas() {
        List<String> all = new ArrayList<>();
        for (Province province : Province.values()) {
            assertThat(areas.areasOf(province)).as(province.name()).isNotEmpty();
            all.addAll(areas.areasOf(province));
        }
        assertThat(all).hasSize(90).doesNotHaveDuplicates();
        for (int area = 10; area <= 99; area++) {
            assertThat(areas.provinceOf(area + "00")).as("area %d", area).isPresent();
        }
    }

    @Test
    void knownPlacesLieInTheirProvince() {
        assertThat(areas.provinceOf("1012")).contains(Province.NOORD_HOLLAND);
        assertThat(areas.provinceOf("3511")).contains(Province.UTRECHT);
        assertThat(areas.provinceOf("2511")).contains(Province.ZUID_HOLLAND);
        assertThat(areas.provinceOf("6211")).contains(Province.LIMBURG);
        assertThat(areas.provinceOf("8911")).contains(Province.FRIESLAND);
        assertThat(areas.provinceOf("ABROAD")).isEmpty();
    }
}
