package dev.engblog.cms;

import dev.engblog.cms.common.error.HttpFailures;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Starts the service, after handing the request-URI check to {@link HttpFailures} (see there why). */
@QuarkusMain
public class CmsMain {

    public static void main(String... args) {
        HttpFailures.takeOverUriCheck();
        Quarkus.run(args);
    }
}
