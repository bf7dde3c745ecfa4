package uk.send.platform.advice.internal;

/**
 * One question on an advice form. A PROVISION question is a table of rows (what, how often, who provides it);
 * the others are free text. Keys are stable across versions of a form so answers can be compared.
 */
record Question(String key, String label, String hint, Type type, boolean required) {

    enum Type { SHORT_TEXT, LONG_TEXT, PROVISION }

    static final int MAX_LENGTH = 4000;

    public boolean provision() {
        return type == Type.PROVISION;
    }

    public boolean shortText() {
        return type == Type.SHORT_TEXT;
    }

    /** The id of the input on the page, also the field named in an error. */
    public String fieldId() {
        return "q-" + key;
    }
}
