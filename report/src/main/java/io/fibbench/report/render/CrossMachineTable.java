package io.fibbench.report.render;

import io.fibbench.report.model.Measurement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The cross-machine table: each headline call per variant, as a multiple of each machine's own C floor. */
final class CrossMachineTable {

    private CrossMachineTable() {
    }

    static Table of(CrossMachine x) {
        List<String> header = new ArrayList<>(List.of("call", "variant"));
        for (int i = 0; i < x.machines().size(); i++) {
            header.add(CrossMachine.label(i) + ": " + x.machines().get(i).name());
        }
        header.add("across machines");
        List<List<String>> rows = new ArrayList<>();
        List<CrossMachine.Row> measured = x.rows();
        for (CrossMachine.Call call : x.calls()) {
            List<String> floor = new ArrayList<>(List.of(call.label(), Measurement.C_FLOOR + " (the floor)"));
            x.floors(call).forEach(f -> floor.add(f.map(m -> "1× = " + Format.withError(m.score(), m.error()) + " "
                    + m.unit()).orElse("no C floor")));
            floor.add("-");
            rows.add(floor);
            measured.stream().filter(r -> r.call().equals(call)).forEach(r -> {
                List<String> row = new ArrayList<>(List.of(call.label(), r.variant()));
                r.entries().forEach(e -> row.add(e.ratio().map(FloorRatio::format).orElse(e.withoutRatio())));
                String verdict = verdict(r);
                // On different JDKs a difference may be the JDK's, not the machine's: the verdict says so.
                boolean claimsOne = verdict.contains("(ranges apart)") || verdict.contains("ranges apart from");
                row.add(verdict + (claimsOne && !x.commonJdk() ? " (different JDKs)" : ""));
                rows.add(row);
            });
        }
        return new Table("cross-machine", "Across machines: each call over its machine's C floor",
                Captions.of("cross-machine", jdks(x)), header, rows);
    }

    /**
     * The machine with the lowest ratio, and the machines whose ranges are apart from its own: a
     * difference is claimed only there.
     */
    static String verdict(CrossMachine.Row row) {
        List<Optional<FloorRatio>> ratios = row.entries().stream().map(CrossMachine.Entry::ratio).toList();
        List<Integer> compared = IntStream.range(0, ratios.size()).filter(i -> ratios.get(i).isPresent()).boxed().toList();
        if (compared.size() < 2) {
            return "-";
        }
        int lowest = compared.stream().min(Comparator.comparingDouble(i -> ratios.get(i).orElseThrow().value()))
                .orElseThrow();
        FloorRatio low = ratios.get(lowest).orElseThrow();
        List<Integer> apart = compared.stream().filter(i -> i != lowest && low.apartFrom(ratios.get(i).orElseThrow()))
                .toList();
        List<Integer> tied = compared.stream().filter(i -> i != lowest && !apart.contains(i)).toList();
        if (apart.isEmpty()) {
            return compared.size() == 2 ? "not told apart"
                    : "lowest on " + CrossMachine.label(lowest) + ", not told apart from the others";
        }
        if (compared.size() == 2) {
            return "lower on " + CrossMachine.label(lowest) + " (ranges apart)";
        }
        return "lowest on " + CrossMachine.label(lowest) + "; ranges apart from " + labels(apart)
                + (tied.isEmpty() ? "" : "; not told apart from " + labels(tied));
    }

    private static String labels(List<Integer> machines) {
        return machines.stream().map(CrossMachine::label).collect(Collectors.joining(", "));
    }

    /** The caption's sentence on which JDK each machine is read on. */
    private static String jdks(CrossMachine x) {
        if (x.commonJdk()) {
            return "Read on JDK " + x.jdk(0) + " on every machine (the newest JDK all of them measured).";
        }
        return "No JDK was measured on every machine, so each is read on its newest ("
                + IntStream.range(0, x.machines().size()).mapToObj(i -> CrossMachine.label(i) + ": JDK " + x.jdk(i))
                        .collect(Collectors.joining(", ")) + ").";
    }
}
