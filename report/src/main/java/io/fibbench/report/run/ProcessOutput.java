package io.fibbench.report.run;

/** What a failed child process said last: the line an error message quotes. */
public final class ProcessOutput {

    private ProcessOutput() {
    }

    /** The last non-blank line, stripped, or "(no output)". */
    public static String lastLine(String output) {
        return output.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).map(String::strip).orElse("(no output)");
    }
}
