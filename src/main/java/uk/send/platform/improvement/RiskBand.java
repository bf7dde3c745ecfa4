package uk.send.platform.improvement;

/**
 * A band of risk scores (consequence x likelihood) as one Local Area configures it: the scores it covers, how soon a
 * risk in it is reviewed again, and whether it goes to the executive group. Colour is one of green, yellow, amber,
 * red (the heat map's classes).
 */
public record RiskBand(String code, String label, int minScore, int maxScore, int reviewDays, boolean escalate,
        String colour) {

    public boolean covers(int score) {
        return score >= minScore && score <= maxScore;
    }
}
