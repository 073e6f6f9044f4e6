package io.fibbench.javacpp;

import io.fibbench.FibService;
import io.fibbench.contract.FibServiceContract;

class JavaCppNoExceptionFibContractTest extends FibServiceContract {

    @Override
    protected FibService create() {
        return new JavaCppNoExceptionFib();
    }
}
