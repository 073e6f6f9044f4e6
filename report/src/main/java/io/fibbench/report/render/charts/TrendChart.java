package io.fibbench.report.render.charts;

import io.fibbench.bench.Scenario;
import io.fibbench.report.compare.History;
import io.fibbench.report.render.ReportData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The headline (1,000,000 calls) of each variant run after run, from a history file; flagged changes ringed in red. */
final class TrendChart implements ReportChart {

    private static final String PREFIX = Scenario.SEED_BATCH.id() + " variant=";

    @Override
    public String name() {
        return "trend";
    }

    @Override
    public String caption() {
        return "Seconds for 1,000,000 calls, run after run (from the history file); red rings mark changes the "
                + "regression check flagged.";
    }

    @Override
    public String whenMissing() {
        return "No history with two runs or more: pass --history FILE (compare --history appends each run to it).";
    }

    @Override
    public Optional<Chart<?, ?>> create(ReportData data) {
        List<History.Entry> runs = data.history;
        if (runs.size() < 2) {
            return Optional.empty();
        }
        TreeSet<String> keys = new TreeSet<>();
        runs.forEach(r -> r.scores().keySet().stream().filter(k -> k.startsWith(PREFIX)).forEach(keys::add));
        // create
        XYChart chart = new XYChartBuilder().width(Style.WIDTH).height(Style.HEIGHT)
                .title("1,000,000 calls over time").xAxisTitle("run").yAxisTitle("seconds (log)").build();
        // customise
        Style.apply(chart.getStyler());
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setXAxisDecimalPattern("0");
        // series: one per variant and JDK, then the flagged points on top
        List<Double> flaggedX = new ArrayList<>();
        List<Double> flaggedY = new ArrayList<>();
        for (String key : keys) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                Map<String, Double> scores = runs.get(i).scores();
                if (scores.containsKey(key)) {
                    xs.add(i + 1.0);
                    ys.add(scores.get(key));
                    if (runs.get(i).flagged().containsKey(key)) {
                        flaggedX.add(i + 1.0);
                        flaggedY.add(scores.get(key));
                    }
                }
            }
            if (!xs.isEmpty()) {
                chart.addSeries(key.substring(PREFIX.length()).replaceAll(" n=\\d+", ""), xs, ys);
            }
        }
        if (!flaggedX.isEmpty()) {
            XYSeries flagged = chart.addSeries("flagged", flaggedX, flaggedY);
            flagged.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            flagged.setMarker(SeriesMarkers.CIRCLE);
            flagged.setMarkerColor(Style.FLAGGED);
        }
        return Optional.of(chart);
    }
}
