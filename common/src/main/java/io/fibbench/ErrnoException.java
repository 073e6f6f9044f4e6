package io.fibbench;

/**
 * fib_errno failed in C and said why in errno: the same exception, message and errno from every
 * variant, whichever way its mechanism reads errno. An {@link IllegalArgumentException}, as bad n is
 * everywhere else, but raised on C's word (errno), not on a check in Java.
 */
public final class ErrnoException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** errno's values for fib_errno's two failures, the same on Linux and macOS. */
    public static final int EDOM = 33;
    public static final int ERANGE = 34;

    private final int errno;

    private ErrnoException(int n, int errno, Throwable mechanismError) {
        super("fib_errno(" + n + ") failed in C with errno " + errno + " (" + name(errno) + "): n must be in [0, "
                + FibRange.FIB_MAX + "]", mechanismError);
        this.errno = errno;
    }

    /**
     * The failure of fib_errno(n), whose errno was {@code errno}; {@code mechanismError} is the
     * mechanism's own exception for it (JNA's LastErrorException), or null for a mechanism that throws none.
     */
    public static ErrnoException of(int n, int errno, Throwable mechanismError) {
        return new ErrnoException(n, errno, mechanismError);
    }

    /**
     * fib_errno's result, or its failure with the errno that {@code savedErrno} read: for a mechanism
     * whose C side saved errno right after the call (JNI's glue, JavaCPP's wrapper, JNR). A method
     * reference to a static method, so nothing is allocated per call.
     */
    public static long checked(int n, long result, java.util.function.IntSupplier savedErrno) {
        if (result == -1) {
            throw of(n, savedErrno.getAsInt(), null);
        }
        return result;
    }

    /** The errno C set, as the variant read it. */
    public int errno() {
        return errno;
    }

    private static String name(int errno) {
        return switch (errno) {
            case EDOM -> "EDOM";
            case ERANGE -> "ERANGE";
            case 0 -> "none: errno was not read right after the call";
            default -> "not one fib_errno sets";
        };
    }
}
