package nl.werkbank.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The variables of an env file such as config/stack.env (NAME=value lines, # comments). */
public final class StackEnv {

    public static final Path FILE = Path.of("..", "config", "stack.env");

    private StackEnv() {}

    public static Map<String, String> read() throws IOException {
        return read(FILE);
    }

    public static Map<String, String> read(Path file) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank() && !line.startsWith("#") && line.contains("=")) {
                values.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
        return values;
    }
}
