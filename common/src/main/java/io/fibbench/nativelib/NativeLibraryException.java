package io.fibbench.nativelib;

/** A native library that could not be found or loaded; the message says what was tried and what to do. */
public final class NativeLibraryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NativeLibraryException(String message) {
        super(message);
    }

    public NativeLibraryException(String message, Throwable cause) {
        super(message, cause);
    }
}
