package io.fibbench.panama;

import io.fibbench.FibService;
import io.fibbench.contract.FibServiceContract;

class PanamaCriticalFibContractTest extends FibServiceContract {

    @Override
    protected FibService create() {
        return new PanamaCriticalFib();
    }
}
