/*
 * The C-to-C floor: the same libfib functions, called from C through the
 * shared library (so each call crosses the same PLT boundary a Java binding's
 * call ends in), timed the way the JMH suite times Java.
 *
 * Prints JMH-shaped JSON on stdout: same benchmark names and params as the Java
 * suite with variant "c", so the report reads the floor as one more result set.
 *
 * Usage: fibfloor [--warmup N] [--iterations N] [--time-ms T]
 *                 [--sweep 1,5,10] [--seed-n N] [--batch N] [--large-n 30,35]
 *                 [--each 0,64 | --each none] [--mixed 1 | --mixed none]
 *                 [--errno 1 | --errno none] [--text-in 0,16 | --text-in none]
 *                 [--text-out 0,16 | --text-out none] [--pair 20 | --pair none]
 *                 [--pair-filled 20 | ...] [--quad 20 | ...] [--quad-filled 20 | ...]
 *        fibfloor --probe
 *
 * --probe serves the runner's contention probe: for every line read on stdin it
 * times C's fib(92) in 5 windows of 4 ms and prints the median ns per call, so a
 * probe process pinned to each CPU answers in about 20 ms without a start-up.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fib.h"

#define MAX_LIST 32
#define MAX_ITER 100

/* volatile, so the compiler can neither hoist the calls out of the loops nor drop their results */
static volatile int32_t input_n;
static volatile int64_t sink;
/* fib_mixed's other seven arguments, read anew for every call as the Java benchmark's fields are */
static volatile int64_t input_a = 3, input_c = 5, input_e = 7;
static volatile int32_t input_b = 2, input_d = 4;
static volatile double input_x = 0.5, input_y = 1.5;
/* fib_text_length's text and fib_text's buffer: made once per length, as the Java benchmark makes its String */
static char *text_buf;
static volatile int32_t text_length;

static double now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double) ts.tv_sec * 1e9 + (double) ts.tv_nsec;
}

/* Student's t, two-sided 99.9% (JMH's default confidence), by degrees of freedom 1..30 */
static const double T_999[] = {0, 636.62, 31.599, 12.924, 8.610, 6.869, 5.959, 5.408, 5.041,
    4.781, 4.587, 4.437, 4.318, 4.221, 4.140, 4.073, 4.015, 3.965, 3.922, 3.883, 3.850, 3.819,
    3.792, 3.768, 3.745, 3.725, 3.707, 3.690, 3.674, 3.659, 3.646};

static double t999(int df) {
    return df <= 30 ? T_999[df] : 3.291; /* normal limit beyond 30 */
}

typedef struct {
    int warmup, iterations;
    long time_ms;
    int sweep[MAX_LIST], sweep_len;
    int large[MAX_LIST], large_len;
    int each[MAX_LIST], each_len;
    int mixed[MAX_LIST], mixed_len;
    int errno_n[MAX_LIST], errno_len;
    int text_in[MAX_LIST], text_in_len;
    int text_out[MAX_LIST], text_out_len;
    int structs[4][MAX_LIST], structs_len[4];
    int seed_n;
    long batch;
    int first;
} options;

/* fib_each's callback from C: an indirect call from libfib back into this program, nothing inlined */
static int64_t return_fib(int32_t i, int64_t fib_i) {
    (void) i;
    return fib_i;
}

static void timed_loop(int which, long calls) {
    switch (which) {
    case 0: for (long i = 0; i < calls; i++) { noop(); } break;
    case 1: for (long i = 0; i < calls; i++) { sink = fib(input_n); } break;
    case 3: for (long i = 0; i < calls; i++) { sink = fib_each(input_n, return_fib); } break;
    case 4:
        for (long i = 0; i < calls; i++) {
            sink = fib_mixed(input_n, input_a, input_x, input_b, input_c, input_y, input_d, input_e);
        }
        break;
    /* C reads errno after each call, as a caller that checks it must: only when the result is -1 */
    case 6: for (long i = 0; i < calls; i++) { sink = fib_text_length(text_buf); } break;
    case 7: for (long i = 0; i < calls; i++) { sink = fib_text(20, text_buf, text_length); } break;
    /* the structs: every field read, as the Java side reads each into a record */
    case 8: for (long i = 0; i < calls; i++) { fib_pair p = fib_pair_of(input_n); sink = p.n + p.fib; } break;
    case 9: for (long i = 0; i < calls; i++) { fib_pair p; fib_pair_fill(input_n, &p); sink = p.n + p.fib; } break;
    case 10:
        for (long i = 0; i < calls; i++) {
            fib_quad q = fib_quad_of(input_n);
            sink = q.n + q.fib + q.previous + (int64_t) q.ratio;
        }
        break;
    case 11:
        for (long i = 0; i < calls; i++) {
            fib_quad q;
            fib_quad_fill(input_n, &q);
            sink = q.n + q.fib + q.previous + (int64_t) q.ratio;
        }
        break;
    case 5:
        for (long i = 0; i < calls; i++) {
            int64_t r = fib_errno(input_n);
            sink = r == -1 ? -errno : r;
        }
        break;
    default: for (long i = 0; i < calls; i++) { sink = fib_recursive(input_n); } break;
    }
}

static void print_result(options *o, const char *bench, const char *mode, const char *unit,
                         const char *param, int n, double *samples, int count) {
    double sum = 0, sq = 0;
    for (int i = 0; i < count; i++) sum += samples[i];
    double mean = sum / count;
    for (int i = 0; i < count; i++) sq += (samples[i] - mean) * (samples[i] - mean);
    double err = count > 1 ? t999(count - 1) * sqrt(sq / (count - 1)) / sqrt(count) : NAN;

    printf("%s  {\n", o->first ? "" : ",\n");
    o->first = 0;
    printf("    \"jmhVersion\": \"1.37\",\n    \"benchmark\": \"io.fibbench.bench.%s\",\n", bench);
    printf("    \"mode\": \"%s\",\n    \"threads\": 1,\n    \"forks\": 1,\n", mode);
    printf("    \"jvm\": \"fibfloor\",\n    \"jvmArgs\": [],\n    \"jdkVersion\": \"none (C)\",\n");
    printf("    \"vmName\": \"cc -O2 via PLT\",\n    \"vmVersion\": \"%s\",\n", __VERSION__);
    printf("    \"warmupIterations\": %d,\n    \"warmupTime\": \"%ld ms\",\n    \"warmupBatchSize\": 1,\n",
           o->warmup, o->time_ms);
    printf("    \"measurementIterations\": %d,\n    \"measurementTime\": \"%ld ms\",\n"
           "    \"measurementBatchSize\": 1,\n", count, o->time_ms);
    printf("    \"params\": {\"variant\": \"c\"");
    if (n >= 0) printf(", \"%s\": \"%d\"", param, n);
    printf("},\n    \"primaryMetric\": {\n");
    if (isnan(err)) {
        printf("      \"score\": %.6g,\n      \"scoreError\": \"NaN\",\n", mean);
        printf("      \"scoreConfidence\": [\"NaN\", \"NaN\"],\n");
    } else {
        printf("      \"score\": %.6g,\n      \"scoreError\": %.6g,\n", mean, err);
        printf("      \"scoreConfidence\": [%.6g, %.6g],\n", mean - err, mean + err);
    }
    printf("      \"scorePercentiles\": {},\n      \"scoreUnit\": \"%s\",\n      \"rawData\": [[", unit);
    for (int i = 0; i < count; i++) printf("%s%.6g", i ? ", " : "", samples[i]);
    printf("]]\n    },\n    \"secondaryMetrics\": {}\n  }");
}

/* JMH AverageTime: ns per call, averaged over a timed iteration of many calls. */
static void average_time(options *o, const char *bench, int which, const char *param, int n) {
    double samples[MAX_ITER];
    input_n = n;
    long calls = 1000;
    double target = o->time_ms * 1e6;
    for (;;) { /* calibrate calls per iteration to the iteration time */
        double t0 = now_ns();
        timed_loop(which, calls);
        double dt = now_ns() - t0;
        if (dt > target / 10 || calls > (1L << 40)) { calls = (long) (calls * target / dt) + 1; break; }
        calls *= 10;
    }
    for (int i = 0; i < o->warmup + o->iterations; i++) {
        double t0 = now_ns();
        timed_loop(which, calls);
        double dt = now_ns() - t0;
        if (i >= o->warmup) samples[i - o->warmup] = dt / calls;
    }
    print_result(o, bench, "avgt", "ns/op", param, n, samples, o->iterations);
}

/* JMH SingleShotTime: seconds for one batch of `calls` calls, once per iteration. */
static void single_shot(options *o, const char *bench, int which, int n, long calls) {
    double samples[MAX_ITER];
    input_n = n;
    for (int i = 0; i < o->warmup + o->iterations; i++) {
        double t0 = now_ns();
        timed_loop(which, calls);
        double dt = now_ns() - t0;
        if (i >= o->warmup) samples[i - o->warmup] = dt / 1e9;
    }
    print_result(o, bench, "ss", "s/op", "n", n, samples, o->iterations);
}

static int compare_doubles(const void *a, const void *b) {
    double x = *(const double *) a, y = *(const double *) b;
    return (x > y) - (x < y);
}

/* The median of 5 short windows: a window cut by an interrupt must not decide alone. */
static int probe_loop(void) {
    char line[64];
    input_n = 92;
    timed_loop(1, 100000); /* warm the loop and the PLT entry once */
    while (fgets(line, sizeof line, stdin)) {
        double windows[5];
        for (int w = 0; w < 5; w++) {
            long calls = 0;
            double t0 = now_ns(), dt;
            do {
                timed_loop(1, 1000);
                calls += 1000;
                dt = now_ns() - t0;
            } while (dt < 4e6);
            windows[w] = dt / calls;
        }
        qsort(windows, 5, sizeof windows[0], compare_doubles);
        printf("%.3f\n", windows[2]);
        fflush(stdout);
    }
    return 0;
}

static int parse_list(const char *s, int *out) {
    int len = 0;
    if (!strcmp(s, "none")) return 0;
    char *copy = strdup(s), *save = NULL;
    for (char *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
        if (len == MAX_LIST) { fprintf(stderr, "fibfloor: at most %d values in a list\n", MAX_LIST); exit(2); }
        out[len++] = atoi(tok);
    }
    free(copy);
    return len;
}

static long parse_long(const char *flag, const char *value, long min, long max) {
    errno = 0;
    char *end;
    long v = strtol(value, &end, 10);
    if (errno || *end || v < min || v > max) {
        fprintf(stderr, "fibfloor: %s needs a whole number in [%ld, %ld], got '%s'\n", flag, min, max, value);
        exit(2);
    }
    return v;
}

int main(int argc, char **argv) {
    options o = {.warmup = 3, .iterations = 10, .time_ms = 200, .seed_n = 20, .batch = 1000000, .first = 1};
    o.sweep_len = parse_list("1,5,10,20,40,60,92", o.sweep);
    o.large_len = parse_list("30,35", o.large);
    o.each_len = parse_list("0,64", o.each);
    o.mixed_len = parse_list("1", o.mixed);
    o.errno_len = parse_list("1", o.errno_n);
    o.text_in_len = parse_list("0,16,1024,65536", o.text_in);
    o.text_out_len = parse_list("0,16,1024,65536", o.text_out);
    for (int k = 0; k < 4; k++) o.structs_len[k] = parse_list("20", o.structs[k]);
    if (argc == 2 && !strcmp(argv[1], "--probe")) return probe_loop();
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!v) { fprintf(stderr, "fibfloor: %s needs a value (see the usage at the top of fibfloor.c)\n", a); return 2; }
        if (!strcmp(a, "--warmup")) o.warmup = (int) parse_long(a, v, 0, MAX_ITER);
        else if (!strcmp(a, "--iterations")) o.iterations = (int) parse_long(a, v, 2, MAX_ITER);
        else if (!strcmp(a, "--time-ms")) o.time_ms = parse_long(a, v, 1, 60000);
        else if (!strcmp(a, "--seed-n")) o.seed_n = (int) parse_long(a, v, 0, FIB_MAX_N);
        else if (!strcmp(a, "--batch")) o.batch = parse_long(a, v, 1, 1000000000L);
        else if (!strcmp(a, "--sweep")) o.sweep_len = parse_list(v, o.sweep);
        else if (!strcmp(a, "--large-n")) o.large_len = parse_list(v, o.large);
        else if (!strcmp(a, "--each")) o.each_len = parse_list(v, o.each);
        else if (!strcmp(a, "--mixed")) o.mixed_len = parse_list(v, o.mixed);
        else if (!strcmp(a, "--errno")) o.errno_len = parse_list(v, o.errno_n);
        else if (!strcmp(a, "--text-in")) o.text_in_len = parse_list(v, o.text_in);
        else if (!strcmp(a, "--text-out")) o.text_out_len = parse_list(v, o.text_out);
        else if (!strcmp(a, "--pair")) o.structs_len[0] = parse_list(v, o.structs[0]);
        else if (!strcmp(a, "--pair-filled")) o.structs_len[1] = parse_list(v, o.structs[1]);
        else if (!strcmp(a, "--quad")) o.structs_len[2] = parse_list(v, o.structs[2]);
        else if (!strcmp(a, "--quad-filled")) o.structs_len[3] = parse_list(v, o.structs[3]);
        else { fprintf(stderr, "fibfloor: unknown option %s\n", a); return 2; }
        i++;
    }
    printf("[\n");
    average_time(&o, "Overhead.noop", 0, "n", -1);
    for (int i = 0; i < o.sweep_len; i++) average_time(&o, "Sweep.fib", 1, "n", o.sweep[i]);
    single_shot(&o, "SeedBatch.fib", 1, o.seed_n, o.batch);
    for (int i = 0; i < o.large_len; i++) single_shot(&o, "LargeCall.fibRecursive", 2, o.large[i], 1);
    for (int i = 0; i < o.each_len; i++) {
        if (o.each[i] < 0 || o.each[i] > FIB_EACH_MAX) {
            fprintf(stderr, "fibfloor: --each counts must be in [0, %d], got %d\n", FIB_EACH_MAX, o.each[i]);
            return 2;
        }
        average_time(&o, "Upcalls.each", 3, "count", o.each[i]);
    }
    for (int i = 0; i < o.mixed_len; i++) average_time(&o, "ManyArguments.fibMixed", 4, "n", o.mixed[i]);
    for (int i = 0; i < o.errno_len; i++) average_time(&o, "Errno.fibErrno", 5, "n", o.errno_n[i]);
    for (int pass = 0; pass < 2; pass++) {
        int *lengths = pass == 0 ? o.text_in : o.text_out;
        for (int i = 0; i < (pass == 0 ? o.text_in_len : o.text_out_len); i++) {
            if (lengths[i] < 0 || lengths[i] > FIB_TEXT_MAX) {
                fprintf(stderr, "fibfloor: text lengths must be in [0, %d], got %d\n", FIB_TEXT_MAX, lengths[i]);
                return 2;
            }
            text_length = lengths[i];
            text_buf = malloc((size_t) lengths[i] + 1);
            fib_text(20, text_buf, lengths[i]); /* the same digits the Java benchmark's String holds */
            average_time(&o, pass == 0 ? "Strings.toC" : "Strings.fromC", pass == 0 ? 6 : 7, "length", lengths[i]);
            free(text_buf);
        }
    }
    static const char *const struct_names[] = {"Structs.pair", "Structs.pairFilled", "Structs.quad", "Structs.quadFilled"};
    for (int k = 0; k < 4; k++) {
        for (int i = 0; i < o.structs_len[k]; i++) average_time(&o, struct_names[k], 8 + k, "n", o.structs[k][i]);
    }
    printf("\n]\n");
    return ferror(stdout) ? 1 : 0;
}
