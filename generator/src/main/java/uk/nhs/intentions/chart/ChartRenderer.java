package uk.nhs.intentions.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

import freemarker.template.utility.StringUtil;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.WaterfallBarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

import uk.nhs.intentions.model.Figure;
import uk.nhs.intentions.support.Sha256;

/**
 * Renders a chart to SVG with JFreeChart and JFreeSVG, deterministically: fixed size, a stable per-chart
 * defs prefix (JFreeSVG otherwise uses {@code System.nanoTime()} for clip ids), no timestamps, fixed locale.
 * Colours are from the Okabe–Ito palette, chosen so neighbouring series also differ clearly in lightness
 * (greyscale print); every bar carries its value as a label where space allows, and bars have outlines.
 */
public final class ChartRenderer {
    /** Bump when the rendering code changes, so cached charts from earlier builds are not reused. */
    public static final String VERSION = "2";
    public static final int WIDTH = 760;
    public static final int HEIGHT = 440;

    /** Okabe–Ito, ordered by contrasting lightness: blue, orange, black, yellow, vermillion, sky blue, green. */
    static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xE69F00), new Color(0x000000),
        new Color(0xF0E442), new Color(0xD55E00), new Color(0x56B4E9), new Color(0x009E73), new Color(0xCC79A7)};
    static final Color POSITIVE = new Color(0x0072B2);
    static final Color NEGATIVE = new Color(0xD55E00);
    static final Color TOTAL = new Color(0x000000);
    private static final Color OUTLINE = new Color(0x212B32);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private ChartRenderer() {
    }

    /** The SVG document, starting with a comment holding {@link #key(ChartData)}. */
    public static String svg(ChartData d) {
        JFreeChart chart = d.type() == uk.nhs.intentions.model.ChartSpec.Type.WATERFALL ? waterfall(d) : bar(d);
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        g2.setDefsKeyPrefix("chart-" + d.id() + "-");
        chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
        String element = g2.getSVGElement("chart-" + d.id());
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + keyComment(key(d)) + "\n" + accessible(element, d)
                + "\n";
    }

    static String keyComment(String key) {
        return "<!-- intentions chart " + key + " -->";
    }

    /** Whether {@code svg} (bytes of an earlier build) was rendered from data and code with this key. */
    public static boolean hasKey(byte[] svg, String key) {
        String head = new String(svg, 0, Math.min(svg.length, 200), StandardCharsets.UTF_8);
        return head.contains(keyComment(key));
    }

    /** A hash of everything that shapes the picture: renderer version, spec fields and figures as printed. */
    public static String key(ChartData d) {
        StringBuilder sb = new StringBuilder();
        sb.append(VERSION).append('\n').append(d.id()).append('\n').append(d.type()).append('\n')
                .append(d.horizontal()).append('\n').append(d.title()).append('\n').append(d.description())
                .append('\n').append(d.unit()).append('\n').append(String.join("\u0001", d.categories())).append('\n');
        for (ChartData.Series s : d.series()) {
            sb.append(s.label()).append('\u0002');
            for (Figure f : s.figures()) {
                sb.append(f == null ? "" : f.printed() + "|" + f.value().toPlainString()).append('\u0001');
            }
            sb.append('\n');
        }
        return Sha256.hex(sb.toString());
    }

    /** Adds role, title and desc so the SVG is also accessible when opened or inlined on its own. */
    private static String accessible(String element, ChartData d) {
        int end = element.indexOf('>');
        String open = element.substring(0, end);
        String rest = element.substring(end + 1);
        String titleId = "chart-" + d.id() + "-title";
        String descId = "chart-" + d.id() + "-desc";
        return open + " role=\"img\" aria-labelledby=\"" + titleId + " " + descId + "\">" + "<title id=\"" + titleId
                + "\">" + StringUtil.XMLEnc(d.title()) + "</title><desc id=\"" + descId + "\">"
                + StringUtil.XMLEnc(d.description()) + "</desc>"
                + rest;
    }

    private static DecimalFormat format(ChartData d) {
        DecimalFormatSymbols sym = DecimalFormatSymbols.getInstance(Locale.UK);
        String pattern = d.unit() == uk.nhs.intentions.model.Unit.PERCENT ? "#,##0.##'%';(#,##0.##'%')"
                : d.unit() == uk.nhs.intentions.model.Unit.MILLIONS ? "'£'#,##0.#'m';('£'#,##0.#'m')"
                : "#,##0;(#,##0)";
        return new DecimalFormat(pattern, sym);
    }

    private static JFreeChart bar(ChartData d) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (ChartData.Series s : d.series()) {
            for (int i = 0; i < d.categories().size(); i++) {
                Figure f = s.figures().get(i);
                ds.addValue(f == null ? null : f.value(), s.label(), d.categories().get(i));
            }
        }
        boolean single = d.series().size() == 1;
        BarRenderer renderer = single ? new SignedBarRenderer() : new BarRenderer();
        for (int i = 0; i < d.series().size(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        }
        renderer.setItemMargin(0.04);
        DecimalFormat nf = format(d);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", nf));
        renderer.setDefaultItemLabelsVisible(single || d.series().size() * d.categories().size() <= 12);
        renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        if (d.horizontal()) {
            renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                    TextAnchor.CENTER_LEFT));
            renderer.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9,
                    TextAnchor.CENTER_RIGHT));
        }
        CategoryPlot plot = plot(d, ds, renderer);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setUpperMargin(0.12);
        range.setLowerMargin(d.series().stream().flatMap(s -> s.figures().stream())
                .anyMatch(f -> f != null && f.isNegative()) ? 0.15 : 0.0);
        return chart(d, plot, !single);
    }

    private static JFreeChart waterfall(ChartData d) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        ChartData.Series s = d.series().get(0);
        BigDecimal running = BigDecimal.ZERO;
        BigDecimal min = null;
        BigDecimal max = null;
        for (int i = 0; i < d.categories().size(); i++) {
            Figure f = s.figures().get(i);
            BigDecimal v = f == null ? BigDecimal.ZERO : f.value();
            ds.addValue(v, s.label().isEmpty() ? "value" : s.label(), d.categories().get(i));
            running = i == d.categories().size() - 1 ? v : running.add(v);
            min = min == null || running.compareTo(min) < 0 ? running : min;
            max = max == null || running.compareTo(max) > 0 ? running : max;
        }
        WaterfallBarRenderer renderer = new WaterfallBarRenderer(TOTAL, POSITIVE, NEGATIVE, TOTAL);
        DecimalFormat nf = format(d);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", nf));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
                TextAnchor.BOTTOM_CENTER));
        renderer.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
                TextAnchor.BOTTOM_CENTER));
        CategoryPlot plot = plot(d, ds, renderer);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        // a waterfall's steps are small beside its totals: start the axis near the lowest running total
        double span = max.subtract(min).doubleValue();
        double step = Math.pow(10, Math.floor(Math.log10(Math.max(span, 1))));
        double lower = Math.floor((min.doubleValue() - span * 0.5) / step) * step;
        double upper = Math.ceil((max.doubleValue() + span * 0.25) / step) * step;
        range.setRange(Math.max(0, lower), upper);
        return chart(d, plot, false);
    }

    private static CategoryPlot plot(ChartData d, DefaultCategoryDataset ds, BarRenderer renderer) {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(OUTLINE);
        renderer.setDefaultOutlineStroke(new BasicStroke(0.75f));
        CategoryAxis categories = new CategoryAxis(null);
        categories.setTickLabelFont(TEXT);
        categories.setMaximumCategoryLabelLines(4);
        if (!d.horizontal() && d.categories().size() > 5) {
            categories.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        }
        NumberAxis values = new NumberAxis(d.unit().label());
        values.setNumberFormatOverride(format(d));
        values.setTickLabelFont(TEXT);
        values.setLabelFont(TEXT);
        CategoryPlot plot = new CategoryPlot(ds, categories, values, renderer);
        plot.setOrientation(d.horizontal() ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xB0B8BD));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(OUTLINE);
        plot.setInsets(new RectangleInsets(8, 8, 8, 24));
        return plot;
    }

    private static JFreeChart chart(ChartData d, CategoryPlot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(null, TITLE, plot, false);
        chart.setTitle(new TextTitle(d.title(), TITLE));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        if (legend) {
            LegendTitle l = new LegendTitle(plot);
            l.setItemFont(TEXT);
            l.setFrame(BlockBorder.NONE);
            l.setPosition(RectangleEdge.BOTTOM);
            chart.addLegend(l);
        }
        return chart;
    }

    /** One-series bars: increases in blue, reductions in vermillion, each labelled with its figure. */
    static final class SignedBarRenderer extends BarRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Paint getItemPaint(int row, int column) {
            Number n = getPlot().getDataset().getValue(row, column);
            return n != null && n.doubleValue() < 0 ? NEGATIVE : POSITIVE;
        }
    }

    static List<Color> palette() {
        return List.of(PALETTE);
    }
}
