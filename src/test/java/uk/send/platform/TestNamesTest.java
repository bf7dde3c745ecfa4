package uk.send.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One test-naming style (docs/conventions.md): a test method's name is a sentence in snake_case. */
class TestNamesTest {

    private static final Pattern TEST_METHOD = Pattern.compile(
            "@(?:Test|Property|Example|ParameterizedTest|RepeatedTest)\\b[^\\n]*\\n(?:\\s*@[^\\n]*\\n)*"
                    + "\\s*(?:public\\s+)?void\\s+(\\w+)\\s*\\(");
    private static final Pattern CAMEL_CASE = Pattern.compile("[a-z0-9][A-Z]");

    @Test
    void every_test_method_is_named_in_snake_case() throws IOException {
        List<String> camel = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = TEST_METHOD.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (CAMEL_CASE.matcher(m.group(1)).find()) {
                        camel.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(camel).as("test methods to rename as snake_case sentences").isEmpty();
    }

    @Test
    void the_check_finds_a_camel_case_name() {
        Matcher m = TEST_METHOD.matcher("    @Test\n    void aCamelCaseName() {\n");
        assertThat(m.find()).isTrue();
        assertThat(CAMEL_CASE.matcher(m.group(1)).find()).isTrue();
    }
}
