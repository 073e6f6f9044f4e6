package io.fibbench.report.render.charts;

import io.fibbench.report.render.ReportData;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.internal.chartpart.Chart;

/** One chart of the report: a file name, a caption, and the chart when the data has what it needs. */
public interface ReportChart {

    String name();

    String caption();

    Optional<Chart<?, ?>> create(ReportData data);

    /** What the page says in the chart's place when the run has no data for it. */
    default String whenMissing() {
        return "Not in this run's results.";
    }

    /** Every chart, in the order the page shows them. */
    static List<ReportChart> all() {
        return List.of(new SeedChart(), new SweepChart(), new OverheadChart(), new LargeCallChart(),
                new FirstCallChart(), new ScalingChart(), new ArraysChart(), new CallbacksChart(), new StringsChart(), new StructsChart(), new CallShapesChart(),
                new JdkChart(),
                new AllocationChart(), new TrendChart());
    }
}
