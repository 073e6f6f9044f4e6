package io.fibbench.report.render;

import io.fibbench.report.BadInputException;
import io.fibbench.report.model.ResultsFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One machine's run in a cross-machine report: its results file, what the report calls it, and its data. */
public record Machine(String name, Path results, ReportData data) {

    /**
     * Reads every results file (and the environment file beside each), in the order given. The same
     * file twice is refused: it would pass for two machines that agree perfectly.
     */
    static List<Machine> load(List<Path> files) {
        refuseDuplicates(files);
        List<ReportData> data = new ArrayList<>();
        for (Path file : files) {
            data.add(ReportData.load(ResultsFile.read(file), file));
        }
        List<String> names = MachineNames.of(files, data);
        List<Machine> machines = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            machines.add(new Machine(names.get(i), files.get(i), data.get(i)));
        }
        return machines;
    }

    private static void refuseDuplicates(List<Path> files) {
        List<Path> seen = new ArrayList<>();
        for (Path file : files) {
            Path same = identity(file);
            int earlier = seen.indexOf(same);
            if (earlier >= 0) {
                throw new BadInputException("--results " + file + " is given twice (as " + files.get(earlier)
                        + " too): a cross-machine report needs one results file per machine");
            }
            seen.add(same);
        }
    }

    /** The file's real path when it exists (a link or ../ spelling is the same file), else its absolute one. */
    private static Path identity(Path file) {
        try {
            return Files.exists(file) ? file.toRealPath() : file.toAbsolutePath().normalize();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }
}
