package io.fibbench.report.render;

import io.fibbench.bench.Scenario;
import io.fibbench.report.model.Measurement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The headline call costs of several machines side by side, each as a multiple of that machine's own C
 * floor: absolute times mostly say which CPU is faster; a cost over the same call made from C on the
 * same machine says whether a binding costs relatively more there. Read on the newest JDK every machine
 * measured, so that the JDK does not change with the machine; when no JDK is common to all, on each
 * machine's newest (the table's caption says which).
 */
public final class CrossMachine {

    /** A call compared: a scenario at one size (null for a scenario without one). */
    public record Call(Scenario scenario, Integer n) {

        public String label() {
            return scenario == Scenario.OVERHEAD ? "noop()" : "fib(" + n + ")";
        }
    }

    /** One machine's cost of a call and that machine's floor for it; either may be missing. */
    public record Entry(Optional<Measurement> cost, Optional<Measurement> floor) {

        public Optional<FloorRatio> ratio() {
            return cost.isPresent() && floor.isPresent() && FloorRatio.defined(cost.get(), floor.get())
                    ? Optional.of(FloorRatio.of(cost.get(), floor.get())) : Optional.empty();
        }

        /** What a cell without a ratio says instead. */
        public String withoutRatio() {
            return cost.isEmpty() ? "not measured" : floor.isEmpty() ? "no C floor"
                    : "no ratio (a score is not a positive finite number, or the units differ)";
        }
    }

    /** A variant's call on every machine, in the machines' order. */
    public record Row(Call call, String variant, List<Entry> entries) {
    }

    private final List<Machine> machines;
    private final List<Integer> jdks;
    private final boolean commonJdk;

    private CrossMachine(List<Machine> machines, List<Integer> jdks, boolean commonJdk) {
        this.machines = machines;
        this.jdks = jdks;
        this.commonJdk = commonJdk;
    }

    public static CrossMachine of(List<Machine> machines) {
        TreeSet<Integer> common = new TreeSet<>(machines.get(0).data().jdks());
        machines.forEach(m -> common.retainAll(m.data().jdks()));
        List<Integer> jdks = machines.stream()
                .map(m -> common.isEmpty() ? m.data().primaryJdk() : common.last()).toList();
        return new CrossMachine(machines, jdks, !common.isEmpty());
    }

    /** "machine 2": how the table, its verdicts, the chart and the sections call the second machine. */
    public static String label(int i) {
        return "machine " + (i + 1);
    }

    public List<Machine> machines() {
        return machines;
    }

    /** The JDK machine {@code i} is read on. */
    public int jdk(int i) {
        return jdks.get(i);
    }

    /** Whether every machine is read on the same JDK. */
    public boolean commonJdk() {
        return commonJdk;
    }

    /**
     * The headline calls: the empty call (noop), what crossing into C costs alone, and fib(n) at the
     * largest n of the sweep, where the work starts to count; each when any machine measured it. The n
     * is the largest every machine measured a binding at (machines that ran different profiles share
     * fewer sizes), else the largest any did.
     */
    public List<Call> calls() {
        List<Call> calls = new ArrayList<>();
        if (machines.stream().anyMatch(m -> m.data().measurements.stream().anyMatch(x -> x.is(Scenario.OVERHEAD)))) {
            calls.add(new Call(Scenario.OVERHEAD, null));
        }
        List<TreeSet<Integer>> sizes = machines.stream().map(m -> m.data().measurements.stream()
                .filter(x -> x.is(Scenario.SWEEP) && !x.variant().equals(Measurement.C_FLOOR) && x.n() != null)
                .map(Measurement::n).collect(java.util.stream.Collectors.toCollection(TreeSet::new))).toList();
        TreeSet<Integer> everywhere = new TreeSet<>(sizes.get(0));
        sizes.forEach(everywhere::retainAll);
        TreeSet<Integer> anywhere = new TreeSet<>();
        sizes.forEach(anywhere::addAll);
        Optional.ofNullable(everywhere.isEmpty() ? anywhere.pollLast() : everywhere.last())
                .ifPresent(n -> calls.add(new Call(Scenario.SWEEP, n)));
        return calls;
    }

    /** Each machine's floor for a call (the C-to-C call), where it measured one. */
    public List<Optional<Measurement>> floors(Call call) {
        List<Optional<Measurement>> floors = new ArrayList<>();
        for (int i = 0; i < machines.size(); i++) {
            floors.add(machines.get(i).data().find(call.scenario(), Measurement.C_FLOOR, call.n(), jdk(i)));
        }
        return floors;
    }

    /** Every variant but the floor that any machine measured, per call, in report order. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Call call : calls()) {
            List<Optional<Measurement>> floors = floors(call);
            for (String variant : variants(call)) {
                List<Entry> entries = new ArrayList<>();
                for (int i = 0; i < machines.size(); i++) {
                    entries.add(new Entry(machines.get(i).data().find(call.scenario(), variant, call.n(), jdk(i)),
                            floors.get(i)));
                }
                rows.add(new Row(call, variant, entries));
            }
        }
        return rows;
    }

    private List<String> variants(Call call) {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < machines.size(); i++) {
            ReportData data = machines.get(i).data();
            int jdk = jdk(i);
            data.variants(call.scenario(), jdk).stream()
                    .filter(v -> !v.equals(Measurement.C_FLOOR) && data.find(call.scenario(), v, call.n(), jdk).isPresent())
                    .forEach(seen::add);
        }
        List<String> order = machines.get(0).data().variantIds();
        return seen.stream()
                .sorted(Comparator.comparingInt(v -> order.contains(v) ? order.indexOf(v) : order.size()))
                .toList();
    }
}
