package uk.send.platform.improvement.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;
import uk.send.platform.improvement.BoardReports;
import uk.send.platform.improvement.BoardReports.MeasureReport;
import uk.send.platform.improvement.Improvement.MeasurePoint;

/**
 * A measure's months drawn as SVG in the house way (insight's trend chart): role="img" with a title and a description
 * that tells the story in words; the values also stand in a table beside it. The target, when there is one, is a
 * dashed line. Attributes only, no style.
 */
final class MeasureChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 240;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 40;

    private MeasureChart() {
    }

    static String svg(String id, MeasureReport m) {
        List<MeasurePoint> points = m.trend();
        BigDecimal top = points.stream().map(MeasurePoint::value).filter(v -> v != null).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ONE);
        if (m.target() != null && m.target().compareTo(top) > 0) {
            top = m.target();
        }
        double scale = niceCeiling(top.doubleValue());
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"app-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" aria-labelledby=\"").append(id).append("-title ")
                .append(id).append("-desc\">");
        svg.append("<title id=\"").append(id).append("-title\">").append(esc(m.title())).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(esc(describe(m))).append("</desc>");
        for (int i = 0; i <= 4; i++) {
            double v = scale * i / 4;
            double y = y(v, scale);
            svg.append(line(LEFT, y, WIDTH - RIGHT, y, "#b1b4b6", null));
            svg.append(text(LEFT - 6, y + 4, "end", plain(v)));
        }
        if (m.target() != null) {
            double y = y(m.target().doubleValue(), scale);
            svg.append(line(LEFT, y, WIDTH - RIGHT, y, "#00703c", "6 4"));
            svg.append(text(WIDTH - RIGHT, y - 4, "end", "Target " + plain(m.target().doubleValue()) + m.unitSuffix()));
        }
        double step = points.size() > 1 ? (double) (WIDTH - LEFT - RIGHT) / (points.size() - 1) : 0;
        StringBuilder path = new StringBuilder();
        boolean drawing = false;
        for (int i = 0; i < points.size(); i++) {
            MeasurePoint p = points.get(i);
            double x = LEFT + step * i;
            svg.append(text(x, HEIGHT - BOTTOM + 18, "middle", p.month().getMonth().getDisplayName(
                    java.time.format.TextStyle.SHORT, Locale.UK) + " " + p.month().getYear()));
            if (p.value() == null) {
                drawing = false;
                continue;
            }
            double y = y(p.value().doubleValue(), scale);
            path.append(drawing ? " L" : " M").append(fmt(x)).append(' ').append(fmt(y));
            drawing = true;
            svg.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y))
                    .append("\" r=\"4\" fill=\"#1d70b8\"/>");
        }
        if (path.length() > 0) {
            svg.append("<path d=\"").append(path.toString().strip())
                    .append("\" fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"3\"/>");
        }
        return svg.append("</svg>").toString();
    }

    static String describe(MeasureReport m) {
        List<MeasurePoint> known = m.trend().stream().filter(p -> p.value() != null).toList();
        String target = m.target() == null ? "" : " Target " + plain(m.target().doubleValue()) + m.unitSuffix()
                + (m.targetOn() == null ? "" : " by " + BoardReports.monthText(java.time.YearMonth.from(m.targetOn())))
                + ".";
        String better = m.higherIsBetter() ? " Higher is better." : " Lower is better.";
        if (known.isEmpty()) {
            return "No values for these months." + target + better;
        }
        MeasurePoint first = known.get(0);
        MeasurePoint last = known.get(known.size() - 1);
        return "From " + plain(first.value().doubleValue()) + m.unitSuffix() + " in "
                + BoardReports.monthText(first.month()) + " to " + plain(last.value().doubleValue()) + m.unitSuffix()
                + " in " + BoardReports.monthText(last.month()) + "." + target + better;
    }

    private static double y(double v, double scale) {
        double plot = HEIGHT - TOP - BOTTOM;
        return TOP + plot - plot * v / scale;
    }

    static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double power = 1;
        while (power * 10 < value) {
            power *= 10;
        }
        for (int k : new int[] {1, 2, 5, 10}) {
            if (power * k >= value) {
                return power * k;
            }
        }
        return power * 10;
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, String dash) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2)
                + "\" stroke=\"" + colour + "\" stroke-width=\"" + (dash == null ? "1" : "2") + "\""
                + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>";
    }

    private static String text(double x, double y, String anchor, String content) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor
                + "\" font-size=\"12\" fill=\"#0b0c0c\">" + esc(content) + "</text>";
    }

    static String plain(double v) {
        return BigDecimal.valueOf(v).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s);
    }
}
