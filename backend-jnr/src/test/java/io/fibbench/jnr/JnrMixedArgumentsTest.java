package io.fibbench.jnr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fibbench.FibService;
import io.fibbench.VariantInfo;
import io.fibbench.contract.ChildJvm;
import io.fibbench.contract.FibServiceContract;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The other half of many-arguments.csv's JNR row: the contract test sees both JNR variants refuse
 * fib_mixed by default; run as the suite runs their fib_mixed forks (the flag from their description),
 * they pass every argument right. In a child JVM, because JNR reads the flag once per JVM.
 */
class JnrMixedArgumentsTest {

    public static void main(String[] args) {
        for (FibService service : List.<FibService>of(new JnrFib(), new JnrIgnoreErrorFib())) {
            FibServiceContract.assertMixedRight(service, new long[] {10, 1, 2, 3, 4, 5});
            FibServiceContract.assertMixedRight(service, new long[] {92, Long.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE,
                    Integer.MIN_VALUE, Long.MIN_VALUE});
            System.out.println(service.id() + " right");
        }
    }

    @Test
    void withTheirForkArgumentsBothVariantsPassEveryArgumentRight() throws Exception {
        List<String> forkArgs = VariantInfo.of("jnr").forkArgs("ManyArguments.fibMixed");
        assertEquals(forkArgs, VariantInfo.of("jnr-ignore-error").forkArgs("ManyArguments.fibMixed"));
        ChildJvm.Outcome run = ChildJvm.run(JnrMixedArgumentsTest.class, forkArgs.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("jnr right") && run.output().contains("jnr-ignore-error right"), run.output());
    }
}
