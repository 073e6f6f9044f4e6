package io.fibbench.report.cli;

import io.fibbench.report.BadInputException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * fibbench's command line. With no subcommand it runs the suite and writes the report; see
 * {@code --help} for the rest.
 */
@Command(name = "fibbench", mixinStandardHelpOptions = true, version = "fibbench 0.1.0",
        description = "What it costs to call C from Java: measures JNI, JNA, JNR-FFI, JavaCPP and Panama "
                + "on one libfib.so with JMH, and writes a report.",
        subcommands = {RunCommand.class, RenderCommand.class, CompareCommand.class, AbCommand.class, JdksCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        int code = execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs the command line; returns the exit code (0 ok, 1 regression, 2 bad input, 3 failure, 4 compare incomplete). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("fibbench: " + oneLine(e));
            return e instanceof IllegalArgumentException || e instanceof BadInputException ? 2 : 3;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("fibbench: " + e.getMessage() + " (see --help)");
            return 2;
        });
        if (args.length == 1 && (args[0].equals("-h") || args[0].equals("--help"))) {
            // Without a subcommand fibbench runs the suite, so its help shows run's options too.
            cli.usage(cli.getOut());
            cli.getOut().println();
            cli.getOut().println("Without a command, fibbench runs 'run' with these options:");
            cli.getSubcommands().get("run").usage(cli.getOut());
            return 0;
        }
        if (args.length == 0 || args[0].startsWith("-") && !isHelpOrVersion(args[0])) {
            String[] withRun = new String[args.length + 1];
            withRun[0] = "run";
            System.arraycopy(args, 0, withRun, 1, args.length);
            return cli.execute(withRun);
        }
        return cli.execute(args);
    }

    private static boolean isHelpOrVersion(String arg) {
        return arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version");
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.lines().findFirst().orElse(e.toString());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
