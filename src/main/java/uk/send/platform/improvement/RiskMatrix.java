package uk.send.platform.improvement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import uk.send.platform.kernel.FieldProblem;
import uk.send.platform.kernel.InvalidInput;

/**
 * The 5x5 risk matrix (statutory-rules.md section 6): score = consequence x likelihood, each 1 to 5, graded by a set
 * of bands that covers every possible score once. The NPSA model is the default; a Local Area may configure its own.
 */
public final class RiskMatrix {

    public static final List<String> CONSEQUENCES = List.of("Negligible", "Minor", "Moderate", "Major", "Catastrophic");
    public static final List<String> LIKELIHOODS = List.of("Rare", "Unlikely", "Possible", "Likely", "Almost certain");

    /** NPSA default: Low 1-3, Moderate 4-6, High 8-12, Extreme 15-25 (review in 180, 90, 30 and 14 days). */
    public static final List<RiskBand> NPSA = List.of(
            new RiskBand("LOW", "Low", 1, 3, 180, false, "green"),
            new RiskBand("MODERATE", "Moderate", 4, 6, 90, false, "yellow"),
            new RiskBand("HIGH", "High", 8, 12, 30, false, "amber"),
            new RiskBand("EXTREME", "Extreme", 15, 25, 14, true, "red"));

    private static final Set<String> COLOURS = Set.of("green", "yellow", "amber", "red");

    private final List<RiskBand> bands;

    public RiskMatrix(List<RiskBand> bands) {
        check(bands);
        this.bands = bands.stream().sorted(Comparator.comparingInt(RiskBand::minScore)).toList();
    }

    public static RiskMatrix npsa() {
        return new RiskMatrix(NPSA);
    }

    public List<RiskBand> bands() {
        return bands;
    }

    /** consequence x likelihood; each must be 1 to 5 (400 naming the field otherwise). */
    public static int score(Integer consequence, Integer likelihood) {
        List<FieldProblem> problems = new ArrayList<>();
        rate("consequence", consequence, problems);
        rate("likelihood", likelihood, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return consequence * likelihood;
    }

    static void rate(String field, Integer value, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "Enter the " + field + " as a whole number from 1 to 5"));
        } else if (value < 1 || value > 5) {
            problems.add(new FieldProblem(field, "The " + field + " must be from 1 to 5, not " + value));
        }
    }

    public RiskBand band(int score) {
        if (score < 1 || score > 25) {
            throw InvalidInput.of("score", "A risk score is from 1 to 25, not " + score);
        }
        return bands.stream().filter(b -> b.covers(score)).findFirst().orElseThrow();
    }

    public RiskBand band(int consequence, int likelihood) {
        return band(score(consequence, likelihood));
    }

    /** The next review: the band's interval after the day the risk was scored or reviewed. */
    public LocalDate nextReview(int score, LocalDate reviewedOn) {
        return reviewedOn.plusDays(band(score).reviewDays());
    }

    /**
     * A band set must cover each score from 1 to 25 exactly once (scores no product can reach, such as 7, may fall in
     * any band or a gap between bands), with distinct codes, a label, a review interval of 1 to 366 days and a known
     * colour.
     */
    public static void check(List<RiskBand> bands) {
        List<FieldProblem> problems = new ArrayList<>();
        if (bands == null || bands.isEmpty()) {
            throw InvalidInput.of("bands", "Give at least one band");
        }
        for (int i = 0; i < bands.size(); i++) {
            RiskBand b = bands.get(i);
            String at = "bands[" + i + "]";
            if (b.code() == null || !b.code().matches("[A-Z][A-Z_]{0,19}")) {
                problems.add(new FieldProblem(at + ".code", "Give the band a code in capital letters, such as HIGH"));
            }
            if (b.label() == null || b.label().isBlank() || b.label().length() > 60) {
                problems.add(new FieldProblem(at + ".label", "Give the band a name of up to 60 characters"));
            }
            if (b.minScore() < 1 || b.maxScore() > 25 || b.minScore() > b.maxScore()) {
                problems.add(new FieldProblem(at + ".minScore", "A band's scores run from 1 to 25, lowest first"));
            }
            if (b.reviewDays() < 1 || b.reviewDays() > 366) {
                problems.add(new FieldProblem(at + ".reviewDays", "Review within 1 to 366 days"));
            }
            if (b.colour() == null || !COLOURS.contains(b.colour())) {
                problems.add(new FieldProblem(at + ".colour", "Choose green, yellow, amber or red"));
            }
        }
        if (problems.isEmpty()) {
            if (bands.stream().map(RiskBand::code).distinct().count() != bands.size()) {
                problems.add(new FieldProblem("bands", "Each band needs its own code"));
            }
            for (int c = 1; c <= 5; c++) {
                for (int l = 1; l <= 5; l++) {
                    int s = c * l;
                    long covering = bands.stream().filter(b -> b.covers(s)).count();
                    if (covering != 1 && problems.stream().noneMatch(p -> p.field().equals("bands"))) {
                        problems.add(new FieldProblem("bands", "The score " + s + " must fall in exactly one band"
                                + (covering == 0 ? " (it falls in none)" : " (it falls in " + covering + ")")));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
