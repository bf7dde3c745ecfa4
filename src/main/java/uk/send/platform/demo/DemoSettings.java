package uk.send.platform.demo;

/**
 * How big the synthetic Local Area is and how it is seeded. Plans defaults to about Somerset's 5,700 active EHC
 * plans (DfE, January 2025); up to 20,000 or more for benchmarks.
 */
public record DemoSettings(int plans, long seed, String password) {

    public DemoSettings {
        if (plans < 0 || plans > 200_000) {
            throw new IllegalArgumentException("SEND_DEMO_PLANS must be between 0 and 200000");
        }
    }
}
