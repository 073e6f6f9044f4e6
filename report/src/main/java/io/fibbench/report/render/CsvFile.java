package io.fibbench.report.render;

import io.fibbench.report.model.Measurement;
import java.util.List;

/** results.csv: one row per scenario, variant, n and JDK, for spreadsheets and scripts. */
final class CsvFile {

    private CsvFile() {
    }

    static String render(List<Measurement> ms) {
        StringBuilder csv = new StringBuilder("scenario,variant,n,threads,jdk,jdk_version,mode,score,error,unit,samples,alloc_bytes_per_op\n");
        for (Measurement m : ms) {
            csv.append(String.join(",", m.scenario(), m.variant(), m.n() == null ? "" : m.n().toString(), Integer.toString(m.threads()),
                    m.jdk() == 0 ? "C" : Integer.toString(m.jdk()), quote(m.jdkVersion()), m.mode(),
                    Double.toString(m.score()), Double.isNaN(m.error()) ? "" : Double.toString(m.error()), m.unit(),
                    Integer.toString(m.samples()), Double.isNaN(m.allocation()) ? "" : Double.toString(m.allocation())))
                    .append('\n');
        }
        return csv.toString();
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
