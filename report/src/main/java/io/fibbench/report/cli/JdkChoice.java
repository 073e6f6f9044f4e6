package io.fibbench.report.cli;

import io.fibbench.report.run.Jdk;
import io.fibbench.report.run.JdkFinder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Turns --jdk (newest, all, feature numbers or JDK folders) into JDKs. */
final class JdkChoice {

    private JdkChoice() {
    }

    static List<Jdk> resolve(List<String> choice, boolean allByDefault) {
        List<Jdk> found = JdkFinder.find();
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no JDK found: install one (e.g. apt-get install openjdk-17-jdk) or pass --jdk /path/to/jdk");
        }
        if (choice.isEmpty()) {
            return allByDefault ? found : List.of(found.get(found.size() - 1));
        }
        List<Jdk> chosen = new ArrayList<>();
        for (String c : choice) {
            if (c.equals("all")) {
                chosen.addAll(found);
            } else if (c.equals("newest")) {
                chosen.add(found.get(found.size() - 1));
            } else if (c.matches("\\d+")) {
                int feature = Integer.parseInt(c);
                chosen.add(found.stream().filter(j -> j.feature() == feature).reduce((a, b) -> b)
                        .orElseThrow(() -> new IllegalArgumentException("no JDK " + feature + " found; found: "
                                + found.stream().map(Jdk::label).toList() + ". Pass its folder instead: --jdk /path/to/jdk")));
            } else {
                chosen.add(Jdk.at(Path.of(c)));
            }
        }
        return chosen.stream().distinct().toList();
    }
}
