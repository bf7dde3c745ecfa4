package uk.send.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SelectFragmentTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path THE_FRAGMENT = TEMPLATES.resolve("fragments/select.html");

    @Test
    void every_drop_down_list_on_every_page_comes_from_the_one_GOV_UK_select_fragment() throws IOException {
        assertThat(Files.readString(THE_FRAGMENT)).contains("<select");
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            List<Path> handWritten = files.filter(f -> f.toString().endsWith(".html"))
                    .filter(f -> !f.equals(THE_FRAGMENT))
                    .filter(SelectFragmentTest::writesItsOwnSelect)
                    .toList();
            assertThat(handWritten).as("templates with a hand-written <select>; use fragments/select :: choice")
                    .isEmpty();
        }
    }

    private static boolean writesItsOwnSelect(Path template) {
        try {
            return Files.readString(template).contains("<select");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
