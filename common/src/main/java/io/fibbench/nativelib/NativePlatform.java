package io.fibbench.nativelib;

import java.util.List;
import java.util.Locale;

/**
 * The one name each platform's native files are packed under, and what a shared library is called
 * there. The names are JavaCPP's ({@code linux-x86_64}, {@code linux-arm64}, {@code macosx-arm64}),
 * because JavaCPP's loader picks its folder by its own name and cannot be told another: so the
 * loader here, libfib's folder, the JNI glue's and JavaCPP's all agree.
 *
 * <p>The build names the platform it compiles for in the parent pom's {@code platform-*} profiles
 * ({@code fibbench.platform}); common's and backend-javacpp's tests check that this class, the
 * build and JavaCPP give the same name on the machine that runs them.
 */
public final class NativePlatform {

    /** The platforms the build has a profile for; others may work with {@code -Dfibbench.platform}. */
    public static final List<String> BUILT = List.of("linux-x86_64", "linux-arm64", "macosx-arm64", "macosx-x86_64");

    private NativePlatform() {
    }

    /** This JVM's platform, e.g. {@code linux-x86_64}. */
    public static String current() {
        return of(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    /** The platform a JVM with these {@code os.name} and {@code os.arch} runs on. */
    public static String of(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        String osPart = os.startsWith("linux") ? "linux"
                : os.startsWith("mac") || os.startsWith("darwin") ? "macosx"
                : os.startsWith("windows") ? "windows"
                : os.replaceAll("[^a-z0-9]", "");
        String archPart = switch (arch) {
            case "amd64", "x86_64", "x86-64" -> "x86_64";
            case "aarch64", "arm64" -> "arm64";
            default -> arch.replaceAll("[^a-z0-9_]", "");
        };
        return osPart + "-" + archPart;
    }

    /** The file name of shared library {@code name} on this JVM's platform: {@code libfib.so}, {@code libfib.dylib}. */
    public static String library(String name) {
        return library(current(), name);
    }

    /** The file name of shared library {@code name} on {@code platform}. */
    public static String library(String platform, String name) {
        if (platform.startsWith("macosx-")) {
            return "lib" + name + ".dylib";
        }
        if (platform.startsWith("windows-")) {
            return name + ".dll";
        }
        return "lib" + name + ".so";
    }
}
