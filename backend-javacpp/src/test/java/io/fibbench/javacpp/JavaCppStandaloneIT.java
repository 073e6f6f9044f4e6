package io.fibbench.javacpp;

import io.fibbench.contract.StandaloneUseContract;
import java.util.List;

class JavaCppStandaloneIT extends StandaloneUseContract {

    @Override
    protected List<String> expectedIds() {
        return List.of("javacpp", "javacpp-noexception");
    }
}
