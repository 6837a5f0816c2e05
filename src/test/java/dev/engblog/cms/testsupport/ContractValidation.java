package dev.engblog.cms.testsupport;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Installs the {@link Contract} filter into REST Assured before every {@code @QuarkusTest} method
 * (registered in META-INF/services), so no API test can opt out of the contract check by forgetting it.
 */
public class ContractValidation implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        Contract contract = Contract.filter();
        if (!RestAssured.filters().contains(contract)) {
            RestAssured.filters(contract);
        }
    }
}
