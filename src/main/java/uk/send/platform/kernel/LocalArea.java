package uk.send.platform.kernel;

import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Local Area this deployment serves: its DfE 3-digit LA code (every table carries it as {@code la_code}) and
 * the name shown in letters and reports. One value, read once from the environment ({@code SEND_LOCAL_AUTHORITY},
 * {@code SEND_LOCAL_AUTHORITY_NAME}), instead of each class reading the setting itself.
 */
@Component
public final class LocalArea {

    private static final Pattern CODE = Pattern.compile("\\d{3}");

    private final String code;
    private final String name;

    public LocalArea(@Value("${send.local-authority}") String code,
            @Value("${send.local-authority-name:the local authority}") String name) {
        if (code == null || !CODE.matcher(code.strip()).matches()) {
            throw new IllegalStateException("SEND_LOCAL_AUTHORITY must be the Local Area's 3-digit DfE LA code");
        }
        this.code = code.strip();
        this.name = name == null || name.isBlank() ? "the local authority" : name.strip();
    }

    public static LocalArea of(String code, String name) {
        return new LocalArea(code, name);
    }

    /** The DfE 3-digit LA code, e.g. {@code 933}. */
    public String code() {
        return code;
    }

    /** The name people read, e.g. {@code Somerset}. */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name + " (" + code + ")";
    }
}
