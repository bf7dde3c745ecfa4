package uk.send.platform.support;

import java.util.concurrent.ThreadLocalRandom;
import uk.send.platform.identifiers.NhsNumber;

/** Valid identifiers and request bodies for tests, different on every call so tests never collide. */
public final class TestData {

    private TestData() {
    }

    public static String nhsNumber() {
        while (true) {
            String stem = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
            var check = NhsNumber.checkDigitFor(stem);
            if (check.isPresent()) {
                return stem + check.getAsInt();
            }
        }
    }

    public static String spaced(String nhs) {
        return nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6);
    }

    public static String childJson(String given, String family, String dob, String nhs, String upn) {
        return "{\"givenName\":\"" + given + "\",\"familyName\":\"" + family + "\",\"dateOfBirth\":\"" + dob
                + "\",\"sex\":\"F\",\"postcode\":\"TA1 1AA\""
                + (nhs == null ? "" : ",\"nhsNumber\":\"" + nhs + "\"")
                + (upn == null ? "" : ",\"upn\":\"" + upn + "\"") + "}";
    }
}
