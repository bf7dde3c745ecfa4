package uk.send.platform.casework.internal;

/**
 * One named field of an event type: where it is kept, whether it must be given, and what it may hold
 * (a vocabulary enum, a date, an LA code, or free text). Generated fields are ids the platform assigns.
 */
record FieldSpec(String name, Slot slot, boolean required, Class<? extends Enum<?>> vocabulary, Kind kind) {

    enum Kind {
        TEXT, DATE, VOCABULARY, LA_CODE, GENERATED
    }

    static FieldSpec text(String name, Slot slot, boolean required) {
        return new FieldSpec(name, slot, required, null, Kind.TEXT);
    }

    static FieldSpec date(String name, boolean required) {
        return new FieldSpec(name, Slot.OTHER_ON, required, null, Kind.DATE);
    }

    static FieldSpec code(String name, Slot slot, Class<? extends Enum<?>> vocabulary) {
        return new FieldSpec(name, slot, true, vocabulary, Kind.VOCABULARY);
    }

    static FieldSpec optionalCode(String name, Slot slot, Class<? extends Enum<?>> vocabulary) {
        return new FieldSpec(name, slot, false, vocabulary, Kind.VOCABULARY);
    }

    static FieldSpec laCode(String name) {
        return new FieldSpec(name, Slot.PARTY, true, null, Kind.LA_CODE);
    }

    static FieldSpec generated(String name) {
        return new FieldSpec(name, Slot.REF, false, null, Kind.GENERATED);
    }
}
