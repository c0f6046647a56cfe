package app.colloquy.review.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.platform.ui.Translate;
import app.colloquy.review.LessonReview;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The class's activity by day as an SVG bar chart drawn on the server (no charting add-on): notes
 * in solid bars, answers in hatched ones, so the two differ by more than colour; a table says the
 * same for screen readers. Only dates and numbers go into the markup.
 */
final class ActivityChart {

    static final int MAX_DAYS = 120;

    private ActivityChart() {}

    /** Every day from {@code first} to {@code last} (at most {@value #MAX_DAYS}), with zeros where nothing happened. */
    static List<LessonReview.DayActivity> everyDay(
            List<LessonReview.DayActivity> activity, LocalDate first, LocalDate last) {
        Map<LocalDate, LessonReview.DayActivity> byDay =
                activity.stream().collect(Collectors.toMap(LessonReview.DayActivity::day, Function.identity()));
        LocalDate end = last.isAfter(first.plusDays(MAX_DAYS - 1)) ? first.plusDays(MAX_DAYS - 1) : last;
        List<LessonReview.DayActivity> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(end); day = day.plusDays(1)) {
            days.add(byDay.getOrDefault(day, new LessonReview.DayActivity(day, 0, 0)));
        }
        return days;
    }

    static String svg(List<LessonReview.DayActivity> days, boolean endsAtDueDate) {
        int height = 160;
        int barWidth = 8;
        int step = barWidth * 2 + 6;
        int width = Math.max(240, days.size() * step + 40);
        int max = Math.max(
                1,
                days.stream()
                        .mapToInt(d -> Math.max(d.notes(), d.answers()))
                        .max()
                        .orElse(1));
        int notes = days.stream().mapToInt(LessonReview.DayActivity::notes).sum();
        int answers = days.stream().mapToInt(LessonReview.DayActivity::answers).sum();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"activity-chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height + 40)
                .append("\" width=\"")
                .append(width)
                .append("\" aria-label=\"")
                .append(attribute(tr(
                        endsAtDueDate ? "activityChart.summaryToDueDate" : "activityChart.summary",
                        day(days.getFirst().day()),
                        day(days.getLast().day()),
                        notes,
                        answers)))
                .append("\">")
                .append("<defs><pattern id=\"answers-hatch\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\" ")
                .append("patternTransform=\"rotate(45)\"><rect width=\"4\" height=\"4\" fill=\"#fff\"/>")
                .append(
                        "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"4\" stroke=\"#1d4ed8\" stroke-width=\"2\"/></pattern></defs>");
        for (int i = 0; i < days.size(); i++) {
            LessonReview.DayActivity day = days.get(i);
            int x = 20 + i * step;
            bar(svg, x, day.notes(), max, height, barWidth, "fill=\"#b45309\"");
            bar(
                    svg,
                    x + barWidth,
                    day.answers(),
                    max,
                    height,
                    barWidth,
                    "fill=\"url(#answers-hatch)\" stroke=\"#1d4ed8\"");
        }
        svg.append("<line x1=\"16\" y1=\"")
                .append(height)
                .append("\" x2=\"")
                .append(width - 10)
                .append("\" y2=\"")
                .append(height)
                .append("\" stroke=\"#555\"/>");
        label(svg, 20, height + 16, day(days.getFirst().day()), "start");
        label(
                svg,
                width - 12,
                height + 16,
                endsAtDueDate
                        ? tr("activityChart.dayDue", day(days.getLast().day()))
                        : day(days.getLast().day()),
                "end");
        label(svg, 20, height + 34, tr("activityChart.legend", max), "start");
        return svg.append("</svg>").toString();
    }

    private static void bar(StringBuilder svg, int x, int value, int max, int height, int width, String style) {
        if (value == 0) {
            return;
        }
        int h = Math.max(2, value * (height - 10) / max);
        svg.append("<rect x=\"")
                .append(x)
                .append("\" y=\"")
                .append(height - h)
                .append("\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(h)
                .append("\" ")
                .append(style)
                .append("/>");
    }

    private static void label(StringBuilder svg, int x, int y, String text, String anchor) {
        svg.append("<text x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y)
                .append("\" font-size=\"12\" text-anchor=\"")
                .append(anchor)
                .append("\" aria-hidden=\"true\">")
                .append(text)
                .append("</text>");
    }

    static Component table(List<LessonReview.DayActivity> days) {
        StringBuilder html = new StringBuilder("<table class=\"activity-table\"><thead><tr><th scope=\"col\">")
                .append(attribute(tr("activityChart.day")))
                .append("</th><th scope=\"col\">")
                .append(attribute(tr("activityChart.notes")))
                .append("</th><th scope=\"col\">")
                .append(attribute(tr("activityChart.answers")))
                .append("</th></tr></thead><tbody>");
        days.stream()
                .filter(d -> d.notes() + d.answers() > 0)
                .forEach(d -> html.append("<tr><th scope=\"row\">")
                        .append(d.day())
                        .append("</th><td>")
                        .append(d.notes())
                        .append("</td><td>")
                        .append(d.answers())
                        .append("</td></tr>"));
        return new Html(html.append("</tbody></table>").toString());
    }

    /** "Dec 7" in English, "7 dic" in Spanish. */
    private static String day(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Translate.locale())
                .format(day)
                .replaceAll("[,]? \\d{4}$", "");
    }

    /** Our own words put into the markup, escaped like any text. */
    private static String attribute(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
