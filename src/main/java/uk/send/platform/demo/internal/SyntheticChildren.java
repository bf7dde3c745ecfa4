package uk.send.platform.demo.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import uk.send.platform.children.ChildDetails;
import uk.send.platform.children.Contact;
import uk.send.platform.identifiers.NhsNumber;
import uk.send.platform.identifiers.Uln;
import uk.send.platform.identifiers.Upn;

/** Makes one synthetic child at a time: realistic age, sex, ethnicity, setting and valid identifiers. */
final class SyntheticChildren {

    record SyntheticChild(String id, ChildDetails details, int age) {
    }

    private static final String[] OUTWARD = {"TA1", "TA2", "TA3", "TA4", "TA5", "TA6", "TA7", "TA8", "TA9", "TA10",
            "TA11", "TA12", "TA13", "TA14", "TA15", "TA16", "TA18", "TA19", "TA20", "TA21", "TA24", "BA3", "BA4", "BA5",
            "BA6", "BA7", "BA8", "BA9", "BA10", "BA11", "BA16", "BA20", "BA21", "BA22"};
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private final Random random;
    private final Settings settings;
    private final LocalDate today;
    private final String laCode;
    private final Set<String> nhsNumbers = new HashSet<>();

    SyntheticChildren(Random random, LocalDate today, String laCode) {
        this.random = random;
        this.settings = new Settings(random);
        this.today = today;
        this.laCode = laCode;
    }

    SyntheticChild next() {
        int age = Calibration.pick(random, Calibration.AGE);
        LocalDate dob = today.minusYears(age).minusDays(1 + random.nextInt(364));
        String sex = random.nextDouble() < Calibration.MALE ? "M" : "F";
        String family = Names.family(random);
        Settings.Setting setting = settings.placeFor(age, random);
        String upn = age >= 4 && age <= 19 && random.nextInt(50) > 0 ? upn(dob) : null;
        String reason = upn != null ? null : age < 6 ? "UN1" : age >= 19 ? null : "UN2";
        String uln = age >= 16 ? uln() : null;
        if (upn == null && uln == null && reason == null) {
            reason = "UN9";
        }
        boolean lookedAfter = random.nextDouble() < Calibration.LOOKED_AFTER;
        LocalDate lookedAfterFrom = lookedAfter ? dob.plusDays(random.nextInt((int) Math.max(1, today.toEpochDay() - dob.toEpochDay()))) : null;
        List<Contact> contacts = lookedAfter
                ? List.of(new Contact("Somerset Council Children's Services", "CORPORATE_PARENT", "01823 000000", null, null, true))
                : List.of(new Contact(Names.adult(random) + family, random.nextInt(4) == 0 ? "FATHER" : "MOTHER",
                        "07700 900" + String.format("%03d", random.nextInt(1000)), null, null, true));
        ChildDetails details = new ChildDetails(Names.given(random, sex), family, dob.toString(), sex,
                Calibration.pick(random, Calibration.ETHNICITY), postcode(), random.nextInt(20) > 0 ? nhsNumber() : null,
                upn, uln, reason, setting.urn(), setting.urn() == null ? setting.type().name() : null, lookedAfter,
                lookedAfterFrom == null ? null : lookedAfterFrom.toString(), null, contacts);
        return new SyntheticChild(new UUID(random.nextLong(), random.nextLong()).toString(), details, age);
    }

    private String nhsNumber() {
        while (true) {
            String stem = String.valueOf(400_000_000 + random.nextInt(599_999_999));
            var check = NhsNumber.checkDigitFor(stem);
            if (check.isPresent() && nhsNumbers.add(stem)) {
                return stem + check.getAsInt();
            }
        }
    }

    private String upn(LocalDate dob) {
        int allocationYear = dob.plusYears(4).getYear() % 100;
        String body = laCode + String.format("%04d", 2000 + random.nextInt(600)) + String.format("%02d", allocationYear)
                + String.format("%03d", random.nextInt(1000));
        return Upn.checkLetterFor(body) + body;
    }

    private String uln() {
        while (true) {
            String stem = String.valueOf(100_000_000 + random.nextInt(899_999_999));
            var check = Uln.checkDigitFor(stem);
            if (check.isPresent()) {
                return stem + check.getAsInt();
            }
        }
    }

    private String postcode() {
        String outward = OUTWARD[random.nextInt(OUTWARD.length)];
        return outward + " " + random.nextInt(10) + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()))
                + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()));
    }
}
