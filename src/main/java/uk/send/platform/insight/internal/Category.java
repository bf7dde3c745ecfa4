package uk.send.platform.insight.internal;

/** A counter's split of its records (a cease reason, an advice service): a stable code and the label people read. */
record Category(String code, String label) {

    static final Category NONE = new Category("-", "All");
    static final Category ASSESS = new Category("ASSESS", "Decided to assess");
    static final Category NOT_ASSESS = new Category("NOT_ASSESS", "Decided not to assess");
    static final Category EXCEPTION = new Category("EXCEPTION", "An exception applied");
    static final Category NO_EXCEPTION = new Category("NO_EXCEPTION", "No exception applied");
}
