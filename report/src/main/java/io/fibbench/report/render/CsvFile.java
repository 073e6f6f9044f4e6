package io.fibbench.report.render;

import io.fibbench.report.model.Measurement;
import java.util.List;
import java.util.Optional;

/**
 * results.csv: one row per scenario, variant, n and JDK (and machine, across machines), for spreadsheets
 * and scripts; across machines, machines.csv holds the cross-machine table's numbers too.
 */
final class CsvFile {

    private static final String HEADER =
            "scenario,variant,n,threads,jdk,jdk_version,mode,score,error,unit,samples,alloc_bytes_per_op";

    private CsvFile() {
    }

    static String render(List<Measurement> ms) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        ms.forEach(m -> csv.append(row(m)).append('\n'));
        return csv.toString();
    }

    /** Every machine's measurements in one file, each row led by the machine's name. */
    static String byMachine(List<Machine> machines) {
        StringBuilder csv = new StringBuilder("machine,").append(HEADER).append('\n');
        machines.forEach(machine -> machine.data().measurements.forEach(m -> csv.append(quote(machine.name())).append(',')
                .append(row(m)).append('\n')));
        return csv.toString();
    }

    /**
     * The cross-machine table as numbers: one row per call, variant and machine, with the cost, the
     * floor, and the ratio with its range (empty where there is none).
     */
    static String crossMachine(CrossMachine x) {
        StringBuilder csv = new StringBuilder("call,scenario,n,variant,machine,jdk,score,error,unit,floor_score,floor_error,"
                + "ratio,ratio_low,ratio_high\n");
        for (CrossMachine.Row r : x.rows()) {
            for (int i = 0; i < r.entries().size(); i++) {
                CrossMachine.Entry e = r.entries().get(i);
                Optional<FloorRatio> ratio = e.ratio();
                csv.append(String.join(",", quote(r.call().label()), r.call().scenario().id(),
                        r.call().n() == null ? "" : r.call().n().toString(), r.variant(), quote(x.machines().get(i).name()),
                        Integer.toString(x.jdk(i)),
                        e.cost().map(m -> number(m.score())).orElse(""), e.cost().map(m -> number(m.error())).orElse(""),
                        e.cost().map(Measurement::unit).orElse(""),
                        e.floor().map(m -> number(m.score())).orElse(""), e.floor().map(m -> number(m.error())).orElse(""),
                        ratio.map(q -> number(q.value())).orElse(""), ratio.map(q -> number(q.low())).orElse(""),
                        ratio.map(q -> number(q.high())).orElse(""))).append('\n');
            }
        }
        return csv.toString();
    }

    private static String row(Measurement m) {
        return String.join(",", m.scenario(), m.variant(), m.n() == null ? "" : m.n().toString(), Integer.toString(m.threads()),
                m.jdk() == 0 ? "C" : Integer.toString(m.jdk()), quote(m.jdkVersion()), m.mode(),
                Double.toString(m.score()), number(m.error()), m.unit(),
                Integer.toString(m.samples()), number(m.allocation()));
    }

    /** A number as Java prints it ("Infinity" for an unbounded range), empty for NaN: none. */
    private static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
