package uk.send.platform.insight.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * A monthly trend drawn on the server as SVG: role="img" with a title and a description that states the first,
 * last, lowest and highest values, so a screen reader gets the story; the data table sits beside it on the page.
 * Months with no value (withheld or nothing to divide by) leave a gap in the line.
 */
final class TrendChart {

    record Point(String label, BigDecimal value) {
    }

    private static final int WIDTH = 640;
    private static final int HEIGHT = 260;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 40;
    private static final int TICKS = 4;
    private static final String LINE = "#1d70b8";
    private static final String GRID = "#b1b4b6";
    private static final String TEXT = "#0b0c0c";

    private TrendChart() {
    }

    static String svg(String id, String title, String unitSuffix, List<Point> points) {
        BigDecimal top = points.stream().map(Point::value).filter(v -> v != null).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ONE);
        BigDecimal scaleTop = niceCeiling(top);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"app-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" aria-labelledby=\"").append(id).append("-title ")
                .append(id).append("-desc\">");
        svg.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(describe(points, unitSuffix)))
                .append("</desc>");
        for (int i = 0; i <= TICKS; i++) {
            BigDecimal tick = scaleTop.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(TICKS), 1,
                    RoundingMode.HALF_UP);
            double y = y(tick, scaleTop);
            svg.append(line(LEFT, y, WIDTH - RIGHT, y, GRID));
            svg.append(text(LEFT - 6, y + 4, "end", plain(tick)));
        }
        double step = points.size() > 1 ? (double) (WIDTH - LEFT - RIGHT) / (points.size() - 1) : 0;
        StringBuilder path = new StringBuilder();
        boolean drawing = false;
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double x = LEFT + step * i;
            if (i % labelEvery(points.size()) == 0 || i == points.size() - 1) {
                svg.append(text(x, HEIGHT - BOTTOM + 18, "middle", p.label()));
            }
            if (p.value() == null) {
                drawing = false;
                continue;
            }
            double y = y(p.value(), scaleTop);
            path.append(drawing ? " L" : " M").append(fmt(x)).append(' ').append(fmt(y));
            drawing = true;
            svg.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"3\" fill=\"")
                    .append(LINE).append("\"/>");
        }
        if (path.length() > 0) {
            svg.append("<path d=\"").append(path.toString().strip()).append("\" fill=\"none\" stroke=\"").append(LINE)
                    .append("\" stroke-width=\"3\"/>");
        }
        return svg.append("</svg>").toString();
    }

    static String describe(List<Point> points, String unitSuffix) {
        List<Point> known = points.stream().filter(p -> p.value() != null).toList();
        if (known.isEmpty()) {
            return "No values to show for these months.";
        }
        Point first = known.get(0);
        Point last = known.get(known.size() - 1);
        Point low = known.stream().min((a, b) -> a.value().compareTo(b.value())).orElseThrow();
        Point high = known.stream().max((a, b) -> a.value().compareTo(b.value())).orElseThrow();
        return "From " + plain(first.value()) + unitSuffix + " in " + first.label() + " to " + plain(last.value())
                + unitSuffix + " in " + last.label() + "; lowest " + plain(low.value()) + unitSuffix + " in "
                + low.label() + ", highest " + plain(high.value()) + unitSuffix + " in " + high.label() + ".";
    }

    private static int labelEvery(int count) {
        return Math.max(1, count / 8);
    }

    private static double y(BigDecimal value, BigDecimal scaleTop) {
        double plot = HEIGHT - TOP - BOTTOM;
        return TOP + plot - plot * value.doubleValue() / scaleTop.doubleValue();
    }

    /** The smallest of 1, 2 or 5 times a power of ten at or above the value, so ticks fall on round numbers. */
    static BigDecimal niceCeiling(BigDecimal value) {
        if (value.signum() <= 0) {
            return BigDecimal.ONE;
        }
        BigDecimal power = BigDecimal.ONE;
        while (power.multiply(BigDecimal.TEN).compareTo(value) < 0) {
            power = power.multiply(BigDecimal.TEN);
        }
        for (int m : new int[] {1, 2, 5, 10}) {
            BigDecimal candidate = power.multiply(BigDecimal.valueOf(m));
            if (candidate.compareTo(value) >= 0) {
                return candidate;
            }
        }
        return power.multiply(BigDecimal.TEN);
    }

    private static String line(double x1, double y1, double x2, double y2, String colour) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2)
                + "\" stroke=\"" + colour + "\" stroke-width=\"1\"/>";
    }

    private static String text(double x, double y, String anchor, String content) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"12\" fill=\""
                + TEXT + "\">" + escape(content) + "</text>";
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
