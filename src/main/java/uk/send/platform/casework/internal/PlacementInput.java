package uk.send.platform.casework.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import uk.send.platform.casework.Placement;
import uk.send.platform.children.SettingType;
import uk.send.platform.identifiers.Urn;
import uk.send.platform.kernel.FieldProblem;
import uk.send.platform.kernel.InvalidInput;

/**
 * Reads section I as typed into a form or sent to the API: a URN that passes {@link Urn}, a known setting type, or
 * both, and an optional name. Every problem is named by its field (400), before anything is stored.
 */
final class PlacementInput {

    static final int NAME_LIMIT = 200;

    private PlacementInput() {
    }

    static Placement read(String urn, String settingType, String name) {
        List<FieldProblem> problems = new ArrayList<>();
        String readUrn = blank(urn) ? null : urn.strip();
        if (readUrn != null && !Urn.isValid(readUrn)) {
            problems.add(new FieldProblem("urn", "Enter the school's URN as 6 digits from 100000 to 999999"));
        }
        SettingType type = null;
        if (!blank(settingType)) {
            String wanted = settingType.strip().toUpperCase(Locale.ROOT);
            type = Arrays.stream(SettingType.values()).filter(t -> t.name().equals(wanted)).findFirst().orElse(null);
            if (type == null) {
                problems.add(new FieldProblem("settingType", "Choose the type of setting from the list"));
            }
        }
        if (readUrn == null && blank(settingType)) {
            problems.add(new FieldProblem("urn", "Enter the URN of the school or institution, or choose its type"));
        }
        String readName = blank(name) ? null : name.strip();
        if (readName != null && readName.length() > NAME_LIMIT) {
            problems.add(new FieldProblem("settingName", "Enter the name in " + NAME_LIMIT + " characters or fewer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Placement(readUrn == null ? null : Urn.of(readUrn).value(), type, readName);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
