package io.fibbench.jni;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fibbench.contract.WrongSignatureTable;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * API mode catches the mistake at build time: regenerate the javac -h header from a JniFib whose
 * fib0 returns int, compile the unchanged glue against it, and gcc refuses.
 */
class JniWrongSignatureTest {

    @Test
    void anIntReturnIsACompileErrorInTheGlue(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("JniFib.java");
        try (InputStream in = getClass().getResourceAsStream("JniFib.java.txt")) {
            Files.copy(in, source);
        }
        Path headers = Files.createDirectories(dir.resolve("headers"));
        int javac = ToolProvider.getSystemJavaCompiler().run(null, null, null,
                "-h", headers.toString(), "-d", dir.resolve("classes").toString(), source.toString());
        assertEquals(0, javac, "javac -h failed on the wrong declaration");

        Path jdk = Path.of(property("fibbench.test.jdk.include"));
        List<String> command = new ArrayList<>(List.of("cc", "-fsyntax-only", "-I" + jdk));
        try (Stream<Path> osIncludes = Files.list(jdk)) { // jni_md.h's folder: linux, darwin
            osIncludes.filter(Files::isDirectory).forEach(d -> command.add("-I" + d));
        }
        command.addAll(List.of("-I" + property("fibbench.test.fib.include"), "-I" + headers, property("fibbench.test.glue")));
        Process cc = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(cc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(cc.waitFor(60, TimeUnit.SECONDS));
        assertNotEquals(0, cc.exitValue(), "gcc accepted the glue against a wrong header:\n" + output);
        assertTrue(output.contains("conflicting types"), output);
        WrongSignatureTable.assertOutcome("jni", "compile error");
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        assertTrue(value != null && !value.isBlank(), name + " is unset: run through Maven (see backend-jni/pom.xml)");
        return value;
    }
}
