package uk.send.platform.kernel;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The options of a select, in order: value to label. The GOV.UK select fragment ({@code fragments/select :: choice})
 * takes one of these, so a page never writes its own {@code <select>}.
 */
public final class Choices {

    private Choices() {
    }

    /** One option per item, with the value and label the functions give. */
    public static <T> Map<String, String> of(Collection<? extends T> items, Function<? super T, ?> value,
            Function<? super T, ?> label) {
        Map<String, String> choices = new LinkedHashMap<>();
        items.forEach(item -> choices.put(String.valueOf(value.apply(item)), String.valueOf(label.apply(item))));
        return Collections.unmodifiableMap(choices);
    }

    /** One option per value, shown as it is. */
    public static Map<String, String> same(Collection<?> values) {
        return of(values, Function.identity(), Function.identity());
    }

    /** One option per enum constant: its name as the value and the label the function gives. */
    public static <E extends Enum<E>> Map<String, String> of(E[] constants, Function<? super E, ?> label) {
        return of(Arrays.asList(constants), Enum::name, label);
    }
}
