package io.fibbench.report.run;

/** Test access to SuiteRunner's package-private helpers. */
public final class SuiteRunnerAccess {

    private SuiteRunnerAccess() {
    }

    public static String[] forkArgs(Jdk jdk) {
        return SuiteRunner.forkArgs(jdk);
    }
}
