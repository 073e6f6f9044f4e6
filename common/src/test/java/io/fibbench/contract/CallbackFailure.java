package io.fibbench.contract;

/** Lets a test callback throw a checked exception, as JVM languages other than Java can. */
final class CallbackFailure {

    private CallbackFailure() {
    }

    @SuppressWarnings("unchecked")
    static <T extends Throwable> T sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
