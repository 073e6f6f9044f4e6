package io.fibbench.report.cli;

import io.fibbench.report.run.Jdk;
import io.fibbench.report.run.JdkFinder;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists the JDKs the suite can run on. */
@Command(name = "jdks", mixinStandardHelpOptions = true, description = "List the JDKs found on this machine (what --jdk can choose from).")
final class JdksCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        for (Jdk jdk : JdkFinder.find()) {
            spec.commandLine().getOut().println(jdk.feature() + "\t" + jdk.vendor() + " " + jdk.version() + "\t" + jdk.home());
        }
        return 0;
    }
}
