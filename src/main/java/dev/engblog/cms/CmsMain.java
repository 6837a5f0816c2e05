package dev.engblog.cms;

import dev.engblog.cms.common.error.BadRequestUri;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Starts the service, after handing the request-URI check to {@link BadRequestUri} (see there why). */
@QuarkusMain
public class CmsMain {

    public static void main(String... args) {
        BadRequestUri.takeOverUriCheck();
        Quarkus.run(args);
    }
}
