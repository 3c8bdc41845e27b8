package nl.werkbank.retention;

/**
 * T-4: what one batch of one category did. {@code lastKey} is where the next batch continues;
 * {@code selected} how many records the sweep returned (fewer than the batch size: the last one).
 */
public record Batch(int selected, int examined, int deleted, int anonymised, int held, int errors, String lastKey) {

    static Batch failed(int examined, int held, String lastKey) {
        return new Batch(examined, examined, 0, 0, held, examined - held, lastKey);
    }
}
