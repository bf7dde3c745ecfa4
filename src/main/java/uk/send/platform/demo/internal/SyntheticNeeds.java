package uk.send.platform.demo.internal;

import static uk.send.platform.casework.SenNeed.*;

import java.util.Map;
import java.util.Optional;
import java.util.Random;
import uk.send.platform.casework.SenNeed;

/**
 * The SEN2 needs a synthetic plan names in section B: a primary need in Somerset's proportions, for some plans a
 * secondary need of a kind that commonly comes with it, and now and then an amended plan whose primary need changes.
 */
final class SyntheticNeeds {

    /** The needs a plan names: a primary need and, for some plans, a different secondary need. */
    record Needs(SenNeed primary, SenNeed secondary) {
    }

    /** Primary need of plans, Somerset January 2025 (sen2.md section 4): SEMH 30.6%, ASD 23.7%, SLCN 16.9% ... */
    static final Map<SenNeed, Integer> PRIMARY = Map.ofEntries(Map.entry(SEMH, 306), Map.entry(ASD, 237),
            Map.entry(SLCN, 169), Map.entry(MLD, 97), Map.entry(SLD, 68), Map.entry(PD, 40), Map.entry(SPLD, 23),
            Map.entry(PMLD, 13), Map.entry(HI, 8), Map.entry(VI, 8), Map.entry(OTH, 31));
    /** Share of plans naming a secondary need (SENtypeRank 2): not published, taken as two in five. */
    static final int SECONDARY_PERCENT = 40;
    /**
     * Share of amended plans that change the primary need, as when autism is diagnosed for a child whose plan was
     * for communication needs: not published, taken as one in twenty.
     */
    static final int PRIMARY_CHANGE_PERCENT = 5;
    /** For each primary need, the secondary needs that commonly come with it, by weight. */
    private static final Map<SenNeed, Map<SenNeed, Integer>> COMES_WITH = Map.ofEntries(
            Map.entry(ASD, Map.of(SLCN, 40, SEMH, 35, MLD, 15, SPLD, 10)),
            Map.entry(SEMH, Map.of(ASD, 35, SLCN, 25, SPLD, 20, MLD, 20)),
            Map.entry(SLCN, Map.of(ASD, 35, MLD, 30, SEMH, 25, HI, 10)),
            Map.entry(MLD, Map.of(SLCN, 45, SEMH, 30, ASD, 15, PD, 10)),
            Map.entry(SLD, Map.of(ASD, 40, SLCN, 30, PD, 30)),
            Map.entry(PMLD, Map.of(PD, 50, VI, 25, MSI, 25)),
            Map.entry(PD, Map.of(MLD, 35, SLCN, 35, VI, 15, SEMH, 15)),
            Map.entry(SPLD, Map.of(SEMH, 45, SLCN, 35, ASD, 20)),
            Map.entry(HI, Map.of(SLCN, 70, MLD, 30)),
            Map.entry(VI, Map.of(PD, 40, MLD, 30, SLCN, 30)),
            Map.entry(MSI, Map.of(PD, 50, SLD, 50)),
            Map.entry(DS, Map.of(MLD, 45, SLCN, 35, SLD, 20)),
            Map.entry(OTH, Map.of(SEMH, 40, SLCN, 30, MLD, 30)));

    private final Random random;

    SyntheticNeeds(Random random) {
        this.random = random;
    }

    /** The needs a new plan names. */
    Needs forNewPlan() {
        SenNeed primary = Calibration.pick(random, PRIMARY);
        return new Needs(primary, random.nextInt(100) < SECONDARY_PERCENT ? comingWith(primary) : null);
    }

    /**
     * The needs an amended plan names when it changes the primary need: the secondary need becomes the primary one
     * (or, without one, a need that commonly comes with it), and the former primary need stays as the secondary.
     * Empty when the amended plan leaves the needs as they were.
     */
    Optional<Needs> changedByAmendment(Needs current) {
        if (random.nextInt(100) >= PRIMARY_CHANGE_PERCENT) {
            return Optional.empty();
        }
        SenNeed next = current.secondary() != null ? current.secondary() : comingWith(current.primary());
        return Optional.of(new Needs(next, current.primary()));
    }

    private SenNeed comingWith(SenNeed primary) {
        return Calibration.pick(random, COMES_WITH.get(primary));
    }
}
