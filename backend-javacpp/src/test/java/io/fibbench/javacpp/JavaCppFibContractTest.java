package io.fibbench.javacpp;

import io.fibbench.FibService;
import io.fibbench.contract.FibServiceContract;

class JavaCppFibContractTest extends FibServiceContract {

    @Override
    protected FibService create() {
        return new JavaCppFib();
    }
}
