package uk.send.platform.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import uk.send.platform.children.SettingType;

/**
 * A fictional set of schools and colleges (URNs in an unused range) and the placement mix by age, after Somerset's
 * January 2025 split: 40% mainstream, 28% special, 18% further education, 12% elsewhere.
 */
final class Settings {

    record Setting(String urn, SettingType type) {
    }

    private final List<Setting> primary = new ArrayList<>();
    private final List<Setting> secondary = new ArrayList<>();
    private final List<Setting> special = new ArrayList<>();
    private final List<Setting> colleges = new ArrayList<>();

    Settings(Random random) {
        int urn = 990_001;
        for (int i = 0; i < 120; i++) {
            primary.add(new Setting(String.valueOf(urn++), random.nextInt(3) == 0 ? SettingType.MAINSTREAM_LA_MAINTAINED : SettingType.MAINSTREAM_ACADEMY));
        }
        for (int i = 0; i < 30; i++) {
            secondary.add(new Setting(String.valueOf(urn++), random.nextInt(4) == 0 ? SettingType.MAINSTREAM_LA_MAINTAINED : SettingType.MAINSTREAM_ACADEMY));
        }
        for (int i = 0; i < 18; i++) {
            special.add(new Setting(String.valueOf(urn++), i < 7 ? SettingType.SPECIAL_LA_MAINTAINED : i < 13 ? SettingType.SPECIAL_ACADEMY : SettingType.SPECIAL_INDEPENDENT));
        }
        for (int i = 0; i < 6; i++) {
            colleges.add(new Setting(String.valueOf(urn++), i < 5 ? SettingType.FURTHER_EDUCATION : SettingType.SPECIALIST_POST_16));
        }
    }

    /** Where a child of this age is placed; null URN when the setting is a type only (home education, NEET). */
    Setting placeFor(int age, Random random) {
        int r = random.nextInt(100);
        if (age < 4) {
            return new Setting(null, SettingType.EARLY_YEARS);
        }
        if (age <= 15) {
            if (r < 55) return (age <= 10 ? primary : secondary).get(random.nextInt(age <= 10 ? primary.size() : secondary.size()));
            if (r < 92) return special.get(random.nextInt(special.size()));
            if (r < 94) return new Setting(null, SettingType.ALTERNATIVE_PROVISION);
            if (r < 97) return new Setting(null, SettingType.ELECTIVE_HOME_EDUCATION);
            return new Setting(null, SettingType.EDUCATED_OTHERWISE);
        }
        if (age <= 19) {
            if (r < 60) return colleges.get(random.nextInt(colleges.size()));
            if (r < 80) return special.get(random.nextInt(special.size()));
            if (r < 90) return secondary.get(random.nextInt(secondary.size()));
            return new Setting(null, SettingType.NOT_IN_EDUCATION);
        }
        if (r < 70) return colleges.get(random.nextInt(colleges.size()));
        return new Setting(null, SettingType.NOT_IN_EDUCATION);
    }
}
