package nl.werkbank.common.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** Puts {@link TextDeserializer} in the one ObjectMapper that reads request bodies. */
@Singleton
public class TextCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(
                new SimpleModule("werkbank-text").addDeserializer(String.class, TextDeserializer.singleLine()));
    }
}
