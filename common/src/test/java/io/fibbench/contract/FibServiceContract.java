package io.fibbench.contract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fibbench.ClaimTable;
import io.fibbench.ErrnoException;
import io.fibbench.FibCallback;
import io.fibbench.FibRegistry;
import io.fibbench.FibService;
import io.fibbench.OffHeapLongs;
import io.fibbench.PureJavaFib;
import io.fibbench.Variant;
import io.fibbench.VariantInfo;
import io.fibbench.VariantUnavailableException;
import io.fibbench.nativelib.NativeLoader;
import io.fibbench.nativelib.NativePlatform;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link FibService} must do, written once. A backend's test is a subclass that says
 * which implementation to check; no backend overrides or skips a check.
 */
public abstract class FibServiceContract {

    private static final FibService REFERENCE = new PureJavaFib();

    private FibService service;

    /** A fresh instance of the implementation under test. */
    protected abstract FibService create();

    @BeforeEach
    void createService() {
        service = create();
        Throwable cause = service.unavailabilityCause();
        if (cause != null) {
            throw new AssertionError(service.id() + " is not available: " + cause.getMessage(), cause);
        }
    }

    @Test
    void idIsStableAndLowercase() {
        assertTrue(service.id().matches("[a-z][a-z0-9-]*"), () -> "id '" + service.id() + "' is not lowercase-dashed");
        assertEquals(service.id(), create().id());
    }

    /** The benchmarks find the variant's class, and the report its mechanism, from this description alone. */
    @Test
    void describesItselfBesideItsCode() throws ReflectiveOperationException {
        VariantInfo info = VariantInfo.find(service.id()).orElseThrow(() -> new AssertionError("variant '" + service.id()
                + "' has no " + VariantInfo.FOLDER + service.id() + ".properties: add src/main/fibbench/" + service.id()
                + ".properties to its module"));
        assertEquals(service.getClass().getName(), info.className(), "the class its description names");
        assertEquals(service.id(), info.newService().id());
        assertTrue(!info.mechanism().equals("?") && !info.mode().equals("?") && !info.lines().equals("?"),
                () -> service.id() + "'s description lacks mechanism, mode or sources");
    }

    /**
     * With libfib.so missing, the variant says why (naming the file) instead of failing to load, and
     * every call fails with the one VariantUnavailableException carrying that reason (no crash, no
     * hang, not the mechanism's own error). Pure Java needs no library and answers.
     */
    @Test
    void anUnavailableVariantSaysWhyAndNeverCrashes() throws Exception {
        ChildJvm.Outcome run = ChildJvm.run(UnavailableProbe.class, "-Dprobe.class=" + service.getClass().getName(),
                "-D" + NativeLoader.LIB_PROPERTY + "=/nonexistent/libfib.so");
        assertEquals(0, run.exitCode(), run.output());
        List<String> calls = run.output().lines().filter(l -> l.startsWith("call ")).toList();
        assertEquals(15, calls.size(), run.output());
        if (run.output().contains("cause none")) {
            assertTrue(calls.stream().allMatch(c -> c.endsWith(" ok")), run.output());
            return;
        }
        assertTrue(run.output().lines().anyMatch(l -> l.startsWith("cause ") && l.contains("/nonexistent/libfib.so")),
                "the reason names the missing file:\n" + run.output());
        for (String call : calls) {
            String name = call.split(" ")[1];
            assertTrue(call.startsWith("call " + name + " " + VariantUnavailableException.class.getName() + ": variant '"
                    + service.id() + "' cannot run here: ") && call.contains("/nonexistent/libfib.so"),
                    "every call refuses with VariantUnavailableException naming the missing file:\n" + run.output());
        }
    }

    @Test
    void isRegisteredWithServiceLoaderAndAvailable() {
        Variant variant = FibRegistry.discover().stream()
                .filter(v -> v.id().equals(service.id()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(service.id() + " is not in META-INF/services/io.fibbench.FibService"));
        assertTrue(variant.isAvailable(), variant::reason);
        assertEquals(service.getClass(), variant.service().getClass());
    }

    static IntStream fibRange() {
        return IntStream.rangeClosed(0, 92);
    }

    @ParameterizedTest(name = "fib({0})")
    @MethodSource("fibRange")
    void fibMatchesReference(int n) {
        assertEquals(REFERENCE.fib(n), service.fib(n));
    }

    @Test
    void fibOfTheLargestValidN() {
        assertEquals(7540113804746346429L, service.fib(92));
    }

    static IntStream fibRecursiveRange() {
        return IntStream.rangeClosed(0, 30);
    }

    @ParameterizedTest(name = "fibRecursive({0})")
    @MethodSource("fibRecursiveRange")
    void fibRecursiveMatchesReference(int n) {
        assertEquals(REFERENCE.fib(n), service.fibRecursive(n));
    }

    @ParameterizedTest(name = "fib({0}) is rejected")
    @ValueSource(ints = {-1, Integer.MIN_VALUE, 93, Integer.MAX_VALUE})
    void fibRejectsOutOfRange(int n) {
        assertSameRejection(() -> service.fib(n), () -> REFERENCE.fib(n), "n must be in [0, 92], was " + n);
        assertEquals(REFERENCE.fib(10), service.fib(10), "a rejected call must leave the variant usable");
    }

    @ParameterizedTest(name = "fibRecursive({0}) is rejected")
    @ValueSource(ints = {-1, Integer.MIN_VALUE, 46, Integer.MAX_VALUE})
    void fibRecursiveRejectsOutOfRange(int n) {
        assertSameRejection(() -> service.fibRecursive(n), () -> REFERENCE.fibRecursive(n),
                "n must be in [0, 45], was " + n);
    }

    private static void assertSameRejection(Executable call, Executable reference, String message) {
        // Preemptive timeout: a binding that passed INT_MAX to the naive recursion would never return.
        IllegalArgumentException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(IllegalArgumentException.class, call));
        assertEquals(message, e.getMessage());
        assertEquals(assertThrows(IllegalArgumentException.class, reference).getMessage(), e.getMessage());
    }

    static List<long[]> mixedArguments() {
        return List.of(new long[] {10, 1, 2, 3, 4, 5},
                new long[] {0, -1, -2, -3, -4, -5},
                new long[] {92, Long.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE, Integer.MIN_VALUE, Long.MIN_VALUE},
                new long[] {1, Long.MIN_VALUE, Integer.MIN_VALUE, 0, Integer.MAX_VALUE, Long.MAX_VALUE});
    }

    /**
     * Every argument lands where it should: each is changed alone, and the doubles decide the last 1.
     * A variant that many-arguments.csv says refuses on this platform must refuse, saying how to run it
     * so it does not; on a platform the table has no word for, it may refuse the same way, or be right.
     */
    @ParameterizedTest(name = "fibMixed(n, a, x, b, c, y, d, e) for {0}")
    @MethodSource("mixedArguments")
    void fibMixedMatchesReference(long[] v) {
        int n = (int) v[0];
        Map<String, String> claim = ClaimTable.row(ClaimTable.MANY_ARGUMENTS, service.id());
        List<String> platforms = List.of(claim.get("platforms").split(" "));
        boolean claimHere = platforms.contains("all") || platforms.contains(NativePlatform.current());
        if (claim.get("outcome").equals("refused")) {
            try {
                service.fibMixed(n, v[1], 0.5, (int) v[2], v[3], 1.5, (int) v[4], v[5]);
                assertFalse(claimHere, "many-arguments.csv says " + service.id() + " refuses fib_mixed on "
                        + NativePlatform.current() + ", and it did not");
            } catch (UnsupportedOperationException e) {
                assertTrue(e.getMessage().startsWith(service.id() + " cannot pass fib_mixed's arguments right here: "),
                        e.getMessage());
                return;
            }
        }
        assertMixedRight(service, v);
    }

    /** fibMixed(v..) equals the reference for several doubles, and with each integer argument changed alone. */
    public static void assertMixedRight(FibService service, long[] v) {
        int n = (int) v[0];
        double[][] doubles = {{0.5, 1.5}, {1.5, 0.5}, {-0.0, 0.0}, {Double.NaN, 1}, {Double.NEGATIVE_INFINITY, Double.MAX_VALUE}};
        for (double[] xy : doubles) {
            assertEquals(REFERENCE.fibMixed(n, v[1], xy[0], (int) v[2], v[3], xy[1], (int) v[4], v[5]),
                    service.fibMixed(n, v[1], xy[0], (int) v[2], v[3], xy[1], (int) v[4], v[5]),
                    () -> "x=" + xy[0] + ", y=" + xy[1]);
        }
        for (int i = 1; i < v.length; i++) {
            long[] w = v.clone();
            w[i] += 1 << i;
            assertEquals(REFERENCE.fibMixed(n, w[1], 0.5, (int) w[2], w[3], 1.5, (int) w[4], w[5]),
                    service.fibMixed(n, w[1], 0.5, (int) w[2], w[3], 1.5, (int) w[4], w[5]), "argument " + i + " changed");
        }
    }

    @ParameterizedTest(name = "fibMixed({0}, ...) is rejected")
    @ValueSource(ints = {-1, Integer.MIN_VALUE, 93, Integer.MAX_VALUE})
    void fibMixedRejectsOutOfRange(int n) {
        assertSameRejection(() -> service.fibMixed(n, 1, 0, 2, 3, 0, 4, 5), () -> REFERENCE.fibMixed(n, 1, 0, 2, 3, 0, 4, 5),
                "n must be in [0, 92], was " + n);
    }

    /** Text of each length the benchmarks use, all ASCII: every mechanism's encoding agrees on these. */
    @ParameterizedTest(name = "textLength of {0} ASCII characters")
    @ValueSource(ints = {0, 1, 16, 1024, 65536})
    void textLengthOfAsciiIsItsLength(int length) {
        String text = REFERENCE.fibText(20, length);
        assertEquals(length, service.textLength(text));
    }

    /**
     * What C sees of non-ASCII text, a character outside the BMP and an embedded NUL differs by
     * mechanism: strings.csv's row for this variant says how many bytes, and this checks it.
     */
    @Test
    void textBeyondAsciiReachesCAsStringsCsvSays() {
        Map<String, String> row = ClaimTable.row(ClaimTable.STRINGS, service.id());
        assertAll(
                () -> assertEquals(Long.parseLong(row.get("accented")), service.textLength("h\u00e9llo"),
                        "h\u00e9llo: strings.csv's 'accented' for " + service.id() + " disagrees: update the table"),
                () -> assertEquals(Long.parseLong(row.get("emoji")), service.textLength("a\ud83d\ude00b"),
                        "a, U+1F600, b: strings.csv's 'emoji' for " + service.id() + " disagrees: update the table"),
                () -> assertEquals(Long.parseLong(row.get("nul")), service.textLength("a\u0000b"),
                        "a, NUL, b: strings.csv's 'nul' for " + service.id() + " disagrees: update the table"));
    }

    @ParameterizedTest(name = "fibText({0}, length)")
    @ValueSource(ints = {0, 1, 20, 92})
    void fibTextMatchesReference(int n) {
        for (int length : new int[] {0, 1, 16, 19, 1024, 65536}) {
            assertEquals(REFERENCE.fibText(n, length), service.fibText(n, length), "length " + length);
        }
    }

    @Test
    void badTextGetsTheSameRejectionFromEveryVariant() {
        assertSameRejection(() -> service.textLength(null), () -> REFERENCE.textLength(null), "text must not be null");
        assertSameRejection(() -> service.fibText(93, 4), () -> REFERENCE.fibText(93, 4), "n must be in [0, 92], was 93");
        assertSameRejection(() -> service.fibText(1, -1), () -> REFERENCE.fibText(1, -1),
                "length must be in [0, 1048576], was -1");
        assertSameRejection(() -> service.fibText(1, Integer.MAX_VALUE), () -> REFERENCE.fibText(1, Integer.MAX_VALUE),
                "length must be in [0, 1048576], was 2147483647");
        assertEquals(REFERENCE.fibText(10, 5), service.fibText(10, 5), "a rejected call must leave the variant usable");
    }

    /**
     * Both structs, by value and through a pointer, field by field. A variant that structs.csv says
     * cannot return a struct by value refuses with UnsupportedOperationException and the reason its
     * description gives (which also tells the runner to skip those benchmarks).
     */
    @ParameterizedTest(name = "structs for n = {0}")
    @ValueSource(ints = {0, 1, 20, 92})
    void structsMatchReference(int n) {
        assertEquals(REFERENCE.pairFilled(n), service.pairFilled(n), "fib_pair through a pointer");
        assertEquals(REFERENCE.quadFilled(n), service.quadFilled(n), "fib_quad through a pointer");
        boolean byValue = ClaimTable.row(ClaimTable.STRUCTS, service.id()).get("by_value").equals("yes");
        VariantInfo info = VariantInfo.of(service.id());
        assertEquals(byValue, info.unsupported("Structs.pair") == null && info.unsupported("Structs.quad") == null,
                "structs.csv's by_value and the variant's description disagree");
        if (byValue) {
            assertEquals(REFERENCE.pair(n), service.pair(n), "fib_pair by value");
            assertEquals(REFERENCE.quad(n), service.quad(n), "fib_quad by value");
        } else {
            for (Executable call : List.<Executable>of(() -> service.pair(n), () -> service.quad(n))) {
                UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, call);
                assertTrue(e.getMessage().startsWith(service.id() + " cannot make this call (Structs.")
                        && e.getMessage().endsWith(info.unsupported("Structs.pair")), e.getMessage());
            }
        }
    }

    @ParameterizedTest(name = "structs of n = {0} are rejected")
    @ValueSource(ints = {-1, Integer.MIN_VALUE, 93, Integer.MAX_VALUE})
    void badStructInputGetsTheSameRejectionFromEveryVariant(int n) {
        String message = "n must be in [0, 92], was " + n;
        assertSameRejection(() -> service.pair(n), () -> REFERENCE.pair(n), message);
        assertSameRejection(() -> service.pairFilled(n), () -> REFERENCE.pairFilled(n), message);
        assertSameRejection(() -> service.quad(n), () -> REFERENCE.quad(n), message);
        assertSameRejection(() -> service.quadFilled(n), () -> REFERENCE.quadFilled(n), message);
    }

    @ParameterizedTest(name = "fibErrno({0})")
    @ValueSource(ints = {0, 1, 20, 92})
    void fibErrnoMatchesReference(int n) {
        assertEquals(REFERENCE.fib(n), service.fibErrno(n));
    }

    /**
     * C's failure comes back as the errno C set (EDOM below the range, ERANGE above it), with the same
     * message from every variant, and the mechanism's own exception, if it has one, as the cause: the
     * row of errno.csv for this variant says which.
     */
    @ParameterizedTest(name = "fibErrno({0}) fails with C's errno")
    @ValueSource(ints = {-1, Integer.MIN_VALUE, 93, Integer.MAX_VALUE})
    void fibErrnoFailsWithTheErrnoCSet(int n) {
        ErrnoException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(ErrnoException.class, () -> service.fibErrno(n)));
        int want = n < 0 ? ErrnoException.EDOM : ErrnoException.ERANGE;
        assertEquals(want, e.errno());
        assertEquals(assertThrows(ErrnoException.class, () -> REFERENCE.fibErrno(n)).getMessage(), e.getMessage());
        assertEquals("fib_errno(" + n + ") failed in C with errno " + want + (n < 0 ? " (EDOM)" : " (ERANGE)")
                + ": n must be in [0, 92]", e.getMessage());
        String cause = ClaimTable.row(ClaimTable.ERRNO, service.id()).get("exception");
        assertEquals(cause, e.getCause() == null ? "none" : e.getCause().getClass().getName(),
                "errno.csv's exception for " + service.id() + " disagrees with what it threw: update the table");
        assertEquals(REFERENCE.fib(10), service.fibErrno(10), "a failed call must leave the variant usable");
    }

    /**
     * The errno a failure reports is the one its own call set, never another call's: threads fail with
     * EDOM and ERANGE in turn between successful calls (which leave errno as it was) and garbage (so
     * the JVM runs its own code, GC included, between calls). A variant that read errno in a second
     * call, or from a place shared by threads, would report the other thread's or a stale errno.
     */
    @Test
    void errnoIsTheOneEachCallSetAcrossThreadsAndGc() throws Exception {
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<String>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int seed = t;
                tasks.add(() -> errnoCalls(seed, 20_000));
            }
            List<Future<String>> results = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> pool.invokeAll(tasks));
            for (Future<String> f : results) {
                assertNull(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private String errnoCalls(int seed, int calls) {
        List<long[]> garbage = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            int n = switch ((i + seed) % 3) {
                case 0 -> -1 - i;
                case 1 -> 93 + i;
                default -> i % 93;
            };
            try {
                long got = service.fibErrno(n);
                if (n < 0 || n > 92 || got != REFERENCE.fib(n)) {
                    return "fibErrno(" + n + ") = " + got;
                }
            } catch (ErrnoException e) {
                int want = n < 0 ? ErrnoException.EDOM : ErrnoException.ERANGE;
                if (n >= 0 && n <= 92 || e.errno() != want) {
                    return "fibErrno(" + n + ") gave errno " + e.errno() + ", want " + want;
                }
            }
            garbage.add(new long[64]);
            if (i % 5000 == 4999) {
                garbage.clear();
                System.gc();
            }
        }
        return null;
    }

    @Test
    void noopReturns() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (int i = 0; i < 1000; i++) {
                service.noop();
            }
        });
    }

    /** fib values, the largest among them, so sums wrap past Long.MAX_VALUE as Java's + does. */
    private static long[] values(int count) {
        long[] values = new long[count];
        for (int i = 0; i < count; i++) {
            values[i] = REFERENCE.fib(92 - i % 93);
        }
        return values;
    }

    @ParameterizedTest(name = "sum of a heap array of {0}")
    @ValueSource(ints = {0, 1, 16, 1000, 65536})
    void sumOfAHeapArrayMatchesReference(int count) {
        long[] values = values(count);
        long[] before = values.clone();
        assertEquals(REFERENCE.sum(values, count), service.sum(values, count));
        assertEquals(REFERENCE.sum(values, count / 2), service.sum(values, count / 2), "a prefix of the array");
        assertEquals(java.util.Arrays.toString(before), java.util.Arrays.toString(values), "C must not change the array");
    }

    @ParameterizedTest(name = "sum of native memory of {0}")
    @ValueSource(ints = {0, 1, 16, 1000, 65536})
    void sumOfNativeMemoryMatchesReference(int count) {
        long[] values = values(count);
        try (OffHeapLongs memory = service.allocate(count)) {
            assertEquals(service.id(), memory.owner());
            assertEquals(count, memory.length());
            for (int i = 0; i < count; i++) {
                memory.set(i, values[i]);
            }
            for (int i = 0; i < count; i++) {
                assertEquals(values[i], memory.get(i));
            }
            assertEquals(REFERENCE.sum(values, count), service.sum(memory, count));
            assertEquals(REFERENCE.sum(values, count / 2), service.sum(memory, count / 2));
        }
    }

    @Test
    void badArraysGetTheSameRejectionFromEveryVariant() {
        long[] four = new long[4];
        assertSameRejection(() -> service.sum((long[]) null, 0), () -> REFERENCE.sum((long[]) null, 0),
                "values must not be null");
        assertSameRejection(() -> service.sum(four, -1), () -> REFERENCE.sum(four, -1), "count must be in [0, 4], was -1");
        assertSameRejection(() -> service.sum(four, 5), () -> REFERENCE.sum(four, 5), "count must be in [0, 4], was 5");
        assertSameRejection(() -> service.allocate(-1), () -> REFERENCE.allocate(-1),
                "length must be in [0, 16777216], was -1");
        assertSameRejection(() -> service.allocate(Integer.MAX_VALUE), () -> REFERENCE.allocate(Integer.MAX_VALUE),
                "length must be in [0, 16777216], was 2147483647");
        assertSameRejection(() -> service.sum((OffHeapLongs) null, 0), () -> REFERENCE.sum((OffHeapLongs) null, 0),
                "values must not be null");
        try (OffHeapLongs mine = service.allocate(4)) {
            assertSameRejection(() -> service.sum(mine, 5), () -> REFERENCE.sum(REFERENCE.allocate(4), 5),
                    "count must be in [0, 4], was 5");
            IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> mine.set(4, 1));
            assertEquals("index must be in [0, 4), was 4", e.getMessage());
            assertEquals("index must be in [0, 4), was -1",
                    assertThrows(IndexOutOfBoundsException.class, () -> mine.get(-1)).getMessage());
        }
        if (!service.id().equals(REFERENCE.id())) {
            try (OffHeapLongs foreign = REFERENCE.allocate(4)) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> service.sum(foreign, 4));
                assertEquals("values were allocated by java, not by " + service.id()
                        + ": allocate them with the same variant's allocate(int)", e.getMessage());
            }
        }
    }

    @ParameterizedTest(name = "each({0}) calls back with i and fib(i), in order")
    @ValueSource(ints = {0, 1, 2, 10, 93})
    void eachCallsBackInOrder(int count) {
        List<long[]> calls = new ArrayList<>();
        long sum = service.each(count, (i, fib) -> {
            calls.add(new long[] {i, fib});
            return fib;
        });
        assertEquals(count, calls.size(), "number of upcalls");
        for (int i = 0; i < count; i++) {
            assertEquals(i, calls.get(i)[0], "i of upcall " + i);
            assertEquals(REFERENCE.fib(i), calls.get(i)[1], "fib(i) of upcall " + i);
        }
        assertEquals(REFERENCE.each(count, (i, fib) -> fib), sum);
    }

    @Test
    void eachSumsWhatTheCallbackReturnsWrappingLikeJava() {
        FibCallback large = (i, fib) -> Long.MAX_VALUE - i;
        assertEquals(REFERENCE.each(93, large), service.each(93, large));
    }

    @Test
    void badCallbackInputGetsTheSameRejectionFromEveryVariant() {
        FibCallback never = (i, fib) -> {
            throw new AssertionError("the callback must not be called for bad input");
        };
        for (int count : new int[] {-1, Integer.MIN_VALUE, 94, Integer.MAX_VALUE}) {
            assertSameRejection(() -> service.each(count, never), () -> REFERENCE.each(count, never),
                    "count must be in [0, 93], was " + count);
        }
        assertSameRejection(() -> service.each(3, null), () -> REFERENCE.each(3, null), "callback must not be null");
    }

    static List<Throwable> callbackFailures() {
        return List.of(new IllegalStateException("unchecked, from the callback"),
                new IOException("checked, thrown sneakily"),
                new LinkageError("an Error, from the callback"));
    }

    /**
     * The contract's answer to "what if the callback throws": the same exception, the same instance,
     * comes out of each() once C returns; the callback is not called again; the JVM and the variant
     * go on. What each mechanism does without a guard is in callback-exception.csv.
     */
    @ParameterizedTest(name = "a callback throwing {0}")
    @MethodSource("callbackFailures")
    void aThrowingCallbackGivesItsExceptionBackAndStopsTheUpcalls(Throwable failure) {
        int[] calls = {0};
        FibCallback throwsAtThree = (i, fib) -> {
            calls[0]++;
            if (i == 3) {
                throw CallbackFailure.<RuntimeException>sneaky(failure);
            }
            return fib;
        };
        Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(Throwable.class, () -> service.each(10, throwsAtThree)));
        assertTrue(thrown == failure, () -> "want the callback's own " + failure + ", got " + thrown);
        assertEquals(4, calls[0], "upcalls after the exception");
        assertEquals(REFERENCE.each(10, (i, fib) -> fib), service.each(10, (i, fib) -> fib),
                "the variant must stay usable after a callback threw");
        assertEquals(REFERENCE.fib(10), service.fib(10));
    }

    @Test
    void aCallbackMayCallEachAgain() {
        FibCallback nested = (i, fib) -> service.each(i, (j, inner) -> 1);
        assertEquals(REFERENCE.each(20, (i, fib) -> i), service.each(20, nested));
        FibCallback innerThrows = (i, fib) -> {
            try {
                return service.each(5, (j, inner) -> {
                    throw new IllegalStateException("inner");
                });
            } catch (IllegalStateException e) {
                return -1;
            }
        };
        assertEquals(-7, service.each(7, innerThrows), "an inner call's exception must not leak into the outer call");
    }

    @Test
    void concurrentMixedCallsGiveNoWrongResult() throws Exception {
        int threads = 8;
        int callsPerThread = 100_000;
        long[] expected = IntStream.rangeClosed(0, 92).mapToLong(REFERENCE::fib).toArray();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<String>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int seed = t;
                tasks.add(() -> mixedCalls(seed, callsPerThread, expected));
            }
            List<Future<String>> results = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> pool.invokeAll(tasks));
            List<Executable> checks = new ArrayList<>();
            for (Future<String> f : results) {
                String failure = f.get();
                checks.add(() -> assertNull(failure));
            }
            assertAll(checks);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Returns the first wrong result, or null. */
    private String mixedCalls(int seed, int calls, long[] expected) {
        int n = seed;
        for (int i = 0; i < calls; i++) {
            n = (n * 31 + 7) % 93;
            switch (i % 4) {
                case 0, 1 -> {
                    long got = service.fib(n);
                    if (got != expected[n]) {
                        return "fib(" + n + ") = " + got + ", want " + expected[n];
                    }
                }
                case 2 -> {
                    int small = n % 16;
                    long got = service.fibRecursive(small);
                    if (got != expected[small]) {
                        return "fibRecursive(" + small + ") = " + got + ", want " + expected[small];
                    }
                }
                default -> {
                    if (i % 8 == 3) {
                        int count = n % 20;
                        long got = service.each(count, (k, fib) -> fib);
                        long want = expected[count + 1] - 1; // fib(0) + ... + fib(c - 1) = fib(c + 1) - 1
                        if (got != want) {
                            return "each(" + count + ") = " + got + ", want " + want;
                        }
                    } else {
                        service.noop();
                    }
                }
            }
        }
        return null;
    }
}
