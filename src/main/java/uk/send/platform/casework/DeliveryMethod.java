package uk.send.platform.casework;

/** How a notice was sent; "served" is undefined in the regulations, so the method and date are kept (statutory-rules 10.2). */
public enum DeliveryMethod {
    POST("Post"),
    EMAIL("Email"),
    HAND("By hand"),
    PORTAL("Online portal");

    private final String label;

    DeliveryMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
