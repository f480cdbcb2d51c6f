package uk.nhs.intentions.chart;

import java.util.ArrayList;
import java.util.List;

import uk.nhs.intentions.model.Figure;

/** The text alternative of a chart: what it shows, in words and figures as printed. */
final class ChartText {
    private ChartText() {
    }

    static String describe(ChartData d) {
        String unit = " Figures in " + d.unit().label() + ".";
        if (d.type() == uk.nhs.intentions.model.ChartSpec.Type.WATERFALL) {
            ChartData.Series s = d.series().get(0);
            List<String> steps = new ArrayList<>();
            int last = d.categories().size() - 1;
            for (int i = 1; i < last; i++) {
                Figure f = s.figures().get(i);
                if (f != null) {
                    steps.add(d.categories().get(i) + " " + (f.isNegative() ? f.printed() : "+" + f.printed()));
                }
            }
            return "Waterfall chart. It starts at " + printed(s.figures().get(0)) + " (" + d.categories().get(0)
                    + "), then " + String.join("; ", steps) + ", ending at " + printed(s.figures().get(last)) + " ("
                    + d.categories().get(last) + "). Increases and decreases are labelled on each bar." + unit;
        }
        StringBuilder sb = new StringBuilder(d.horizontal() ? "Horizontal bar chart" : "Bar chart");
        if (d.series().size() == 1) {
            sb.append(". ");
            List<String> items = new ArrayList<>();
            for (int i = 0; i < d.categories().size(); i++) {
                items.add(d.categories().get(i) + " " + printed(d.series().get(0).figures().get(i)));
            }
            sb.append(String.join("; ", items)).append('.');
            if (d.series().get(0).figures().stream().anyMatch(f -> f != null && f.isNegative())) {
                sb.append(" Figures in brackets are negative.");
            }
        } else {
            List<String> labels = d.series().stream().map(ChartData.Series::label).toList();
            sb.append(" with ").append(d.series().size()).append(" bars for each of ").append(d.categories().size())
                    .append(" groups, in the order ").append(String.join(", ", labels)).append(". ");
            List<String> items = new ArrayList<>();
            for (int i = 0; i < d.categories().size(); i++) {
                List<String> values = new ArrayList<>();
                for (ChartData.Series s : d.series()) {
                    values.add(printed(s.figures().get(i)));
                }
                items.add(d.categories().get(i) + ": " + String.join(", ", values));
            }
            sb.append(String.join("; ", items)).append('.');
        }
        return sb + unit;
    }

    private static String printed(Figure f) {
        return f == null ? "not given" : f.printed();
    }
}
