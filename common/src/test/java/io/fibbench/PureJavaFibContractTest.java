package io.fibbench;

import io.fibbench.contract.FibServiceContract;

class PureJavaFibContractTest extends FibServiceContract {

    @Override
    protected FibService create() {
        return new PureJavaFib();
    }
}
