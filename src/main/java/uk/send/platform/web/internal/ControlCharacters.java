package uk.send.platform.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import uk.send.platform.kernel.InvalidInput;

/**
 * Text with control characters (NUL, escape, ...) is refused at the edge, in form and query parameters and in JSON
 * bodies alike, with the field named: stored, such text breaks letters and PDFs for good (issue 16, finding 7). Tab,
 * line feed and carriage return are text.
 */
@Configuration
class ControlCharacters implements WebMvcConfigurer {

    static final String MESSAGE = "Remove the control characters (such as NUL) from this text";

    /** Whether the text holds a character that is not text. */
    static boolean present(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    @Bean
    JacksonModule controlCharactersInJson() {
        return new SimpleModule("control-characters").addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser p, DeserializationContext ctxt) {
                String text = super.deserialize(p, ctxt);
                if (text != null && present(text)) {
                    throw ctxt.weirdStringException("(not shown)", String.class, MESSAGE);
                }
                return text;
            }
        });
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                    for (String value : parameter.getValue()) {
                        if (value != null && present(value)) {
                            throw InvalidInput.of(parameter.getKey(), MESSAGE);
                        }
                    }
                }
                return true;
            }
        });
    }
}
